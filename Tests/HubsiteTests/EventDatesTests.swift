import Foundation
import Testing
@testable import HubBuild
import HubModel

/// Issue #31, item 10: a one-day event never shows an end date; an event over several days
/// shows its last day wherever it is listed, in each language; an empty date is an error at
/// its line, never a page with a made-up date.
@Suite struct EventDatesTests {
    static func opportunity(_ title: String, start: String, end: String?) -> String {
        TestProject.validOpportunity
            .replacingOnce("title: Test workshop", with: "title: \(title)")
            .replacingOnce("start: 2027-01-15 10:00\n", with: "start: \(start)\n")
            .replacingOnce("end: 2027-01-15 12:00\n", with: end.map { "end: \($0)\n" } ?? "")
    }

    /// Each event's "when" line, on its own page and on the cards of the calendar, the hub's
    /// page and the home page, in English and in Welsh.
    @Test func aOneDayEventShowsNoEndAndALongerOneShowsItsLastDayEverywhere() throws {
        let project = TestProject(files: [
            "hubsite.yml": "title: Test hubs\nlanguages: [en-GB, cy]\n",
            "content/opportunities/workshop.md": nil,
            "content/opportunities/one-day.md": Self.opportunity("One day", start: "2027-01-15", end: "2027-01-15"),
            "content/opportunities/no-end.md": Self.opportunity("No end", start: "2027-01-18", end: nil),
            "content/opportunities/timed.md": Self.opportunity("Timed", start: "2027-01-19 10:00", end: "2027-01-19 16:00"),
            "content/opportunities/two-days.md": Self.opportunity("Two days", start: "2027-01-20", end: "2027-01-21"),
        ])
        defer { project.remove() }
        let built = try project.pipeline.build()
        #expect(built.pages != nil, "\(built.checked.diagnostics.errors.summary)")
        func whenLines(_ page: String) throws -> [String] {
            let html = try String(contentsOf: project.root.appendingPathComponent("site/" + page), encoding: .utf8)
            return html.split(separator: "\n").map(String.init).filter { $0.contains("class=\"event-when\"") || $0.contains("<dt>When</dt>") || $0.contains("<dt>Pryd</dt>") }
        }
        let expected: [(slug: String, english: String, welsh: String)] = [
            ("one-day", "Friday 15 January 2027</time></", "Dydd Gwener 15 Ionawr 2027</time></"),
            ("no-end", "Monday 18 January 2027</time></", "Dydd Llun 18 Ionawr 2027</time></"),
            ("timed", "Tuesday 19 January 2027</time>, 10:00–16:00</", "Dydd Mawrth 19 Ionawr 2027</time>, 10:00–16:00</"),
            ("two-days", "Wednesday 20 January 2027</time> to Thursday 21 January 2027</", "Dydd Mercher 20 Ionawr 2027</time> tan Dydd Iau 21 Ionawr 2027</"),
        ]
        let lists = ["calendar/index.html", "hubs/test/index.html", "index.html"]
        for event in expected {
            let own = try whenLines("opportunities/\(event.slug)/index.html")
            #expect(own.count == 1 && own[0].contains(event.english), "\(event.slug): \(own)")
            for page in lists {
                let lines = try whenLines(page).filter { $0.contains(event.english.prefix(while: { $0 != "<" })) }
                #expect(lines.count == 1 && lines[0].contains(event.english), "\(event.slug) on \(page): \(lines)")
            }
            let welsh = try whenLines("cy/calendar/index.html").filter { $0.contains(event.welsh.prefix(while: { $0 != "<" })) }
            #expect(welsh.count == 1 && welsh[0].contains(event.welsh), "\(event.slug) on the Welsh calendar: \(welsh)")
        }
    }

