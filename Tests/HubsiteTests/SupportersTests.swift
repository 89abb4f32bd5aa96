import Foundation
import Testing
@testable import HubBuild
import HubModel

/// `funders` and `supporters` (issue #31, item 7): organisations apart from the lead
/// organisations and the members, shown in a section of their own with their logos (checked as
/// the lead organisations' are) or names; they do not count as members.
@Suite struct SupportersTests {
    /// The valid hub with `lines` written from line 3 on.
    static func hub(_ lines: String) -> String {
        TestProject.validHub.replacingOnce("title: Test Hub\n", with: "title: Test Hub\n" + lines)
    }

    static let complete = """
        funders:
          - name: Test Trust
            logo: logos/test.png
            logo_alt: Test Trust logo
            url: https://www.test-trust.example/
        supporters:
          - name: Testshire Council
          - name: Test Charity
            url: https://www.test-charity.example/

        """

    static func findings(_ lines: String) -> [Diagnostic] {
        let project = TestProject(files: ["content/hubs/test.md": hub(lines)])
        defer { project.remove() }
        return project.check()
    }

    @Test func theyAreShownApartFromMembersWithTheirLogosOrNames() throws {
        #expect(Self.findings(Self.complete).errors.isEmpty, "\(Self.findings(Self.complete).summary)")
        let project = TestProject(files: ["content/hubs/test.md": Self.hub(Self.complete)])
        defer { project.remove() }
        let built = try project.pipeline.build()
        #expect(built.pages != nil, "\(built.checked.diagnostics.errors.summary)")
        let page = try String(contentsOf: project.root.appendingPathComponent("site/hubs/test/index.html"), encoding: .utf8)
        let start = try #require(page.range(of: "<section aria-labelledby=\"backers\">"))
        let section = String(page[start.lowerBound...].prefix(900))
        #expect(section.contains("<h2 id=\"backers\">Funders and supporters</h2>"))
        #expect(section.contains("<h3>Funded by</h3>\n    <ul class=\"backers\"><li><a href=\"https://www.test-trust.example/\"><img src=\"../../logos/test.png\" alt=\"Test Trust logo\" height=\"60\"></a></li></ul>"), "\(section)")
        #expect(section.contains("<h3>Supported by</h3>\n    <ul class=\"backers\"><li>Testshire Council</li><li><a href=\"https://www.test-charity.example/\">Test Charity</a></li></ul>"), "\(section)")
        // After the members, before the opportunities.
        let members = try #require(page.range(of: "id=\"members\""))
        let opportunities = try #require(page.range(of: "id=\"opportunities\""))
        #expect(members.lowerBound < start.lowerBound && start.lowerBound < opportunities.lowerBound)
        // Only funders: the section has no supporters' heading; neither: no section.
        project.write(Data(Self.hub("funders:\n  - name: Test Trust\n").utf8), to: "content/hubs/test.md")
        _ = try project.pipeline.build()
        let funders = try String(contentsOf: project.root.appendingPathComponent("site/hubs/test/index.html"), encoding: .utf8)
        #expect(funders.contains("<li>Test Trust</li>") && !funders.contains("Supported by"))
        let plain = TestProject()
        defer { plain.remove() }
        _ = try plain.pipeline.build()
        #expect(!(try String(contentsOf: plain.root.appendingPathComponent("site/hubs/test/index.html"), encoding: .utf8)).contains("backers"))
    }

