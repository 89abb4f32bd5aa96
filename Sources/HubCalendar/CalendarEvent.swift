import HubModel

/// One entry of the calendar: an opportunity or a hub meeting, in one shape for pages and feeds.
public struct CalendarEvent: Hashable, Sendable {
    public enum Kind: String, Sendable {
        case opportunity
        case meeting
    }

    public var kind: Kind {
        _read { yield storage.value.kind }
        set { storage.value.kind = newValue }
    }
    /// Stable identity (EventID says its forms); feeds add the site's `eventDomain`.
    public var id: EventID {
        _read { yield storage.value.id }
        set { storage.value.id = newValue }
    }
    public var title: String {
        _read { yield storage.value.title }
        set { storage.value.title = newValue }
    }
    public var start: LocalDateTime {
        _read { yield storage.value.start }
        set { storage.value.start = newValue }
    }
    /// As written: an all-day event's end is its last day (inclusive); a timed event's end is a time.
    public var end: LocalDateTime? {
        _read { yield storage.value.end }
        set { storage.value.end = newValue }
    }
    public var hubs: [String] {
        _read { yield storage.value.hubs }
        set { storage.value.hubs = newValue }
    }
    public var audience: [Audience] {
        _read { yield storage.value.audience }
        set { storage.value.audience = newValue }
    }
    public var category: String? {
        _read { yield storage.value.category }
        set { storage.value.category = newValue }
    }
    public var location: String? {
        _read { yield storage.value.location }
        set { storage.value.location = newValue }
    }
    public var online: Bool {
        _read { yield storage.value.online }
        set { storage.value.online = newValue }
    }
    /// The venue as an address, when the content gives one (`location` then holds it on one
    /// line): for JSON-LD's `PostalAddress` and the page's map link.
    public var venue: Venue? {
        _read { yield storage.value.venue }
        set { storage.value.venue = newValue }
    }
    /// Where people join online, if published (`join_url`).
    public var joinURL: String? {
        _read { yield storage.value.joinURL }
        set { storage.value.joinURL = newValue }
    }
    /// True when the link to join online is sent to those who book (`join_on_booking`).
    public var joinOnBooking: Bool {
        _read { yield storage.value.joinOnBooking }
        set { storage.value.joinOnBooking = newValue }
    }
    public var cost: String? {
        _read { yield storage.value.cost }
        set { storage.value.cost = newValue }
    }
    public var deadline: LocalDate? {
        _read { yield storage.value.deadline }
        set { storage.value.deadline = newValue }
    }
    public var bookingURL: String? {
        _read { yield storage.value.bookingURL }
        set { storage.value.bookingURL = newValue }
    }
    /// The page about the event, relative to the site root.
    public var page: String {
        _read { yield storage.value.page }
        set { storage.value.page = newValue }
    }
    public var description: String {
        _read { yield storage.value.description }
        set { storage.value.description = newValue }
    }
    /// What became of it (cancelled, moved online, …).
    public var status: EventStatus {
        _read { yield storage.value.status }
        set { storage.value.status = newValue }
    }
    /// The iCalendar SEQUENCE: how many changes the co-lead recorded (`changes:`).
    public var sequence: Int {
        _read { yield storage.value.sequence }
        set { storage.value.sequence = newValue }
    }
    /// Details people look for (an opportunity's `accessibility`, `places`, `organiser`,
    /// `image` and `image_alt`).
    public var accessibility: [String] {
        _read { yield storage.value.accessibility }
        set { storage.value.accessibility = newValue }
    }
    public var places: Int? {
        _read { yield storage.value.places }
        set { storage.value.places = newValue }
    }
    public var organiser: String? {
        _read { yield storage.value.organiser }
        set { storage.value.organiser = newValue }
    }
    public var image: String? {
        _read { yield storage.value.image }
        set { storage.value.image = newValue }
    }
    public var imageAlt: String? {
        _read { yield storage.value.imageAlt }
        set { storage.value.imageAlt = newValue }
    }
    /// The repeating opportunity this is one date of, if it repeats.
    public var series: Series? {
        get { storage.value.seriesBox?.value }
        set { storage.value.seriesBox = newValue.map(SeriesBox.init) }
    }

    /// The event's values, held once and shared by its copies until one is changed.
    private var storage: Shared<Fields>

