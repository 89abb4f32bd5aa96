import Foundation
import HubCalendar

/// How a one-off build obtains pieces made from one event: each event's VEVENT is made once
/// and written into every feed that lists it (`calendar.ics`, its audiences', region's,
/// category's and hub's feeds, and its own: five on average), instead of being made again for
/// each. Cards and Atom entries are made afresh: a card differs with the page's depth, and an
/// Atom entry is written once. Kept for the one build only.
final class BuildPieces: @unchecked Sendable {
    private final class Shard {
        let lock = NSLock()
        var texts: [Key: String] = [:]
    }

    private struct Key: Hashable {
        let id: String
        let settings: Int
    }

    private let shards = (0..<16).map { _ in Shard() }

    var pieces: EventPieces {
        EventPieces { [self] event, kind, settings, make in
            guard case .vevent = kind else { return make() }
            return text(Key(id: event.id, settings: settings), make: make)
        }
    }

    private func text(_ key: Key, make: () -> String) -> String {
        let shard = shards[key.hashValue & 15]
        shard.lock.lock()
        if let text = shard.texts[key] {
            shard.lock.unlock()
            return text
        }
        shard.lock.unlock()
        let text = make()
        shard.lock.lock()
        shard.texts[key] = text
        shard.lock.unlock()
        return text
    }
}
