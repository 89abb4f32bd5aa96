import Foundation
import HubModel

/// One run of the link check, on threads of its own: at most `LinkChecker.mostAtOnce` workers,
/// each taking the next address of a host that has fewer than `perHost` requests in flight
/// (waiting while every host with addresses left is at its limit), until none is left. A
/// link's time starts when its request may go; the run's time starts when the run does, and
/// whatever it has not reached when it ends is `.notChecked`.
///
/// Nothing here waits for Swift's concurrency threads, so a busy process cannot eat the run's
/// time before its first request; and the threads are as many as the requests that may be in
/// flight, however many hosts the links name.
final class LinkRun: @unchecked Sendable {
    private let checker: LinkChecker
    private let now: @Sendable () -> Date
    private let runEnd: ContinuousClock.Instant
    private let finished = DispatchGroup()
    /// Guards `queues`, `inFlight` and `results`; signalled when a request ends.
    private let condition = NSCondition()
    /// Each host's addresses not yet taken, and its requests in flight.
    private var queues: [ArraySlice<String>]
    private var inFlight: [Int]
    /// The verdicts so far.
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
        inFlight = Array(repeating: 0, count: hosts.count)
    }

    /// Starts the workers; `done` is called once, with every address's result, when all end.
    func start(_ done: @escaping @Sendable ([String: LinkResult]) -> Void) {
        // Counted before any worker starts: the workers take from `queues` under the lock.
        let workers = min(LinkChecker.mostAtOnce, queues.reduce(0) { $0 + $1.count })
        for _ in 0..<workers {
            finished.enter()
            let thread = Thread { [self] in
                while let (host, url) = take() { finish(host, url, check(url)) }
                finished.leave()
            }
            thread.name = "hubsite link check"
            thread.start()
        }
        finished.notify(queue: .global()) { [self] in done(condition.withLock { results }) }
    }

    /// The next address of a host below its limit, waiting while all with addresses left are
    /// at theirs; nil when none is left.
    private func take() -> (host: Int, url: String)? {
        condition.lock()
        defer { condition.unlock() }
        while true {
            if let host = queues.indices.first(where: { !queues[$0].isEmpty && inFlight[$0] < checker.settings.perHost }),
               let url = queues[host].popFirst() {
                inFlight[host] += 1
                return (host, url)
            }
            if queues.allSatisfy(\.isEmpty) { return nil }
            condition.wait()
        }
    }

    private func finish(_ host: Int, _ url: String, _ outcome: LinkResult.Outcome) {
        let result = LinkResult(outcome, checked: now())
        condition.lock()
        inFlight[host] -= 1
        results[url] = result
        condition.broadcast()
        condition.unlock()
    }

    /// One link, within what is left of the run.
    private func check(_ url: String) -> LinkResult.Outcome {
        let deadline = LinkDeadline(timeout: .seconds(checker.settings.timeout), run: runEnd)
        return deadline.hasPassed ? .unreachable(.notChecked) : checker.outcome(of: url, within: deadline)
    }
}
