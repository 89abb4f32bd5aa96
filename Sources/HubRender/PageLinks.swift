import HubModel

/// Links from one page to others: relative, so the site works at a domain root, under a
/// subpath and opened from disk; folder pages are linked as `…/index.html` for `file://`.
/// On a page in another language than the default (`cy/hubs/cymru/`), a link goes to the
/// page in the same language where there is one, else to the default language's.
public struct PageLinks: Sendable {
    /// The page's own path (`hubs/south/`, `cy/hubs/cymru/`).
    public let page: String
    /// Back to the site root (`../../`).
    public let root: String
    public let baseURL: String?
    /// The folder of the page's language: "" for the default language, `cy/` for Welsh.
    public let prefix: String
    /// A default-language path as the page's language has it (`SitePlan.inLanguage`).
    private let localise: @Sendable (String) -> String

    public init(page: String, baseURL: String?, prefix: String = "", localise: @escaping @Sendable (String) -> String = { $0 }) {
        self.init(page: page, root: SitePaths.rootPrefix(for: page), baseURL: baseURL, prefix: prefix, localise: localise)
    }

    private init(page: String, root: String, baseURL: String?, prefix: String, localise: @escaping @Sendable (String) -> String) {
        self.page = page
        self.root = root
        self.baseURL = baseURL
        self.prefix = prefix
        self.localise = localise
    }

    /// Back to the root of the page's language (`../../cy/` → the Welsh home page's folder):
    /// what `lang_root` gives templates.
    public var languageRoot: String { root + prefix }

    /// `path` (a default-language path) in the page's language, when it has that page.
    public func inLanguage(_ path: String) -> String {
        prefix.isEmpty ? path : localise(path)
    }

    public func to(_ path: String) -> String {
        let path = inLanguage(path)
        return root + (path.isEmpty || path.hasSuffix("/") ? path + "index.html" : path)
    }

    /// A Markdown body's HTML as this page has it: its site-rooted links lead from this page
    /// (a default-language body shown on a Welsh page is one folder deeper than it was written
    /// for), and to pages in the page's language where there are.
    public func html(of body: MarkdownDocument) -> String {
        prefix.isEmpty && body.rootPrefix == root ? body.html : body.html(rootPrefix: root, localising: inLanguage)
    }

    /// Absolute URL when a base URL is configured (canonical links, sitemaps, feeds).
    public func absolute(_ path: String) -> String? {
        baseURL.map { $0 + inLanguage(path) }
    }
}
