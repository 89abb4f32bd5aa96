import Foundation
import Testing
@testable import HubBuild
import HubModel
@testable import HubRender
@testable import HubRules

/// `resources` (issue #31, item 5): files to download kept under `content/`, each with a title,
/// language and description; the page gives each one's type and size ("PDF, 1.2 MB"); the rule
/// `resources` reports a missing file, one outside `content/`, one of a kind the page does not
/// offer and one over `max_mb` at the line and character column of its `file`.
@Suite struct ResourcesTests {
    /// The valid hub with `resources` written from line 3 on.
    static func hub(_ resources: String) -> String {
        TestProject.validHub.replacingOnce("title: Test Hub\n", with: "title: Test Hub\nresources:\n" + resources)
    }

    /// The files the resources name, of the sizes their pages give.
    static let files: [String: Data] = [
        "content/files/flyer.pdf": Data(count: 1_258_291),          // 1.2 MB
        "content/files/plan.docx": Data(count: 2_048),              // 2 KB
        "content/files/poster-cy.png": Data(count: 3_000),          // 3 KB
        "content/files/notes.zip": Data(count: 100),
        "content/.hidden/flyer.pdf": Data(count: 100),
    ]

    static let complete = """
          - file: files/flyer.pdf
            title: Hub flyer
            description: A one-page introduction to share with schools.
          - file: files/plan.docx
            title: Action plan 2026–27
          - file: files/poster-cy.png
            title: Poster
            language: cy

        """

    static func project(_ resources: String, config: String? = nil) -> TestProject {
        var files: [String: String?] = ["content/hubs/test.md": hub(resources)]
        if let config { files["hubsite.yml"] = config }
        return TestProject(files: files, data: Self.files)
    }

    static func findings(_ resources: String, config: String? = nil) -> [Diagnostic] {
        let project = project(resources, config: config)
        defer { project.remove() }
        return project.check().filter { $0.rule == RuleID.resources || $0.rule == RuleID.frontMatter }
    }

    @Test func eachFileIsListedWithItsTypeSizeAndLanguage() throws {
        #expect(Self.findings(Self.complete).isEmpty, "\(Self.findings(Self.complete).summary)")
        let project = Self.project(Self.complete)
        defer { project.remove() }
        let built = try project.pipeline.build()
        #expect(built.pages != nil, "\(built.checked.diagnostics.errors.summary)")
        let page = try String(contentsOf: project.root.appendingPathComponent("site/hubs/test/index.html"), encoding: .utf8)
        let section = try #require(page.range(of: "<section aria-labelledby=\"resources\"").map { String(page[$0.lowerBound...].prefix(1500)) })
        #expect(section.contains("<h2 id=\"resources\">Resources to download</h2>"))
        #expect(section.contains("<li><a href=\"../../files/flyer.pdf\" type=\"application/pdf\">Hub flyer <span class=\"resource-meta\">(PDF, 1.2 MB)</span></a><p>A one-page introduction to share with schools.</p></li>"), "\(section)")
        #expect(section.contains("<li><a href=\"../../files/plan.docx\" type=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document\">Action plan 2026–27 <span class=\"resource-meta\">(Word, 2 KB)</span></a></li>"), "\(section)")
        #expect(section.contains("<li><a href=\"../../files/poster-cy.png\" type=\"image/png\" hreflang=\"cy\">Poster <span class=\"resource-meta\">(PNG image, 3 KB, <span lang=\"cy\">Cymraeg</span>)</span></a></li>"), "\(section)")
        #expect(FileManager.default.contents(atPath: project.root.appendingPathComponent("site/files/flyer.pdf").path)?.count == 1_258_291, "the file is published")

        let plain = TestProject()
        defer { plain.remove() }
        _ = try plain.pipeline.build()
        #expect(!(try String(contentsOf: plain.root.appendingPathComponent("site/hubs/test/index.html"), encoding: .utf8)).contains("resources"))
    }

    /// Each finding at its line and column in characters (Welsh ŵ and an emoji before a value
    /// on the same line), with a hint.
    @Test(arguments: [
        ("  - title: Flyer\n", 4, 5, "has no 'file'"),
        ("  - file: files/dŵr.pdf\n    title: Flyer\n", 4, 11, "does not exist under content/"),
        ("  - { title: \"Dŵr 🌊\", file: files/gone.pdf }\n", 4, 29, "does not exist under content/"),
        ("  - file: ../secret.pdf\n    title: Flyer\n", 4, 11, "uses '..'"),
        ("  - file: /etc/passwd\n    title: Flyer\n", 4, 11, "is absolute"),
        ("  - file: files\n    title: Flyer\n", 4, 11, "is a folder"),
        ("  - file: files/notes.zip\n    title: Flyer\n", 4, 11, "is not a kind of file the page offers"),
        ("  - file: .hidden/flyer.pdf\n    title: Flyer\n", 4, 11, "hidden folder"),
        ("  - file: ./files/flyer.pdf\n    title: Flyer\n", 4, 11, "is not written as the site publishes it"),
        ("  - file: files/flyer.pdf\n", 4, 11, "has no title"),
        ("  - file: files/flyer.pdf\n    title: \"Taflen 🌊\"\n    language: Welsh\n", 6, 15, "is not a language code"),
        ("  - file: files/flyer.pdf\n    titel: Flyer\n", 5, 5, "Unknown field 'titel'"),
    ] as [(String, Int, Int, String)])
    func eachFindingIsReportedWhereItIs(resources: String, line: Int, column: Int, message: String) throws {
        let found = Self.findings(resources)
        let finding = try #require(found.first { $0.message.contains(message) }, "\(found.summary)")
        #expect(finding.location == SourceLocation(file: "content/hubs/test.md", line: line, column: column) && finding.severity == .error, "\(finding)")
        #expect(finding.hint?.isEmpty == false)
    }

