import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import HubModel

/// Checks web addresses over HTTP(S), politely: every address once, hosts in parallel but at
/// most `perHost` requests at once to any one, HEAD first and GET when HEAD is refused,
/// redirects followed by hand (to tell a permanent move from a temporary one and to stop
/// loops), 429 and 503 retried after the server's Retry-After, a time limit per request and
/// one for the whole run.
///
/// Foundation's URLSession (FoundationNetworking, libcurl underneath) does the requests: it
/// comes with the toolchain, so the check adds no package to build (async-http-client would
/// add SwiftNIO and minutes to every clean CI build), and it names DNS, connection and TLS
/// failures with its error codes.
public final class LinkChecker: Sendable {
    public struct Settings: Sendable {
        public var perHost: Int
        public var timeout: TimeInterval
        public var runTimeout: TimeInterval
        public var maxRedirects: Int
        /// Names hubsite and the site, so that a site's owner knows who asks.
        public var userAgent: String
        /// How often a 429 or 503 is asked again, and the longest wait for it.
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
    private let session: URLSession

    public init(settings: Settings) {
        self.settings = settings
        let configuration = URLSessionConfiguration.ephemeral
        configuration.timeoutIntervalForRequest = settings.timeout
        configuration.timeoutIntervalForResource = settings.timeout
        configuration.httpShouldSetCookies = false
        configuration.httpMaximumConnectionsPerHost = settings.perHost
        configuration.requestCachePolicy = .reloadIgnoringLocalAndRemoteCacheData
        configuration.urlCache = nil
        session = URLSession(configuration: configuration, delegate: NoRedirects(), delegateQueue: nil)
    }

    deinit { session.invalidateAndCancel() }

    /// Each address's result. Addresses of one host are checked `perHost` at a time; hosts
    /// side by side. What the run's time limit leaves unchecked is `.notChecked`.
    public func check(_ urls: [String], now: @escaping @Sendable () -> Date = Date.init) async -> [String: LinkResult] {
        let deadline = Date().addingTimeInterval(settings.runTimeout)
        var byHost: [String: [String]] = [:]
        var hosts: [String] = []
        for url in Set(urls).sorted() {
            let host = Self.hostKey(url)
            if byHost[host] == nil { hosts.append(host) }
            byHost[host, default: []].append(url)
        }
        return await withTaskGroup(of: [(String, LinkResult)].self) { group in
            for host in hosts {
                let queue = byHost[host] ?? []
                group.addTask { await self.checkHost(queue, deadline: deadline, now: now) }
            }
            var results: [String: LinkResult] = [:]
            for await batch in group { for (url, result) in batch { results[url] = result } }
            return results
        }
    }

    /// One host's addresses, `perHost` at a time.
    private func checkHost(_ urls: [String], deadline: Date, now: @escaping @Sendable () -> Date) async -> [(String, LinkResult)] {
        await withTaskGroup(of: (String, LinkResult).self) { group in
            var pending = urls[...]
            var results: [(String, LinkResult)] = []
            func start() {
                guard let url = pending.popFirst() else { return }
                group.addTask {
                    let outcome = Date() >= deadline ? .unreachable(.notChecked) : await self.outcome(of: url, deadline: deadline)
                    return (url, LinkResult(outcome, checked: now()))
                }
            }
            for _ in 0..<settings.perHost { start() }
            for await result in group {
                results.append(result)
                start()
            }
            return results
        }
    }

