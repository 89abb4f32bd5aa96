/// `page`: what every page says about itself in `<head>`.
public struct PageInfo: TemplateValue {
    public var title: String
    public var description: String
    public var canonical: String?
    public var ogType: String
    public var path: String

    public static let variables = VariableTable<Self>("page", [
        .text("title", "the page's title") { $0.title },
        .text("description", "a short description (meta description, Open Graph)") { $0.description },
        .text("canonical", "the page's absolute URL, when a base URL is set") { $0.canonical },
        .text("og_type", "Open Graph type") { $0.ogType },
        .text("path", "the page's path in the site, e.g. `hubs/south/`") { $0.path },
    ])
}
