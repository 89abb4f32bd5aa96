import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Testing
@testable import HubBuild
@testable import HubContent
@testable import HubLinkCheck
import HubModel
@testable import HubRules

/// `hubsite check --links`, only ever against servers these tests start on 127.0.0.1
/// (Tests/tools/link_server.py): every kind of answer, with the exact place of each finding,
/// one request per address, the per-host limit measured at the server, and the cache.
@Suite(.serialized) struct LinkCheckTests {
    /// The test servers: their ports, and what they received.
    final class Servers {
        let process = Process()
        let input = Pipe()
        let ports: [String: Int]

        init() throws {
            process.executableURL = CalendarTests.python
            process.arguments = [CalendarTests.tools.appendingPathComponent("link_server.py").path]
            let output = Pipe()
            process.standardInput = input
            process.standardOutput = output
            try process.run()
            var line = Data()
            while let byte = try output.fileHandleForReading.read(upToCount: 1), !byte.isEmpty, byte != Data("\n".utf8) { line += byte }
            ports = (try JSONSerialization.jsonObject(with: line) as? [String: Int]) ?? [:]
        }

        deinit {
            try? input.fileHandleForWriting.close()
            process.waitUntilExit()
        }

        func url(_ path: String, server: String = "http") -> String {
            "\(server == "https" ? "https" : "http")://127.0.0.1:\(ports[server] ?? 0)\(path)"
        }

        /// What the plain server received: requests by path ("/ok", "HEAD /ok"), the most in
        /// flight at once over both plain servers, the User-Agents.
        func stats() async throws -> [String: Any] {
            let (data, _) = try await URLSession.shared.data(from: URL(string: url("/stats"))!)
            return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        }

        func reset() async throws {
            _ = try await URLSession.shared.data(from: URL(string: url("/reset"))!)
        }
    }

    /// A project whose hub links to `links` in its text, one per line from line 7 of the
    /// opportunity `links.md`, and whose booking link is `booking` (line 5).
    /// The test project's hub without its web addresses, so that nothing but the test
    /// servers is ever asked.
    static var offlineHub: String {
        TestProject.validHub.replacingOnce("    url: https://www.test-university.example/\n", with: "")
            .replacingOnce("    minutes_url: https://www.test-university.example/minutes\n", with: "")
    }

    static func project(booking: String, links: [String], perHost: Int = 2, timeout: Int = 2) -> TestProject {
        let body = links.map { "- [link](\($0))" }.joined(separator: "\n")
        return TestProject(files: [
            "content/hubs/test.md": offlineHub,
            "content/opportunities/workshop.md": nil,
            "hubsite.yml": "title: Test hubs\nrules:\n  external-links: { timeout_seconds: \(timeout), per_host: \(perHost) }\n",
            "content/opportunities/links.md": "---\ntitle: Links\nstart: 2027-03-01\nhubs: [test]\nbooking_url: \(booking)\n---\n\(body)\n",
        ])
    }

    static func run(_ project: TestProject, mode: LinkCheck.Mode = .cached) async -> (diagnostics: [Diagnostic], requested: Int) {
        await LinkCheck(source: project.root, mode: mode).run(ContentLoader(source: project.root).load().content)
    }

