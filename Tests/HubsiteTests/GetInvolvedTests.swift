import Foundation
import Testing
@testable import HubBuild
@testable import HubContent
import HubModel

/// `get_involved` (issue #31): how people join a hub, shown in its own section near the top of
/// the hub page, checked by the `get-involved` rule at the line and column of each mistake, in
/// a Welsh translation's words, and in the Healthy Hub report.
@Suite struct GetInvolvedTests {
    /// The valid hub with `get_involved` written from line 3 on.
    static func hub(_ involved: String) -> String {
        TestProject.validHub.replacingOnce("title: Test Hub\n", with: "title: Test Hub\nget_involved:\n" + involved)
    }

    static let complete = """
          text: Ysgolion a cholegau'r ardal — croeso i chi ymuno.
          person: the hub chair, Ada Lead
          email: join@test-hub.example
          commitments:
            - Come to two hub meetings a year
            - Share one opportunity a term

        """

    static func parse(_ text: String) -> ContentLoader.FileResult {
        ContentLoader.parse(text: text, file: "content/hubs/test.md", kind: .hub, renderer: MarkdownRenderer())
    }

    static func findings(_ involved: String) -> [Diagnostic] {
        let project = TestProject(files: ["content/hubs/test.md": hub(involved)])
        defer { project.remove() }
        return project.check().filter { $0.rule == RuleID.getInvolved || $0.rule == RuleID.frontMatter }
    }

    @Test func theSectionSaysWhoCanJoinHowAndWhatItMeans() throws {
        #expect(Self.findings(Self.complete).isEmpty, "\(Self.findings(Self.complete).summary)")
        let project = TestProject(files: ["content/hubs/test.md": Self.hub(Self.complete)])
        defer { project.remove() }
        let built = try project.pipeline.build()
        #expect(built.pages != nil)
        let page = try String(contentsOf: project.root.appendingPathComponent("site/hubs/test/index.html"), encoding: .utf8)
        let section = try #require(page.range(of: "<section aria-labelledby=\"get-involved\"").map { String(page[$0.lowerBound...].prefix(900)) })
        #expect(section.contains("<h2 id=\"get-involved\">Get involved</h2>"))
        #expect(section.contains("<p>Ysgolion a cholegau&#39;r ardal — croeso i chi ymuno.</p>") || section.contains("<p>Ysgolion a cholegau&#x27;r ardal — croeso i chi ymuno.</p>"), "\(section)")
        #expect(section.contains("<a href=\"mailto:join@test-hub.example\">Email the hub chair, Ada Lead</a> (join@test-hub.example)"), "\(section)")
        #expect(section.contains("<ol><li>Come to two hub meetings a year</li><li>Share one opportunity a term</li></ol>"), "\(section)")
        // Near the top: before the leadership, after the introduction.
        let about = try #require(page.range(of: "id=\"about\""))
        let leadership = try #require(page.range(of: "id=\"leadership\""))
        let involved = try #require(page.range(of: "id=\"get-involved\""))
        #expect(about.lowerBound < involved.lowerBound && involved.lowerBound < leadership.lowerBound)
        // A page that says nothing has no section.
        let plain = TestProject()
        defer { plain.remove() }
        _ = try plain.pipeline.build()
        #expect(!(try String(contentsOf: plain.root.appendingPathComponent("site/hubs/test/index.html"), encoding: .utf8)).contains("get-involved"))
    }

    /// Each mistake at its line and its column in characters (the text before the value holds
    /// Welsh ŵ, an en dash and an emoji), with the rule's severity.
    @Test(arguments: [
        // No way to join: at the field.
        ("  text: Croeso i'r hyb — ymunwch!\n", 3, 1, Severity.error, "says nothing about how to join"),
        ("  person: Dŵr 🌊 chair\n  email: join(at)test.example\n", 5, 10, .error, "is not an email address"),
        ("  person: the chair\n  email: join@test.example.\n", 5, 10, .error, "not an email address as written"),
        ("  text: Ŵyn — ymunwch\n  form_url: http://test.example/join\n", 5, 13, .error, "is not a secure web address"),
        ("  mailing_list_url: www.test.example/list\n", 4, 21, .error, "is not a secure web address"),
        ("  person: the chair\n  email: join@test.example\n  form_url: https://test.example/join\n", 6, 13, .warning, "ways to join"),
        ("  email: join@test.example\n", 4, 10, .warning, "not who it goes to"),
        ("  emial: join@test.example\n", 4, 3, .error, "Unknown field 'emial'"),
    ] as [(String, Int, Int, Severity, String)])
    func eachMistakeIsReportedWhereItIs(involved: String, line: Int, column: Int, severity: Severity, message: String) throws {
        let found = Self.findings(involved)
        let finding = try #require(found.first { $0.message.contains(message) }, "\(found.summary)")
        #expect(finding.location.line == line && finding.location.column == column && finding.severity == severity, "\(finding)")
    }

