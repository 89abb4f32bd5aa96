/// A hub meeting ("meeting dates", 003; at least two per academic year, 001).
public struct Meeting: Hashable, Sendable {
    public var date: LocalDate
    public var start: LocalTime?
    public var end: LocalTime?
    public var title: String?
    public var location: String?
    /// The venue as an address (`venue:`), instead of `location`'s free text.
    public var venue: Venue?
    public var online: Bool
    /// Where people join online (`join_url:`), or true when the link is sent to those who book
    /// (`join_on_booking:`); either makes the meeting one people can join online.
    public var joinURL: String?
    public var joinOnBooking = false
    public var agendaURL: String?
    public var minutesURL: String?
    /// How many people attended (optional monitoring data).
    public var attendance: Int?
    /// The date the meeting was first planned for, when it moved (`moved_from:`): its identity
    /// in calendars, so that a subscriber's calendar moves it instead of keeping both.
    public var movedFrom: LocalDate?
    /// What changed, one line per change, oldest first (`changes:`): their number, at least 1
    /// once it moved, is its `SEQUENCE`, as for opportunities.
    public var changes: [String] = []
    /// Index in the hub's `meetings` list, for locating diagnostics.
    public var index: Int

    public init(date: LocalDate, start: LocalTime? = nil, end: LocalTime? = nil, title: String? = nil,
                location: String? = nil, online: Bool = false, agendaURL: String? = nil,
                minutesURL: String? = nil, attendance: Int? = nil, index: Int = 0) {
        self.date = date
        self.start = start
        self.end = end
        self.title = title
        self.location = location
        self.online = online
        self.agendaURL = agendaURL
        self.minutesURL = minutesURL
        self.attendance = attendance
        self.index = index
    }

    public var displayTitle: String { title ?? "Hub meeting" }

    /// Whether people can join it online: `online: true`, or a way to join given.
    public var isOnline: Bool { online || joinURL != nil || joinOnBooking }

    /// Where it is, on one line: the venue's address, else `location` as written.
    public func place(toBeConfirmed words: String) -> String? {
        venue.map { $0.line(toBeConfirmed: words) } ?? location
    }
}
