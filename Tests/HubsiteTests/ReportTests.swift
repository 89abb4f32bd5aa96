import Foundation
import Testing
import HubModel
@testable import HubReport
#if canImport(FoundationXML)
import FoundationXML
#endif

@Suite struct ReportTests {
    static let monitored = TestProject.validHub
        .replacingOnce("    minutes_url: https://www.test-university.example/minutes\n", with: "    minutes_url: https://www.test-university.example/minutes\n    attendance: 12\n")
        .replacingOnce("action_plan:\n", with: "distribution_list: 55\nhub_leads_meetings_attended: 2\ntoolkit: Promoted at every meeting\naction_plan:\n")

    func report(_ files: [String: String?], today: String = "2026-11-25") -> HealthReport {
        let project = TestProject(files: files)
        defer { project.remove() }
        let date = LocalDate(iso: today)!
        let checked = project.pipeline.check()
        return HealthReport(content: checked.content, diagnostics: project.check(today: date), today: date)
    }

    @Test func everyCriterionFromTheContent() throws {
        let row = try #require(report(["content/hubs/test.md": Self.monitored]).hubs.first)
        func status(_ id: String) -> Assessment.Status? { row.assessment(id)?.status }
        #expect(row.assessments.map(\.criterion) == Criterion.all.map(\.id))
        #expect(status("meets-regularly") == .met)
        #expect(row.assessment("meets-regularly")?.figure == "3 meetings in 2026/27 (1 held, 2 booked); 1 in the last 12 months")
        #expect(status("stable-leadership") == .met)
        #expect(status("hub-leads-group") == .met)
        #expect(row.assessment("hub-leads-group")?.figure == "2 Hub Leads meetings attended this year")
        #expect(status("diverse-partners") == .met)
        #expect(status("easily-accessible") == .met)
        #expect(status("action-plan") == .met)
        #expect(row.assessment("action-plan")?.figure == "reviewed 2 months ago; 1 action, 0 overdue")
        #expect(status("toolkit") == .met)
        #expect(status("champions") == .noData)
        #expect(status("promotes") == .met)
        #expect(row.assessment("promotes")?.figure == "55 on the distribution list; 1 opportunity shared in 2026/27; 0 activities in the last 12 months; no way to join on the page")
        #expect(row.averageAttendance == 12)
        #expect(row.meetingsPerYear.map(\.year) == ["2024/25", "2025/26", "2026/27"])
        #expect(row.meetingsPerYear.map(\.count) == [0, 0, 3])
    }

    @Test func notMetAndNoData() throws {
        let sparse = TestProject.validHub
            .replacingOnce("  - name: Test Council\n    type: local-authority\n", with: "")
            .replacingOnce("updated: 2026-11-01", with: "updated: 2024-11-01")
            .replacingOnce("due: 2027-01-31", with: "due: 2026-10-31")
        let row = try #require(report(["content/hubs/test.md": sparse], today: "2027-09-15").hubs.first)
        #expect(row.assessment("meets-regularly")?.status == .notMet)
        #expect(row.assessment("meets-regularly")?.figure.hasPrefix("0 meetings in 2027/28") == true)
        #expect(row.assessment("diverse-partners")?.figure.hasSuffix("missing: Local authority") == true)
        #expect(row.assessment("easily-accessible")?.status == .notMet)
        #expect(row.assessment("easily-accessible")?.figure.contains("up-to-date") == true)
        #expect(row.assessment("action-plan")?.status == .notMet)
        #expect(row.assessment("action-plan")?.figure == "reviewed 11 months ago; 1 action, 1 overdue")
        #expect(row.assessment("hub-leads-group")?.status == .noData)
        #expect(row.assessment("toolkit")?.status == .noData)
    }

    @Test func jsonAndCSVParseBack() throws {
        let report = report(["content/hubs/test.md": Self.monitored])
        let json = try #require(JSONSerialization.jsonObject(with: Data(HealthReportFormat.json.render(report).utf8)) as? [String: Any])
        #expect(json["today"] as? String == "2026-11-25")
        let hubs = try #require(json["hubs"] as? [[String: Any]])
        let criteria = try #require(hubs.first?["criteria"] as? [String: [String: String]])
        #expect(criteria["promotes"]?["status"] == "met")
        #expect(criteria.count == Criterion.all.count)
        #expect(hubs.first?["average_attendance"] as? Double == 12)

        let csv = HealthReportFormat.csv.render(report)
        let rows = Self.parseCSV(csv)
        #expect(rows.count == 2)
        #expect(rows[0].count == 2 + 2 * Criterion.all.count + 1)
        #expect(rows[1][0] == "Test Hub")
        let index = try #require(rows[0].firstIndex(of: "meets-regularly figure"))
        #expect(rows[1][index] == "3 meetings in 2026/27 (1 held, 2 booked); 1 in the last 12 months")
        #expect(rows[1].last == "12.0")
    }

