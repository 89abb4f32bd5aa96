/// One line of text in a list (`{text}`): what joining a hub commits a member to.
public struct LineValue: TemplateValue {
    public var text: String

    public init(text: String) {
        self.text = text
    }

    public static let variables = VariableTable<Self>("line", [.text("text", "the line, as written") { $0.text }])
}
