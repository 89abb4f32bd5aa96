import Foundation
import HubModel

/// Checks web addresses over HTTP(S), politely: every address once, hosts in parallel but at
/// most `perHost` requests at once to any one, HEAD first and GET when HEAD is refused,
/// redirects followed by hand (to tell a permanent move from a temporary one and to stop
/// loops), 429 and 503 retried after the server's Retry-After.
///
/// Every wait is bounded, whatever a server does: a link has `timeout` from its first request
/// to its verdict (its redirects, its GET after a refused HEAD and its retries included), and
/// the run has `runTimeout`. Each request is given only what is left of both (`LinkDeadline`)
/// as libcurl's hard limit on the transfer (`HeadRequest`), and reads the response's status
/// and headers, never its body. A link its own time runs out on did not answer (`.timeout`);
/// one the run's time cuts short, or never reaches, is `.notChecked`, for the next run.
///
/// Each link is checked from start to verdict on a thread of the run's own, its requests and
/// waits blocking that thread: so its time is spent on it alone, and does not run out while
/// Swift's concurrency threads, which the rest of the process shares, are busy elsewhere (as
/// they were when the test suite ran beside it: a 429's retry was not reached in time).
public final class LinkChecker: Sendable {
    public struct Settings: Sendable {
        public var perHost: Int
        /// A link's time, all its requests included.
        public var timeout: TimeInterval
        /// The whole run's time.
        public var runTimeout: TimeInterval
        public var maxRedirects: Int
        /// Names hubsite and the site, so that a site's owner knows who asks.
        public var userAgent: String
        /// How often a 429 or 503 is asked again, and the longest wait for it (within the
        /// link's time: a wait that does not fit is not made).
        public var retries: Int = 2
        public var longestWait: TimeInterval = 30

        public init(perHost: Int, timeout: TimeInterval, runTimeout: TimeInterval, maxRedirects: Int, userAgent: String) {
            self.perHost = max(1, perHost)
            self.timeout = timeout
            self.runTimeout = runTimeout
            self.maxRedirects = maxRedirects
            self.userAgent = userAgent
        }
    }

    public let settings: Settings

    public init(settings: Settings) {
        self.settings = settings
    }

    /// Each address's result. Addresses of one host are checked `perHost` at a time; hosts
    /// side by side. What the run's time limit cuts short or leaves is `.notChecked`.
    ///
    /// The run is on threads of its own from start to end (`LinkRun`), none of them Swift's
    /// concurrency threads: a process whose concurrency threads are all busy (as the test suite's
    /// were under the sanitizers, for minutes) cannot keep a link from being asked in time.
    public func check(_ urls: [String], now: @escaping @Sendable () -> Date = Date.init) async -> [String: LinkResult] {
        let run = LinkRun(urls: urls, checker: self, now: now)
        return await withCheckedContinuation { continuation in
            run.start { continuation.resume(returning: $0) }
        }
    }

    /// Requests in flight at once, over all hosts.
    static let mostAtOnce = 32

    /// Follows one address to its end, within its deadline. Blocks until then.
    func outcome(of address: String, within deadline: LinkDeadline) -> LinkResult.Outcome {
        guard var url = URL(string: address), let scheme = url.scheme?.lowercased(), scheme == "http" || scheme == "https",
              url.host?.isEmpty == false else { return .unreachable(.invalid) }
        var visited: Set<String> = [address]
        var permanent = true
        var moved = false
        for _ in 0...settings.maxRedirects {
            let answer = fetch(url, within: deadline)
            switch answer {
            case .failure(let failure):
                return .unreachable(failure)
            case .success(let (status, location)):
                if (300...399).contains(status), status != 304, let location, let next = URL(string: location, relativeTo: url)?.absoluteURL {
                    let isPermanent = status == 301 || status == 308
                    permanent = permanent && isPermanent
                    moved = moved || isPermanent
                    guard visited.insert(next.absoluteString).inserted else { return .unreachable(.redirectLoop) }
                    url = next
                    continue
                }
                switch status {
                case 200...299, 304: return moved && permanent ? .moved(to: url.absoluteString) : .ok
                case 404, 410: return .broken(status: status)
                case 401, 403: return .needsLogin(status: status)
                default: return .failedStatus(status: status)
                }
            }
        }
        return .unreachable(.tooManyRedirects)
    }

    /// One address: HEAD, then GET when HEAD is refused; 429 and 503 asked again after the
    /// wait the server gives, when it fits. The status and the redirect's `Location`, or why
    /// there is none. Blocks until then.
    func fetch(_ url: URL, within deadline: LinkDeadline) -> Result<(Int, String?), LinkResult.Failure> {
        var method = HeadRequest.Method.head
        var retries = 0
        while true {
            guard !deadline.hasPassed else { return .failure(deadline.expiry) }
            let response: ResponseHead
            switch HeadRequest.perform(method, url.absoluteString, userAgent: settings.userAgent, timeout: deadline.remaining) {
            case .success(let head): response = head
            case .failure(let failure): return .failure(Self.failure(failure, deadline: deadline))
            }
            let status = response.status
            if (status == 429 || status == 503), retries < settings.retries {
                retries += 1
                let wait = Duration.seconds(min(Self.retryAfter(response["Retry-After"]) ?? 1, settings.longestWait))
                guard ContinuousClock.now + wait < deadline.end else { return .success((status, nil)) }
                Thread.sleep(forTimeInterval: Double(wait.components.seconds) + Double(wait.components.attoseconds) / 1e18)
                continue
            }
            // A server that refuses HEAD (405, 501, or any other error for it) is asked with GET.
            if method == .head, status >= 400, status != 429, status != 503 {
                method = .get
                continue
            }
            return .success((status, response["Location"]))
        }
    }

    /// Retry-After in seconds (a number, or an HTTP date).
    static func retryAfter(_ value: String?) -> TimeInterval? {
        guard let value = value?.trimmingCharacters(in: .whitespaces), !value.isEmpty else { return nil }
        if let seconds = TimeInterval(value) { return max(0, seconds) }
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "GMT")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss zzz"
        return formatter.date(from: value).map { max(0, $0.timeIntervalSinceNow) }
    }

    /// What a libcurl error means for a link. Out of time is the deadline's: the link's own
    /// time (`.timeout`) or the run's (`.notChecked`).
    static func failure(_ failure: TransferFailure, deadline: LinkDeadline) -> LinkResult.Failure {
        switch failure.code {
        case 5, 6: return .dns                   // COULDNT_RESOLVE_PROXY, COULDNT_RESOLVE_HOST
        case 7, 52, 55, 56: return .refused      // COULDNT_CONNECT, GOT_NOTHING, SEND_ERROR, RECV_ERROR
        case 28: return deadline.expiry          // OPERATION_TIMEDOUT
        case 35, 51, 53, 54, 58, 59, 60, 64, 66, 77, 80, 82, 83, 90, 91, 98:
            return .tls                          // SSL_CONNECT_ERROR, PEER_FAILED_VERIFICATION, SSL_*
        case 47: return .tooManyRedirects        // TOO_MANY_REDIRECTS
        case 1, 3: return .invalid               // UNSUPPORTED_PROTOCOL, URL_MALFORMAT
        default: return deadline.hasPassed ? deadline.expiry : .other
        }
    }

    /// Scheme, host and port: what "one host" means for the per-host limit.
    static func hostKey(_ url: String) -> String {
        guard let components = URLComponents(string: url) else { return url }
        return "\(components.scheme?.lowercased() ?? "")://\(components.host?.lowercased() ?? ""):\(components.port.map(String.init) ?? "")"
    }
}
