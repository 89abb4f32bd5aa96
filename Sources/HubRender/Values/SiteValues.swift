import HubModel

/// `site`: the settings of hubsite.yml that pages show.
public struct SiteValues: TemplateValue {
    public var title: String
    public var language: String
    public var accent: String
    public var footer: String?
    public var nationalName: String
    public var nationalURL: String?
    public var baseURL: String?
    public var report: Bool
    public var search: Bool
    /// Whether the site has activities (and so their pages).
    public var activities: Bool

    public init(_ config: SiteConfig, activities: Bool = false) {
        self.activities = activities
        title = config.title
        language = config.language
        accent = config.accentColour
        footer = config.footer
        nationalName = config.nationalName
        nationalURL = config.nationalURL.flatMap(Escaping.safeURL)
        baseURL = config.baseURL
        report = config.report
        search = config.search
    }

    public static let variables = VariableTable<Self>("site", [
        .text("title", "`title` from hubsite.yml") { $0.title },
        .text("language", "`language` (for `<html lang>`)") { $0.language },
        .text("accent", "`accent_colour`") { $0.accent },
        .text("footer", "`footer` text, if set") { $0.footer },
        .text("national_name", "`national.name`") { $0.nationalName },
        .text("national_url", "`national.url`, if set") { $0.nationalURL },
        .text("base_url", "`base_url`, if set") { $0.baseURL },
        .flag("report", "true when the Healthy Hub report is published") { $0.report },
        .flag("search", "true when the site has full-text search (`search: true`): pages mark up what Pagefind indexes") { $0.search },
        .flag("activities", "true when the site has activities (what the hubs have done), so an activities page") { $0.activities },
    ])
}
