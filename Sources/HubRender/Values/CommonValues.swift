/// What every page template receives: the way back to the root, the site, the page and the
/// navigation state.
public struct CommonValues: TemplateValue {
    public var root: String
    /// The way back to the root of the page's language (`root` itself in the default language).
    public var languageRoot: String
    public var site: SiteValues
    public var page: PageInfo
    public var nav: NavState

    public init(root: String, languageRoot: String? = nil, site: SiteValues, page: PageInfo, nav: NavState) {
        self.root = root
        self.languageRoot = languageRoot ?? root
        self.site = site
        self.page = page
        self.nav = nav
    }

    public static let variables = VariableTable<Self>("page", [
        .text("root", "the way back to the site root from this page (`../../`); put it before links to files every language shares (`assets/`, `favicon.svg`, `pagefind/`)") { $0.root },
        .text("lang_root", "the way back to the home page of this page's language (`../../cy/` on a Welsh page, `root` in the default language); put it before links to other pages, so that a Welsh page links to Welsh pages") { $0.languageRoot },
        .object("site", "the site's settings (below)") { $0.site },
        .object("page", "this page's title and description (below)") { $0.page },
        .object("nav", "which part of the site this page is in (below)") { $0.nav },
    ])
}
