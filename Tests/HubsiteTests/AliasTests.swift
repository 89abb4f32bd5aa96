import Foundation
import Testing
@testable import HubBuild
import HubModel

/// Addresses that last (issue #31, item 13): `aliases:` on a hub or an opportunity writes a
/// page at each old address that sends readers to the new one (`rel=canonical`, a refresh, a
/// link), a `_redirects` file, and the old calendar file again with the same events, so that a
/// subscribed calendar neither loses the events nor shows them twice; `check --since DIR` warns
/// about every published address that would disappear.
@Suite struct AliasTests {
    static let base = "https://hubs.example.org/sub/"

    /// The valid opportunity, renamed from `old-workshop` to `workshop`, with its old address.
    static let renamed = TestProject.validOpportunity.replacingOnce("title: Test workshop\n",
                                                                    with: "title: Test workshop\naliases: [/opportunities/old-workshop/]\n")

    static func build(_ project: TestProject, base: String? = AliasTests.base) throws -> BuildPipeline.Built {
        let built = try BuildPipeline(options: BuildOptions(source: project.root, baseURL: base, today: TestProject.today)).build()
        #expect(built.pages != nil, "\(built.checked.diagnostics.errors.summary)")
        return built
    }

    static func read(_ project: TestProject, _ path: String) throws -> String {
        try String(contentsOf: project.root.appendingPathComponent("site/" + path), encoding: .utf8)
    }

