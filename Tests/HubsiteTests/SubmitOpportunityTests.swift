import Foundation
import Testing
@testable import HubBuild
import HubModel

/// `submit_opportunity` (issue #31, item 6): how someone outside the hub sends it an
/// opportunity, shown with the hub's calendar (its opportunities section), checked by the
/// `contacts` rule at the line and column of each mistake, in a Welsh translation's words.
@Suite struct SubmitOpportunityTests {
    /// The valid hub with `submit_opportunity` written from line 3 on.
    static func hub(_ submit: String) -> String {
        TestProject.validHub.replacingOnce("title: Test Hub\n", with: "title: Test Hub\nsubmit_opportunity:\n" + submit)
    }

    static let complete = """
          text: Yn trefnu rhywbeth — running something for service children? Tell us.
          email: events@test-hub.example
          form_url: https://www.test-hub.example/submit

        """

    static func page(_ project: TestProject, _ path: String = "site/hubs/test/index.html") throws -> String {
        try String(contentsOf: project.root.appendingPathComponent(path), encoding: .utf8)
    }

    /// The part of the page after the opportunities heading, to the end of its section.
    static func opportunitiesSection(_ page: String) throws -> String {
        let start = try #require(page.range(of: "<section aria-labelledby=\"opportunities\">"))
        let end = try #require(page[start.upperBound...].range(of: "</section>"))
        return String(page[start.lowerBound..<end.lowerBound])
    }

    @Test func theHubsCalendarSaysHowToSendItAnOpportunity() throws {
        let project = TestProject(files: ["content/hubs/test.md": Self.hub(Self.complete)])
        defer { project.remove() }
        let built = try project.pipeline.build()
        #expect(built.pages != nil, "\(built.checked.diagnostics.errors.summary)")
        #expect(built.checked.diagnostics.with(rule: RuleID.contacts).isEmpty, "\(built.checked.diagnostics.summary)")
        let page = try Self.page(project)
        let section = try Self.opportunitiesSection(page)
        #expect(section.contains("<p>Yn trefnu rhywbeth — running something for service children? Tell us.</p>"), "\(section)")
        #expect(section.contains("<li><a href=\"mailto:events@test-hub.example\">Email an opportunity to the hub</a> (events@test-hub.example)</li>"), "\(section)")
        #expect(section.contains("<li><a href=\"https://www.test-hub.example/submit\">Send an opportunity through the online form</a></li>"), "\(section)")
        // After the hub's opportunities (the list of its calendar), inside their section.
        let cards = try #require(section.range(of: "class=\"cards\""))
        let submit = try #require(section.range(of: "class=\"submit-opportunity\""))
        #expect(cards.lowerBound < submit.lowerBound)

        // Without a text, the section says what it is for in the site's words; a page that
        // says nothing has no such part.
        project.write(Data(Self.hub("  email: events@test-hub.example\n").utf8), to: "content/hubs/test.md")
        _ = try project.pipeline.build()
        #expect(try Self.opportunitiesSection(try Self.page(project)).contains("<p>Running something for service children or the people who work with them in the region? Send it to the hub for its calendar.</p>"))
        let plain = TestProject()
        defer { plain.remove() }
        _ = try plain.pipeline.build()
        #expect(!(try Self.page(plain)).contains("submit-opportunity"))
    }

    /// Every link's text is unique on its page: the hub's own "Email the hub" (a way to join
    /// with no named person) and the way to send an opportunity say different things.
    @Test func itsLinksAreTellApartFromTheWayToJoin() throws {
        let hub = Self.hub("  email: hub@test-hub.example\n")
            .replacingOnce("title: Test Hub\n", with: "title: Test Hub\nget_involved:\n  email: hub@test-hub.example\n")
        let project = TestProject(files: ["content/hubs/test.md": hub])
        defer { project.remove() }
        _ = try project.pipeline.build()
        let page = try Self.page(project)
        let texts = try NSRegularExpression(pattern: "<a href=\"mailto:hub@test-hub.example\">([^<]*)</a>")
            .matches(in: page, range: NSRange(page.startIndex..., in: page)).map { String(page[Range($0.range(at: 1), in: page)!]) }
        #expect(texts == ["Email the hub", "Email an opportunity to the hub"], "\(texts)")
    }

