/// What every page template receives: the way back to the root, the site, the page and the
/// navigation state.
public struct CommonValues: TemplateValue {
    public var root: String
    public var site: SiteValues
    public var page: PageInfo
    public var nav: NavState

    public static let variables = VariableTable<Self>("page", [
        .text("root", "the way back to the site root from this page (`../../`); put it before every link to another page or file") { $0.root },
        .object("site", "the site's settings (below)") { $0.site },
        .object("page", "this page's title and description (below)") { $0.page },
        .object("nav", "which part of the site this page is in (below)") { $0.nav },
    ])
}
