import Foundation
import Testing
import HubServe
import HubBuild
import HubModel
import HubContent
#if canImport(Glibc)
import Glibc
#endif

/// `hubsite serve` rebuilds from the current content after every save, reading again only the
/// files that changed, and renders each page when it is asked for. After every kind of edit
/// the site it serves must hold exactly what a full build of the same content writes.
@Suite struct PreviewBuildTests {
    /// Every file under `folder` by relative path, with its bytes.
    static func files(in folder: URL) -> [String: Data] {
        var result: [String: Data] = [:]
        let walker = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey])
        while let url = walker?.nextObject() as? URL {
            guard (try? url.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile == true else { continue }
            result[String(url.path.dropFirst(folder.path.count + 1))] = try? Data(contentsOf: url)
        }
        return result
    }

    /// Every file of a served site by path, with its bytes.
    static func files(of site: PreviewSite?) -> [String: Data] {
        guard let site else { return [:] }
        return Dictionary(uniqueKeysWithValues: site.paths.map { ($0, site.bytes(at: $0) ?? Data()) })
    }

    @Test func everyEditLeavesWhatAFullBuildWrites() throws {
        let project = FileManager.default.temporaryDirectory.appendingPathComponent("hubsite-incremental-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: project) }
        try FileManager.default.createDirectory(at: project, withIntermediateDirectories: true)
        for item in ["content", "hubsite.yml"] {
            try FileManager.default.copyItem(at: BuildTests.fixtureSite.appendingPathComponent(item), to: project.appendingPathComponent(item))
        }
        let today = LocalDate(iso: "2026-11-25")!
        let build = PreviewBuild(options: BuildOptions(source: project, today: today))
        func edit(_ path: String, _ change: (String) -> String) throws {
            let url = project.appendingPathComponent(path)
            let old = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
            let new = change(old)
            #expect(new != old, "the edit to \(path) must change it")
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(new.utf8).write(to: url)
        }
        func expectSameAsFullBuild(_ step: String) throws {
            let outcome = build.rebuild()
            #expect(outcome.succeeded, "\(step): \(outcome.diagnostics.filter { $0.severity == .error })")
            let full = project.appendingPathComponent("full-\(UUID().uuidString)")
            defer { try? FileManager.default.removeItem(at: full) }
            _ = try BuildPipeline(options: BuildOptions(source: project, output: full, today: today)).build()
            let expected = Self.files(in: full), actual = Self.files(of: outcome.site)
            #expect(Set(actual.keys) == Set(expected.keys), "\(step)")
            for (path, data) in expected where actual[path] != data {
                Issue.record("\(step): \(path) differs from a full build")
            }
        }

        try expectSameAsFullBuild("first build")
        // A site once served stays as it was through later rebuilds (a page fetched while
        // one runs is the old site's, whole), pages first asked for late included.
        let firstSite = build.rebuild().site
        let firstFiles = Self.files(of: firstSite)
        let opportunity = "content/opportunities/campus-taster-days.md"
        try edit(opportunity) { $0.replacingOccurrences(of: "cost: Free", with: "cost: Free, lunch included") }
        try expectSameAsFullBuild("an opportunity's cost (its card, its feeds)")
        // A site none of whose pages is asked for until after later edits renders them from
        // its own content.
        try edit(opportunity) { $0.replacingOccurrences(of: "cost: Free, lunch included", with: "cost: Free, with lunch") }
        let lateSite = try #require(build.rebuild().site)
        let late = project.appendingPathComponent("late")
        defer { try? FileManager.default.removeItem(at: late) }
        _ = try BuildPipeline(options: BuildOptions(source: project, output: late, today: today)).build()
        let lateExpected = Self.files(in: late)
        try edit(opportunity) { $0.replacingOccurrences(of: "start: 2027-04-06", with: "start: 2027-05-04").replacingOccurrences(of: "end: 2027-04-08", with: "end: 2027-05-06") }
        try expectSameAsFullBuild("an opportunity moved to another month")
        try edit("content/hubs/yorkshire-north-east.md") { $0.replacingOccurrences(of: "title: Yorkshire and North East Hub", with: "title: Yorkshire & North East Hub") }
        try expectSameAsFullBuild("a hub's title (shown on every card of its events)")
        try edit(opportunity) { $0.replacingOccurrences(of: "category: Taster days", with: "category: Training") }
        try expectSameAsFullBuild("an opportunity moved to another category (one category page goes, another gains it)")
        try edit("content/hubs/london.md") { $0.replacingOccurrences(of: "region: London", with: "region: Greater London") }
        try expectSameAsFullBuild("a region renamed (its pages move; every calendar page's filters change)")
        try edit("templates/event-card.mustache") { _ in
            "<li class=\"card\"><a href=\"{{url}}\">{{title}}</a> ({{site.title}}, <a href=\"{{root}}calendar/index.html\">all</a>){{{card}}}</li>\n"
        }
        try expectSameAsFullBuild("a new event-card template (using root, site and, harmlessly, card)")
        let served = try #require(build.rebuild().site)
        let calendar = String(decoding: try #require(served.bytes(at: "calendar/index.html")), as: UTF8.self)
        #expect(calendar.contains("(SCiP Alliance Hubs, <a href=\"../calendar/index.html\">all</a>)</li>"), "cards use the project's event-card template")
        let hub = String(decoding: try #require(served.bytes(at: "hubs/south/index.html")), as: UTF8.self)
        #expect(hub.contains("(SCiP Alliance Hubs, <a href=\"../../calendar/index.html\">all</a>)</li>"), "with the page's own root")
        try edit("content/hubs/south.cy.md") { $0.replacingOccurrences(of: "title: Hyb y De", with: "title: Hyb De Lloegr") }
        try expectSameAsFullBuild("a translation's title (its Welsh page, cards and feeds)")
        try edit("content/hubs/london.cy.md") { _ in "---\ntitle: Hyb Llundain\n---\nHyb Llundain.\n" }
        try expectSameAsFullBuild("a new translation (a new Welsh page, and Welsh links to it)")
        try edit("templates/words/cy.ftl") { _ in "hub_about = Ynglŷn â'r hyb\n" }
        try expectSameAsFullBuild("a project's Welsh words")
        try FileManager.default.removeItem(at: project.appendingPathComponent("content/hubs/london.cy.md"))
        try expectSameAsFullBuild("a deleted translation (its Welsh page goes)")
        try edit("hubsite.yml") { $0 + "base_url: https://example.org/hubs/\n" }
        try expectSameAsFullBuild("a base URL (every feed's URLs)")
        try FileManager.default.removeItem(at: project.appendingPathComponent(opportunity))
        try expectSameAsFullBuild("a deleted opportunity")
        let firstAgain = Self.files(of: firstSite)
        #expect(firstAgain.count == firstFiles.count && firstAgain.count > 50)
        for (path, data) in firstFiles where firstAgain[path] != data { Issue.record("\(path) of the first site changed after later rebuilds") }
        let lateFiles = Self.files(of: lateSite)
        #expect(Set(lateFiles.keys) == Set(lateExpected.keys))
        for (path, data) in lateExpected where lateFiles[path] != data { Issue.record("\(path), asked for after later edits, is not its own site's") }
    }

    /// An edit to what pages show, a repeating opportunity's included, gives what a full build
    /// writes.
    @Test func anEditToWhatPagesShowGivesWhatAFullBuildWrites() throws {
        let club = "content/opportunities/club.md"
        let repeating = TestProject.validOpportunity.replacingOnce("title: Test workshop", with: "title: Test club")
            .replacingOnce("deadline: 2027-01-08\n", with: "").replacingOnce("cost: Free", with: "cost: Free\nrepeat:\n  every: week\n  until: 2027-03-01")
        let project = TestProject(files: [club: repeating])
        defer { project.remove() }
        let build = PreviewBuild(options: BuildOptions(source: project.root, today: TestProject.today))
        #expect(build.rebuild().succeeded)
        project.write(Data(TestProject.validOpportunity.replacingOnce("cost: Free", with: "cost: Free of charge").utf8),
                      to: "content/opportunities/workshop.md")
        #expect(build.rebuild().succeeded, "a rebuild after an edit")
        project.write(Data(repeating.replacingOnce("cost: Free", with: "cost: £2 a week").utf8), to: club)
        project.write(Data(TestProject.validOpportunity.replacingOnce("cost: Free", with: "cost: £5 (lunch included)").utf8),
                      to: "content/opportunities/workshop.md")
        let outcome = build.rebuild()
        #expect(outcome.succeeded)
        let full = project.root.appendingPathComponent("full")
        _ = try BuildPipeline(options: BuildOptions(source: project.root, output: full, today: TestProject.today)).build()
        let expected = Self.files(in: full), actual = Self.files(of: outcome.site)
        #expect(Set(actual.keys) == Set(expected.keys))
        for (path, data) in expected where actual[path] != data { Issue.record("\(path) differs from a full build") }
        #expect(String(decoding: actual["opportunities/workshop/index.html"] ?? Data(), as: UTF8.self).contains("£5 (lunch included)"))
        #expect(String(decoding: actual["calendar/index.html"] ?? Data(), as: UTF8.self).components(separatedBy: "£2 a week").count > 5,
                "every date of the repeating opportunity shows its new cost")
    }

    /// After a failed rebuild that planned other files, and through several edits, each
    /// rebuild gives what a full build writes, and the failed one serves the last good site.
    @Test func aFailedRebuildServesTheLastGoodSiteAndTheNextIsWhole() throws {
        let project = TestProject()
        defer { project.remove() }
        let build = PreviewBuild(options: BuildOptions(source: project.root, today: TestProject.today))
        func expectSameAsFullBuild(_ step: String) throws {
            let outcome = build.rebuild()
            #expect(outcome.succeeded, "\(step): \(outcome.diagnostics.errors.summary)")
            let full = project.root.appendingPathComponent("full-\(UUID().uuidString)")
            defer { try? FileManager.default.removeItem(at: full) }
            _ = try BuildPipeline(options: BuildOptions(source: project.root, output: full, today: TestProject.today)).build()
            let expected = Self.files(in: full), actual = Self.files(of: outcome.site)
            #expect(Set(actual.keys) == Set(expected.keys), "\(step)")
            for (path, data) in expected where actual[path] != data { Issue.record("\(step): \(path) differs from a full build") }
        }
        let workshop = "content/opportunities/workshop.md", hub = "content/hubs/test.md"
        try expectSameAsFullBuild("first build")
        project.write(Data(TestProject.validOpportunity.replacingOnce("cost: Free", with: "cost: £5").utf8), to: workshop)
        try expectSameAsFullBuild("an edit that keeps the plan")
        project.write(Data(TestProject.validOpportunity.replacingOnce("cost: Free", with: "cost: £6").utf8), to: workshop)
        try expectSameAsFullBuild("a second edit that keeps the plan")
        // A new opportunity (new files in the plan) while the hub has an error: the rebuild fails.
        project.write(Data(TestProject.validOpportunity.replacingOnce("title: Test workshop", with: "title: Second workshop")
            .replacingOnce("start: 2027-01-15 10:00", with: "start: 2027-02-15 10:00").replacingOnce("end: 2027-01-15 12:00", with: "end: 2027-02-15 12:00")
            .replacingOnce("deadline: 2027-01-08", with: "deadline: 2027-02-08").utf8), to: "content/opportunities/second.md")
        let broken = TestProject.validHub.replacingOnce("  email: hub@test-university.example\n", with: "")
            .replacingOnce("  phone: \"+44 1632 960 000\"\n", with: "")
        let lastGood = try #require(build.rebuild().site)
        project.write(Data(broken.utf8), to: hub)
        let failed = build.rebuild()
        #expect(!failed.succeeded && failed.diagnostics.errors.contains { $0.location.file == hub })
        #expect(failed.site === lastGood, "the last good site is served under the errors")
        // The hub mended: the site has the new pages.
        project.write(Data(TestProject.validHub.utf8), to: hub)
        try expectSameAsFullBuild("the hub mended after a failed rebuild that planned a new opportunity")
        #expect(Self.files(of: build.rebuild().site)["opportunities/second/index.html"] != nil)
        project.write(Data(TestProject.validOpportunity.replacingOnce("cost: Free", with: "cost: £7").utf8), to: workshop)
        try expectSameAsFullBuild("an edit that keeps the plan after that")
    }

    /// Each rebuild reports what a check from scratch reports: after a changed hub or
    /// opportunity, changed settings, a changed logo or picture, and a deleted hub that an
    /// opportunity names.
    @Test func aRebuildFindsWhatACheckFindsAfterEveryChange() throws {
        let workshop = "content/opportunities/workshop.md"
        let opportunity = TestProject.validOpportunity.replacingOnce("cost: Free", with: "cost: Free\nimage: logos/test.png\nimage_alt: A test picture")
        let project = TestProject(files: ["content/hubs/other.md": TestProject.validHub.replacingOnce("title: Test Hub", with: "title: Other Hub"),
                                          workshop: opportunity])
        defer { project.remove() }
        let build = PreviewBuild(options: BuildOptions(source: project.root, today: TestProject.today))
        func expectSameAsCheck(_ step: String) {
            let rebuilt = build.rebuild().diagnostics
            let checked = BuildPipeline(options: BuildOptions(source: project.root, today: TestProject.today)).check().diagnostics
            #expect(rebuilt == checked, "\(step)")
        }
        expectSameAsCheck("first build")
        let broken = TestProject.validHub.replacingOnce("email: ada@test-university.example", with: "email: ada-at-test-university")
        project.write(Data(broken.utf8), to: "content/hubs/test.md")
        expectSameAsCheck("a hub with a broken email")
        #expect(build.rebuild().diagnostics.contains { $0.rule == "leads" || $0.rule == "contacts" })
        project.write(Data("rules: { leads: off, contacts: off }\n".utf8), to: "hubsite.yml")
        expectSameAsCheck("the rules turned off in the settings")
        project.write(Data("".utf8), to: "hubsite.yml")
        expectSameAsCheck("the rules back on")
        project.write(Data("not an image".utf8), to: "content/logos/test.png")
        expectSameAsCheck("a logo both hubs and the opportunity use broken, their files unchanged")
        #expect(build.rebuild().diagnostics.filter { $0.rule == "logo" && $0.severity == .error }.count == 2)
        #expect(build.rebuild().diagnostics.contains { $0.rule == "opportunity" && $0.location.file == workshop })
        project.write(TestProject.fixtureData("test.png"), to: "content/logos/test.png")
        expectSameAsCheck("the picture mended")
        project.write(Data(opportunity.replacingOnce("booking_url: https://", with: "booking_url: http://").utf8), to: workshop)
        expectSameAsCheck("an opportunity with an insecure booking address")
        #expect(build.rebuild().diagnostics.contains { $0.rule == "opportunity" && $0.message.contains("booking_url") })
        project.write(Data(opportunity.utf8), to: workshop)
        expectSameAsCheck("the booking address mended")
        try FileManager.default.removeItem(at: project.root.appendingPathComponent("content/hubs/test.md"))
        expectSameAsCheck("the opportunity's hub deleted, the opportunity's file unchanged")
        #expect(build.rebuild().diagnostics.contains { $0.rule == "opportunity" && $0.message.contains("'test' is not a hub") })
    }

    /// A save that changes nothing (touched, or the same bytes written again) gets the last
    /// site, pages it rendered and all; any real change, to content, settings or a logo, a new one.
    @Test func aSaveThatChangesNothingIsNotRebuilt() throws {
        let project = TestProject()
        defer { project.remove() }
        let build = PreviewBuild(options: BuildOptions(source: project.root, today: TestProject.today))
        let first = build.rebuild()
        #expect(first.succeeded && first.site != nil)
        let opportunity = project.root.appendingPathComponent("content/opportunities/workshop.md")
        let text = try Data(contentsOf: opportunity)
        try FileManager.default.setAttributes([.modificationDate: Date().addingTimeInterval(5)], ofItemAtPath: opportunity.path)
        let touched = build.rebuild()
        #expect(touched.succeeded && touched.site === first.site)
        #expect(touched.diagnostics == first.diagnostics)
        project.write(text, to: "content/opportunities/workshop.md")
        #expect(build.rebuild().site === first.site)

        project.write(Data(TestProject.validOpportunity.replacingOnce("title: Test workshop", with: "title: Renamed workshop").utf8),
                      to: "content/opportunities/workshop.md")
        let edited = build.rebuild()
        #expect(edited.site !== first.site)
        let page = String(decoding: try #require(edited.site?.bytes(at: "opportunities/workshop/index.html")), as: UTF8.self)
        #expect(page.contains("Renamed workshop"))

        project.write(Data("title: Another title\n".utf8), to: "hubsite.yml")
        #expect(build.rebuild().site !== edited.site, "a settings change makes a new site")
        project.write(Data("not an image".utf8), to: "content/logos/test.png")
        let brokenLogo = build.rebuild()
        #expect(!brokenLogo.succeeded, "a changed logo is checked again")
        project.write(TestProject.fixtureData("test.png"), to: "content/logos/test.png")
        #expect(build.rebuild().succeeded)
    }

    /// Each diagnostic of a rebuild, even one that changed nothing, comes with the source line
    /// it points at (the texts are read again for files with diagnostics).
    @Test func diagnosticsKeepTheirSourceLines() throws {
        let warned = TestProject.validHub.replacingOnce("  - name: Test Council\n    type: local-authority\n", with: "")
        let project = TestProject(files: ["content/hubs/test.md": warned])
        defer { project.remove() }
        let build = PreviewBuild(options: BuildOptions(source: project.root, today: TestProject.today))
        let first = build.rebuild()
        let warning = try #require(first.diagnostics.first { $0.rule == "membership" })
        #expect(first.sources.line(warning.location.line, of: warning.location.file) == "members:")
        try FileManager.default.setAttributes([.modificationDate: Date().addingTimeInterval(5)],
                                              ofItemAtPath: project.root.appendingPathComponent("content/hubs/test.md").path)
        let touched = build.rebuild()
        #expect(touched.site === first.site)
        #expect(touched.sources.line(warning.location.line, of: warning.location.file) == "members:")
    }

    /// Two saves of the same size within one step of the kernel's clock leave the same stamp
    /// (size, modification time, inode): a file modified in the last two seconds is read again
    /// whatever its stamp, so the second save is seen. The test gives the second save the
    /// first's stamp exactly, as such a pair of saves does.
    @Test func aSaveWithTheSameStampIsSeenWhileItIsRecent() throws {
        let project = TestProject()
        defer { project.remove() }
        let build = PreviewBuild(options: BuildOptions(source: project.root, today: TestProject.today))
        let path = "content/opportunities/workshop.md"
        let url = project.root.appendingPathComponent(path)
        project.write(Data(TestProject.validOpportunity.replacingOnce("cost: Free", with: "cost: Fre1").utf8), to: path)
        var info = stat()
        #expect(stat(url.path, &info) == 0)
        let stamp = try #require(FileStamp(url))
        let first = build.rebuild()
        #expect(String(decoding: try #require(first.site?.bytes(at: "opportunities/workshop/index.html")), as: UTF8.self).contains("Fre1"))
        project.write(Data(TestProject.validOpportunity.replacingOnce("cost: Free", with: "cost: Fre2").utf8), to: path)
        let times = [info.st_atim, info.st_mtim]
        #expect(utimensat(AT_FDCWD, url.path, times, 0) == 0)
        #expect(FileStamp(url) == stamp, "the second save has the first's stamp")
        let second = build.rebuild()
        #expect(String(decoding: try #require(second.site?.bytes(at: "opportunities/workshop/index.html")), as: UTF8.self).contains("Fre2"))
    }
}
