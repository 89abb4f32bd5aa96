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
}
