import Foundation
import Testing
@testable import HubBuild
import HubModel

/// What a calendar that subscribed to the site's feeds sees across a change: the site moving to
/// another address, a meeting moving to another day. A subscribed calendar knows each event by
/// its UID; it replaces its copy when the UID is the same and the SEQUENCE higher, and keeps the
/// old event beside a new one when the UID changed. So a change must keep every UID, and raise
/// the SEQUENCE of what changed. The feeds are read by three independent parsers (icalendar,
/// vobject, libical) as a client would.
@Suite struct SubscriberCalendarTests {
    /// (UID, STATUS, SEQUENCE) of every VEVENT of the feeds, as each parser reads them.
    typealias Seen = [String: [[String]]]

    static func read(_ feeds: [String], in site: URL) throws -> Seen {
        let parsers = try #require(try CalendarTests.parse("ics_statuses.py", feeds.map { site.appendingPathComponent($0).path }) as? [String: Any])
        var seen: Seen = [:]
        for parser in ["icalendar", "vobject", "libical"] {
            let events = try #require(parsers[parser] as? [[Any]], "\(parser) could not read the feeds (make test installs it)")
            seen[parser] = events.map { ["\($0[0])", ($0[1] as? String) ?? "-", "\($0[2])"] }
        }
        return seen
    }

    /// Builds the project and reads its feeds.
    static func build(_ project: TestProject, feeds: [String] = ["calendar.ics", "hubs/test/calendar.ics"]) throws -> Seen {
        let built = try project.pipeline.build()
        #expect(built.pages != nil, "\(built.checked.diagnostics.summary)")
        return try read(feeds, in: project.root.appendingPathComponent("site"))
    }

    /// A calendar that imported `before` and then `after` (merging by UID, newer SEQUENCE
    /// wins): the events it ends up holding, by UID.
    static func merged(_ before: [[String]], _ after: [[String]]) -> [String: [String]] {
        var held: [String: [String]] = [:]
        for event in before + after {
            if let old = held[event[0]], Int(old[2])! > Int(event[2])! { continue }
            held[event[0]] = event
        }
        return held
    }

    /// No event appears twice or lingers: what a merging client holds is exactly the new feed.
    static func expectNoGhosts(_ before: Seen, _ after: Seen, _ change: String) {
        for parser in ["icalendar", "vobject", "libical"] {
            let old = before[parser] ?? [], new = after[parser] ?? []
            #expect(!new.isEmpty, "\(parser): no events")
            let held = merged(old, new)
            #expect(held.count == Set(new.map { $0[0] }).count, "\(parser), \(change): a calendar holds \(held.count) events where the feed has \(Set(new.map { $0[0] }).count): \(Set(old.map { $0[0] }).symmetricDifference(new.map { $0[0] }).sorted())")
        }
    }

    static let config = """
    title: Test Hubs
    site_id: test-hubs-1a2b3c
    timezone: Europe/London

    """

    @Test func aSiteThatSetsOrChangesItsAddressKeepsEveryUID() throws {
        let project = TestProject(files: ["hubsite.yml": Self.config])
        defer { project.remove() }
        let first = try Self.build(project)
        #expect(first["icalendar"]!.allSatisfy { $0[0].hasSuffix("@test-hubs-1a2b3c") }, "\(first["icalendar"]!)")
        for address in ["https://someone.github.io/hubs/", "https://hubs.example.org/"] {
            project.write(Data((Self.config + "base_url: \(address)\n").utf8), to: "hubsite.yml")
            let moved = try Self.build(project)
            Self.expectNoGhosts(first, moved, "base_url \(address)")
            #expect(moved == first, "the feeds' events changed with the address")
        }
        // Atom entries keep their ids too.
        let atom = try String(contentsOf: project.root.appendingPathComponent("site/opportunities.xml"), encoding: .utf8)
        #expect(atom.contains("urn:hubsite:test-hubs-1a2b3c:"))
    }

