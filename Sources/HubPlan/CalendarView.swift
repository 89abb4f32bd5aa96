import HubModel

/// One list of the calendar: everything coming up, one audience's, or the past.
public struct CalendarView: Hashable, Sendable {
    public var path: String
    public var label: String
    public var heading: String
    public var intro: String
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

    /// The calendar's views, in the order the pages offer them.
    public static let all: [CalendarView] = {
        var views = [CalendarView(path: SitePaths.calendar, label: "Everything coming up", heading: "Calendar of opportunities",
                                  intro: "Opportunities for service children, young people, families and practitioners, and hub meetings, soonest first.",
                                  feed: SitePaths.calendarFeed, past: false, audience: nil)]
        for audience in Audience.allCases {
            views.append(CalendarView(path: SitePaths.audience(audience), label: "For \(audience.label.lowercased())",
                                      heading: "Opportunities for \(audience.label.lowercased())",
                                      intro: "Upcoming opportunities and meetings for \(audience.label.lowercased()), soonest first.",
                                      feed: SitePaths.audienceFeed(audience), past: false, audience: audience))
        }
        views.append(CalendarView(path: SitePaths.calendarPast, label: "Past events", heading: "Past opportunities and meetings",
                                  intro: "The archive: everything that has already happened, most recent first.",
                                  feed: SitePaths.calendarFeed, past: true, audience: nil))
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
            views.append(CalendarView(path: SitePaths.regionCalendar(slug), label: region, heading: "Opportunities in \(region)",
                                      intro: "Upcoming opportunities and meetings of the hubs in \(region), soonest first.",
                                      feed: SitePaths.regionCalendarFeed(slug), past: false, audience: nil, region: region))
        }
        for category in categories where seen.insert("category " + SitePaths.slugify(category)).inserted {
            let slug = SitePaths.slugify(category)
            views.append(CalendarView(path: SitePaths.categoryCalendar(slug), label: category, heading: category,
                                      intro: "Upcoming opportunities of the category \(category), soonest first.",
                                      feed: SitePaths.categoryCalendarFeed(slug), past: false, audience: nil, category: category))
        }
        return views
    }
}
