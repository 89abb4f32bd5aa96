/// What has become of an opportunity (or one date of a repeating one): `status:` in its front
/// matter. Anything but `scheduled` is shown prominently on its page and cards and carried to
/// calendars that subscribed (iCalendar STATUS) and to search engines (schema.org eventStatus).
public enum EventStatus: String, Hashable, Sendable, CaseIterable {
    case scheduled
    case cancelled
    case postponed
    case rescheduled
    case movedOnline = "moved-online"
    case full

    /// Shown on pages: "Cancelled", "Moved online".
    public var label: String {
        switch self {
        case .scheduled: return "Scheduled"
        case .cancelled: return "Cancelled"
        case .postponed: return "Postponed"
        case .rescheduled: return "Rescheduled"
        case .movedOnline: return "Moved online"
        case .full: return "Fully booked"
        }
    }
}

/// A change to one date of a repeating opportunity: cancelled, or moved to another time.
public struct OccurrenceChange: Hashable, Sendable {
    /// The date of the pattern that changes.
    public var date: LocalDate
    public var status: EventStatus
    /// Where it moved to, when it moved.
    public var movedTo: LocalDateTime?
    /// Index in the `changed:` list, for locating diagnostics.
    public var index: Int

    public init(date: LocalDate, status: EventStatus, movedTo: LocalDateTime? = nil, index: Int = 0) {
        self.date = date
        self.status = status
        self.movedTo = movedTo
        self.index = index
    }
}
