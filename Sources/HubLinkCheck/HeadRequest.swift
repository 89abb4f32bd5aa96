import CCurl
import Foundation

/// One HTTP request that reads the status and headers of the response and nothing more.
///
/// libcurl's easy interface, blocking its caller (a link's own thread, never one of Swift's
/// concurrency threads), with the whole transfer (name lookup,
/// connection, TLS handshake, headers) bounded by `CURLOPT_TIMEOUT_MS`: libcurl's limit on a
/// transfer's total time, which a server cannot stretch by sending a byte now and then. A GET
/// is broken off the moment its headers are in, so a body that trickles or never ends is not
/// read at all; a HEAD has no body. Redirects are not followed here: the checker follows them
/// by hand, within the same link's time.
///
/// URLSession (FoundationNetworking) could not give this on Linux, measured with swift
/// 6.3.1: its request timeout is an idle timeout (a body of one byte every half second was read
/// for a minute), its resource timeout had no effect, the headers of a redirect with a body
/// that never ends were never delivered, and `cancel()` on such a task blocked its caller for
/// as long as the body flowed (five minutes, until the server stopped). libcurl is what it
/// runs on, already a dependency of the release packages.
final class HeadRequest: @unchecked Sendable {
    enum Method: String, Sendable {
        case head = "HEAD"
        case get = "GET"
    }

    let method: Method
    let url: String
    let userAgent: String
    let timeout: Duration

    // Filled by the header callback, on the transfer's thread only, and read after it.
    private var status = 0
    private var headers: [String: String] = [:]
    private var complete = false

    /// A response's head is small; a server that sends header lines without end is cut off
    /// by the time limit, and this keeps what it sent in the meantime small.
    static let mostHeaders = 200

    private init(method: Method, url: String, userAgent: String, timeout: Duration) {
        self.method = method
        self.url = url
        self.userAgent = userAgent
        self.timeout = timeout
    }

    /// Asks `url` once and gives the response's head, or why there is none, within `timeout`.
    /// Blocks until then.
    static func perform(_ method: Method, _ url: String, userAgent: String, timeout: Duration) -> Result<ResponseHead, TransferFailure> {
        HeadRequest(method: method, url: url, userAgent: userAgent, timeout: timeout).run()
    }

    /// libcurl set up once per process. With CURLOPT_NOSIGNAL (needed when threads make
    /// requests) libcurl asks its caller to ignore SIGPIPE, so that a server closing the
    /// connection mid-write cannot end the process (libcurl-thread(3)).
    private static let ready: Bool = {
        signal(SIGPIPE, SIG_IGN)
        return curl_global_init(Int(CURL_GLOBAL_DEFAULT)) == CURLE_OK
    }()

    private func run() -> Result<ResponseHead, TransferFailure> {
        guard Self.ready, let handle = curl_easy_init() else {
            return .failure(TransferFailure(code: Int(CURLE_FAILED_INIT.rawValue), message: "libcurl could not be started"))
        }
        let words = UnsafeMutablePointer<CChar>.allocate(capacity: Int(CURL_ERROR_SIZE))
        words.initialize(repeating: 0, count: Int(CURL_ERROR_SIZE))
        // The handle goes first: it holds the error buffer until it is cleaned up.
        defer { words.deallocate() }
        defer { curl_easy_cleanup(handle) }
        let milliseconds = max(1, timeout.boundedMilliseconds)

        _ = hubsite_curl_set_string(handle, CURLOPT_URL, url)
        _ = hubsite_curl_set_string(handle, CURLOPT_USERAGENT, userAgent)
        _ = hubsite_curl_set_string(handle, CURLOPT_PROTOCOLS_STR, "http,https")
        _ = hubsite_curl_set_long(handle, method == .head ? CURLOPT_NOBODY : CURLOPT_HTTPGET, 1)
        _ = hubsite_curl_set_long(handle, CURLOPT_NOSIGNAL, 1)
        // Through a proxy, its own "200 Connection established" is not the link's answer.
        _ = hubsite_curl_set_long(handle, CURLOPT_SUPPRESS_CONNECT_HEADERS, 1)
        _ = hubsite_curl_set_long(handle, CURLOPT_FOLLOWLOCATION, 0)
        _ = hubsite_curl_set_long(handle, CURLOPT_TIMEOUT_MS, milliseconds)
        _ = hubsite_curl_set_long(handle, CURLOPT_CONNECTTIMEOUT_MS, milliseconds)
        _ = hubsite_curl_set_pointer(handle, CURLOPT_ERRORBUFFER, words)
        _ = hubsite_curl_set_pointer(handle, CURLOPT_HEADERDATA, Unmanaged.passUnretained(self).toOpaque())
        _ = hubsite_curl_set_callback(handle, CURLOPT_HEADERFUNCTION) { buffer, size, count, context in
            let length = size * count
            guard let buffer, let context else { return length }
            let request = Unmanaged<HeadRequest>.fromOpaque(context).takeUnretainedValue()
            let line = String(decoding: UnsafeRawBufferPointer(start: buffer, count: length), as: UTF8.self)
            return request.read(headerLine: line) ? length : 0
        }
        // A body is never wanted: if any of one arrives, the transfer stops (and nothing is
        // written to standard output, libcurl's default).
        _ = hubsite_curl_set_callback(handle, CURLOPT_WRITEFUNCTION) { _, _, _, _ in 0 }

        let code = withExtendedLifetime(self) { curl_easy_perform(handle) }
        // Broken off after the headers (CURLE_WRITE_ERROR), or closed by the server after
        // them: the head is what was asked for.
        if complete, code == CURLE_OK || code == CURLE_WRITE_ERROR {
            return .success(ResponseHead(status: status, headers: headers))
        }
        let message = String(cString: words)
        return .failure(TransferFailure(code: Int(code.rawValue), message: message.isEmpty ? String(cString: curl_easy_strerror(code)) : message))
    }

    /// One line of the head, as libcurl hands it over; false stops the transfer.
    private func read(headerLine raw: String) -> Bool {
        let line = raw.trimmingCharacters(in: .whitespacesAndNewlines)
        if line.hasPrefix("HTTP/") {
            // A response begins: an informational one (1xx) before the final, or the final.
            let parts = line.split(separator: " ", maxSplits: 2)
            status = parts.count > 1 ? Int(parts[1]) ?? 0 : 0
            headers = [:]
            complete = false
            return true
        }
        if line.isEmpty {
            // The end of a head. After a 1xx the final response follows.
            guard status >= 200 else { return true }
            complete = true
            // A GET's body is not wanted: stop here. A HEAD has none and ends by itself.
            return method == .head
        }
        guard status != 0, headers.count < Self.mostHeaders, let colon = line.firstIndex(of: ":") else { return true }
        let name = line[..<colon].trimmingCharacters(in: .whitespaces).lowercased()
        if headers[name] == nil {
            headers[name] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        return true
    }
}
