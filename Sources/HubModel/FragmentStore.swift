import Foundation

/// Pieces of output (an event card, an iCalendar event) that `hubsite serve` keeps from one
/// rebuild to the next, each with the value it was made from: a piece is reused only while
/// that value is unchanged. Pages render on several threads, so access is locked; making a
/// piece happens outside the lock (two threads may both make one; they make the same).
/// Inlinable so that callers get dictionary code specialised to their key type: unspecialised
/// generic lookups made the store cost more than the pieces it saved.
public final class FragmentStore<Key: Hashable & Sendable, Source: Equatable & Sendable>: @unchecked Sendable {
    @usableFromInline let lock = NSLock()
    /// From the rebuild before: read only.
    @usableFromInline let previous: [Key: (source: Source, text: String)]
    /// Used or made in this rebuild: what the next one will see.
    @usableFromInline var current: [Key: (source: Source, text: String)] = [:]

    public convenience init() {
        self.init(previous: [:])
    }

    @usableFromInline init(previous: [Key: (source: Source, text: String)]) {
        self.previous = previous
    }

    /// The piece kept for `key` if it was made from a value equal to `source`, else `make()`'s.
    @inlinable
    public func text(_ key: Key, from source: Source, make: () -> String) -> String {
        lock.lock()
        if let kept = current[key] ?? previous[key], kept.source == source {
            current[key] = kept
            lock.unlock()
            return kept.text
        }
        lock.unlock()
        let text = make()
        lock.lock()
        current[key] = (source, text)
        lock.unlock()
        return text
    }

    /// The store for the next rebuild: the pieces this one used, and no others, so pieces of
    /// deleted events or made under other settings do not pile up.
    @inlinable
    public func next() -> FragmentStore {
        lock.lock()
        defer { lock.unlock() }
        return FragmentStore(previous: current)
    }

    /// Pieces used or made in this rebuild.
    public var count: Int {
        lock.lock()
        defer { lock.unlock() }
        return current.count
    }
}