    @Test func everyKindOfAnswerIsReportedWhereTheLinkIsWritten() async throws {
        let servers = try Servers()
        let links = ["/ok", "/head-refused", "/moved", "/perm-1", "/temporary", "/loop-a", "/gone-410", "/login", "/busy",
                     "/unavailable", "/hang"].map { servers.url($0) }
            + [servers.url("/ok", server: "https"), servers.url("/ok", server: "closed"), "mailto:nobody-at-example.org", "tel:call-us"]
        let project = Self.project(booking: servers.url("/gone-404"), links: links)
        defer { project.remove() }
        let (diagnostics, requested) = await Self.run(project)
        #expect(requested == 14, "every web address, once (mailto and tel are checked for form only)")
        func at(_ line: Int, column: Int = 3) -> [Diagnostic] {
            diagnostics.filter { $0.location == SourceLocation(file: "content/opportunities/links.md", line: line, column: column) }
        }
        #expect(diagnostics.allSatisfy { $0.rule == "external-links" }, "\(diagnostics.summary)")
        let booking = at(5, column: 14)
        #expect(booking.count == 1 && booking.first?.severity == .warning && booking.first?.message.contains("answers 404 (not found)") == true,
                "\(diagnostics.summary)")
        #expect(at(7).isEmpty && at(8).isEmpty, "200, and 200 for GET after HEAD was refused")
        #expect(at(9).first?.severity == .warning && at(9).first?.hint == "Write the new address instead: \(servers.url("/ok"))")
        #expect(at(10).first?.message.contains("has moved permanently to \(servers.url("/ok"))") == true, "a chain of 308s")
        #expect(at(11).isEmpty, "a temporary redirect is not reported")
        #expect(at(12).first?.message.contains("redirects in a loop") == true)
        #expect(at(13).first?.message.contains("answers 410 (gone)") == true)
        #expect(at(14).first?.severity == .note && at(14).first?.message.contains("could not be checked (needs a login") == true)
        #expect(at(15).isEmpty && at(16).isEmpty, "429 and 503 are asked again after Retry-After, and then work")
        #expect(at(17).first?.message.contains("did not answer within 2 seconds") == true)
        #expect(at(18).first?.message.contains("(TLS)") == true, "a self-signed certificate: \(at(18).summary)")
        #expect(at(19).first?.message.contains("connection refused") == true)
        #expect(at(20).first?.message.contains("is not an email address") == true)
        #expect(at(21).first?.message.contains("is not a phone number") == true)
        #expect(diagnostics.count == 11, "\(diagnostics.summary)")

