import Foundation
import Testing
@testable import HubBuild
import HubModel

/// `local_picture` (issue #31, item 4): the hub's local picture in figures, each with what it
/// counts and its source, shown as a short list with the sources cited; the rule
/// `local-picture` reports a figure without a source (an error) and a source over five years
/// old (an advisory) at their lines and columns; in Welsh, the words from a translation.
@Suite struct LocalPictureTests {
    /// The valid hub with `local_picture` written from line 3 on.
    static func hub(_ figures: String) -> String {
        TestProject.validHub.replacingOnce("title: Test Hub\n", with: "title: Test Hub\nlocal_picture:\n" + figures)
    }

    static let complete = """
          - value: over 6,000
            counts: Service children in the county's schools
            source:
              name: Department for Education, school census
              url: https://explore-education-statistics.service.gov.uk/census
              year: 2025
          - value: "1 in 10"
            counts: pupils in Testshire have a parent in the Armed Forces
            source:
              name: Testshire County Council
              year: 2021

        """

    static func findings(_ figures: String) -> [Diagnostic] {
        let project = TestProject(files: ["content/hubs/test.md": hub(figures)])
        defer { project.remove() }
        return project.check().filter { $0.rule == RuleID.localPicture || $0.rule == RuleID.frontMatter }
    }

    @Test func theFiguresAreListedWithTheirSourcesCited() throws {
        #expect(Self.findings(Self.complete).isEmpty, "\(Self.findings(Self.complete).summary)")
        let project = TestProject(files: ["content/hubs/test.md": Self.hub(Self.complete)])
        defer { project.remove() }
        let built = try project.pipeline.build()
        #expect(built.pages != nil, "\(built.checked.diagnostics.errors.summary)")
        let page = try String(contentsOf: project.root.appendingPathComponent("site/hubs/test/index.html"), encoding: .utf8)
        let section = try #require(page.range(of: "<section aria-labelledby=\"local-picture\"").map { String(page[$0.lowerBound...].prefix(1000)) })
        #expect(section.contains("<h2 id=\"local-picture\">The local picture</h2>"))
        #expect(section.contains("<li><strong>over 6,000</strong> Service children in the county&#39;s schools <span class=\"figure-source\">(<a href=\"https://explore-education-statistics.service.gov.uk/census\">Department for Education, school census</a>, 2025)</span></li>"), "\(section)")
        #expect(section.contains("<li><strong>1 in 10</strong> pupils in Testshire have a parent in the Armed Forces <span class=\"figure-source\">(Testshire County Council, 2021)</span></li>"), "\(section)")
        let plain = TestProject()
        defer { plain.remove() }
        _ = try plain.pipeline.build()
        #expect(!(try String(contentsOf: plain.root.appendingPathComponent("site/hubs/test/index.html"), encoding: .utf8)).contains("local-picture"))
    }

    /// Each finding at its line and column in characters (Welsh ŵ and an emoji before values),
    /// with its severity. Today is 2026-11-25, so 2021 is five years old and 2020 six.
    @Test(arguments: [
        ("  - value: \"Dŵr 🌊 6,000\"\n    counts: children\n", 4, 5, Severity.error, "has no source"),
        ("  - value: \"6,000\"\n    counts: children\n    source:\n      url: https://test.example/\n      year: 2024\n", 7, 7, .error, "has no source"),
        ("  - counts: children\n    source:\n      name: Census\n", 4, 5, .error, "has no 'value'"),
        ("  - value: \"6,000\"\n    source:\n      name: Census\n", 4, 5, .error, "does not say what it counts"),
        ("  - value: \"6,000\"\n    counts: children\n    source:\n      name: Dŵr 🌊\n      url: http://test.example/census\n", 8, 12, .error, "is not a secure web address"),
        ("  - value: \"6,000\"\n    counts: children\n    source:\n      name: Dŵr 🌊\n      year: 2027\n", 8, 13, .error, "has not come yet"),
        ("  - value: \"6,000\"\n    counts: children\n    source:\n      name: Census\n      year: 2020\n", 8, 13, .warning, "more than 5 years ago"),
        ("  - value: \"6,000\"\n    counts: children\n    source:\n      name: Census\n      yaer: 2020\n", 8, 7, .error, "Unknown field 'yaer'"),
    ] as [(String, Int, Int, Severity, String)])
    func eachFindingIsReportedWhereItIs(figures: String, line: Int, column: Int, severity: Severity, message: String) throws {
        let found = Self.findings(figures)
        let finding = try #require(found.first { $0.message.contains(message) }, "\(found.summary)")
        #expect(finding.location.line == line && finding.location.column == column && finding.severity == severity, "\(finding)")
        #expect(finding.hint?.isEmpty == false)
    }