    /// A date field left empty, as a form leaves it (`start:`, `start: ""`), where the field is
    /// needed: an error at the field, and no page is written with a date made up for it.
    @Test(arguments: [
        ("content/opportunities/workshop.md", "start: 2027-01-15 10:00", "start:", "opportunity", 3, 1, "'start' is empty"),
        ("content/opportunities/workshop.md", "start: 2027-01-15 10:00", "start: \"\"", "opportunity", 3, 1, "'start' is empty"),
        ("content/opportunities/workshop.md", "start: 2027-01-15 10:00\nend: 2027-01-15 12:00\n", "", "opportunity", 10, 1, "has no 'start' date"),
        ("content/hubs/test.md", "updated: 2026-11-01", "updated: ''", "up-to-date", 4, 1, "no 'updated' date"),
        ("content/hubs/test.md", "  - date: 2027-03-10", "  - date:", "front-matter", 35, 5, "Meeting 3 has no 'date'"),
        ("content/hubs/test.md", "  reviewed: 2026-09-20", "  reviewed: \"\"", "action-plan", 38, 3, "no 'reviewed' date"),
        ("content/hubs/test.md", "      due: 2027-01-31", "      due:", "action-plan", 40, 7, "has no due date"),
    ])
    func anEmptyDateThatIsNeededIsAnErrorAtItsField(file: String, written: String, blank: String, rule: String, line: Int, column: Int, message: String) throws {
        let text = (file.hasSuffix("workshop.md") ? TestProject.validOpportunity : TestProject.validHub).replacingOnce(written, with: blank)
        let project = TestProject(files: [file: text])
        defer { project.remove() }
        let built = try project.pipeline.build()
        let errors = built.checked.diagnostics.errors
        let finding = try #require(errors.first { $0.message.contains(message) }, "\(errors.summary)")
        #expect(finding.rule == rule && finding.location == SourceLocation(file: file, line: line, column: column), "\(finding)")
        #expect(finding.hint?.isEmpty == false)
        #expect(built.pages == nil, "the build fails")
    }

    /// An optional date left empty is read as not written: a form leaves `deadline: ""` for a
    /// field nobody filled in. The page then says nothing of it, and nothing of year 1.
    @Test func anEmptyOptionalDateIsNotWrittenAndNoPageShowsAMadeUpDate() throws {
        let opportunity = TestProject.validOpportunity
            .replacingOnce("deadline: 2027-01-08", with: "deadline: \"\"")
            .replacingOnce("end: 2027-01-15 12:00", with: "end:")
        let hub = TestProject.validHub.replacingOnce("  - date: 2026-12-09\n", with: "  - date: 2026-12-09\n    moved_from: ''\n")
        let project = TestProject(files: ["content/opportunities/workshop.md": opportunity, "content/hubs/test.md": hub])
        defer { project.remove() }
        let built = try project.pipeline.build()
        #expect(built.pages != nil, "\(built.checked.diagnostics.errors.summary)")
        let page = try String(contentsOf: project.root.appendingPathComponent("site/opportunities/workshop/index.html"), encoding: .utf8)
        #expect(page.contains("Friday 15 January 2027</time>, 10:00</dd>"), "a start without an end")
        #expect(!page.contains("Book by"))
        let site = project.root.appendingPathComponent("site")
        for case let url as URL in FileManager.default.enumerator(at: site, includingPropertiesForKeys: nil)!
            where ["html", "ics", "xml", "json"].contains(url.pathExtension) {
            let text = try String(contentsOf: url, encoding: .utf8)
            #expect(!text.contains("0001") && !text.contains("1/01/"), "\(url.lastPathComponent)")
        }
    }

    /// `start` with a time and `end` with only the same day is a missing time, said so, rather
    /// than an end before the start.
    @Test func anEndWithoutTheStartsTimeIsSaidToNeedOne() throws {
        let project = TestProject(files: ["content/opportunities/workshop.md": Self.opportunity("Mixed", start: "2027-01-18 10:00", end: "2027-01-18")])
        defer { project.remove() }
        let found = project.check().with(rule: RuleID.opportunity)
        #expect(found.map(\.message) == ["'start' and 'end' must both have a time, or neither (got 2027-01-18 10:00 and 2027-01-18)."], "\(found.summary)")
        #expect(found.first?.location == SourceLocation(file: "content/opportunities/workshop.md", line: 4, column: 6))
    }
}
