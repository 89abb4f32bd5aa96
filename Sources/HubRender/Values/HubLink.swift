/// A hub named on an event card: `{title, url}`.
public struct HubLink: TemplateValue {
    public var title: String
    public var url: String

    public static let variables = VariableTable<Self>("hub link", [
        .text("title", "the hub's name") { $0.title },
        .text("url", "link to the hub page") { $0.url },
    ])
}
