import Foundation

/// Values one writer has made, by key, so that it makes each once for a build: an event's
/// VEVENT is listed in up to six feeds (its own, its hub's, `calendar.ics`, its audiences',
/// region's and category's), and a span of years' VTIMEZONE in most feeds. Feeds render on
/// several threads, so access is locked; making a value happens outside the lock (two threads
/// may both make one; they make the same).
final class Memo<Key: Hashable, Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var values: [Key: Value] = [:]

    func value(for key: Key, make: () -> Value) -> Value {
        lock.lock()
        if let value = values[key] {
            lock.unlock()
            return value
        }
        lock.unlock()
        let value = make()
        lock.lock()
        values[key] = value
        lock.unlock()
        return value
    }
}
