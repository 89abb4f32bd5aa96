import Foundation
import Testing
@testable import HubBuild
import HubModel
@testable import HubReport
@testable import HubRender
import HubRules

/// Activities (issue #31, item 3): what the hubs have done, each a file of `content/activities/`
/// or an opportunity's `activity:`; their pages, the lists (the network's, each hub's, the
/// latest three on the hub page) and Atom feeds read by feedparser; the rule `activity` at each
/// mistake's line; Welsh; the Healthy Hub report's count of the last twelve months. Today is
/// 2026-11-25.
@Suite struct ActivityTests {
    static func activity(title: String = "Science festival", date: String = "2026-06-06", hubs: String = "[test]", extra: String = "") -> String {
        "---\ntitle: \(title)\ndate: \(date)\nhubs: \(hubs)\nsummary: A day of science for service children from 27 schools.\n\(extra)---\nThe write-up.\n"
    }

    static let complete = activity(extra: """
        figures:
          people: 350
          schools: 27
          settings: 1
        funders:
          - name: Test Trust
            url: https://www.test-trust.example/
          - name: Test University
            logo: logos/test.png
            logo_alt: Test University logo
        partners:
          - name: Testshire County Council
        photos:
          - file: images/festival.png
            alt: Pupils building a bridge
            caption: The engineering tent

        """)

    /// The test project's workshop, held on 15 October 2026, with `extra` at the end of its front matter.
    static func past(_ extra: String) -> String {
        TestProject.validOpportunity.replacingOnce("start: 2027-01-15 10:00\nend: 2027-01-15 12:00", with: "start: 2026-10-15 10:00\nend: 2026-10-15 12:00")
            .replacingOnce("deadline: 2027-01-08\n", with: "deadline: 2026-10-08\n").replacingOnce("cost: Free\n", with: "cost: Free\n" + extra)
    }

    static func project(_ files: [String: String?], config: String? = nil) -> TestProject {
        var all = files
        if let config { all["hubsite.yml"] = config }
        return TestProject(files: all, data: ["content/images/festival.png": TestProject.fixtureData("test.png")])
    }

    @Test func anActivityHasItsPageAndIsListedOnItsHubsPage() throws {
        let project = Self.project(["content/activities/festival.md": Self.complete])
        defer { project.remove() }
        let built = try project.pipeline.build()
        #expect(built.pages != nil, "\(built.checked.diagnostics.errors.summary)")
        #expect(built.checked.diagnostics.filter { $0.rule == RuleID.activity }.isEmpty, "\(built.checked.diagnostics.summary)")
        let site = project.root.appendingPathComponent("site")
        let page = try BuildTests.read(site, "activities/festival/index.html")
        #expect(page.contains("<h1>Science festival</h1>"))
        #expect(page.contains("<time datetime=\"2026-06-06\">Saturday 6 June 2026</time> · <a href=\"../../hubs/test/index.html\">Test Hub</a>"), "\(page)")
        #expect(page.contains("<ul class=\"figures\"><li>350 people took part</li><li>27 schools</li><li>1 other setting</li></ul>"))
        #expect(page.contains("<figure><img src=\"../../images/festival.png\" alt=\"Pupils building a bridge\" width=\"4\" height=\"4\" loading=\"lazy\"><figcaption>The engineering tent</figcaption></figure>"), "\(page)")
        #expect(page.contains("<li><a href=\"https://www.test-trust.example/\">Test Trust</a></li><li><img src=\"../../logos/test.png\" alt=\"Test University logo\" height=\"60\"></li>"), "\(page)")
        #expect(page.contains("<h3>With</h3>") && page.contains("<li>Testshire County Council</li>"))
        #expect(page.contains("<p>The write-up.</p>"))
        #expect(page.contains("<a href=\"../../activities/index.html\" aria-current=\"page\">Activities</a>"), "the header links the activities")

        let hub = try BuildTests.read(site, "hubs/test/index.html")
        #expect(hub.contains("<h2 id=\"activities\">What the hub has done</h2>"))
        #expect(hub.contains("<li><a href=\"../../activities/festival/index.html\">Science festival</a> · <time datetime=\"2026-06-06\">Saturday 6 June 2026</time><p>A day of science for service children from 27 schools.</p></li>"), "\(hub)")
        #expect(hub.contains("<a href=\"../../hubs/test/activities/index.html\">All of the hub's activities</a>"))
        let list = try BuildTests.read(site, "hubs/test/activities/index.html")
        #expect(list.contains("<h1>Test Hub: what the hub has done</h1>"))
        #expect(FileManager.default.fileExists(atPath: site.appendingPathComponent("activities/index.html").path))

        // A site without activities has none of their pages and no link to them.
        let plain = TestProject()
        defer { plain.remove() }
        _ = try plain.pipeline.build()
        let plainHub = try BuildTests.read(plain.root.appendingPathComponent("site"), "hubs/test/index.html")
        #expect(!plainHub.contains("activities"), "no section, no nav link")
        #expect(!FileManager.default.fileExists(atPath: plain.root.appendingPathComponent("site/activities").path))
    }

