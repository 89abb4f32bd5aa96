import HubCalendar
import HubModel

/// What an earlier render produced, by job, with the fingerprint of the inputs it was made
/// from. Lives in memory for the length of a `hubsite serve` session.
public struct RenderCache: Sendable {
    var entries: [String: (fingerprint: Int, files: [OutputFile])] = [:]
    /// Event cards, reused on the calendar pages when their events have not changed.
    var cards = FragmentStore<EventCards.Key, Int>()
    /// Each event's VEVENT and Atom entry, reused in every feed it appears in while the event
    /// has not changed.
    var eventTexts = FragmentStore<EventFragments.Key, Int>()

    public init() {}

    public var isEmpty: Bool { entries.isEmpty }
}