    @Test func aLanguageNameGetsItsCodeInTheHint() throws {
        let found = Self.findings("  - file: files/flyer.pdf\n    title: Taflen\n    language: Cymraeg\n")
        #expect(found.first?.hint?.contains("'language: cy'") == true, "\(found.summary)")
    }

    /// The limit is `max_mb` (10 MB unless hubsite.yml says otherwise); the finding says the
    /// file's size and the setting that would let it through.
    @Test func aFileOverTheLimitIsAnError() throws {
        let resource = "  - file: files/flyer.pdf\n    title: Flyer\n"
        #expect(Self.findings(resource).isEmpty)
        let found = Self.findings(resource, config: "title: Test\nrules:\n  resources: { max_mb: 1 }\n")
        let finding = try #require(found.first)
        #expect(finding.message == "\"files/flyer.pdf\" is 1.2 MB, over the site's limit of 1 MB for a file to download." && finding.severity == .error, "\(found.summary)")
        #expect(finding.location == SourceLocation(file: "content/hubs/test.md", line: 4, column: 11))
        #expect(finding.hint?.contains("max_mb: 2") == true, "\(finding.hint ?? "")")
    }

    @Test func sizesAreGivenAsAPageSaysThem() {
        #expect(DocumentType.sizeText(bytes: 0) == "1 KB")
        #expect(DocumentType.sizeText(bytes: 1_536) == "2 KB")
        #expect(DocumentType.sizeText(bytes: 999 * 1024) == "999 KB")
        #expect(DocumentType.sizeText(bytes: 1000 * 1024) == "1 MB")
        #expect(DocumentType.sizeText(bytes: 1_258_291) == "1.2 MB")
        #expect(DocumentType.sizeText(bytes: 25 * 1024 * 1024) == "25 MB")
        #expect(DocumentType.of(path: "files/Flyer.PDF")?.mimeType == "application/pdf")
        #expect(DocumentType.of(path: "files.pdf/flyer") == nil && DocumentType.of(path: "files/flyer") == nil)
    }

    /// In Welsh: each resource's title and description from the translation, the type's name in
    /// Welsh, and an English file named as English; the file is a fact (reported at its line),
    /// and a resource without a Welsh title is named as not translated yet.
    @Test func aTranslationHoldsTheWordsOnly() throws {
        let translation = """
            ---
            title: Hyb Prawf
            resources:
              - title: Taflen yr hyb
                description: Cyflwyniad un dudalen i'w rannu ag ysgolion.
            ---
            Testun.

            """
        let project = TestProject.welsh(hub: Self.hub(Self.complete), translation: translation, data: Self.files)
        defer { project.remove() }
        let built = try project.pipeline.build()
        #expect(built.pages != nil, "\(built.checked.diagnostics.errors.summary)")
        let welsh = try project.built("cy/hubs/test/index.html")
        #expect(welsh.contains("<h2 id=\"resources\">Adnoddau i&#39;w lawrlwytho</h2>") || welsh.contains("<h2 id=\"resources\">Adnoddau i'w lawrlwytho</h2>"), "\(welsh)")
        #expect(welsh.contains("<li><a href=\"../../../files/flyer.pdf\" type=\"application/pdf\" hreflang=\"en-GB\">Taflen yr hyb <span class=\"resource-meta\">(PDF, 1.2 MB, <span lang=\"en-GB\">English</span>)</span></a><p>Cyflwyniad un dudalen i&#39;w rannu ag ysgolion.</p></li>"), "\(welsh)")
        #expect(welsh.contains(">Poster <span class=\"resource-meta\">(Delwedd PNG, 3 KB)</span></a>"), "a Welsh file on a Welsh page names no language")
        let incomplete = built.checked.diagnostics.incompleteTranslation()
        #expect(incomplete?.message.contains("resources' titles") == true, "\(incomplete?.message ?? "none")")

        project.write(Data(translation.replacingOccurrences(of: "  - title: Taflen", with: "  - file: files/taflen.pdf\n    title: Taflen").utf8),
                      to: "content/hubs/test.cy.md")
        let fact = try #require(project.check().first { $0.message.contains("'resources[0].file' is a fact") })
        #expect(fact.location == SourceLocation(file: "content/hubs/test.cy.md", line: 4, column: 5) && fact.rule == RuleID.translation, "\(fact)")
    }

    /// The fingerprint covers the resources' words where the page has resources, not their facts.
    @Test func theFingerprintCoversTheWordsOnly() throws {
        let plain = try #require(GetInvolvedTests.parse(TestProject.validHub).hub)
        let listed = try #require(GetInvolvedTests.parse(Self.hub(Self.complete)).hub)
        var without = listed
        without.resources = []
        #expect(TranslatedWords.of(without) == TranslatedWords.of(plain))
        var moved = listed
        moved.resources[0].file = "files/flyer-2027.pdf"
        moved.resources[0].language = "cy"
        #expect(TranslatedWords.of(moved) == TranslatedWords.of(listed), "a file and its language are facts")
        var retitled = listed
        retitled.resources[0].title = "Hub leaflet"
        #expect(TranslatedWords.of(retitled) != TranslatedWords.of(listed))
    }
}