    /// The hub page shows the latest three, newest first; the lists show all, newest first.
    @Test func listsAreNewestFirstAndTheHubPageShowsThree() throws {
        var files: [String: String?] = [:]
        for (index, date) in ["2026-01-10", "2026-09-01", "2025-05-05", "2026-03-03"].enumerated() {
            files["content/activities/a\(index).md"] = Self.activity(title: "Activity \(index)", date: date)
        }
        let project = Self.project(files)
        defer { project.remove() }
        _ = try project.pipeline.build()
        let site = project.root.appendingPathComponent("site")
        let hub = try BuildTests.read(site, "hubs/test/index.html")
        let shown = hub.components(separatedBy: "\">Activity ").dropFirst().map { $0.prefix(1) }
        #expect(shown == ["1", "3", "0"], "\(shown)")
        let list = try BuildTests.read(site, "activities/index.html")
        #expect(list.components(separatedBy: "\">Activity ").dropFirst().map { $0.prefix(1) } == ["1", "3", "0", "2"])
    }

    /// An opportunity that took place is an activity through its `activity:` (its title, date
    /// and hubs are the opportunity's), not a copy; the two pages link to each other.
    @Test func anOpportunityThatTookPlaceIsAnActivityByAField() throws {
        let past = Self.past("activity:\n  summary: Thirty practitioners shared what works.\n  figures: { people: 30 }\n")
        let project = Self.project(["content/opportunities/workshop.md": past])
        defer { project.remove() }
        let built = try project.pipeline.build()
        #expect(built.pages != nil, "\(built.checked.diagnostics.errors.summary)")
        let site = project.root.appendingPathComponent("site")
        let page = try BuildTests.read(site, "activities/workshop/index.html")
        #expect(page.contains("<h1>Test workshop</h1>") && page.contains("<time datetime=\"2026-10-15\">Thursday 15 October 2026</time>"), "\(page)")
        #expect(page.contains("<p class=\"lede\">Thirty practitioners shared what works.</p>") && page.contains("<li>30 people took part</li>"))
        #expect(page.contains("<a href=\"../../opportunities/workshop/index.html\">About the event</a>"))
        let opportunity = try BuildTests.read(site, "opportunities/workshop/index.html")
        #expect(opportunity.contains("<p class=\"what-happened\"><a href=\"../../activities/workshop/index.html\">What happened at it</a></p>"))
        #expect(try BuildTests.read(site, "hubs/test/index.html").contains(">Test workshop</a> · <time datetime=\"2026-10-15\">"))

        // Before it has taken place, 'activity:' is an error at its key.
        let future = TestProject.validOpportunity.replacingOnce("cost: Free\n", with: "cost: Free\nactivity:\n  summary: Not yet.\n")
        let early = Self.project(["content/opportunities/workshop.md": future])
        defer { early.remove() }
        let finding = try #require(early.check().first { $0.rule == RuleID.activity })
        #expect(finding.location == SourceLocation(file: "content/opportunities/workshop.md", line: 12, column: 1) && finding.severity == .error, "\(finding)")
        #expect(finding.message.contains("2027-01-15, which has not come yet"))
    }