    /// The hub page's JSON-LD `Organization` names each funder (schema.org `funder`), as pyld
    /// reads it; supporters, who need not fund anything, are not named there.
    @Test func theJSONLDNamesTheFunders() throws {
        let project = TestProject(files: ["content/hubs/test.md": Self.hub(Self.complete)])
        defer { project.remove() }
        let built = try BuildPipeline(options: BuildOptions(source: project.root, baseURL: "https://hubs.example.org/", today: TestProject.today)).build()
        #expect(built.pages != nil, "\(built.checked.diagnostics.errors.summary)")
        let path = project.root.appendingPathComponent("site/hubs/test/index.html").path
        let read = try #require(try CalendarTests.parse("jsonld_expand.py", [path]) as? [String: [[[String: Any]]]])
        let organisation = try #require(read[path]?.first?.first)
        let schema = "https://schema.org/"
        let funders = try #require(organisation[schema + "funder"] as? [[String: Any]])
        #expect(funders.count == 1 && funders[0]["@type"] as? [String] == [schema + "Organization"])
        let value = { (node: [String: Any], key: String) in (node[schema + key] as? [[String: Any]])?.first?["@value"] as? String }
        #expect(value(funders[0], "name") == "Test Trust" && value(funders[0], "url") == "https://www.test-trust.example/")
        #expect(!String(decoding: FileManager.default.contents(atPath: path) ?? Data(), as: UTF8.self).contains("\"name\":\"Test Charity\"}"))
    }

    /// Supporters are not members: a hub without a school among its members is told so, however
    /// many schools support it.
    @Test func theyDoNotCountAsMembers() {
        let withoutSchool = TestProject.validHub.replacingOnce("  - name: Test School\n    type: school\n", with: "")
        let hub = withoutSchool.replacingOnce("title: Test Hub\n", with: "title: Test Hub\nsupporters:\n  - name: Test Primary School\n")
        let project = TestProject(files: ["content/hubs/test.md": hub])
        defer { project.remove() }
        let membership = project.check().with(rule: RuleID.membership)
        #expect(membership.contains { $0.message.contains("No member is from") }, "\(membership.summary)")
    }

    /// Each mistake at its line and character column (Welsh ŵ and an emoji before values).
    @Test(arguments: [
        ("funders:\n  - name: Dŵr 🌊 Trust\n    logo: logos/test.png\n", 5, 11, "logo", "has no alt text"),
        ("supporters:\n  - name: Dŵr 🌊\n    logo: logos/missing.png\n    logo_alt: Dŵr logo\n", 5, 11, "logo", "does not exist"),
        ("supporters:\n  - name: Test\n    url: http://www.test.example/\n", 5, 10, "contacts", "is not a secure web address"),
        ("funders:\n  - url: https://www.test.example/\n", 4, 5, "front-matter", "no 'name'"),
    ] as [(String, Int, Int, String, String)])
    func eachMistakeIsReportedWhereItIs(lines: String, line: Int, column: Int, rule: String, message: String) throws {
        let found = Self.findings(lines)
        let finding = try #require(found.first { $0.message.contains(message) }, "\(found.summary)")
        #expect(finding.rule == rule && finding.location == SourceLocation(file: "content/hubs/test.md", line: line, column: column), "\(finding)")
        #expect(finding.hint?.isEmpty == false)
    }

    /// In Welsh: a logo's text from the translation; a name or an address there is a fact.
    @Test func aTranslationHoldsTheLogoTextsOnly() throws {
        let translation = """
            ---
            title: Hyb Prawf
            funders:
              - logo_alt: Logo Ymddiriedolaeth Prawf
            ---
            Testun.

            """
        let project = TestProject.welsh(hub: Self.hub(Self.complete), translation: translation)
        defer { project.remove() }
        let built = try project.pipeline.build()
        #expect(built.pages != nil, "\(built.checked.diagnostics.errors.summary)")
        let welsh = try project.built("cy/hubs/test/index.html")
        #expect(welsh.contains("<h2 id=\"backers\">Cyllidwyr a chefnogwyr</h2>") && welsh.contains("alt=\"Logo Ymddiriedolaeth Prawf\""), "\(welsh)")
        #expect(welsh.contains("<li>Testshire Council</li>"), "names are facts, from the original")

        project.write(Data(translation.replacingOccurrences(of: "  - logo_alt:", with: "  - name: Ymddiriedolaeth Prawf\n    logo_alt:").utf8), to: "content/hubs/test.cy.md")
        let fact = try #require(project.check().first { $0.message.contains("'funders[0].name' is a fact") })
        #expect(fact.location == SourceLocation(file: "content/hubs/test.cy.md", line: 4, column: 5) && fact.rule == RuleID.translation, "\(fact)")
    }
}
