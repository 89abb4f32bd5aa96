import Foundation
import HubModel

/// One run of the link check, on threads of its own: for each host, `perHost` workers, each
/// taking that host's next address until none is left; at most `LinkChecker.mostAtOnce`
/// requests in flight over all hosts. A link's time starts when its request may go; the run's
/// time starts when the run does, and whatever it has not reached when it ends is `.notChecked`.
///
/// Nothing here waits for Swift's concurrency threads, so a busy process cannot eat the run's
/// time before its first request.
final class LinkRun: @unchecked Sendable {
    private let checker: LinkChecker
    private let now: @Sendable () -> Date
    private let runEnd: ContinuousClock.Instant
    private let slots = DispatchSemaphore(value: LinkChecker.mostAtOnce)
    private let finished = DispatchGroup()
    private let lock = NSLock()
    /// Each host's addresses not yet taken, guarded by `lock`.
    private var queues: [ArraySlice<String>]
    /// The verdicts so far, guarded by `lock`.
    private var results: [String: LinkResult] = [:]

    init(urls: [String], checker: LinkChecker, now: @escaping @Sendable () -> Date) {
        self.checker = checker
        self.now = now
        self.runEnd = ContinuousClock.now + .seconds(checker.settings.runTimeout)
        var byHost: [String: [String]] = [:]
        var hosts: [String] = []
        for url in Set(urls).sorted() {
            let host = LinkChecker.hostKey(url)
            if byHost[host] == nil { hosts.append(host) }
            byHost[host, default: []].append(url)
        }
        queues = hosts.map { byHost[$0, default: []][...] }
    }

    /// Starts the workers; `done` is called once, with every address's result, when all end.
    func start(_ done: @escaping @Sendable ([String: LinkResult]) -> Void) {
        // Counted before any worker starts: the workers take from `queues` under the lock.
        let workers = queues.map { min(checker.settings.perHost, $0.count) }
        for (host, count) in workers.enumerated() {
            for _ in 0..<count {
                finished.enter()
                let thread = Thread { [self] in
                    while let url = next(of: host) { record(url, check(url)) }
                    finished.leave()
                }
                thread.name = "hubsite link check"
                thread.start()
            }
        }
        finished.notify(queue: .global()) { [self] in done(lock.withLock { results }) }
    }

    private func next(of host: Int) -> String? {
        lock.withLock { queues[host].popFirst() }
    }

    private func record(_ url: String, _ outcome: LinkResult.Outcome) {
        let result = LinkResult(outcome, checked: now())
        lock.withLock { results[url] = result }
    }

    /// One link, once one of the slots is free (waiting no longer than the run may last).
    private func check(_ url: String) -> LinkResult.Outcome {
        let left = (runEnd - .now).boundedMilliseconds
        guard slots.wait(timeout: .now() + .milliseconds(left)) == .success else { return .unreachable(.notChecked) }
        defer { slots.signal() }
        let deadline = LinkDeadline(timeout: .seconds(checker.settings.timeout), run: runEnd)
        return deadline.hasPassed ? .unreachable(.notChecked) : checker.outcome(of: url, within: deadline)
    }
}