    @Test func aFullStopAfterTheEmailIsFixed() throws {
        let found = Self.findings("  person: the chair\n  email: join@test.example.\n")
        let fix = try #require(found.first { $0.rule == RuleID.getInvolved }?.fix)
        #expect(fix.original == "join@test.example." && fix.replacement == "join@test.example" && fix.line == 5)
    }

    /// In Welsh: the words come from the translation, the address from the original; an
    /// address written in the translation is a fact, reported at its line.
    @Test func aTranslationHoldsTheWordsOnly() throws {
        let translation = """
            ---
            title: Hyb Prawf
            get_involved:
              text: Croeso i ysgolion a cholegau.
              person: cadeirydd yr hyb, Ada Lead
              commitments:
                - Dod i ddau gyfarfod y flwyddyn
            ---
            Testun.

            """
        let project = TestProject.welsh(hub: Self.hub(Self.complete), translation: translation)
        defer { project.remove() }
        let built = try project.pipeline.build()
        #expect(built.pages != nil, "\(built.checked.diagnostics.errors.summary)")
        let welsh = try project.built("cy/hubs/test/index.html")
        #expect(welsh.contains("<h2 id=\"get-involved\">Cymryd rhan</h2>") && welsh.contains("<p>Croeso i ysgolion a cholegau.</p>"), "\(welsh)")
        #expect(welsh.contains("<a href=\"mailto:join@test-hub.example\">E-bostio cadeirydd yr hyb, Ada Lead</a>"))
        #expect(welsh.contains("<li>Dod i ddau gyfarfod y flwyddyn</li><li>Share one opportunity a term</li>"), "an untranslated line keeps the original's")
        let incomplete = built.checked.diagnostics.incompleteTranslation()
        #expect(incomplete?.message.contains("what joining commits to") == true, "\(incomplete?.message ?? "")")

        project.write(Data(translation.replacingOccurrences(of: "  person:", with: "  email: ymuno@test.example\n  person:").utf8), to: "content/hubs/test.cy.md")
        let fact = try #require(project.check().first { $0.message.contains("'get_involved.email' is a fact") })
        #expect(fact.location.file == "content/hubs/test.cy.md" && fact.location.line == 5 && fact.location.column == 3 && fact.rule == RuleID.translation)
    }

    /// The translation's fingerprint covers the section's words where the page has them, and is
    /// the same as before for a page without: existing `translates:` values stay right.
    @Test func theFingerprintCoversTheWordsOnlyWhereThereAreSome() throws {
        let plain = try #require(Self.parse(TestProject.validHub).hub)
        let involved = try #require(Self.parse(Self.hub(Self.complete)).hub)
        var withoutSection = involved
        withoutSection.getInvolved = nil
        #expect(TranslatedWords.of(withoutSection) == TranslatedWords.of(plain))
        #expect(TranslatedWords.fingerprint(TranslatedWords.of(involved)) != TranslatedWords.fingerprint(TranslatedWords.of(plain)))
        var reworded = involved
        reworded.getInvolved?.email = "other@test.example"
        #expect(TranslatedWords.of(reworded) == TranslatedWords.of(involved), "an address is a fact: the fingerprint stays")
    }

    @Test func theReportSaysWhetherThePageGivesAWayToJoin() throws {
        let project = TestProject(files: ["content/hubs/test.md": Self.hub(Self.complete)])
        defer { project.remove() }
        let report = try CommandLineTests.run(["report", "--format", "json", "--today", "2026-11-25"], in: project.root)
        #expect(report.stdout.contains("way to join on the page") && !report.stdout.contains("no way to join"), "\(report.stdout.prefix(1500))")
        let plain = TestProject()
        defer { plain.remove() }
        #expect(try CommandLineTests.run(["report", "--format", "json", "--today", "2026-11-25"], in: plain.root).stdout.contains("no way to join on the page"))
    }
}
