import Foundation

/// Counts rebuilds and lets open pages wait for the next one (long polling: nothing for the
/// browser beyond `fetch`).
public actor ReloadSignal {
    public private(set) var version = 0
    private var waiters: [UUID: CheckedContinuation<Int, Never>] = [:]

    public init() {}

    public func bump() {
        version += 1
        let waiting = waiters
        waiters = [:]
        for waiter in waiting.values { waiter.resume(returning: version) }
    }

    /// Returns as soon as the version differs from `since`, or after `seconds` with the current one.
    public func wait(since: Int, seconds: Double) async -> Int {
        if version != since { return version }
        let id = UUID()
        return await withCheckedContinuation { continuation in
            waiters[id] = continuation
            Task {
                try? await Task.sleep(nanoseconds: UInt64(seconds * 1_000_000_000))
                self.timeOut(id)
            }
        }
    }

    /// Ends every wait (shutdown).
    public func releaseAll() {
        let waiting = waiters
        waiters = [:]
        for waiter in waiting.values { waiter.resume(returning: version) }
    }

    private func timeOut(_ id: UUID) {
        waiters.removeValue(forKey: id)?.resume(returning: version)
    }
}
