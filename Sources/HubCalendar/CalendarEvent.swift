import HubModel

/// One entry of the calendar: an opportunity or a hub meeting, in one shape for pages and feeds.
public struct CalendarEvent: Hashable, Sendable {
    public enum Kind: String, Sendable {
        case opportunity
        case meeting
    }

    public var kind: Kind
    /// Stable identity: `opportunity-<slug>` or `meeting-<hub>-<date>[-n]`; feeds add the site host.
    public var id: String
    public var title: String
    public var start: LocalDateTime
    /// As written: an all-day event's end is its last day (inclusive); a timed event's end is a time.
    public var end: LocalDateTime?
    public var hubs: [String]
    public var audience: [Audience]
    public var category: String?
    public var location: String?
    public var online: Bool
    public var cost: String?
    public var deadline: LocalDate?
    public var bookingURL: String?
    /// The page about the event, relative to the site root.
    public var page: String
    public var description: String

    public init(kind: Kind, id: String, title: String, start: LocalDateTime, end: LocalDateTime?, hubs: [String],
                audience: [Audience], category: String? = nil, location: String? = nil, online: Bool = false,
                cost: String? = nil, deadline: LocalDate? = nil, bookingURL: String? = nil, page: String,
                description: String = "") {
        self.kind = kind
        self.id = id
        self.title = title
        self.start = start
        self.end = end
        self.hubs = hubs
        self.audience = audience
        self.category = category
        self.location = location
        self.online = online
        self.cost = cost
        self.deadline = deadline
        self.bookingURL = bookingURL
        self.page = page
        self.description = description
    }

    /// The first and last calendar day the event covers (a timed event ending after midnight
    /// covers the next day too).
    public var firstDay: LocalDate { start.date }
    public var lastDay: LocalDate {
        guard let end, end.date >= start.date else { return start.date }
        return end.date
    }

    /// Every day the event covers, for month grids (bounded to a year so a typo cannot explode).
    public var days: [LocalDate] {
        let count = min(366, firstDay.days(until: lastDay))
        return (0...count).map { firstDay.adding(days: $0) }
    }

    public func isUpcoming(today: LocalDate) -> Bool { lastDay >= today }

    /// Booking closes within `days` days from today (and has not closed yet).
    public func closesSoon(today: LocalDate, within days: Int = 14) -> Bool {
        guard let deadline else { return false }
        let left = today.days(until: deadline)
        return (0...days).contains(left)
    }
}