        let stats = try await servers.stats()
        #expect(stats["HEAD /head-refused"] as? Int == 1 && stats["GET /head-refused"] as? Int == 1)
        #expect(stats["/busy"] as? Int == 2 && stats["/unavailable"] as? Int == 2)
        #expect((stats["agents"] as? [String])?.contains("hubsite/\(HubsiteVersion.current) (link check for Test hubs)") == true, "\(stats["agents"] ?? "")")
    }

    @Test func anAddressWrittenInManyPlacesIsRequestedOnceAndReportedAtEach() async throws {
        let servers = try Servers()
        let dead = servers.url("/gone-404")
        let project = Self.project(booking: dead, links: [dead, servers.url("/ok"), dead])
        defer { project.remove() }
        project.write(Data("---\ntitle: Other\nstart: 2027-03-02\nhubs: [test]\nbooking_url: \(dead)\n---\nText.\n".utf8),
                      to: "content/opportunities/other.md")
        let (diagnostics, requested) = await Self.run(project)
        #expect(requested == 2)
        #expect(diagnostics.map(\.location) == [
            SourceLocation(file: "content/opportunities/links.md", line: 5, column: 14),
            SourceLocation(file: "content/opportunities/links.md", line: 7, column: 3),
            SourceLocation(file: "content/opportunities/links.md", line: 9, column: 3),
            SourceLocation(file: "content/opportunities/other.md", line: 5, column: 14),
        ], "\(diagnostics.summary)")
        let stats = try await servers.stats()
        #expect(stats["HEAD /gone-404"] as? Int == 1 && stats["GET /gone-404"] as? Int == 1, "one check: HEAD, then GET to be sure")
    }

    /// At most `per_host` requests at once to one host, measured at the server; two hosts are
    /// asked side by side.
    @Test func requestsToOneHostAreLimitedAndHostsAreAskedInParallel() async throws {
        let servers = try Servers()
        let project = Self.project(booking: servers.url("/ok"), links: (1...8).map { servers.url("/slow/\($0)") })
        defer { project.remove() }
        _ = await Self.run(project)
        #expect(try await servers.stats()["most_in_flight"] as? Int == 2)

        try await servers.reset()
        let two = Self.project(booking: servers.url("/ok"), links: (1...4).map { servers.url("/slow/\($0)") } + (1...4).map { servers.url("/slow/\($0)", server: "other") },
                               perHost: 1)
        defer { two.remove() }
        _ = await Self.run(two)
        let most = try await servers.stats()["most_in_flight"] as? Int
        #expect(most == 2, "one at a time to each host, the two hosts together: \(most ?? 0)")
    }

    /// However many hosts and `per_host` allow, at most `LinkChecker.mostAtOnce` requests are
    /// in flight (each holds a thread, a connection and its TLS certificates).
    @Test func requestsInFlightAreCappedOverAllHosts() async throws {
        let servers = try Servers()
        let project = Self.project(booking: servers.url("/ok"), links: (1...60).map { servers.url("/slow/\($0)") }, perHost: 100, timeout: 10)
        defer { project.remove() }
        let (diagnostics, _) = await Self.run(project)
        #expect(diagnostics.isEmpty, "\(diagnostics.summary)")
        let most = try await servers.stats()["most_in_flight"] as? Int ?? 0
        #expect(most <= LinkChecker.mostAtOnce && most > 8, "\(most) at once")
    }

    @Test func theCacheSparesRequestsUntilItsResultsAreOld() async throws {
        let servers = try Servers()
        let project = Self.project(booking: servers.url("/gone-404"), links: [servers.url("/ok")])
        defer { project.remove() }
        let first = await Self.run(project)
        #expect(first.requested == 2 && first.diagnostics.count == 1)
        let cache = project.root.appendingPathComponent(".hubsite/links.json")
        #expect(FileManager.default.fileExists(atPath: cache.path))

        try await servers.reset()
        let second = await Self.run(project)
        #expect(second.requested == 0)
        #expect(second.diagnostics == first.diagnostics, "the same findings, from the cache")
        #expect(try await servers.stats()["/gone-404"] == nil, "no request at all")

        let fresh = await Self.run(project, mode: .fresh)
        #expect(fresh.requested == 2)
        #expect(try await servers.stats()["HEAD /gone-404"] as? Int == 1)

        // Results older than max_age_hours are asked again.
        var kept = LinkCache.load(source: project.root).cache
        for url in kept.results.keys { kept.results[url]?.checked = Date().addingTimeInterval(-25 * 3600) }
        try kept.save(source: project.root)
        #expect(await Self.run(project).requested == 2)

        // A cache that cannot be read is a warning, and the check goes on without it.
        try Data("{ not json".utf8).write(to: cache)
        let corrupt = await Self.run(project)
        #expect(corrupt.requested == 2)
        #expect(corrupt.diagnostics.contains { $0.location == SourceLocation(file: ".hubsite/links.json", line: 1, column: 1) && $0.severity == .warning })
        #expect(LinkCache.load(source: project.root).problem == nil, "and it is written anew")
    }

    @Test func theRuleCanBeAnErrorOrOff() async throws {
        let servers = try Servers()
        let project = TestProject(files: [
            "content/hubs/test.md": Self.offlineHub,
            "content/opportunities/workshop.md": nil,
            "hubsite.yml": "title: T\nrules:\n  external-links: error\n",
            "content/opportunities/links.md": "---\ntitle: Links\nstart: 2027-03-01\nhubs: [test]\nbooking_url: \(servers.url("/gone-404"))\n---\nText.\n",
        ])
        defer { project.remove() }
        let error = await Self.run(project).diagnostics
        #expect(error.map(\.severity) == [.error], "\(error.summary)")
        project.write(Data("title: T\nrules:\n  external-links: off\n".utf8), to: "hubsite.yml")
        let off = await Self.run(project, mode: .fresh)
        #expect(off.diagnostics.isEmpty && off.requested == 0, "off: no request at all")
    }

    /// libcurl's codes, by number as libcurl documents them; running out of time is the
    /// link's timeout when its own time was the shorter, and "not checked" when the run's was.
    @Test func failuresAreNamedFromLibcurlsErrors() {
        let clock = ContinuousClock.now
        let own = LinkDeadline(timeout: .seconds(2), run: clock + .seconds(60), now: clock)
        let cut = LinkDeadline(timeout: .seconds(10), run: clock + .seconds(1), now: clock)
        #expect(LinkChecker.failure(TransferFailure(code: 6), deadline: own) == .dns, "CURLE_COULDNT_RESOLVE_HOST")
        #expect(LinkChecker.failure(TransferFailure(code: 7), deadline: own) == .refused, "CURLE_COULDNT_CONNECT")
        #expect(LinkChecker.failure(TransferFailure(code: 60), deadline: own) == .tls, "CURLE_PEER_FAILED_VERIFICATION")
        #expect(LinkChecker.failure(TransferFailure(code: 35), deadline: own) == .tls, "CURLE_SSL_CONNECT_ERROR")
        #expect(LinkChecker.failure(TransferFailure(code: 28), deadline: own) == .timeout, "CURLE_OPERATION_TIMEDOUT")
        #expect(LinkChecker.failure(TransferFailure(code: 28), deadline: cut) == .notChecked, "out of the run's time")
        #expect(LinkChecker.retryAfter("3") == 3)
        #expect(LinkChecker.retryAfter("Wed, 21 Oct 2015 07:28:00 GMT") == 0, "a date in the past: no wait")
        let options = ExternalLinksRule.Options()
        #expect(ExternalLinksRule.describe(.dns, url: "https://x.invalid/", options: options).0.contains("host name could not be found (DNS)"))
    }

    /// The command line end to end: one dead booking link is one located warning on its line;
    /// a second run within the cache's age sends no request.
    @Test func checkLinksOnTheCommandLine() async throws {
        let servers = try Servers()
        let project = TestProject(files: [
            "content/hubs/test.md": Self.offlineHub,
            "content/opportunities/workshop.md": nil,
            "content/opportunities/links.md": """
            ---
            title: Links
            start: 2027-03-01
            hubs: [test]
            audience: [practitioners]
            online: true
            ---
            Book on [the booking page](\(servers.url("/gone-404"))).

            """,
        ])
        defer { project.remove() }
        let first = try CommandLineTests.run(["check", "--links", "--today", "2026-11-25", "--format", "github"], in: project.root)
        let warnings = first.stdout.split(separator: "\n").filter { $0.contains("external-links") }
        #expect(warnings.count == 1, "\(first.stdout)")
        #expect(warnings.first?.hasPrefix("::warning file=content/opportunities/links.md,line=8,col=9,title=hubsite external-links::") == true, "\(first.stdout)")
        #expect(first.status == 0, "a warning does not fail the check: \(first.stdout)")
        try await servers.reset()
        let second = try CommandLineTests.run(["check", "--links", "--today", "2026-11-25"], in: project.root)
        #expect(second.stdout.contains("content/opportunities/links.md:8:9: warning[external-links]"), "\(second.stdout)")
        #expect(try await servers.stats()["HEAD /gone-404"] == nil, "the second run asks no site")
        let strict = try CommandLineTests.run(["check", "--links=fresh", "--strict", "--today", "2026-11-25"], in: project.root)
        #expect(strict.status == 1)
        #expect(try await servers.stats()["HEAD /gone-404"] as? Int == 1, "--links=fresh asks again")
        let without = try CommandLineTests.run(["check", "--today", "2026-11-25"], in: project.root)
        #expect(!without.stdout.contains("external-links"), "no --links: no link check")
    }

    /// The whole run's time limit: what it leaves is a note, and is not kept in the cache.
    @Test func whatTheRunsTimeLimitLeavesIsANoteAndNotKept() async throws {
        let servers = try Servers()
        let project = Self.project(booking: servers.url("/ok"), links: (1...6).map { servers.url("/slow/\($0)") }, perHost: 1)
        defer { project.remove() }
        project.write(Data("title: Test hubs\nrules:\n  external-links: { timeout_seconds: 2, per_host: 1, run_seconds: 1 }\n".utf8), to: "hubsite.yml")
        let (diagnostics, _) = await Self.run(project)
        let left = diagnostics.filter { $0.message.contains("was not checked: the link check ran out of time (1 seconds)") }
        #expect(!left.isEmpty && left.allSatisfy { $0.severity == .note }, "\(diagnostics.summary)")
        let kept = LinkCache.load(source: project.root).cache.results
        #expect(kept.values.allSatisfy { $0.outcome != .unreachable(.notChecked) })
        #expect(kept.count < 7, "only what was checked is kept")
    }

    /// `links: true` in hubsite.yml: every build checks the links too, and the Healthy Hub
    /// report counts those not working per hub (its page and its opportunities').
    @Test func linksTrueChecksOnEveryBuildAndTheReportCountsThem() async throws {
        let servers = try Servers()
        let project = Self.project(booking: servers.url("/gone-404"), links: [servers.url("/gone-410")])
        defer { project.remove() }
        project.write(Data("title: Test hubs\nlinks: true\nrules:\n  external-links: { timeout_seconds: 2 }\n".utf8), to: "hubsite.yml")
        let build = try CommandLineTests.run(["build", "--today", "2026-11-25"], in: project.root)
        #expect((build.stdout + build.stderr).contains("content/opportunities/links.md:5:14: warning[external-links]"), "\(build.stdout) \(build.stderr)")
        let report = try CommandLineTests.run(["report", "--links", "--format", "json", "--today", "2026-11-25"], in: project.root)
        #expect(report.stdout.contains("2 outward links not working"), "\(report.stdout)")
        let plain = try CommandLineTests.run(["report", "--format", "json", "--today", "2026-11-25"], in: project.root)
        #expect(!plain.stdout.contains("outward link"), "without --links the report asks no site")
    }
}

