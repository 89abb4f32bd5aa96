import HubModel

/// Links from one page to others: relative, so the site works at a domain root, under a
/// subpath and opened from disk; folder pages are linked as `…/index.html` for `file://`.
public struct PageLinks: Sendable {
    /// The page's own path (`hubs/south/`).
    public let page: String
    /// Back to the site root (`../../`).
    public let root: String
    public let baseURL: String?

    public init(page: String, baseURL: String?) {
        self.page = page
        self.root = SitePaths.rootPrefix(for: page)
        self.baseURL = baseURL
    }

    public func to(_ path: String) -> String {
        root + (path.isEmpty || path.hasSuffix("/") ? path + "index.html" : path)
    }

    /// Absolute URL when a base URL is configured (canonical links, sitemaps, feeds).
    public func absolute(_ path: String) -> String? {
        baseURL.map { $0 + path }
    }
}
