import Foundation
import Testing
@testable import HubBuild
@testable import HubContent
import HubModel
@testable import HubRules
import HubReport

/// Welsh and English: translations beside their originals (`test.cy.md`), holding words only,
/// checked by the `translation` rule with the exact place of each finding.
@Suite struct TranslationTests {
    static let config = "title: Test\nlanguages: [en-GB, cy]\n"
    /// The valid hub's words in Welsh, complete, made from the version of its words `translates` names.
    static func welshHub(translates: String? = nil) -> String {
        let fingerprint = translates ?? TranslatedWords.fingerprint(TranslatedWords.of(hubModel()))
        return """
        ---
        title: Hyb Prawf
        translates: \(fingerprint)
        organisations:
          - logo_alt: Logo Prifysgol Prawf
        leads:
          - role: Arweinydd yr Hyb
        action_plan:
          actions:
            - action: Gwahodd ysgolion lleol
        ---
        Mae Hyb Prawf yn dod â phrifysgol, coleg, ysgolion a'r cyngor ynghyd.

        """
    }

    static func hubModel() -> Hub {
        let project = TestProject()
        defer { project.remove() }
        return project.load().content.hubs[0]
    }

    func diagnostics(_ files: [String: String?]) -> [Diagnostic] {
        let project = TestProject(files: ["hubsite.yml": Self.config].merging(files) { $1 })
        defer { project.remove() }
        return project.check().with(rule: RuleID.translation)
    }

    @Test func aCompleteCurrentTranslationIsClean() {
        let found = diagnostics(["content/hubs/test.cy.md": Self.welshHub()])
        #expect(found.isEmpty, "\(found.summary)")
        let project = TestProject(files: ["hubsite.yml": Self.config, "content/hubs/test.cy.md": Self.welshHub()])
        defer { project.remove() }
        let translation = project.load().content.translations
        #expect(translation.count == 1 && translation[0].slug == "test" && translation[0].language == "cy" && translation[0].kind == .hub)
        #expect(translation[0].title == "Hyb Prawf" && translation[0].leads.first?.role == "Arweinydd yr Hyb")
        #expect(translation[0].body.plainText.hasPrefix("Mae Hyb Prawf"))
        // A translation is not a hub of its own.
        #expect(project.load().content.hubs.map(\.slug) == ["test"])
    }

    @Test func aRequiredTranslationThatIsMissingIsAnErrorAtTheOriginal() {
        for (config, hub, reason) in [
            (Self.config + "translations: required\n", TestProject.validHub, "the site requires translations (hubsite.yml)"),
            (Self.config, TestProject.validHub.replacingOnce("region: Testshire\n", with: "region: Testshire\ntranslations: required\n"),
             "it says 'translations: required'"),
        ] {
            let found = diagnostics(["hubsite.yml": config, "content/hubs/test.md": hub])
            let hubErrors = found.filter { $0.location.file == "content/hubs/test.md" }
            #expect(hubErrors.count == 1 && hubErrors[0].severity == .error, "\(found.summary)")
            #expect(hubErrors.first?.location == SourceLocation(file: "content/hubs/test.md", line: 1, column: 1))
            #expect(hubErrors.first?.message == "This hub page has no translation into Welsh (cy), and \(reason).")
            #expect(hubErrors.first?.hint?.contains("Create content/hubs/test.cy.md") == true)
            #expect(hubErrors.first?.hint?.contains("hubsite new hub test --lang cy") == true)
        }
        // The opportunity of a hub that requires translations requires them too.
        let required = TestProject.validHub.replacingOnce("region: Testshire\n", with: "region: Testshire\ntranslations: required\n")
        let found = diagnostics(["content/hubs/test.md": required, "content/hubs/test.cy.md": Self.welshHub()])
        #expect(found.map(\.location.file) == ["content/opportunities/workshop.md"], "\(found.summary)")
        #expect(found.first?.message.contains("its hub 'test' requires translations") == true)
        // Without 'required', a missing translation is fine.
        #expect(diagnostics([:]).isEmpty)
    }

