import Foundation

/// What became of checking one external link over HTTP(S), and when: what `hubsite check
/// --links` keeps in its cache and the `external-links` rule reports.
public struct LinkResult: Codable, Hashable, Sendable {
    public enum Outcome: Codable, Hashable, Sendable {
        /// It answered 2xx, directly or after temporary redirects.
        case ok
        /// It answered 2xx after a permanent redirect (301, 308): the link still works, but
        /// should name `to`, where it now lives.
        case moved(to: String)
        /// 404 or 410: the page is not there.
        case broken(status: Int)
        /// 401 or 403: the page needs a login, so whether it works cannot be told.
        case needsLogin(status: Int)
        /// Any other answer that is not a success, after retries (500, 429 again and again, …).
        case failedStatus(status: Int)
        /// No answer: the name, the connection, TLS, time or redirects failed.
        case unreachable(Failure)
    }

    /// Why a link could not be reached.
    public enum Failure: String, Codable, Hashable, Sendable, Error {
        /// The host name does not exist (DNS).
        case dns
        /// Nothing accepts connections at the address.
        case refused
        /// The secure connection failed (a certificate that is self-signed, expired or for
        /// another name).
        case tls
        /// No answer within the time allowed.
        case timeout
        /// More redirects than allowed.
        case tooManyRedirects
        /// Redirects that come back to an address already visited.
        case redirectLoop
        /// The address is not one HTTP can fetch.
        case invalid
        /// The whole check ran out of time before this link's turn.
        case notChecked
        case other
    }

    public var outcome: Outcome
    /// When it was checked.
    public var checked: Date

    public init(_ outcome: Outcome, checked: Date) {
        self.outcome = outcome
        self.checked = checked
    }
}