/// Every wait is bounded (issue #30): whatever a server does, `hubsite check --links` ends
/// within `timeout_seconds` for a link and `run_seconds` for the whole check. Each test runs the
/// built command against the misbehaving servers of Tests/tools/link_server.py and measures its
/// wall time, less the time of the same `check` without `--links` (starting the command and
/// reading the content, which a sanitizer build makes several times slower), plus a margin.
extension LinkCheckTests {
    /// Time for the link check around its waits (writing the cache, joining the requests), on a
    /// loaded machine.
    static let margin = 1.0

    /// Runs `hubsite check --links` over a project whose text links to `links` (one a line from
    /// line 7 of content/opportunities/links.md, booking link /ok on line 5) with the rule's
    /// `options`; its output, its findings' lines by line number, and how much longer it took
    /// than the same check without `--links`.
    static func timedCheck(_ servers: Servers, links: [String], options: String) throws -> (stdout: String, at: [Int: String], seconds: Double) {
        let project = project(booking: servers.url("/ok"), links: links)
        defer { project.remove() }
        project.write(Data("title: Test hubs\nrules:\n  external-links: { \(options) }\n".utf8), to: "hubsite.yml")
        func timed(_ arguments: [String]) throws -> (CommandLineTests.Run, Double) {
            let clock = ContinuousClock()
            let start = clock.now
            let run = try CommandLineTests.run(arguments, in: project.root)
            let elapsed = clock.now - start
            return (run, Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18)
        }
        let (_, withoutLinks) = try timed(["check", "--today", "2026-11-25"])
        let (run, withLinks) = try timed(["check", "--links", "--today", "2026-11-25"])
        let seconds = withLinks - withoutLinks
        var at: [Int: String] = [:]
        for line in run.stdout.split(separator: "\n") where line.hasPrefix("content/opportunities/links.md:") {
            if let number = Int(line.split(separator: ":")[1]) { at[number, default: ""] += String(line) }
        }
        return (run.stdout, at, seconds)
    }