    @Test func aTranslationWithoutItsOriginalOrIntoAnotherLanguageIsAnError() {
        let orphan = diagnostics(["content/hubs/gone.cy.md": Self.welshHub()])
        #expect(orphan.errors.map(\.location) == [SourceLocation(file: "content/hubs/gone.cy.md", line: 1, column: 1)], "\(orphan.summary)")
        #expect(orphan.errors.first?.message == "This is a translation of content/hubs/gone.md, which does not exist.")
        // An original that cannot be read has its own error; its translation gets a note, not a second error.
        let broken = diagnostics(["content/hubs/test.md": TestProject.validHub.replacingOnce("title: Test Hub\n", with: "title: [Test Hub\n"),
                                  "content/hubs/test.cy.md": Self.welshHub()])
        #expect(broken.map(\.severity) == [.note] && broken.first?.message.contains("whose page has errors") == true, "\(broken.summary)")
        let unknown = diagnostics(["content/hubs/test.gd.md": Self.welshHub()])
        #expect(unknown.errors.count == 1 && unknown.errors[0].message.contains("translation into 'gd', which is not one of the site's languages"))
        #expect(unknown.errors.first?.hint?.contains("languages: [en-GB, gd]") == true)
        // A site of one language: the same file is named as a translation it cannot have.
        let project = TestProject(files: ["content/hubs/test.cy.md": Self.welshHub()])
        defer { project.remove() }
        let single = project.check().with(rule: RuleID.translation)
        #expect(single.count == 1 && single[0].hint?.contains("languages: [en-GB, cy]") == true, "\(single.summary)")
    }