    @Test func anOldAddressSendsReadersToTheNewPage() throws {
        let hub = TestProject.validHub.replacingOnce("title: Test Hub\n", with: "title: Test Hub\naliases: [hubs/testshire/, old/test-hub.html]\n")
        let project = TestProject(files: ["content/hubs/test.md": hub, "content/opportunities/workshop.md": Self.renamed])
        defer { project.remove() }
        let built = try Self.build(project)
        #expect(built.checked.diagnostics.with(rule: RuleID.links).isEmpty, "\(built.checked.diagnostics.summary)")

        let page = try Self.read(project, "hubs/testshire/index.html")
        #expect(page.contains("<html lang=\"en-GB\">") && page.contains("<title>This page has moved: Test Hub</title>"), "\(page)")
        #expect(page.contains("<link rel=\"canonical\" href=\"\(Self.base)hubs/test/\">"))
        #expect(page.contains("<meta http-equiv=\"refresh\" content=\"0; url=../../hubs/test/index.html\">"))
        #expect(page.contains("<meta name=\"robots\" content=\"noindex\">"))
        #expect(page.contains("<p><a href=\"../../hubs/test/index.html\">This page has moved: Test Hub</a></p>"))
        // An old file's address stays a file, one folder down.
        #expect(try Self.read(project, "old/test-hub.html").contains("url=../hubs/test/index.html\""))

        #expect(try Self.read(project, "_redirects") == """
            /sub/hubs/testshire/ /sub/hubs/test/ 301
            /sub/old/test-hub.html /sub/hubs/test/ 301
            /sub/opportunities/old-workshop/ /sub/opportunities/workshop/ 301

            """)
        // Old addresses are not pages to list.
        let sitemap = try Self.read(project, "sitemap.xml")
        #expect(!sitemap.contains("old-workshop") && !sitemap.contains("hubs/testshire") && sitemap.contains("\(Self.base)opportunities/workshop/"))
        // An alias that was no hub page has no old calendar file; one that was has it.
        #expect(FileManager.default.fileExists(atPath: project.root.appendingPathComponent("site/hubs/testshire/calendar.ics").path))
        #expect(!FileManager.default.fileExists(atPath: project.root.appendingPathComponent("site/old/calendar.ics").path))
    }

    /// A calendar app subscribed to the old address reads, at each refresh, the same events with
    /// the same UIDs as before the rename, as do those subscribed to the new address, the
    /// whole calendar and the hub's: nothing disappears, nothing is doubled. The same for a
    /// renamed hub's meetings.
    @Test func aSubscribedCalendarKeepsTheSameEvents() throws {
        let before = TestProject(files: ["content/opportunities/workshop.md": nil, "content/opportunities/old-workshop.md": TestProject.validOpportunity])
        defer { before.remove() }
        _ = try Self.build(before)
        let hub = TestProject.validHub.replacingOnce("title: Test Hub\n", with: "title: Test Hub\naliases: [hubs/test/]\n")
        let project = TestProject(files: ["content/opportunities/workshop.md": Self.renamed.replacingOnce("hubs: [test]", with: "hubs: [renamed]"),
                                          "content/hubs/test.md": nil, "content/hubs/renamed.md": hub])
        defer { project.remove() }
        _ = try Self.build(project)
        let paths = [before.root.appendingPathComponent("site/opportunities/old-workshop/old-workshop.ics").path,
                     project.root.appendingPathComponent("site/opportunities/old-workshop/old-workshop.ics").path,
                     project.root.appendingPathComponent("site/opportunities/workshop/workshop.ics").path]
        #expect(FileManager.default.contents(atPath: paths[1]) == FileManager.default.contents(atPath: paths[2]))
        let feeds = ["hubs/test/calendar.ics", "calendar.ics"]
        let wholes = feeds.flatMap { [before.root.appendingPathComponent("site/" + $0).path, project.root.appendingPathComponent("site/" + $0).path] }
            + [project.root.appendingPathComponent("site/hubs/renamed/calendar.ics").path]
        let read = try #require(try CalendarTests.parse("ics_parse.py", paths + wholes) as? [String: [String: Any]])
        let uids = { (path: String) in Set(((read[path]?["events"] as? [[String: Any]]) ?? []).compactMap { $0["uid"] as? String }) }
        for path in paths + wholes { #expect((read[path]?["errors"] as? [String])?.isEmpty == true, "\(path): \(read[path]?["errors"] ?? "")") }
        #expect(uids(paths[0]) == uids(paths[1]) && uids(paths[1]) == uids(paths[2]) && uids(paths[0]).count == 1, "\(paths.map(uids))")
        #expect(uids(paths[0]).first?.hasPrefix("opportunity-old-workshop@") == true)
        // The old hub's feed and the whole calendar: the same UIDs before and after.
        #expect(uids(wholes[0]) == uids(wholes[1]) && uids(wholes[2]) == uids(wholes[3]) && uids(wholes[4]) == uids(wholes[0]), "\(wholes.map(uids))")
        #expect(uids(wholes[0]).contains { $0.hasPrefix("meeting-test-") } && uids(wholes[0]).count > 1)
    }

    /// In another language the old address of a translated page sends readers to the page in
    /// that language, in its words.
    @Test func aTranslatedPageKeepsItsOldAddressToo() throws {
        let project = TestProject(files: [
            "content/opportunities/workshop.md": Self.renamed,
            "content/opportunities/workshop.cy.md": "---\ntitle: Gweithdy prawf\n---\nGweithdy.\n",
            "hubsite.yml": "title: Test\nlanguages: [en-GB, cy]\n",
        ])
        defer { project.remove() }
        _ = try Self.build(project)
        let page = try Self.read(project, "cy/opportunities/old-workshop/index.html")
        #expect(page.contains("<html lang=\"cy\">") && page.contains("Gweithdy prawf") && page.contains("url=../../../cy/opportunities/workshop/index.html\""), "\(page)")
        #expect(try Self.read(project, "_redirects").contains("/sub/cy/opportunities/old-workshop/ /sub/cy/opportunities/workshop/ 301\n"))
    }

    @Test(arguments: [
        ("aliases: [https://old.example.org/hubs/test/]\n", 3, 11, Severity.error, "is not an address of this site"),
        ("aliases: [hubs/../test/]\n", 3, 11, Severity.error, "is not an address of this site"),
        ("aliases:\n  - calendar/\n", 4, 5, Severity.error, "already in use by another page"),
        ("aliases: [hubs/test/]\n", 3, 11, Severity.warning, "the page's own address"),
    ] as [(String, Int, Int, Severity, String)])
    func eachMistakeIsReportedWhereItIs(aliases: String, line: Int, column: Int, severity: Severity, message: String) throws {
        let project = TestProject(files: ["content/hubs/test.md": TestProject.validHub.replacingOnce("title: Test Hub\n", with: "title: Test Hub\n" + aliases)])
        defer { project.remove() }
        let found = project.check()
        let finding = try #require(found.first { $0.message.contains(message) }, "\(found.summary)")
        #expect(finding.location == SourceLocation(file: "content/hubs/test.md", line: line, column: column) && finding.rule == RuleID.links, "\(finding)")
        #expect(finding.severity == severity && finding.hint?.isEmpty == false)
    }

    /// An old address another page has: one error for the page and its calendar file.
    @Test func anAddressInUseIsReportedOnce() throws {
        let project = TestProject(files: [
            "content/hubs/other.md": TestProject.validHub.replacingOnce("title: Test Hub\n", with: "title: Other Hub\naliases: [hubs/test/]\n"),
        ])
        defer { project.remove() }
        let found = project.check().filter { $0.message.contains("already in use") }
        #expect(found.count == 1 && found.first?.message.contains("content/hubs/test.md") == true, "\(found.summary)")
        #expect(found.first?.location == SourceLocation(file: "content/hubs/other.md", line: 3, column: 11))
    }

    /// `check --since`: every address of the published sitemap the site would lose is a warning
    /// at its line there, until an alias keeps it; with no sitemap to read, a usage error.
    @Test func checkSinceWarnsAboutEveryAddressThatWouldDisappear() throws {
        let project = TestProject(files: ["hubsite.yml": "title: Test\nbase_url: \(Self.base)\n"])
        defer { project.remove() }
        _ = try Self.build(project, base: nil)
        project.write(Data(TestProject.validOpportunity.utf8), to: "content/opportunities/renamed-workshop.md")
        try FileManager.default.removeItem(at: project.root.appendingPathComponent("content/opportunities/workshop.md"))

        let run = try CommandLineTests.run(["check", "--source", project.root.path, "--today", TestProject.today.iso, "--since", "site"], in: project.root)
        #expect(run.status == 0, "\(run.stdout)\(run.stderr)")
        let lines = try Self.read(project, "sitemap.xml").split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let index = try #require(lines.firstIndex { $0.contains("opportunities/workshop/</loc>") })
        let line = index + 1, column = try #require(lines[index].range(of: "<loc>")).upperBound.utf16Offset(in: lines[index]) + 1
        #expect(run.stdout.contains("site/sitemap.xml:\(line):\(column): warning[links]: /opportunities/workshop/ was published and is no longer part of the site"), "\(run.stdout)")
        #expect(run.stdout.contains("aliases: [opportunities/workshop/]"))
        #expect(!run.stdout.contains("/hubs/test/ was published"), "an address the site still has is not reported")

        project.write(Data(TestProject.validOpportunity.replacingOnce("title: Test workshop\n", with: "title: Test workshop\naliases: [opportunities/workshop/]\n").utf8),
                      to: "content/opportunities/renamed-workshop.md")
        let kept = try CommandLineTests.run(["check", "--source", project.root.path, "--today", TestProject.today.iso, "--since", "site"], in: project.root)
        #expect(!kept.stdout.contains("was published"), "\(kept.stdout)")

        let nothing = try CommandLineTests.run(["check", "--source", project.root.path, "--since", "elsewhere"], in: project.root)
        #expect(nothing.status == 2 && nothing.stderr.contains("There is no elsewhere/sitemap.xml"), "\(nothing.stderr)")
    }
}
