import Foundation
import Testing
import HubBuild
import HubModel
@testable import HubServe
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
#if canImport(Glibc)
import Glibc
#endif

/// `hubsite serve` over real HTTP on loopback.
@Suite(.serialized) struct ServeTests {
    static func get(_ port: UInt16, _ path: String) async throws -> (Int, String) {
        let url = URL(string: "http://127.0.0.1:\(port)\(path)")!
        let (data, response) = try await URLSession.shared.data(from: url)
        return ((response as? HTTPURLResponse)?.statusCode ?? 0, String(decoding: data, as: UTF8.self))
    }

    /// A request sent byte for byte, so paths such as `/../` reach the server unnormalised.
    static func rawStatus(_ port: UInt16, _ path: String) throws -> Int {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else { return -1 }
        let request = "GET \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"
        _ = request.withCString { send(fd, $0, strlen($0), 0) }
        var buffer = [UInt8](repeating: 0, count: 64)
        let count = recv(fd, &buffer, 64, 0)
        let head = String(decoding: buffer.prefix(max(0, count)), as: UTF8.self)
        return Int(head.split(separator: " ").dropFirst().first ?? "") ?? -1
    }

    static func waitUntil(_ seconds: Double = 10, _ condition: () async throws -> Bool) async throws -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if try await condition() { return true }
            try await Task.sleep(nanoseconds: 50_000_000)
        }
        return false
    }

    /// A rebuild with nothing changed keeps the site it made (and the pages it rendered); a
    /// change to a logo (which no page's text depends on) or to a template is still seen.
    @Test func aRebuildWithNothingChangedDoesNoWorkButEveryChangeIsSeen() throws {
        let project = TestProject()
        defer { project.remove() }
        let build = PreviewBuild(options: BuildOptions(source: project.root, today: TestProject.today))
        let first = build.rebuild()
        #expect(first.succeeded && first.filesPlanned > 20)
        let again = build.rebuild()
        #expect(again.succeeded && again.site === first.site)
        #expect(again.diagnostics == first.diagnostics)

        project.write(Data("not an image".utf8), to: "content/logos/test.png")
        let broken = build.rebuild()
        #expect(!broken.succeeded)
        #expect(broken.diagnostics.contains { $0.rule == "logo" && $0.severity == .error })

        project.write(TestProject.fixtureData("test.png"), to: "content/logos/test.png")
        #expect(build.rebuild().succeeded)
        project.write(Data("<footer class=\"new\">new</footer>\n".utf8), to: "templates/footer.mustache")
        let restyled = build.rebuild()
        #expect(restyled.succeeded && restyled.site !== first.site)
        let page = String(decoding: try #require(restyled.site?.bytes(at: "hubs/test/index.html")), as: UTF8.self)
        #expect(page.contains("<footer class=\"new\">new</footer>"))
        #expect(!FileManager.default.fileExists(atPath: project.root.appendingPathComponent("site").path), "the preview is not written to disk")
    }

    @Test func servesRebuildsReloadsShowsErrorsAndStops() async throws {
        let project = TestProject()
        defer { project.remove() }
        let server = try PreviewServer(options: BuildOptions(source: project.root, today: TestProject.today))
        let port = try await server.start(port: 0)

        // A page is served with the reload script; folders serve their index.html.
        let (status, page) = try await Self.get(port, "/hubs/test/")
        #expect(status == 200)
        #expect(page.contains("<h1>Test Hub</h1>"))
        #expect(page.contains(PreviewPage.reloadPath))
        let version = await server.signal.version

        // An edit triggers a rebuild, and the reload signal answers a waiting page.
        async let reload = Self.get(port, "\(PreviewPage.reloadPath)?since=\(version)")
        try await Task.sleep(nanoseconds: 200_000_000)
        project.write(Data(TestProject.validOpportunity.replacingOnce("title: Test workshop", with: "title: Renamed workshop").utf8),
                      to: "content/opportunities/workshop.md")
        let (_, answer) = try await reload
        #expect(Int(answer) ?? 0 > version)
        #expect(try await Self.waitUntil { try await Self.get(port, "/opportunities/workshop/").1.contains("<h1>Renamed workshop</h1>") })
        // Every page that lists the opportunity shows the new title, its hub's page and the
        // calendar included.
        #expect(try await Self.get(port, "/hubs/test/").1.contains("Renamed workshop"))
        #expect(try await Self.get(port, "/calendar/").1.contains("Renamed workshop"))
        // Feeds are served from memory too, with their own type.
        let (feedStatus, feed) = try await Self.get(port, "/calendar.ics")
        #expect(feedStatus == 200 && feed.contains("SUMMARY:Renamed workshop") && !feed.contains(PreviewPage.reloadPath))

        // A mistake shows an overlay on the last good page; fixing it clears it.
        project.write(Data(TestProject.validHub.replacingOnce("updated: 2026-11-01", with: "updated: 2026-02-30").utf8), to: "content/hubs/test.md")
        #expect(try await Self.waitUntil { try await Self.get(port, "/hubs/test/").1.contains("hubsite-overlay") })
        let overlaid = try await Self.get(port, "/hubs/test/").1
        #expect(overlaid.contains("content/hubs/test.md:4:10"))
        #expect(overlaid.contains("error[front-matter]"))
        #expect(overlaid.contains("<h1>Test Hub</h1>"))
        project.write(Data(TestProject.validHub.utf8), to: "content/hubs/test.md")
        #expect(try await Self.waitUntil { !(try await Self.get(port, "/hubs/test/").1.contains("hubsite-overlay")) })

        // Nothing outside the site folder is served, however the path is spelt.
        for path in ["/../../../../etc/passwd", "/hubs/%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/passwd", "/..%2f..%2f..%2fetc%2fpasswd",
                     "/%252e%252e/%252e%252e/etc/passwd", "/hubs/..\\..\\etc\\passwd", "/%00/etc/passwd"] {
            #expect(try Self.rawStatus(port, path) == 404, "\(path)")
        }
        #expect(try Self.rawStatus(port, "/hubs/test/") == 200)

        // Shutdown is clean: the port closes.
        await server.stop()
        #expect(try Self.rawStatus(port, "/") == -1)
    }

    /// An edit made the moment the server is ready is not missed (watches are set up before
    /// start returns).
    @Test func anEditRightAfterStartIsSeen() async throws {
        let project = TestProject()
        defer { project.remove() }
        let server = try PreviewServer(options: BuildOptions(source: project.root, today: TestProject.today))
        _ = try await server.start(port: 0)
        let version = await server.signal.version
        project.write(Data(TestProject.validOpportunity.replacingOnce("title: Test workshop", with: "title: At once").utf8),
                      to: "content/opportunities/workshop.md")
        #expect(try await Self.waitUntil { await server.signal.version > version })
        await server.stop()
    }

    /// The watcher walks the tree again only when a folder appears; files saved inside a new
    /// folder, then edited again, are still seen.
    @Test func aFolderCreatedWhileWatchingIsWatchedToo() async throws {
        let project = TestProject()
        defer { project.remove() }
        let changes = ChangeCounter()
        let watcher = FileWatcher(source: project.root) { changes.add() }
        watcher.start()
        defer { watcher.stop() }
        #expect(watcher.usesInotify)
        let folder = project.root.appendingPathComponent("content/opportunities/2027")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        #expect(try await Self.waitUntil { changes.count >= 1 })
        try await Task.sleep(nanoseconds: 400_000_000) // let the burst settle and the new watch land
        let before = changes.count
        try Data("one".utf8).write(to: folder.appendingPathComponent("late.md"))
        #expect(try await Self.waitUntil { changes.count > before })
        try await Task.sleep(nanoseconds: 400_000_000)
        let again = changes.count
        try Data("two".utf8).write(to: folder.appendingPathComponent("late.md"))
        #expect(try await Self.waitUntil { changes.count > again })
    }

    @Test func takesTheNextPortWhenOneIsBusy() async throws {
        let project = TestProject()
        defer { project.remove() }
        let first = try PreviewServer(options: BuildOptions(source: project.root, today: TestProject.today))
        let busy = try await first.start(port: 0)
        let second = try PreviewServer(options: BuildOptions(source: project.root, today: TestProject.today))
        let next = try await second.start(port: busy)
        #expect(next != busy)
        #expect(next > busy && next <= busy + 20)
        await second.stop()
        await first.stop()
    }

    @Test func buildOutputNeverContainsTheReloadScript() throws {
        let project = TestProject()
        defer { project.remove() }
        _ = try project.pipeline.build()
        let page = try String(contentsOf: project.root.appendingPathComponent("site/hubs/test/index.html"), encoding: .utf8)
        #expect(!page.contains("__hubsite"))
    }
}

/// Counts a watcher's callbacks, which arrive on its own thread.
final class ChangeCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var value = 0

    func add() {
        lock.lock()
        value += 1
        lock.unlock()
    }

    var count: Int {
        lock.lock()
        defer { lock.unlock() }
        return value
    }
}