    /// Decap CMS saves a page in the main language with the language's code (`test.en-GB.md`,
    /// its `multiple_files` structure has no way to leave it out): that file is the page itself,
    /// at the same address, and its translation pairs with it.
    @Test func aPageNamedWithTheMainLanguagesCodeIsThePageItself() throws {
        let files: [String: String?] = ["hubsite.yml": Self.config, "content/hubs/test.md": nil, "content/hubs/test.en-GB.md": TestProject.validHub]
        let project = TestProject(files: files.merging(["content/hubs/test.cy.md": Self.welshHub()]) { $1 })
        defer { project.remove() }
        let content = project.load().content
        #expect(content.hubs.map(\.file) == ["content/hubs/test.en-GB.md"] && content.hubs.map(\.slug) == ["test"])
        #expect(content.translations.map(\.originalFile) == ["content/hubs/test.en-GB.md"])
        let built = try project.pipeline.build()
        #expect(built.pages != nil && built.checked.diagnostics.with(rule: RuleID.translation).isEmpty, "\(built.checked.diagnostics.summary)")
        let site = project.root.appendingPathComponent("site")
        #expect(try BuildTests.read(site, "hubs/test/index.html").contains("<h1>Test Hub</h1>"))
        #expect(try BuildTests.read(site, "cy/hubs/test/index.html").contains("<h1>Hyb Prawf</h1>"))
        // A fact written in the translation is to be changed in the file the original is in.
        project.write(Data(Self.welshHub().replacingOnce("title: Hyb Prawf\n", with: "title: Hyb Prawf\nregion: Cymru\n").utf8), to: "content/hubs/test.cy.md")
        let fact = try #require(project.check().first { $0.message.contains("'region' is a fact") })
        #expect(fact.message.contains("facts come from content/hubs/test.en-GB.md,") && fact.hint?.contains("change it in content/hubs/test.en-GB.md") == true, "\(fact)")
        // A missing translation is named after the page, not after the file's code.
        let required = TestProject(files: files.merging(["content/hubs/test.en-GB.md": TestProject.validHub.replacingOnce("region: Testshire\n", with: "region: Testshire\ntranslations: required\n")]) { $1 })
        defer { required.remove() }
        let missing = required.check().with(rule: RuleID.translation).filter { $0.location.file == "content/hubs/test.en-GB.md" }
        #expect(missing.count == 1 && missing[0].hint?.contains("Create content/hubs/test.cy.md") == true, "\(missing.summary)")
        // `hubsite new hub test --lang cy` reads the original from the file it is in.
        let scaffolded = try Scaffold(today: TestProject.today).translation(kind: "hub", slug: "test", language: "cy", in: required.root)
        #expect(scaffolded.lastPathComponent == "test.cy.md")
        // `hubsite new opportunity` names the new page as the project's pages are named, for its first hub.
        let page = try Scaffold(today: TestProject.today).page(kind: "opportunity", slug: "open-day", in: required.root)
        #expect(page.path.hasSuffix("content/opportunities/open-day.en-GB.md"))
        #expect(try String(contentsOf: page, encoding: .utf8).contains("hubs: [test]"))
        #expect(throws: Scaffold.Failure.self) { try Scaffold(today: TestProject.today).page(kind: "hub", slug: "test", in: required.root) }
        // An original that cannot be read is named as it is on disk.
        required.write(Data("---\ntitle: [Test Hub\n---\n".utf8), to: "content/hubs/test.en-GB.md")
        try? FileManager.default.removeItem(at: required.root.appendingPathComponent("content/hubs/test.cy.md"))
        #expect {
            try Scaffold(today: TestProject.today).translation(kind: "hub", slug: "test", language: "cy", in: required.root)
        } throws: { "\($0)".contains("content/hubs/test.en-GB.md does not exist or cannot be read") }
        // Beside test.md, the two are one page twice: an error that says so.
        let twice = TestProject(files: ["hubsite.yml": Self.config, "content/hubs/test.en-GB.md": TestProject.validHub])
        defer { twice.remove() }
        let collision = twice.check().errors
        #expect(collision.count == 1 && collision[0].message.contains("both are its page in the site's main language"), "\(collision.summary)")
        #expect(collision.first?.location.line == 1)
    }

    @Test func aFactInATranslationIsAnErrorAtItsLine() {
        let welsh = Self.welshHub()
            .replacingOnce("title: Hyb Prawf\n", with: "title: Hyb Prawf\nregion: Cymru\n")
            .replacingOnce("  - role: Arweinydd yr Hyb\n", with: "  - role: Arweinydd yr Hyb\n    email: ada@prawf.example\n")
            .replacingOnce("action_plan:\n", with: "meetings:\n  - date: 2026-12-10\naction_plan:\n")
        let found = diagnostics(["content/hubs/test.cy.md": welsh]).errors
        #expect(found.map { "\($0.location.line):\($0.location.column) " + $0.message.components(separatedBy: " is a fact")[0] } == [
            "3:1 'region'", "9:5 'leads[0].email'", "11:5 'meetings[0].date'",
        ], "\(found.summary)")
        #expect(found.first?.message.hasSuffix("facts come from content/hubs/test.md, so that the two pages always agree.") == true)
    }

    @Test func moreItemsThanTheOriginalIsAnError() {
        let welsh = Self.welshHub().replacingOnce("  - role: Arweinydd yr Hyb\n", with: "  - role: Arweinydd yr Hyb\n  - role: Cyd-gadeirydd\n")
        let found = diagnostics(["content/hubs/test.cy.md": welsh]).errors
        #expect(found.map(\.location) == [SourceLocation(file: "content/hubs/test.cy.md", line: 8, column: 5)], "\(found.summary)")
        #expect(found.first?.message == "The translation has 2 items under 'leads', but content/hubs/test.md has 1: item 2 translates nothing.")
    }

    /// Changing the original's words leaves the translation behind (a warning at `translates`,
    /// whose hint gives the new value); changing a fact does not.
    @Test func aChangeToTheOriginalsWordsIsReported() {
        let changedWords = TestProject.validHub.replacingOnce("    - action: Invite local schools\n", with: "    - action: Invite local schools and colleges\n")
        let behind = diagnostics(["content/hubs/test.md": changedWords, "content/hubs/test.cy.md": Self.welshHub()])
        #expect(behind.map(\.severity) == [.warning] && behind.first?.location == SourceLocation(file: "content/hubs/test.cy.md", line: 3, column: 13),
                "\(behind.summary)")
        #expect(behind.first?.message.hasPrefix("content/hubs/test.md has changed since this translation was made") == true)
        let project = TestProject(files: ["content/hubs/test.md": changedWords])
        defer { project.remove() }
        let now = TranslatedWords.fingerprint(TranslatedWords.of(project.load().content.hubs[0]))
        #expect(behind.first?.hint == "Bring the translation up to date with content/hubs/test.md, then write 'translates: \(now)'.")
        #expect(diagnostics(["content/hubs/test.md": changedWords, "content/hubs/test.cy.md": Self.welshHub(translates: now)]).isEmpty)
        let changedFact = TestProject.validHub.replacingOnce("due: 2027-01-31", with: "due: 2027-02-28")
        #expect(diagnostics(["content/hubs/test.md": changedFact, "content/hubs/test.cy.md": Self.welshHub()]).isEmpty)
        // No fingerprint at all: a warning saying how to record one.
        let unrecorded = diagnostics(["content/hubs/test.cy.md": Self.welshHub().replacingOnce("translates: ", with: "# translates: ")])
        #expect(unrecorded.count == 1 && unrecorded[0].severity == .warning && unrecorded[0].message.hasPrefix("This translation does not say which version"))
    }

    @Test func anIncompleteTranslationIsReported() {
        let welsh = Self.welshHub().replacingOnce("title: Hyb Prawf\n", with: "").replacingOnce("  - role: Arweinydd yr Hyb\n", with: "  - {}\n")
        let found = diagnostics(["content/hubs/test.cy.md": welsh])
        let incomplete = found.filter { $0.message.hasPrefix("The translation is not complete") }
        #expect(incomplete.count == 1 && incomplete[0].severity == .warning, "\(found.summary)")
        #expect(incomplete.first?.message == "The translation is not complete; not translated yet: the title and a lead's role. The page shows the original's words there.")
    }

    /// `hubsite new hub test --lang cy` writes a skeleton with every field a translation holds
    /// and the original's words in comments; filled in, it checks clean.
    @Test func theScaffoldWritesASkeletonToFillIn() throws {
        let project = TestProject(files: ["hubsite.yml": Self.config])
        defer { project.remove() }
        let url = try Scaffold(today: TestProject.today).translation(kind: "hub", slug: "test", language: "cy", in: project.root)
        #expect(url.path.hasSuffix("content/hubs/test.cy.md"))
        let text = try String(contentsOf: url, encoding: .utf8)
        for line in ["# title: Test Hub", "title:", "translates:", "  # logo_alt: Test University logo", "  - logo_alt:",
                     "  # role: Hub Lead", "  - role:", "    # action: Invite local schools", "    - action:",
                     "#   The Test Hub brings together a university, a college, schools and the council to support"] {
            #expect(text.components(separatedBy: "\n").contains(line), "\(line)")
        }
        // As written, it loads (words left empty keep the original's) and asks to be completed.
        let found = project.check().with(rule: RuleID.translation)
        #expect(found.errors.isEmpty && found.count == 2, "\(found.summary)")
        #expect(throws: TranslationScaffold.Failure.notASiteLanguage("gd", ["en-GB", "cy"])) {
            try Scaffold(today: TestProject.today).translation(kind: "hub", slug: "test", language: "gd", in: project.root)
        }
        #expect(throws: Scaffold.Failure.exists(url.path)) {
            try Scaffold(today: TestProject.today).translation(kind: "hub", slug: "test", language: "cy", in: project.root)
        }
    }

    /// The Healthy Hub report says, per hub, whether each translation is complete and current.
    @Test func theReportSaysWhetherTranslationsAreCompleteAndCurrent() {
        func figure(_ files: [String: String?]) -> String? {
            let project = TestProject(files: ["hubsite.yml": Self.config].merging(files) { $1 })
            defer { project.remove() }
            let checked = project.pipeline.check()
            return HealthReport(content: checked.content, diagnostics: checked.diagnostics, today: TestProject.today)
                .hubs.first?.assessment("easily-accessible")?.figure
        }
        #expect(figure(["content/hubs/test.cy.md": Self.welshHub()]) == "webpage complete; cy: complete and current")
        #expect(figure(["content/hubs/test.cy.md": Self.welshHub(translates: "00000000")]) == "webpage complete; cy: out of date")
        #expect(figure(["content/hubs/test.cy.md": Self.welshHub().replacingOnce("title: Hyb Prawf\n", with: "")]) == "webpage complete; cy: incomplete")
        // A translation the hub does not need is not missing (the report said "no translation").
        #expect(figure([:]) == "webpage complete")
        #expect(figure(["hubsite.yml": "title: Test\ntranslations: required\nlanguages: [en-GB, cy]\n"]) == "1 problem (translation); cy: no translation")
    }

    @Test func languagesAreCheckedInTheSettings() {
        for (config, message) in [("languages: [en-GB, en-GB]\n", "A language is listed twice in 'languages'."),
                                  ("languages: [en-GB, Welsh!]\n", "'Welsh!' is not a language code."),
                                  ("language: cy\nlanguages: [en-GB, cy]\n", "'language' says cy but 'languages' starts with en-GB."),
                                  ("languages: [en-GB, cy]\ntranslations: always\n", "'translations' must be 'required' or 'optional'.")] {
            let (_, problems) = ConfigLoader.load(text: config)
            #expect(problems.map(\.message) == [message], "\(config)")
        }
        let (config, problems) = ConfigLoader.load(text: "languages: [en-GB, cy]\ntranslations: required\n")
        #expect(problems.isEmpty && config.languages == ["en-GB", "cy"] && config.language == "en-GB" && config.translationsRequired)
        #expect(SiteConfig().languages == ["en-GB"])
    }

    /// The fingerprint is FNV-1a, the same in every process (not Swift's seeded Hasher): the
    /// values below come from a Python implementation of it. Words do not run together.
    @Test func theFingerprintIsStable() {
        #expect(TranslatedWords.fingerprint(["Hub Cymru", "text"]) == "21e4aa38")
        #expect(TranslatedWords.fingerprint([]) == "4fd0bfc1")
        #expect(TranslatedWords.fingerprint(["a", "bc"]) != TranslatedWords.fingerprint(["ab", "c"]))
    }
}
