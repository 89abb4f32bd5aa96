import FlyingFox
import FlyingSocks
import Foundation
#if canImport(Glibc)
import Glibc
#endif
import HubBuild
import HubModel

/// `hubsite serve`: builds the site in memory, serves it on 127.0.0.1, rebuilds on save and
/// tells open pages to reload. A failed rebuild keeps serving the last good site with an overlay
/// listing the problems.
public final class PreviewServer: @unchecked Sendable {
    public let source: URL
    public let builder: PreviewBuild
    public let signal = ReloadSignal()
    public let state = PreviewState()
    private var server: HTTPServer?
    private var watcher: FileWatcher?
    private let rebuildQueue = DispatchQueue(label: "hubsite-rebuild")
    private let report: @Sendable (PreviewBuild.Outcome) -> Void

    /// - Parameter report: called after every build (print diagnostics, timings).
    public init(options: BuildOptions, report: @escaping @Sendable (PreviewBuild.Outcome) -> Void = { _ in }) throws {
        source = options.source
        builder = PreviewBuild(options: options)
        self.report = report
    }

    /// Runs one build now and records it (the server shows its result).
    @discardableResult
    public func rebuild() async -> PreviewBuild.Outcome {
        let outcome = await withCheckedContinuation { continuation in
            rebuildQueue.async {
                continuation.resume(returning: self.builder.rebuild())
            }
        }
        let replaced = await state.record(outcome)
        await signal.bump()
        report(outcome)
        // The replaced site is freed here, outside the state actor, while open pages reload.
        withExtendedLifetime(replaced) {}
        return outcome
    }

    /// Builds, binds the first free port from `port` on (up to 20 further), starts watching, and
    /// returns the port. `port` 0 asks the system for any free port.
    public func start(port: UInt16) async throws -> UInt16 {
        await rebuild()
        var lastError: Error?
        let candidates: [UInt16] = port == 0 ? [0] : (0...20).compactMap { port.addingReportingOverflow($0).overflow ? nil : port + $0 }
        for candidate in candidates where candidate == 0 || Self.isFree(candidate) {
            let server = HTTPServer(address: try sockaddr_in.inet(ip4: "127.0.0.1", port: candidate), logger: .disabled)
            let signal = self.signal
            await server.appendRoute(HTTPRoute(methods: [.GET], path: PreviewPage.reloadPath)) { request in
                let since = Int(request.query.first { $0.name == "since" }?.value ?? "") ?? -1
                let version = await signal.wait(since: since, seconds: 25)
                return HTTPResponse(statusCode: .ok, headers: [.contentType: "text/plain", .cacheControl: "no-store"], body: Data(String(version).utf8))
            }
            await server.appendRoute("GET,HEAD *", to: SiteFileHandler(signal: signal, state: state))
            let task = Task { try await server.run() }
            do {
                try await server.waitUntilListening(timeout: 5)
                guard case .ip4(_, let bound)? = await server.listeningAddress else { throw SocketError.disconnected }
                self.server = server
                _ = task
                let watcher = FileWatcher(source: source) { [weak self] in
                    guard let self else { return }
                    Task { await self.rebuild() }
                }
                watcher.start()
                self.watcher = watcher
                return bound
            } catch {
                task.cancel()
                lastError = error
            }
        }
        throw lastError ?? SocketError.disconnected
    }

    /// True when nothing listens on 127.0.0.1:`port` (checked by binding it for a moment), so a
    /// busy port is skipped at once instead of after a listening time-out.
    static func isFree(_ port: UInt16) -> Bool {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { return true }
        defer { close(fd) }
        var yes: Int32 = 1
        setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        return withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        } == 0
    }

    /// Stops watching and serving, and ends open reload waits.
    public func stop() async {
        watcher?.stop()
        await signal.releaseAll()
        await server?.stop(timeout: 1)
    }
}
