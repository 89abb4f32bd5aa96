import HubCalendar
import HubParallel

/// How a one-off build obtains pieces made from one event: each event's VEVENT is made once
/// and written into every feed that lists it (`calendar.ics`, its audiences', region's,
/// category's and hub's feeds, and its own), and its card's text once for every page that
/// lists it (each page puts its own way back to the root in), instead of being made again for
/// each. A page's card and Atom entries are made afresh: the card is made from the kept text
/// in one copy, and an Atom entry is written once. Kept for the one build only.
struct BuildPieces: Sendable {
    private struct Key: Hashable, Sendable {
        let id: String
        let settings: Int
    }

    /// Within one build a piece depends only on its key: every piece is made from the same
    /// value (0).
    private let vevents = FragmentStore<Key, Int, String>()
    private let cardTexts = FragmentStore<Key, Int, String>()

    var pieces: EventPieces {
        let (vevents, cardTexts) = (vevents, cardTexts)
        return EventPieces { event, kind, settings, make in
            switch kind {
            case .vevent: vevents.value(Key(id: event.id, settings: settings), from: 0, make: make)
            case .cardText: cardTexts.value(Key(id: event.id, settings: settings), from: 0, make: make)
            case .card, .atomEntry: make()
            }
        }
    }
}
