import Foundation
import Testing
@testable import HubBuild
import HubModel

/// The accessibility statement (issue #31, item 12): `accessibility/` in every language, in the
/// structure of the GOV.UK model statement, filled from `accessibility:` in hubsite.yml and
/// linked from every page's footer; the rule `accessibility-statement` warns about a statement
/// with no contact or no date, and about one not reviewed for a year.
@Suite struct AccessibilityStatementTests {
    static let statement = """
        title: Test Hubs
        accessibility:
          organisation: the communications co-leads of the Test hubs
          email: access@test-hubs.example
          phone: 01632 960 000
          known_issues: [Some older minutes are PDF files that are not tagged for screen readers.]
          prepared: 2026-09-01
          reviewed: 2026-11-01

        """

    static func read(_ project: TestProject, _ path: String) throws -> String {
        try String(contentsOf: project.root.appendingPathComponent("site/" + path), encoding: .utf8)
    }

    @Test func theStatementIsAPageInEveryLanguageLinkedFromEveryFooter() throws {
        let project = TestProject(files: [
            "hubsite.yml": Self.statement + "languages: [en-GB, cy]\n",
            "content/hubs/test.cy.md": "---\ntitle: Hyb Prawf\n---\nTestun.\n",
        ])
        defer { project.remove() }
        let built = try project.pipeline.build()
        #expect(built.pages != nil, "\(built.checked.diagnostics.errors.summary)")
        #expect(built.checked.diagnostics.with(rule: RuleID.accessibilityStatement).isEmpty, "\(built.checked.diagnostics.summary)")

        let page = try Self.read(project, "accessibility/index.html")
        #expect(page.contains("<h1>Accessibility statement for Test Hubs</h1>"))
        #expect(page.contains("<p>This website is run by the communications co-leads of the Test hubs. We want as many people as possible"))
        #expect(page.contains("<ul><li>Some older minutes are PDF files that are not tagged for screen readers.</li></ul>"))
        #expect(page.contains("partially compliant with the Web Content Accessibility Guidelines version 2.2 AA standard"))
        #expect(page.contains("<li><a href=\"mailto:access@test-hubs.example\">access@test-hubs.example</a></li><li><a href=\"tel:01632960000\">01632 960 000</a></li>"))
        #expect(page.contains("<p>This statement was prepared on Tuesday 1 September 2026. It was last reviewed on Sunday 1 November 2026.</p>"), "\(page)")
        for heading in ["How accessible this website is", "Reporting accessibility problems with this website", "Enforcement procedure",
                        "Technical information about this website's accessibility", "Compliance status", "Preparation of this accessibility statement"] {
            #expect(page.contains(">\(heading)</h"), "no '\(heading)'")
        }
        let welsh = try Self.read(project, "cy/accessibility/index.html")
        #expect(welsh.contains("<html lang=\"cy\"") && welsh.contains("<h1>Datganiad hygyrchedd ar gyfer Test Hubs</h1>"))
        #expect(welsh.contains("Paratowyd y datganiad hwn ar"))

        // Every page's footer links to it, in the page's language; the links lead to the page.
        for (path, target) in [("index.html", "accessibility/index.html"), ("hubs/test/index.html", "../../accessibility/index.html"),
                               ("cy/hubs/test/index.html", "../../../cy/accessibility/index.html")] {
            #expect(try Self.read(project, path).contains("<a href=\"\(target)\">"), "\(path)")
        }
        #expect(try Self.read(project, "cy/hubs/test/index.html").contains(">Datganiad hygyrchedd</a>"))
    }

    /// Without a statement's details the page says it has not been assessed, never that the
    /// site is compliant; the contact falls back to the hubs' own pages.
    @Test func anUnpreparedStatementClaimsNothing() throws {
        let project = TestProject()
        defer { project.remove() }
        _ = try project.pipeline.build()
        let page = try Self.read(project, "accessibility/index.html")
        #expect(page.contains("This website has not yet been assessed against the Web Content Accessibility Guidelines version 2.2 AA standard."))
        #expect(!page.contains("compliant with"))
        #expect(page.contains("contact the hub through its page."))
        #expect(page.contains("This statement has not been reviewed yet."))
    }

    @Test(arguments: [
        ("accessibility:\n  organisation: Test\n  prepared: 2026-09-01\n", 2, 1, "no way to report a problem"),
        ("accessibility:\n  email: access(at)test.example\n  prepared: 2026-09-01\n", 3, 10, "'accessibility.email' is not an email address"),
        ("accessibility:\n  email: access@test.example\n", 2, 1, "no 'prepared' date"),
        ("accessibility:\n  email: access@test.example\n  prepared: 2027-01-01\n", 4, 13, "has not come yet"),
        ("accessibility:\n  email: access@test.example\n  prepared: 2026-09-01\n  reviewed: 2026-08-01\n", 5, 13, "before the statement was prepared"),
        ("accessibility:\n  email: access@test.example\n  prepared: 2024-09-01\n  reviewed: 2025-11-24\n", 5, 13, "more than a year ago"),
        ("accessibility:\n  email: access@test.example\n  prepared: 2025-11-20\n", 4, 13, "more than a year ago"),
    ] as [(String, Int, Int, String)])
    func eachProblemIsAWarningWhereItIs(config: String, line: Int, column: Int, message: String) throws {
        let project = TestProject(files: ["hubsite.yml": config.hasPrefix("title") ? config : "title: Test Hubs\n" + config])
        defer { project.remove() }
        let found = project.check().filter { $0.rule == RuleID.accessibilityStatement }
        let finding = try #require(found.first { $0.message.contains(message) }, "\(found.summary)")
        #expect(finding.location == SourceLocation(file: "hubsite.yml", line: line, column: column) && finding.severity == .warning, "\(finding)")
        #expect(finding.hint?.isEmpty == false)
    }

    /// A review less than a year ago, a hubsite.yml with no statement (a new site) and a
    /// project with no hubsite.yml have nothing to report.
    @Test func aCurrentStatementAndNoConfigAreQuiet() {
        let unfilled = TestProject(files: ["hubsite.yml": "title: Test\n"])
        defer { unfilled.remove() }
        #expect(unfilled.check().with(rule: RuleID.accessibilityStatement).isEmpty)
        let current = TestProject(files: ["hubsite.yml": "title: Test\naccessibility:\n  email: access@test.example\n  prepared: 2024-01-01\n  reviewed: 2025-11-26\n"])
        defer { current.remove() }
        #expect(current.check().with(rule: RuleID.accessibilityStatement).isEmpty)
        let bare = TestProject()
        defer { bare.remove() }
        #expect(bare.check().with(rule: RuleID.accessibilityStatement).isEmpty)
    }
}
