/// Which calendar event: an opportunity, one date of a repeating one, or a hub meeting.
///
/// Its one string form names the event everywhere it is named: the feeds' UIDs (with the
/// site's event domain after `@`) and the plan's index of events. It never holds where the
/// site is published, and a meeting's is the date it was first planned for, so an event keeps
/// its identity in subscribers' calendars when the site moves or the meeting does.
public struct EventID: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// `opportunity-<slug>`, `opportunity-<slug>-<date>` or `meeting-<hub>-<date>[-n]`.
    public let description: String

    private init(_ description: String) { self.description = description }

    /// An opportunity, or the first date of a repeating one.
    public static func opportunity(_ slug: String) -> EventID { EventID("opportunity-" + slug) }

    /// A hub's meeting, by the date it was first planned for; the second meeting planned for
    /// one day is `ordinal` 2, and so on.
    public static func meeting(hub: String, planned: LocalDate, ordinal: Int = 1) -> EventID {
        EventID("meeting-\(hub)-\(planned.iso)" + (ordinal > 1 ? "-\(ordinal)" : ""))
    }

    /// A later date of the repeating opportunity this names.
    public func occurrence(on date: LocalDate) -> EventID { EventID(description + "-" + date.iso) }

    public static func < (lhs: EventID, rhs: EventID) -> Bool { lhs.description < rhs.description }
}