    /// A server that takes the request and never sends its headers, or sends them one byte
    /// every half second: the link did not answer within `timeout_seconds`.
    @Test func headersThatNeverComeEndAtTheTimeout() throws {
        let servers = try Servers()
        let (stdout, at, seconds) = try Self.timedCheck(servers, links: [servers.url("/hang"), servers.url("/slow-headers")], options: "timeout_seconds: 2")
        for line in [7, 8] {
            #expect(at[line]?.contains("links.md:\(line):3: warning[external-links]") == true && at[line]?.contains("did not answer within 2 seconds") == true,
                    "line \(line): \(stdout)")
        }
        #expect(seconds < 2 + Self.margin, "took \(seconds) s longer than a check without --links")
    }

    /// Headers at once, then a body one byte every half second: the status is the answer, and
    /// the body is not waited for.
    @Test func aTricklingBodyIsNotWaitedFor() throws {
        let servers = try Servers()
        let (stdout, at, seconds) = try Self.timedCheck(servers, links: [servers.url("/trickle"), servers.url("/trickle-404")], options: "timeout_seconds: 2")
        #expect(at[7] == nil, "200: the link works: \(stdout)")
        #expect(at[8]?.contains("links.md:8:3: warning[external-links]") == true && at[8]?.contains("answers 404 (not found)") == true, "\(stdout)")
        #expect(seconds < 2 + Self.margin, "took \(seconds) s longer than a check without --links")
    }

    /// A body that never ends, after a 200 or after a redirect: the status is the answer.
    @Test func aBodyThatNeverEndsIsNotRead() throws {
        let servers = try Servers()
        let (stdout, at, seconds) = try Self.timedCheck(servers, links: [servers.url("/endless"), servers.url("/endless-redirect")], options: "timeout_seconds: 2")
        #expect(at[7] == nil && at[8] == nil, "a 200, and a temporary redirect to a page that works: \(stdout)")
        #expect(seconds < 2 + Self.margin, "took \(seconds) s longer than a check without --links")
    }

    /// An https:// address whose server accepts the connection and never answers the TLS
    /// handshake.
    @Test func aStalledTLSHandshakeEndsAtTheTimeout() throws {
        let servers = try Servers()
        let silent = "https://127.0.0.1:\(servers.ports["silent"] ?? 0)/page"
        let (stdout, at, seconds) = try Self.timedCheck(servers, links: [silent], options: "timeout_seconds: 2")
        #expect(at[7]?.contains("links.md:7:3: warning[external-links]") == true && at[7]?.contains("did not answer within 2 seconds") == true, "\(stdout)")
        #expect(seconds < 2 + Self.margin, "took \(seconds) s longer than a check without --links")
    }

    /// `timeout_seconds` is the time of the link, its redirects and its second request
    /// included: a redirect to a host that never answers, a chain of redirects each quick
    /// enough alone, a HEAD refused slowly and a GET as slow.
    @Test func redirectsAndASecondRequestAreWithinTheLinksTime() throws {
        let servers = try Servers()
        let links = [servers.url("/to-silent"), servers.url("/slow-redirect/1"), servers.url("/slow-head-refused")]
        // All three at once (they are one host), so that each has its own 2 seconds side by side.
        let (stdout, at, seconds) = try Self.timedCheck(servers, links: links, options: "timeout_seconds: 2, per_host: 3")
        for line in [7, 8, 9] {
            #expect(at[line]?.contains("links.md:\(line):3: warning[external-links]") == true && at[line]?.contains("did not answer within 2 seconds") == true,
                    "line \(line): \(stdout)")
        }
        #expect(seconds < 2 + Self.margin, "took \(seconds) s longer than a check without --links")
    }

    /// Many slow links of every kind, one at a time to each host, and a run shorter than one
    /// link's time: the check ends at `run_seconds`, and what it cut short is a note that it
    /// was not checked, kept out of the cache.
    @Test func theWholeCheckEndsAtRunSeconds() throws {
        let servers = try Servers()
        let silent = servers.ports["silent"] ?? 0
        let links = (1...3).flatMap { n in
            ["/hang?\(n)", "/slow-headers?\(n)", "/trickle?\(n)", "/endless?\(n)", "/to-silent?\(n)", "/slow-redirect/1?\(n)"].map { servers.url($0) }
        } + ["https://127.0.0.1:\(silent)/page", "http://127.0.0.1:\(silent)/page"]
        let (stdout, at, seconds) = try Self.timedCheck(servers, links: links, options: "timeout_seconds: 5, run_seconds: 2, per_host: 1")
        #expect(seconds < 2 + Self.margin, "took \(seconds) s longer than a check without --links")
        let notChecked = at.values.filter { $0.contains("was not checked: the link check ran out of time (2 seconds)") }
        #expect(notChecked.count >= 3 && notChecked.allSatisfy { $0.contains(": note[external-links]") }, "\(stdout)")
        #expect(!at.values.contains { $0.contains("did not answer within") }, "no link had its 5 seconds: \(stdout)")
    }

    /// The run's time is the links', not the process's: with every one of Swift's concurrency
    /// threads blocked for longer than the run may last (as the test suite's were under the
    /// sanitizers), the links are still asked, and answer.
    @Test func busyConcurrencyThreadsDoNotEatTheRunsTime() async throws {
        let servers = try Servers()
        let checker = LinkChecker(settings: .init(perHost: 2, timeout: 2, runTimeout: 2, maxRedirects: 5, userAgent: "hubsite test"))
        let blockers = (0...ProcessInfo.processInfo.activeProcessorCount).map { _ in
            Task.detached { Self.block(seconds: 4) }
        }
        let results = await checker.check([servers.url("/ok"), servers.url("/gone-404")])
        for blocker in blockers { await blocker.value }
        #expect(results[servers.url("/ok")]?.outcome == .ok, "\(results)")
        #expect(results[servers.url("/gone-404")]?.outcome == .broken(status: 404), "\(results)")
    }

    /// Holds the calling thread, as a synchronous wait in a test does.
    static func block(seconds: TimeInterval) { usleep(useconds_t(seconds * 1_000_000)) }
}
