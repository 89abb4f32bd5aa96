/// Everything loaded from a source folder: the model the rules and the renderer read.
public struct ContentSet: Sendable {
    public var config: SiteConfig
    public var hubs: [Hub]
    public var opportunities: [Opportunity]
    /// The activities of `content/activities/`, in file order (`allActivities` adds those of
    /// opportunities that took place).
    public var activities: [Activity] = []
    /// Image and other files under `content/` that pages may reference (relative paths).
    public var assets: [String]
    /// The pixel size of each PNG, JPEG or WebP picture a page may be shared with or shows with
    /// its size (hub logos, opportunity pictures, activities' photos, the site's
    /// `share_image`), by path under `content/`.
    public var imageSizes: [String: PixelSize] = [:]
    /// The size in bytes of each file the hubs offer to download (`resources`), by path under
    /// `content/`: only files the content listing found there (none outside it, no links).
    public var fileSizes: [String: Int] = [:]
    /// Every source file's text by relative path, so diagnostics can quote the offending line.
    public var sources: SourceTexts
    /// Hub pages that could not be read (their errors are reported), by slug and file: what
    /// refers to one of them gets a note, not a second error.
    public var unreadHubs: [String: String] = [:]
    /// Pages in the site's other languages, by file.
    public var translations: [Translation] = []
    /// The language this content is written in: nil for the site's default language, else the
    /// language a `translated(into:words:)` copy was made for.
    public var language: String?
    /// The words events of this content are named with ("Cyfarfod Hyb Cymru"), for a
    /// translated copy; nil for the default language, whose words are hubsite's own.
    public var words: Words?

    public init(config: SiteConfig, hubs: [Hub], opportunities: [Opportunity], assets: [String] = [],
                sources: SourceTexts = SourceTexts()) {
        self.config = config
        self.hubs = hubs
        self.opportunities = opportunities
        self.assets = assets
        self.sources = sources
    }
}

extension ContentSet {
    /// Every activity: each of `content/activities/`, then each opportunity's `activity:`
    /// (as its title, date and hubs say), newest first, in file order on one day.
    public var allActivities: [Activity] {
        let all = activities + opportunities.compactMap(\.reportedActivity)
        return all.indices.sorted { a, b in
            switch (all[a].date, all[b].date) {
            case let (first?, second?) where first != second: return first > second
            case (nil, _?): return false
            case (_?, nil): return true
            default: return a < b
            }
        }.map { all[$0] }
    }
}
