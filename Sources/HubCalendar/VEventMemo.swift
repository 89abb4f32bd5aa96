import Foundation

/// The VEVENTs one `ICalendarWriter` has made, by event id: an event is listed in up to six
/// feeds of a build (its own, its hub's, `calendar.ics`, its audiences', region's and
/// category's), and is written once. Feeds render on several threads, so access is locked;
/// making a VEVENT happens outside the lock (two threads may both make one; they make the
/// same text).
final class VEventMemo: @unchecked Sendable {
    private let lock = NSLock()
    private var texts: [String: String] = [:]

    func text(for id: String, make: () -> String) -> String {
        lock.lock()
        if let text = texts[id] {
            lock.unlock()
            return text
        }
        lock.unlock()
        let text = make()
        lock.lock()
        texts[id] = text
        lock.unlock()
        return text
    }
}
