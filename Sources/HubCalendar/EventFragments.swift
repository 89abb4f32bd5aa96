import HubModel

/// Text made from one event (its VEVENT, its Atom entry) that `hubsite serve` keeps between
/// rebuilds, reused while the event's fingerprint and the writer's settings are unchanged.
public struct EventFragments: Sendable {
    public struct Key: Hashable, Sendable {
        /// Everything besides the event that the text shows (zone, site address, build stamp).
        let settings: Int
        let id: String
    }

    let store: FragmentStore<Key, Int>
    /// Each event's fingerprint, by id.
    let prints: [String: Int]

    public init(store: FragmentStore<Key, Int>, prints: [String: Int]) {
        self.store = store
        self.prints = prints
    }

    func text(for event: CalendarEvent, settings: Int, make: () -> String) -> String {
        store.text(Key(settings: settings, id: event.id), from: prints[event.id] ?? event.hashValue, make: make)
    }
}

extension Optional where Wrapped == EventFragments {
    /// The kept text for `event` when fragments are kept (in `hubsite serve`), else `make()`'s.
    func text(for event: CalendarEvent, settings: Int, make: () -> String) -> String {
        guard let fragments = self else { return make() }
        return fragments.text(for: event, settings: settings, make: make)
    }
}
