import HubCalendar
import HubParallel

/// How a one-off build obtains pieces made from one event: each event's VEVENT is made once
/// and written into every feed that lists it (`calendar.ics`, its audiences', region's,
/// category's and hub's feeds, and its own), instead of being made again for each. Cards and
/// Atom entries are made afresh: a card differs with the page's depth, and an Atom entry is
/// written once. Kept for the one build only.
struct BuildPieces: Sendable {
    private struct Key: Hashable, Sendable {
        let id: String
        let settings: Int
    }

    /// Within one build a VEVENT depends only on its key: every piece is made from the same
    /// value (0).
    private let store = FragmentStore<Key, Int, String>()

    var pieces: EventPieces {
        let store = store
        return EventPieces { event, kind, settings, make in
            guard case .vevent = kind else { return make() }
            return store.value(Key(id: event.id, settings: settings), from: 0, make: make)
        }
    }
}
