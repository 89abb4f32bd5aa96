import HubModel

/// One file the site will contain: where it goes, what makes it, and what content it shows.
public struct PlannedFile: Hashable, Sendable {
    /// The address pages link to: `hubs/south/` for a page, `calendar.ics` for a file.
    public let path: String
    public let kind: Kind
    /// The content files it comes from, for messages about it (two files planned at one path).
    public let sources: [String]
    /// The language it is written in, e.g. `cy`; nil for the site's default language.
    public let language: String?
    /// The path without the language's folder (`hubs/cymru/` for `cy/hubs/cymru/`): the same
    /// for a page in every language, so that each finds its counterparts.
    public let key: String

    public init(path: String, kind: Kind, sources: [String], language: String? = nil, key: String? = nil) {
        self.path = path
        self.kind = kind
        self.sources = sources
        self.language = language
        self.key = key ?? path
    }

    /// The file written: a page's `index.html` inside its folder, else the path itself.
    public var outputPath: String {
        path.isEmpty || path.hasSuffix("/") ? path + "index.html" : path
    }

    /// The template that renders it, or nil for a file made by a generator (feeds, sitemap).
    public var template: String? { kind.template }

    /// Listed in sitemap.xml: the HTML pages people arrive at, not feeds, the 404 page or the
    /// report's sorted copies.
    public var inSitemap: Bool {
        switch kind {
        case .index, .region, .hub, .opportunity, .calendarView, .month, .subscribe, .search, .accessibility, .activity, .activities: return true
        default: return false
        }
    }

    /// What makes a file.
    public enum Kind: Hashable, Sendable {
        case index
        case region(String)
        case hub(slug: String)
        case hubFeed(slug: String)
        case opportunity(slug: String)
        case opportunityFeed(slug: String)
        /// An activity's page (its slug: its file's, or its opportunity's).
        case activity(slug: String)
        /// The activities of a hub (by slug), or of the network (nil), newest first; and their Atom feed.
        case activities(hub: String?)
        case activitiesFeed(hub: String?)
        /// A view of the calendar, by its position in `SitePlan.views`.
        case calendarView(Int)
        case audienceFeed(Audience)
        /// The feed of a region's or a category's view (by its position in the plan's views).
        case viewFeed(Int)
        /// How to subscribe to the calendars.
        case subscribe
        /// Full-text search (with `search: true`).
        case search
        /// The accessibility statement.
        case accessibility
        case month(YearMonth)
        case calendarFeed
        case atomFeed
        case stylesheet
        case favicon
        case notFound
        case robots
        case sitemap
        /// The Healthy Hub report, sorted by a criterion (nil: by hub name).
        case health(criterion: String?)
        case healthJSON
        /// An old address of a page (`aliases:`): a page that sends readers to `target` (a
        /// path without the language's folder), or, for an old calendar file's address, that
        /// file again (`of` being the kind that makes it), so that a subscribed calendar goes on
        /// reading the same events.
        indirect case alias(of: Kind, target: String)
        /// `_redirects`: each old address and where it went, for hosts that read the file.
        case redirects

        public var template: String? {
            switch self {
            case .index, .region: return "index"
            case .hub: return "hub"
            case .opportunity: return "opportunity"
            case .activity: return "activity"
            case .activities: return "activities"
            case .calendarView: return "calendar"
            case .subscribe: return "subscribe"
            case .search: return "search"
            case .accessibility: return "accessibility"
            case .month: return "month"
            case .stylesheet: return "style"
            case .favicon: return "favicon"
            case .notFound: return "not-found"
            case .health: return "health"
            case .hubFeed, .opportunityFeed, .activitiesFeed, .audienceFeed, .viewFeed, .calendarFeed, .atomFeed, .robots, .sitemap, .healthJSON, .alias, .redirects: return nil
            }
        }
    }
}

/// A month of the calendar.
public struct YearMonth: Hashable, Comparable, Sendable {
    public let year: Int
    public let month: Int

    public init(year: Int, month: Int) {
        self.year = year
        self.month = month
    }

    public static func < (a: YearMonth, b: YearMonth) -> Bool { (a.year, a.month) < (b.year, b.month) }
}
