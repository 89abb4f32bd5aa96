import Foundation

/// Pieces of output (an event card, an iCalendar event, a hub's findings) made on several
/// threads and kept, each with the value it was made from: a piece is reused only while that
/// value is unchanged.
/// A one-off build keeps each event's VEVENT for every feed that lists it; `hubsite serve`
/// keeps pieces from one rebuild to the next (`advanced()`), and each rebuild marks the pieces
/// it uses so that `prune()` drops those it did not (pieces of deleted events, or made under
/// other settings, do not pile up).
///
/// Pages render on several threads, so access is locked, in 16 shards by key (one lock made
/// the threads queue for it on a calendar page's thousands of cards); making a piece happens
/// outside the lock (two threads may both make one; they make the same). Inlinable so that
/// callers get dictionary code specialised to their key type: unspecialised generic lookups
/// made the store cost more than the pieces it saved.
public final class FragmentStore<Key: Hashable & Sendable, Source: Equatable & Sendable, Value: Sendable>: @unchecked Sendable {
    @usableFromInline struct Entry {
        @usableFromInline var source: Source
        @usableFromInline var value: Value
        /// The last rebuild that used it.
        @usableFromInline var used: Int

        @usableFromInline init(source: Source, value: Value, used: Int) {
            self.source = source
            self.value = value
            self.used = used
        }
    }

    @usableFromInline final class Shard {
        @usableFromInline let lock = NSLock()
        @usableFromInline var entries: [Key: Entry] = [:]

        @usableFromInline init() {}
    }

    @usableFromInline let shards: [Shard]
    /// This rebuild's number, marked on the pieces it uses.
    @usableFromInline let generation: Int

    public convenience init() {
        self.init(shards: (0..<16).map { _ in Shard() }, generation: 0)
    }

    @usableFromInline init(shards: [Shard], generation: Int) {
        self.shards = shards
        self.generation = generation
    }

    /// The piece kept for `key` if it was made from a value equal to `source`, else `make()`'s.
    @inlinable
    public func value(_ key: Key, from source: Source, make: () -> Value) -> Value {
        let shard = shards[key.hashValue & 15]
        shard.lock.lock()
        if let index = shard.entries.index(forKey: key), shard.entries.values[index].source == source {
            shard.entries.values[index].used = generation
            let value = shard.entries.values[index].value
            shard.lock.unlock()
            return value
        }
        shard.lock.unlock()
        let value = make()
        shard.lock.lock()
        shard.entries[key] = Entry(source: source, value: value, used: generation)
        shard.lock.unlock()
        return value
    }

    /// The store for the next rebuild with every piece still in it; `prune()` on this store
    /// drops the ones this rebuild did not use, later (`hubsite serve` does it once the
    /// preview is up: after the first edit, that is most of the first build's pieces).
    @inlinable
    public func advanced() -> FragmentStore {
        FragmentStore(shards: shards, generation: generation + 1)
    }

    /// Drops the pieces that neither this store's rebuild nor a later one used. (The pieces
    /// are dropped in place: building new tables of the 40,000 pieces a large network uses, as
    /// this once did, cost more than the rest of the store.)
    @inlinable
    public func prune() {
        for shard in shards {
            shard.lock.lock()
            let unused = shard.entries.compactMap { $0.value.used < generation ? $0.key : nil }
            for key in unused { shard.entries.removeValue(forKey: key) }
            shard.lock.unlock()
        }
    }
}