    @Test func withoutASiteIDTheAdvisoryGivesTheLineThatKeepsTodaysUIDs() throws {
        let project = TestProject(files: ["hubsite.yml": "title: Test Hubs\n"])
        defer { project.remove() }
        let advisory = try #require(project.check().first { $0.rule == RuleID.calendar })
        #expect(advisory.severity == .warning)
        #expect(advisory.location == SourceLocation(file: "hubsite.yml", line: 1, column: 1))
        #expect(advisory.hint?.contains("'test-hubs.hubsite' if it is built without --base-url") == true, "\(advisory.hint ?? "")")
        let before = try Self.build(project)
        // Following the hint, then publishing at an address: no event changes.
        project.write(Data("title: Test Hubs\nsite_id: test-hubs.hubsite\nbase_url: https://hubs.example.org/\n".utf8), to: "hubsite.yml")
        #expect(!project.check().contains { $0.rule == RuleID.calendar })
        let after = try Self.build(project)
        Self.expectNoGhosts(before, after, "site_id from the hint, then base_url")
        #expect(after == before)
        // Without it, setting base_url changes every UID: what the advisory warns of.
        project.write(Data("title: Test Hubs\nbase_url: https://hubs.example.org/\n".utf8), to: "hubsite.yml")
        let advised = try #require(project.check().first { $0.rule == RuleID.calendar })
        #expect(advised.location.line == 2, "at base_url")
        #expect(advised.hint?.contains("'site_id: hubs.example.org'") == true)
        let unkept = try Self.build(project)
        #expect(Set(unkept["icalendar"]!.map { $0[0] }).isDisjoint(with: before["icalendar"]!.map { $0[0] }))
    }

    @Test func aProjectWithoutHubsiteYmlOrEventsGetsNoAdvisory() throws {
        let bare = TestProject()
        defer { bare.remove() }
        #expect(!bare.check().contains { $0.rule == RuleID.calendar }, "no hubsite.yml to add the line to")
        let empty = TestProject(files: ["hubsite.yml": "title: Test Hubs\n", "content/opportunities/workshop.md": nil,
                                        "content/hubs/test.md": TestProject.validHub.replacingOnce("meetings:", with: "old_meetings:")])
        defer { empty.remove() }
        #expect(!empty.check().contains { $0.rule == RuleID.calendar && $0.location.file == "hubsite.yml" })
    }

    @Test func aBadSiteIDIsALocatedError() throws {
        for bad in ["\"a b\"", "x", "\"-leading\"", "\"has@at\"", "\"caf\u{e9}\""] {
            let project = TestProject(files: ["hubsite.yml": "title: Test Hubs\nsite_id: \(bad)\n"])
            defer { project.remove() }
            let error = try #require(project.check().first { $0.severity == .error }, "site_id: \(bad)")
            #expect(error.location == SourceLocation(file: "hubsite.yml", line: 2, column: 10), "site_id: \(bad): \(error)")
            #expect(error.message.contains("'site_id'"))
        }
    }

    /// The hub's three meetings; the second moves from 9 to 16 December 2026.
    static let movedHub = TestProject.validHub.replacingOnce("  - date: 2026-12-09\n", with: "  - date: 2026-12-16\n    moved_from: 2026-12-09\n")

    @Test func aMeetingThatMovesReplacesItselfInSubscribedCalendars() throws {
        let project = TestProject(files: ["hubsite.yml": Self.config])
        defer { project.remove() }
        let before = try Self.build(project)
        project.write(Data(Self.movedHub.utf8), to: "content/hubs/test.md")
        let after = try Self.build(project)
        Self.expectNoGhosts(before, after, "a meeting moved")
        for parser in ["icalendar", "vobject", "libical"] {
            let moved = try #require(after[parser]!.first { $0[0] == "meeting-test-2026-12-09@test-hubs-1a2b3c" }, "\(parser): \(after[parser]!)")
            let was = try #require(before[parser]!.first { $0[0] == moved[0] })
            #expect(Int(moved[2])! > Int(was[2])!, "\(parser): SEQUENCE \(was[2]) -> \(moved[2])")
        }
        let ics = try String(contentsOf: project.root.appendingPathComponent("site/calendar.ics"), encoding: .utf8)
        let event = ics.components(separatedBy: "UID:meeting-test-2026-12-09@")[1].components(separatedBy: "END:VEVENT")[0]
        #expect(event.contains("DTSTART;TZID=Europe/London:20261216T100000\r\n"))
        // A second move, with a line for each in changes, raises it again.
        project.write(Data(Self.movedHub.replacingOnce("  - date: 2026-12-16\n", with: "  - date: 2026-12-17\n")
            .replacingOnce("    moved_from: 2026-12-09\n", with: "    moved_from: 2026-12-09\n    changes:\n      - Moved to the 16th.\n      - Moved again, to the 17th.\n").utf8),
                      to: "content/hubs/test.md")
        let twice = try Self.build(project)
        Self.expectNoGhosts(after, twice, "moved twice")
        let sequence = { (seen: Seen) in seen["libical"]!.first { $0[0].hasPrefix("meeting-test-2026-12-09@") }![2] }
        #expect([sequence(before), sequence(after), sequence(twice)] == ["0", "1", "2"])
        // The hub page says it moved.
        let html = try String(contentsOf: project.root.appendingPathComponent("site/hubs/test/index.html"), encoding: .utf8)
        #expect(html.contains("Thursday 17 December 2026</time>, 10:00–12:00 (moved from Wednesday 9 December 2026)</p>"), "\(html)")
    }

