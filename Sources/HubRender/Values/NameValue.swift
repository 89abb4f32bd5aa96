/// One name in a list of names (`{name}`): an audience, a region. Templates that print each on
/// its own (search filters, one value per element) use these lists; the joined text is beside them.
public struct NameValue: TemplateValue {
    public var name: String

    public init(name: String) {
        self.name = name
    }

    public static let variables = VariableTable<Self>("name", [.text("name", "the name, as written") { $0.name }])
}