    @Test func aSourceFiveYearsOldIsNotFlagged() {
        let found = Self.findings("  - value: \"6,000\"\n    counts: children\n    source:\n      name: Census\n      year: 2021\n")
        #expect(found.isEmpty, "\(found.summary)")
    }

    /// In Welsh: what a figure counts and its source's name from the translation; the value,
    /// the address and the year are facts, from the original (reported at their line when a
    /// translation writes them); a figure not translated yet is named.
    @Test func aTranslationHoldsTheWordsOnly() throws {
        let translation = """
            ---
            title: Hyb Prawf
            local_picture:
              - counts: o blant y lluoedd arfog yn ysgolion y sir
                source:
                  name: Yr Adran Addysg, cyfrifiad ysgolion
            ---
            Testun.

            """
        let project = TestProject.welsh(hub: Self.hub(Self.complete), translation: translation)
        defer { project.remove() }
        let built = try project.pipeline.build()
        #expect(built.pages != nil, "\(built.checked.diagnostics.errors.summary)")
        let welsh = try project.built("cy/hubs/test/index.html")
        #expect(welsh.contains("<h2 id=\"local-picture\">Y darlun lleol</h2>"))
        #expect(welsh.contains("<li><strong>over 6,000</strong> o blant y lluoedd arfog yn ysgolion y sir <span class=\"figure-source\">(<a href=\"https://explore-education-statistics.service.gov.uk/census\">Yr Adran Addysg, cyfrifiad ysgolion</a>, 2025)</span></li>"), "\(welsh)")
        #expect(welsh.contains("<li><strong>1 in 10</strong> pupils in Testshire have a parent in the Armed Forces"), "an untranslated figure keeps the original's words")
        let incomplete = built.checked.diagnostics.incompleteTranslation()
        #expect(incomplete?.message.contains("what a figure counts") == true, "\(incomplete?.message ?? "none")")

        project.write(Data(translation.replacingOccurrences(of: "      name: Yr", with: "      year: 2026\n      name: Yr").utf8), to: "content/hubs/test.cy.md")
        let fact = try #require(project.check().first { $0.message.contains("'local_picture[0].source.year' is a fact") })
        #expect(fact.location == SourceLocation(file: "content/hubs/test.cy.md", line: 6, column: 7) && fact.rule == RuleID.translation, "\(fact)")
    }

    /// The fingerprint covers the figures' words where the page has figures, and not their facts.
    @Test func theFingerprintCoversTheWordsOnly() throws {
        let plain = try #require(GetInvolvedTests.parse(TestProject.validHub).hub)
        let figures = try #require(GetInvolvedTests.parse(Self.hub(Self.complete)).hub)
        var without = figures
        without.localPicture = []
        #expect(TranslatedWords.of(without) == TranslatedWords.of(plain))
        var newer = figures
        newer.localPicture[0].value = "over 7,000"
        newer.localPicture[0].source?.year = 2026
        #expect(TranslatedWords.of(newer) == TranslatedWords.of(figures), "a value and a year are facts")
        var reworded = figures
        reworded.localPicture[0].counts = "Service children in Testshire"
        #expect(TranslatedWords.of(reworded) != TranslatedWords.of(figures))
    }
}