    /// Each mistake at its line and its column in characters (Welsh ŵ and an emoji before the value).
    @Test(arguments: [
        ("  text: Dŵr 🌊 — anfonwch\n", 3, 1, "does not say how to send an opportunity"),
        ("  text: Dŵr 🌊\n  email: events(at)test.example\n", 5, 10, "'submit_opportunity.email' is not an email address"),
        ("  email: events@test.example.\n", 4, 10, "not an email address as written"),
        ("  form_url: http://test.example/submit\n", 4, 13, "'submit_opportunity.form_url' is not a secure web address"),
        ("  emial: events@test.example\n", 4, 3, "Unknown field 'emial'"),
    ] as [(String, Int, Int, String)])
    func eachMistakeIsReportedWhereItIs(submit: String, line: Int, column: Int, message: String) throws {
        let project = TestProject(files: ["content/hubs/test.md": Self.hub(submit)])
        defer { project.remove() }
        let found = project.check().errors
        let finding = try #require(found.first { $0.message.contains(message) }, "\(found.summary)")
        #expect(finding.location == SourceLocation(file: "content/hubs/test.md", line: line, column: column), "\(finding)")
        #expect(finding.hint?.isEmpty == false)
        if message.contains("as written") { #expect(finding.fix?.replacement == "events@test.example") }
    }

    /// In Welsh: the text from the translation, the addresses from the original; an address in
    /// the translation is a fact, reported at its line; a text not translated yet is named.
    @Test func aTranslationHoldsTheWordsOnly() throws {
        let translation = """
            ---
            title: Hyb Prawf
            submit_opportunity:
              text: Yn trefnu rhywbeth i blant y lluoedd arfog? Rhowch wybod i ni.
            ---
            Testun.

            """
        let project = TestProject.welsh(hub: Self.hub(Self.complete), translation: translation)
        defer { project.remove() }
        let built = try project.pipeline.build()
        #expect(built.pages != nil, "\(built.checked.diagnostics.errors.summary)")
        let welsh = try Self.opportunitiesSection(try Self.page(project, "site/cy/hubs/test/index.html"))
        #expect(welsh.contains("<p>Yn trefnu rhywbeth i blant y lluoedd arfog? Rhowch wybod i ni.</p>"), "\(welsh)")
        #expect(welsh.contains("<a href=\"mailto:events@test-hub.example\">E-bostio cyfle at yr hyb</a>"), "\(welsh)")
        #expect(welsh.contains("<a href=\"https://www.test-hub.example/submit\">Anfon cyfle drwy&#39;r ffurflen ar-lein</a>")
                || welsh.contains("<a href=\"https://www.test-hub.example/submit\">Anfon cyfle drwy&#x27;r ffurflen ar-lein</a>"), "\(welsh)")

        project.write(Data(translation.replacingOccurrences(of: "  text:", with: "  email: digwyddiadau@test.example\n  text:").utf8), to: "content/hubs/test.cy.md")
        let fact = try #require(project.check().first { $0.message.contains("'submit_opportunity.email' is a fact") })
        #expect(fact.location == SourceLocation(file: "content/hubs/test.cy.md", line: 4, column: 3) && fact.rule == RuleID.translation, "\(fact)")

        project.write(Data(translation.replacingOccurrences(of: "submit_opportunity:\n  text: Yn trefnu rhywbeth i blant y lluoedd arfog? Rhowch wybod i ni.\n", with: "").utf8),
                      to: "content/hubs/test.cy.md")
        let untranslated = project.check().first { $0.location.file == "content/hubs/test.cy.md" && $0.message.contains("not translated yet") }
        #expect(untranslated?.message.contains("how to send an opportunity") == true, "\(untranslated?.message ?? "none")")
    }

    /// The fingerprint covers the text only where there is one: a page without the field, or
    /// with only addresses (facts), keeps the fingerprint its translations hold.
    @Test func theFingerprintCoversTheTextOnly() throws {
        let plain = try #require(GetInvolvedTests.parse(TestProject.validHub).hub)
        let addresses = try #require(GetInvolvedTests.parse(Self.hub("  email: events@test-hub.example\n")).hub)
        let worded = try #require(GetInvolvedTests.parse(Self.hub(Self.complete)).hub)
        #expect(TranslatedWords.of(addresses) == TranslatedWords.of(plain))
        #expect(TranslatedWords.fingerprint(TranslatedWords.of(worded)) != TranslatedWords.fingerprint(TranslatedWords.of(plain)))
    }
}