    /// Follows one address to its end.
    func outcome(of address: String, deadline: Date) async -> LinkResult.Outcome {
        guard var url = URL(string: address), let scheme = url.scheme?.lowercased(), scheme == "http" || scheme == "https",
              url.host?.isEmpty == false else { return .unreachable(.invalid) }
        var visited: Set<String> = [address]
        var permanent = true
        var moved = false
        for _ in 0...settings.maxRedirects {
            let answer = await fetch(url, deadline: deadline)
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
    /// wait the server gives. The status and the redirect's `Location`, or why there is none.
    func fetch(_ url: URL, deadline: Date) async -> Result<(Int, String?), LinkResult.Failure> {
        var method = "HEAD"
        var retries = 0
        while true {
            let remaining = deadline.timeIntervalSinceNow
            guard remaining > 0 else { return .failure(.notChecked) }
            var request = URLRequest(url: url, cachePolicy: .reloadIgnoringLocalAndRemoteCacheData, timeoutInterval: min(settings.timeout, remaining))
            request.httpMethod = method
            request.setValue(settings.userAgent, forHTTPHeaderField: "User-Agent")
            request.setValue("*/*", forHTTPHeaderField: "Accept")
            let response: HTTPURLResponse
            do {
                let (_, answer) = try await session.data(for: request)
                guard let http = answer as? HTTPURLResponse else { return .failure(.other) }
                response = http
            } catch let error as URLError where error.code == .userCancelledAuthentication || error.code == .cancelled {
                // A login's challenge, turned down by the delegate: the page needs a login.
                return .success((401, nil))
            } catch {
                return .failure(Self.failure(error))
            }
            let status = response.statusCode
            if (status == 429 || status == 503), retries < settings.retries {
                retries += 1
                let wait = min(Self.retryAfter(response.value(forHTTPHeaderField: "Retry-After")) ?? 1, settings.longestWait)
                guard Date().addingTimeInterval(wait) < deadline else { return .success((status, nil)) }
                try? await Task.sleep(nanoseconds: UInt64(wait * 1_000_000_000))
                continue
            }
            // A server that refuses HEAD (405, 501, or any other error for it) is asked with GET.
            if method == "HEAD", status >= 400, status != 429, status != 503 {
                method = "GET"
                continue
            }
            return .success((status, response.value(forHTTPHeaderField: "Location")))
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

    /// What a URLSession error means for a link.
    static func failure(_ error: Error) -> LinkResult.Failure {
        guard let error = error as? URLError else { return .other }
        // libcurl's TLS failures reach FoundationNetworking as "unknown" with curl's words.
        let words = ((error.userInfo[NSUnderlyingErrorKey] as? NSError)?.localizedDescription ?? "") + " " + error.localizedDescription
        if error.code == .unknown, words.contains("SSL") || words.contains("certificate") || words.contains("TLS") { return .tls }
        switch error.code {
        case .cannotFindHost, .dnsLookupFailed: return .dns
        case .cannotConnectToHost, .networkConnectionLost, .notConnectedToInternet: return .refused
        case .secureConnectionFailed, .serverCertificateUntrusted, .serverCertificateHasBadDate, .serverCertificateNotYetValid,
             .serverCertificateHasUnknownRoot, .clientCertificateRejected, .clientCertificateRequired: return .tls
        case .timedOut: return .timeout
        case .httpTooManyRedirects: return .tooManyRedirects
        case .badURL, .unsupportedURL: return .invalid
        default: return .other
        }
    }

    /// Scheme, host and port: what "one host" means for the per-host limit.
    static func hostKey(_ url: String) -> String {
        guard let components = URLComponents(string: url) else { return url }
        return "\(components.scheme?.lowercased() ?? "")://\(components.host?.lowercased() ?? ""):\(components.port.map(String.init) ?? "")"
    }
}

/// Hands redirects back to the checker instead of following them, and answers a login's
/// challenge (401 with `WWW-Authenticate`) with no credentials, so that the 401 comes back
/// as an answer: without this delegate method, FoundationNetworking waited forever.
private final class NoRedirects: NSObject, URLSessionTaskDelegate, Sendable {
    func urlSession(_ session: URLSession, task: URLSessionTask, willPerformHTTPRedirection response: HTTPURLResponse,
                    newRequest request: URLRequest, completionHandler: @escaping (URLRequest?) -> Void) {
        completionHandler(nil)
    }

    func urlSession(_ session: URLSession, task: URLSessionTask, didReceive challenge: URLAuthenticationChallenge,
                    completionHandler: @escaping (URLSession.AuthChallengeDisposition, URLCredential?) -> Void) {
        // On Linux only logins are challenges (libcurl checks certificates itself).
        completionHandler(.cancelAuthenticationChallenge, nil)
    }
}
