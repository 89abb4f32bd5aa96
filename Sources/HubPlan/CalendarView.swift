import HubModel

/// One list of the calendar: everything coming up, one audience's, or the past; a region's or
/// a category's. What it is called comes from the words of the page's language (`texts(in:)`).
public struct CalendarView: Hashable, Sendable {
    public var path: String
    public var feed: String
    public var past: Bool
    public var audience: Audience?
    /// Only the events of this region's hubs.
    public var region: String?
    /// Only the opportunities of this category.
    public var category: String?

    /// The views every calendar page offers first (everything, each audience, the past);
    /// then each region's (and each audience's within it) and each category's.
    public var isMain: Bool { region == nil && category == nil }

    /// What a view is called: in the list of views, as a page heading, and its first sentence.
    public struct Texts: Sendable {
        public var label: String
        public var heading: String
        public var intro: String
    }

    /// Its name, heading and first sentence in `words`' language.
    public func texts(in words: Words) -> Texts {
        if let region {
            return Texts(label: region, heading: words.format("calendar_region_heading", ["region": region]),
                         intro: words.format("calendar_region_intro", ["region": region]))
        }
        if let category {
            return Texts(label: category, heading: category, intro: words.format("calendar_category_intro", ["category": category]))
        }
        if let audience {
            let name = words["audience_" + audience.rawValue].lowercased()
            return Texts(label: words.format("calendar_audience_label", ["audience": name]),
                         heading: words.format("calendar_audience_heading", ["audience": name]),
                         intro: words.format("calendar_audience_intro", ["audience": name]))
        }
        let key = past ? "calendar_past" : "calendar_all"
        return Texts(label: words[key + "_label"], heading: words[key + "_heading"], intro: words[key + "_intro"])
    }

    /// The calendar's views, in the order the pages offer them.
    public static let all: [CalendarView] = {
        var views = [CalendarView(path: SitePaths.calendar, feed: SitePaths.calendarFeed, past: false, audience: nil)]
        for audience in Audience.allCases {
            views.append(CalendarView(path: SitePaths.audience(audience), feed: SitePaths.audienceFeed(audience), past: false, audience: audience))
        }
        views.append(CalendarView(path: SitePaths.calendarPast, feed: SitePaths.calendarFeed, past: true, audience: nil))
        return views
    }()

    /// Every view: the main ones, then one per region (so that a practitioner in one region
    /// can subscribe to that region only), then one per category. Views combining a region
    /// and an audience were tried and left out: on the large benchmark network their 48 pages
    /// and feeds cost more CPU than all the other new views together.
    public static func all(regions: [String], categories: [String]) -> [CalendarView] {
        var views = all
        // Names written two ways ("South West", "South-West") share one address: one view each.
        var seen: Set<String> = []
        for region in regions where seen.insert("region " + SitePaths.slugify(region)).inserted {
            let slug = SitePaths.slugify(region)
            views.append(CalendarView(path: SitePaths.regionCalendar(slug), feed: SitePaths.regionCalendarFeed(slug),
                                      past: false, audience: nil, region: region))
        }
        for category in categories where seen.insert("category " + SitePaths.slugify(category)).inserted {
            let slug = SitePaths.slugify(category)
            views.append(CalendarView(path: SitePaths.categoryCalendar(slug), feed: SitePaths.categoryCalendarFeed(slug),
                                      past: false, audience: nil, category: category))
        }
        return views
    }
}
