import Foundation

/// Pieces of output (an event card, an iCalendar event) that `hubsite serve` keeps from one
/// rebuild to the next, each with the value it was made from: a piece is reused only while
/// that value is unchanged. Pages render on several threads, so access is locked, in 16
/// shards by key (one lock made the threads queue for it on a calendar page's thousands of
/// cards); making a piece happens outside the lock (two threads may both make one; they make
/// the same). Inlinable so that callers get dictionary code specialised to their key type:
/// unspecialised generic lookups made the store cost more than the pieces it saved.
public final class FragmentStore<Key: Hashable & Sendable, Source: Equatable & Sendable>: @unchecked Sendable {
    @usableFromInline typealias Entry = (source: Source, text: String)

    @usableFromInline final class Shard {
        @usableFromInline let lock = NSLock()
        /// From the rebuild before: read only.
        @usableFromInline let previous: [Key: Entry]
        /// Used or made in this rebuild: what the next one will see.
        @usableFromInline var current: [Key: Entry] = [:]

        @usableFromInline init(previous: [Key: Entry]) {
            self.previous = previous
        }
    }

    @usableFromInline let shards: [Shard]

    public convenience init() {
        self.init(previous: Array(repeating: [:], count: 16))
    }

    @usableFromInline init(previous: [[Key: Entry]]) {
        shards = previous.map(Shard.init)
    }

    /// The piece kept for `key` if it was made from a value equal to `source`, else `make()`'s.
    @inlinable
    public func text(_ key: Key, from source: Source, make: () -> String) -> String {
        let shard = shards[key.hashValue & 15]
        shard.lock.lock()
        if let kept = shard.current[key] ?? shard.previous[key], kept.source == source {
            shard.current[key] = kept
            shard.lock.unlock()
            return kept.text
        }
        shard.lock.unlock()
        let text = make()
        shard.lock.lock()
        shard.current[key] = (source, text)
        shard.lock.unlock()
        return text
    }

    /// The store for the next rebuild: the pieces this one used, and no others, so pieces of
    /// deleted events or made under other settings do not pile up.
    @inlinable
    public func next() -> FragmentStore {
        FragmentStore(previous: shards.map { shard in
            shard.lock.lock()
            defer { shard.lock.unlock() }
            return shard.current
        })
    }

    /// Pieces used or made in this rebuild.
    public var count: Int {
        shards.reduce(0) { total, shard in
            shard.lock.lock()
            defer { shard.lock.unlock() }
            return total + shard.current.count
        }
    }
}