    /// Each mistake at its line and column (in characters: Welsh ŵ and an emoji before values).
    @Test(arguments: [
        ("---\ntitle: Gŵyl 🎉\nhubs: [test]\nsummary: A day.\n---\n", 5, 1, "has no 'date'"),
        ("---\ntitle: Gŵyl 🎉\ndate:\nhubs: [test]\nsummary: A day.\n---\n", 3, 1, "has no 'date'"),
        ("---\ntitle: Gŵyl 🎉\ndate: 2027-06-06\nhubs: [test]\nsummary: A day.\n---\n", 3, 7, "which has not come yet"),
        ("---\ntitle: Festival\ndate: 2026-06-06\nsummary: A day.\n---\n", 5, 1, "does not say whose it was"),
        ("---\ntitle: Festival\ndate: 2026-06-06\nhubs: [tset]\nsummary: A day.\n---\n", 4, 8, "'tset' is not a hub of this site"),
        ("---\ntitle: Gŵyl 🎉\ndate: 2026-06-06\nhubs: [test]\n---\n", 5, 1, "has no summary"),
        ("---\ntitle: Festival\ndate: 2026-06-06\nhubs: [test]\nsummary: A day.\nphotos:\n  - file: images/festival.png\n", 7, 11, "has no alt text"),
        ("---\ntitle: Festival\ndate: 2026-06-06\nhubs: [test]\nsummary: A day.\nphotos:\n  - { alt: \"Gŵyl 🎉\", file: images/gone.png }\n", 7, 28, "does not exist under content/"),
        ("---\ntitle: Festival\ndate: 2026-06-06\nhubs: [test]\nsummary: A day.\nphotos:\n  - alt: A photo\n", 7, 5, "has no 'file'"),
        ("---\ntitle: Festival\ndate: 2026-06-06\nhubs: [test]\nsummary: A day.\nfunders:\n  - name: Trust\n    logo: logos/test.png\n", 8, 11, "has no alt text"),
        ("---\ntitle: Festival\ndate: 2026-06-06\nhubs: [test]\nsummary: A day.\nfunders:\n  - name: Trust\n    url: http://trust.example/\n", 8, 10, "is not a secure web address"),
        ("---\ntitle: Festival\ndate: 2026-06-06\nhubs: [test]\nsumary: A day.\n---\n", 5, 1, "Unknown field 'sumary'"),
    ] as [(String, Int, Int, String)])
    func eachMistakeIsReportedWhereItIs(text: String, line: Int, column: Int, message: String) throws {
        let file = text.hasSuffix("---\n") ? text + "Text.\n" : text + "---\nText.\n"
        let project = Self.project(["content/activities/festival.md": file])
        defer { project.remove() }
        let found = project.check().filter { $0.location.file == "content/activities/festival.md" }
        let finding = try #require(found.first { $0.message.contains(message) }, "\(found.summary)")
        #expect(finding.location.line == line && finding.location.column == column && finding.severity == .error, "\(finding)")
        #expect(finding.hint?.isEmpty == false)
    }

