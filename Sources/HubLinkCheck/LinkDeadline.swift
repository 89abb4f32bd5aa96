import HubModel

/// When one link's check must be over: the link's own time (`timeout_seconds` from its first
/// request, its redirects, its GET after a refused HEAD and its retries included) or the end
/// of the whole run (`run_seconds`), whichever comes first. Every transfer is given only what
/// is left of it, so no server, however slow, keeps a link longer. On the monotonic clock, so
/// that a change of the system's time neither stretches nor cuts a wait.
struct LinkDeadline: Sendable {
    /// The link's own limit: reaching it means the link did not answer in time.
    let link: ContinuousClock.Instant
    /// The run's limit: reaching it first means the link was cut short, not that it failed.
    let run: ContinuousClock.Instant

    /// A link started now, with `timeout` for itself, in a run that ends at `run`.
    init(timeout: Duration, run: ContinuousClock.Instant, now: ContinuousClock.Instant = .now) {
        self.link = now + timeout
        self.run = run
    }

    var end: ContinuousClock.Instant { min(link, run) }

    /// What is left, never less than zero.
    var remaining: Duration { max(.zero, end - .now) }

    var hasPassed: Bool { ContinuousClock.now >= end }

    /// What the link is when time runs out: a timeout when its own time was the shorter,
    /// otherwise not checked (the run ended first; the next run checks it).
    var expiry: LinkResult.Failure { link <= run ? .timeout : .notChecked }
}

extension Duration {
    /// Whole milliseconds, from none to a day's: what a wait is given (libcurl's limit, a
    /// semaphore's), so that no setting, however large, overflows a clock.
    var boundedMilliseconds: Int {
        let (seconds, attoseconds) = components
        guard seconds < 86_400 else { return 86_400_000 }
        return max(0, Int(seconds) * 1000 + Int(attoseconds / 1_000_000_000_000_000))
    }
}