    /// A minimal RFC 4180 reader, to prove the CSV round-trips.
    static func parseCSV(_ text: String) -> [[String]] {
        var rows: [[String]] = [], row: [String] = [], field = "", quoted = false
        var characters = Array(text), i = 0
        while i < characters.count {
            let c = characters[i]
            if quoted {
                if c == "\"" { if i + 1 < characters.count, characters[i + 1] == "\"" { field.append("\""); i += 1 } else { quoted = false } }
                else { field.append(c) }
            } else if c == "\"" { quoted = true }
            else if c == "," { row.append(field); field = "" }
            else if c == "\r\n" || c == "\n" { row.append(field); rows.append(row); row = []; field = "" }
            else { field.append(c) }
            i += 1
        }
        characters = []
        return rows
    }

    @Test func publishedSectionWithChartsAndTextAlternatives() throws {
        let project = TestProject(files: ["content/hubs/test.md": Self.monitored, "hubsite.yml": "report: true\n"])
        defer { project.remove() }
        let built = try project.pipeline.build()
        #expect(built.pages != nil)
        let site = project.root.appendingPathComponent("site")
        let page = try String(contentsOf: site.appendingPathComponent("health/index.html"), encoding: .utf8)
        #expect(page.contains("<caption>Hubs sorted by name</caption>"))
        for criterion in Criterion.all {
            #expect(FileManager.default.fileExists(atPath: site.appendingPathComponent("health/\(criterion.id)/index.html").path))
        }
        // Every SVG is well-formed XML with a text alternative.
        var rest = page[...]
        var charts = 0
        while let start = rest.range(of: "<svg"), let end = rest.range(of: "</svg>", range: start.upperBound..<rest.endIndex) {
            let svg = String(rest[start.lowerBound..<end.upperBound])
            let parser = XMLParser(data: Data(svg.utf8))
            #expect(parser.parse() && parser.parserError == nil, "chart \(charts) is not well-formed")
            #expect(svg.contains("role=\"img\""))
            #expect(svg.contains("aria-label=\"") || (svg.contains("<title") && svg.contains("<desc")))
            charts += 1
            rest = rest[end.upperBound...]
        }
        #expect(charts == 2)
        #expect(page.contains("Test Hub: 0 in 2024/25, 0 in 2025/26, 3 in 2026/27."))
        #expect(page.contains("attendance 12 on 2026-09-20"))
        let json = try Data(contentsOf: site.appendingPathComponent("health/health.json"))
        #expect((try JSONSerialization.jsonObject(with: json) as? [String: Any])?["version"] as? Int == 1)
        // Off by default: no health/ section.
        let plain = TestProject()
        defer { plain.remove() }
        _ = try plain.pipeline.build()
        #expect(!FileManager.default.fileExists(atPath: plain.root.appendingPathComponent("site/health").path))
    }

    @Test func theReportNeverFails() throws {
        let broken = TestProject(files: ["content/hubs/test.md": TestProject.validHub.replacingOnce("  email: hub@test-university.example\n  phone: \"+44 1632 960 000\"\n", with: "")])
        defer { broken.remove() }
        let run = try CommandLineTests.run(["report", "--source", broken.root.path, "--today", "2026-11-25"])
        #expect(run.status == 0)
        #expect(run.stdout.contains("Easily accessible"))
        #expect(run.stdout.contains("1 problem (contacts)"))
        let csv = try CommandLineTests.run(["report", "--source", broken.root.path, "--today", "2026-11-25", "--format", "csv"])
        #expect(csv.status == 0 && csv.stdout.hasPrefix("hub,slug,"))
        // A hub that meets nothing still builds; only the validation rules fail builds.
        let sparse = TestProject(files: ["hubsite.yml": "report: true\n"])
        defer { sparse.remove() }
        #expect(try sparse.pipeline.build().pages != nil)
    }
}