    /// The write-up's links are checked as a hub's are, from the activity's page, and its
    /// translation's from the Welsh page; funders' websites go to the link check.
    @Test func theWriteUpsLinksAreChecked() throws {
        let english = Self.activity(extra: "funders:\n  - name: Trust\n    url: https://trust.example/\n")
            .replacingOnce("The write-up.", with: "See [the hub](/hubs/test/) and [a page](/hubs/nowhere/).")
        let project = Self.project(["content/activities/festival.md": english,
                                    "content/activities/festival.cy.md": "---\ntitle: Gŵyl\n---\nGweler [yr hyb](/hubs/test/) a [tudalen](/calendr/).\n"],
                                   config: "title: Test\nlanguages: [en-GB, cy]\n")
        defer { project.remove() }
        let dead = project.check().filter { $0.rule == RuleID.links }
        #expect(dead.map(\.location) == [SourceLocation(file: "content/activities/festival.cy.md", line: 4, column: 32),
                                         SourceLocation(file: "content/activities/festival.md", line: 10, column: 32)], "\(dead.summary)")
        let checked = project.pipeline.check().content
        #expect(ExternalLinks.collect(checked).contains { $0.url == "https://trust.example/" && $0.locations.first?.line == 8 })
    }

    /// An activity saved by Decap CMS (`festival.en-GB.md`) beside the one named as hubsite
    /// names it: one page twice, an error that says so.
    @Test func anActivityNamedWithTheMainLanguageBesideItsPlainNameIsAnError() throws {
        let project = Self.project(["content/activities/festival.md": Self.activity(), "content/activities/festival.en-GB.md": Self.activity()],
                                   config: "title: Test\nlanguages: [en-GB, cy]\n")
        defer { project.remove() }
        let problems = project.check().errors.filter { $0.rule == RuleID.links }
        #expect(problems.count == 1 && problems[0].message.contains("both are its page in the site's main language"), "\(problems.summary)")
    }

    /// An activity's file and an opportunity's activity at one address: one error naming both.
    @Test func anActivityAndAnOpportunitysActivityCannotShareAnAddress() throws {
        let past = Self.past("activity:\n  summary: It went well.\n")
        let project = Self.project(["content/opportunities/workshop.md": past, "content/activities/workshop.md": Self.activity()])
        defer { project.remove() }
        let problem = try #require(project.check().first { $0.rule == RuleID.links && $0.message.contains("activities/workshop/") }, "\(project.check().summary)")
        #expect(problem.location == SourceLocation(file: "content/activities/workshop.md", line: 1, column: 1)
                && problem.message.contains("content/opportunities/workshop.md"), "\(problem)")
        #expect(try project.pipeline.build().pages == nil)
    }

    /// The network's feed and each hub's, read by feedparser: every activity once, newest first,
    /// linking to its page; a hub's feed has its own only.
    @Test func theFeedsReadInAnIndependentParser() throws {
        let project = Self.project([
            "content/activities/festival.md": Self.complete,
            "content/activities/older.md": Self.activity(title: "Older one", date: "2025-02-02"),
            "content/hubs/other.md": TestProject.validHub.replacingOnce("title: Test Hub", with: "title: Other Hub"),
            "content/activities/elsewhere.md": Self.activity(title: "Elsewhere", date: "2026-07-01", hubs: "[other]"),
        ])
        defer { project.remove() }
        var options = BuildOptions(source: project.root, today: TestProject.today)
        options.baseURL = "https://example.org/hubs/"
        let built = try BuildPipeline(options: options).build()
        #expect(built.pages != nil, "\(built.checked.diagnostics.errors.summary)")
        let site = project.root.appendingPathComponent("site")
        let network = try #require(try CalendarTests.parse("feed_parse.py", [site.appendingPathComponent("activities.xml").path]) as? [String: Any])
        #expect(network["bozo"] as? Bool == false && network["version"] as? String == "atom10", "\(network["bozo_exception"] ?? "")")
        let entries = try #require(network["entries"] as? [[String: Any]])
        #expect(entries.map { $0["title"] as? String } == ["Elsewhere", "Science festival", "Older one"])
        #expect(entries.first?["link"] as? String == "https://example.org/hubs/activities/elsewhere/")
        #expect(Set(entries.compactMap { $0["id"] as? String }).count == 3)
        let hub = try #require(try CalendarTests.parse("feed_parse.py", [site.appendingPathComponent("hubs/test/activities.xml").path]) as? [String: Any])
        #expect((hub["entries"] as? [[String: Any]])?.map { $0["title"] as? String } == ["Science festival", "Older one"])
        #expect(hub["title"] as? String == "Test Hub – activities")

        // Without a base URL the feeds link relative to where each is, as a reader resolves them.
        _ = try project.pipeline.build()
        let relative = try BuildTests.read(site, "hubs/test/activities.xml")
        #expect(relative.contains("<link rel=\"alternate\" type=\"text/html\" href=\"../../hubs/test/activities/\"/>")
                && relative.contains("href=\"../../activities/festival/\""), "\(relative)")
        #expect(try BuildTests.read(site, "activities.xml").contains("href=\"activities/festival/\""))
    }

    /// In Welsh: the translation's title, summary, write-up and photo text; the date is a fact
    /// (reported at its line); an untranslated summary is named.
    @Test func aTranslationGivesTheWordsAndTheWelshPage() throws {
        let translation = "---\ntitle: Gŵyl wyddoniaeth\nsummary: Diwrnod o wyddoniaeth i blant y lluoedd arfog.\nphotos:\n  - alt: Disgyblion yn adeiladu pont\n---\nYr adroddiad.\n"
        let project = Self.project(["content/activities/festival.md": Self.complete, "content/activities/festival.cy.md": translation],
                                   config: "title: Test\nlanguages: [en-GB, cy]\n")
        defer { project.remove() }
        let built = try project.pipeline.build()
        #expect(built.pages != nil, "\(built.checked.diagnostics.errors.summary)")
        let site = project.root.appendingPathComponent("site")
        let welsh = try BuildTests.read(site, "cy/activities/festival/index.html")
        #expect(welsh.contains("<h1>Gŵyl wyddoniaeth</h1>") && welsh.contains("<p class=\"lede\">Diwrnod o wyddoniaeth i blant y lluoedd arfog.</p>"))
        #expect(welsh.contains("alt=\"Disgyblion yn adeiladu pont\"") && welsh.contains("<p>Yr adroddiad.</p>"))
        #expect(welsh.contains("<li>Cymerodd 350 o bobl ran</li><li>27 o ysgolion</li>"), "\(welsh)")
        #expect(welsh.contains("<figcaption>The engineering tent</figcaption>"), "an untranslated caption keeps the original's words")
        let english = try BuildTests.read(site, "activities/festival/index.html")
        #expect(english.contains("hreflang=\"cy\""), "the English page links its Welsh one")
        #expect(try BuildTests.read(site, "cy/activities/index.html").contains("Gŵyl wyddoniaeth"))

        project.write(Data(translation.replacingOccurrences(of: "title: Gŵyl wyddoniaeth\n", with: "title: Gŵyl wyddoniaeth\ndate: 2026-06-07\n").utf8),
                      to: "content/activities/festival.cy.md")
        let fact = try #require(project.check().first { $0.message.contains("'date' is a fact") })
        #expect(fact.location == SourceLocation(file: "content/activities/festival.cy.md", line: 3, column: 1) && fact.rule == RuleID.translation, "\(fact)")
        #expect(try BuildTests.read(site, "cy/activities.xml").contains("href=\"../cy/activities/festival/\""), "a Welsh feed links its Welsh pages from cy/")
        project.write(Data("---\ntitle: Gŵyl\n---\nYr adroddiad.\n".utf8), to: "content/activities/festival.cy.md")
        let incomplete = try #require(project.check().first { $0.message.contains("not translated yet") })
        #expect(incomplete.message.contains("the summary") && incomplete.message.contains("a photo's text") && incomplete.message.contains("a photo's caption")
                && incomplete.message.contains("a logo's text"), "\(incomplete.message)")

        // Where the hub requires translations, an activity without one is an error naming the command that writes one.
        try FileManager.default.removeItem(at: project.root.appendingPathComponent("content/activities/festival.cy.md"))
        project.write(Data("title: Test\nlanguages: [en-GB, cy]\ntranslations: required\n".utf8), to: "hubsite.yml")
        let required = try #require(project.check().first { $0.message.contains("This activity has no translation into") })
        #expect(required.location.file == "content/activities/festival.md" && required.severity == .error)
        #expect(required.hint?.contains("'hubsite new activity festival --lang cy'") == true, "\(required.hint ?? "")")
        let skeleton = try Scaffold(today: TestProject.today).translation(kind: "activity", slug: "festival", language: "cy", in: project.root)
        let text = try String(contentsOf: skeleton, encoding: .utf8)
        #expect(text.contains("# summary: A day of science for service children from 27 schools.\nsummary:") && text.contains("  - alt:\n    # caption: The engineering tent\n    caption:"), "\(text)")
        #expect(!project.check().contains { $0.severity == .error && $0.location.file == "content/activities/festival.cy.md" }, "the skeleton loads")
    }

    /// "sharing of best practice through events and projects" (003): the report counts each
    /// hub's activities of the last twelve months, an opportunity's among them.
    @Test func theReportCountsTheLastTwelveMonths() throws {
        let past = Self.past("activity:\n  summary: It went well.\n")
        let project = Self.project([
            "content/opportunities/workshop.md": past,
            "content/activities/recent.md": Self.activity(date: "2026-03-01"),
            "content/activities/old.md": Self.activity(title: "Old", date: "2025-11-25"),
        ])
        defer { project.remove() }
        let checked = project.pipeline.check()
        let report = HealthReport(content: checked.content, diagnostics: checked.diagnostics, today: TestProject.today)
        let promotes = try #require(report.hubs.first?.assessments.first { $0.criterion == "promotes" })
        #expect(promotes.figure.contains("2 activities in the last 12 months"), "\(promotes.figure)")
    }

    @Test func hubsiteNewActivityWritesAFileThatChecks() throws {
        let project = Self.project([:])
        defer { project.remove() }
        let url = try Scaffold(today: TestProject.today).page(kind: "activity", slug: "science-day", in: project.root)
        #expect(url.path.hasSuffix("content/activities/science-day.md"))
        let text = try String(contentsOf: url, encoding: .utf8)
        #expect(text.contains("hubs: [test]") && text.contains("# yaml-language-server: $schema=../../schema/activity.json"))
        let found = project.check().filter { $0.location.file == "content/activities/science-day.md" }
        #expect(found.isEmpty, "\(found.summary)")
        #expect(FileManager.default.fileExists(atPath: project.root.appendingPathComponent("schema/activity.json").path))
    }
}