    struct Fields: Hashable, Sendable {
        var kind: Kind
        var id: EventID
        var title: String
        var start: LocalDateTime
        var end: LocalDateTime?
        var hubs: [String]
        var audience: [Audience]
        var category: String?
        var location: String?
        var online: Bool
        var venue: Venue?
        var joinURL: String?
        var joinOnBooking = false
        var cost: String?
        var deadline: LocalDate?
        var bookingURL: String?
        var page: String
        var description: String
        var status: EventStatus = .scheduled
        var sequence: Int = 0
        var accessibility: [String] = []
        var places: Int?
        var organiser: String?
        var image: String?
        var imageAlt: String?
        /// Boxed: most events do not repeat, and a series inline would add some 200 bytes to
        /// each of a large network's 20,000 events.
        var seriesBox: SeriesBox?
    }

    final class SeriesBox: Hashable, @unchecked Sendable {
        let value: Series
        init(_ value: Series) { self.value = value }
        static func == (lhs: SeriesBox, rhs: SeriesBox) -> Bool { lhs.value == rhs.value }
        func hash(into hasher: inout Hasher) { hasher.combine(value) }
    }

    /// One date of a repeating opportunity: what it shares with the others, for the feeds
    /// (which write the series once, with RRULE) and the pages (which state the pattern).
    public struct Series: Hashable, Sendable {
        /// The id of the series' first date, which its feeds use as the UID of every date.
        public var id: EventID
        public var recurrence: Recurrence
        /// The series' first start and end (DTSTART and DTEND).
        public var start: LocalDateTime
        public var end: LocalDateTime?
        /// The date of the pattern this event stands for (its start differs when it moved).
        public var patternDate: LocalDate
        /// Single dates that changed, on every date of the series (the feeds write them as
        /// RECURRENCE-ID overrides).
        public var changes: [OccurrenceChange]
        /// The status of the opportunity as a whole (a date of it may have one of its own).
        public var status: EventStatus
        /// Whether dates of the series are left out of the listing (beyond 18 months ahead,
        /// or past the 200 listed), and the last date listed.
        public var cut: Bool
        public var lastListed: LocalDate

        public var isFirst: Bool { patternDate == start.date }
    }

    public init(kind: Kind, id: EventID, title: String, start: LocalDateTime, end: LocalDateTime?, hubs: [String],
                audience: [Audience], category: String? = nil, location: String? = nil, online: Bool = false,
                cost: String? = nil, deadline: LocalDate? = nil, bookingURL: String? = nil, page: String,
                description: String = "") {
        storage = Shared(Fields(kind: kind, id: id, title: title, start: start, end: end, hubs: hubs, audience: audience,
                                 category: category, location: location, online: online, cost: cost, deadline: deadline,
                                 bookingURL: bookingURL, page: page, description: description))
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
        let count = min(CalendarLimits.maxDays, firstDay.days(until: lastDay))
        return (0...count).map { firstDay.adding(days: $0) }
    }

    /// When a date of a repeating opportunity that moved was to start: its date in the pattern,
    /// at the series' time (schema.org's `previousStartDate`); nil for any other event.
    public var previousStart: LocalDateTime? {
        guard let series, series.patternDate != start.date || series.start.time != start.time else { return nil }
        return LocalDateTime(date: series.patternDate, time: series.start.time)
    }

    /// The same event at another start, lasting as long (in days, or in minutes when timed).
    public func moved(to start: LocalDateTime) -> CalendarEvent {
        var event = self
        event.start = start
        guard let end else { return event }
        if let from = self.start.time, let to = end.time, let newTime = start.time {
            let minutes = self.start.date.days(until: end.date) * 1440 + to.minutesSinceMidnight - from.minutesSinceMidnight
            let total = newTime.minutesSinceMidnight + minutes
            event.end = LocalDateTime(date: start.date.adding(days: total / 1440),
                                      time: LocalTime(hour: (total % 1440) / 60, minute: total % 60))
        } else {
            event.end = LocalDateTime(date: start.date.adding(days: self.start.date.days(until: end.date)), time: start.time == nil ? nil : end.time)
        }
        return event
    }

    public func isUpcoming(today: LocalDate) -> Bool { lastDay >= today }

    /// Booking closes within `days` days from today (and has not closed yet).
    public func closesSoon(today: LocalDate, within days: Int = 14) -> Bool {
        guard let deadline else { return false }
        let left = today.days(until: deadline)
        return (0...days).contains(left)
    }
}