    @Test func aMeetingMovedWithoutMovedFromIsANewEvent() throws {
        // The behaviour moved_from exists for: the old date's event is gone, a new one appears.
        let project = TestProject(files: ["hubsite.yml": Self.config])
        defer { project.remove() }
        let before = try Self.build(project)
        project.write(Data(TestProject.validHub.replacingOnce("  - date: 2026-12-09\n", with: "  - date: 2026-12-16\n").utf8), to: "content/hubs/test.md")
        let after = try Self.build(project)
        let held = Self.merged(before["libical"]!, after["libical"]!)
        #expect(held.count == Set(after["libical"]!.map { $0[0] }).count + 1, "a merging calendar keeps the 9 December meeting")
    }

    @Test func aMeetingThatClaimsItsOldDateBeforeANewMeetingOnIt() throws {
        // The meeting moved away from 9 December and a new one was set that day, listed first:
        // the moved one keeps the UID subscribers hold.
        let hub = TestProject.validHub.replacingOnce("  - date: 2026-12-09\n", with: "  - date: 2026-12-09\n    title: New\n  - date: 2026-12-16\n    moved_from: 2026-12-09\n")
        let project = TestProject(files: ["hubsite.yml": Self.config, "content/hubs/test.md": hub])
        defer { project.remove() }
        _ = try Self.build(project)
        let ics = try String(contentsOf: project.root.appendingPathComponent("site/hubs/test/calendar.ics"), encoding: .utf8)
        let moved = ics.components(separatedBy: "UID:meeting-test-2026-12-09@test-hubs-1a2b3c\r\n")[1].components(separatedBy: "END:VEVENT")[0]
        #expect(moved.contains("DTSTART;TZID=Europe/London:20261216T100000\r\n"), "\(moved)")
        #expect(ics.contains("UID:meeting-test-2026-12-09-2@test-hubs-1a2b3c\r\n"))
    }

    @Test func movedFromMistakesAreLocatedErrors() throws {
        let same = TestProject.validHub.replacingOnce("  - date: 2026-12-09\n", with: "  - date: 2026-12-09\n    moved_from: 2026-12-09\n")
        let twice = TestProject.validHub.replacingOnce("  - date: 2026-12-09\n", with: "  - date: 2026-12-09\n    moved_from: 2026-12-01\n")
            .replacingOnce("  - date: 2027-03-10\n", with: "  - date: 2027-03-10\n    moved_from: 2026-12-01\n")
        for (hub, line, text) in [(same, 33, "its own date"), (twice, 37, "both say they moved from 2026-12-01")] {
            let project = TestProject(files: ["content/hubs/test.md": hub])
            defer { project.remove() }
            let error = try #require(project.check().first { $0.rule == RuleID.calendar }, "\(text)")
            #expect(error.severity == .error)
            #expect(error.location.file == "content/hubs/test.md" && error.location.line == line, "\(error)")
            #expect(error.message.contains(text), "\(error.message)")
        }
    }

    @Test func aNewSiteHasItsOwnSiteID() throws {
        var ids: [String] = []
        for _ in 0..<2 {
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("hubsite-new-\(UUID().uuidString)")
            defer { try? FileManager.default.removeItem(at: folder) }
            _ = try Scaffold(today: TestProject.today).site(at: folder)
            let config = try String(contentsOf: folder.appendingPathComponent("hubsite.yml"), encoding: .utf8)
            let line = try #require(config.split(separator: "\n").first { $0.hasPrefix("site_id: ") })
            ids.append(String(line.dropFirst("site_id: ".count)))
            let built = try BuildPipeline(options: BuildOptions(source: folder, today: TestProject.today)).build()
            #expect(!built.checked.diagnostics.contains { $0.rule == RuleID.calendar })
            let ics = try String(contentsOf: folder.appendingPathComponent("site/calendar.ics"), encoding: .utf8)
            #expect(ics.contains("@\(ids.last!)\r\n"))
        }
        #expect(ids[0] != ids[1])
        #expect(ids.allSatisfy { $0.wholeMatch(of: /scip-hub-[0-9a-f]{10}/) != nil }, "\(ids)")
    }
}
