import Foundation
import Testing
@testable import HubBuild
@testable import HubContent
import HubModel

/// The JSON Schemas of front matter (docs/schema/) are made from the loader's field tables and
/// checked with an independent validator (PyPI jsonschema, YAML read as YAML 1.2 editors do).
@Suite struct SchemaTests {
    static let repository = CatalogueTests.repository

    /// The validator's verdict on each file.
    static func validate(_ files: [String], schemas: URL = repository.appendingPathComponent("docs/schema")) throws -> [[String: Any]] {
        try #require(try CalendarTests.parse("front_matter_schema.py", [schemas.path] + files) as? [[String: Any]])
    }

    @Test func docsHoldTheSchemasTheTablesMake() throws {
        for document in FrontMatterSchema.Document.allCases {
            let published = try String(contentsOf: Self.repository.appendingPathComponent("docs/schema/\(document.rawValue).json"), encoding: .utf8)
            #expect(published == FrontMatterSchema.json(for: document), "docs/schema/\(document.rawValue).json is out of date: run 'make docs'")
        }
    }

    @Test func theSchemasNameEveryFieldTheLoaderReads() throws {
        let hub = try #require(try JSONSerialization.jsonObject(with: Data(FrontMatterSchema.json(for: .hub).utf8)) as? [String: Any])
        let properties = try #require(hub["properties"] as? [String: Any])
        #expect(Set(properties.keys) == Set(HubLoader.keys))
        let meetings = try #require(properties["meetings"] as? [String: Any])
        let meeting = try #require((meetings["items"] as? [String: Any])?["properties"] as? [String: Any])
        #expect(Set(meeting.keys) == Set(HubLoader.meetingKeys))
        let opportunity = try #require(try JSONSerialization.jsonObject(with: Data(FrontMatterSchema.json(for: .opportunity).utf8)) as? [String: Any])
        #expect(Set((opportunity["properties"] as? [String: Any] ?? [:]).keys) == Set(OpportunityLoader.keys))
    }

    /// A translation's schema has its words only: a fact written there is refused, as the
    /// loader refuses it.
    @Test func aTranslationsSchemaHoldsItsWordsOnly() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("hubsite-schema-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("content/opportunities"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let good = folder.appendingPathComponent("content/opportunities/talk.cy.md"), fact = folder.appendingPathComponent("content/opportunities/walk.cy.md")
        try Data("---\ntitle: Sgwrs\nimage_alt: Llun\ntranslates: 0123abcd\n---\nTestun.\n".utf8).write(to: good)
        try Data("---\ntitle: Taith\nstart: 2027-03-01\n---\nTestun.\n".utf8).write(to: fact)
        let results = try Self.validate([good.path, fact.path])
        #expect(results.first?["valid"] as? Bool == true, "\(results.first?["errors"] ?? "")")
        #expect(results.last?["valid"] as? Bool == false)
        let hub = try #require(try JSONSerialization.jsonObject(with: Data(FrontMatterSchema.json(for: .hubTranslation).utf8)) as? [String: Any])
        let properties = try #require(hub["properties"] as? [String: Any])
        #expect(Set(properties.keys) == FrontMatterFields.translationWords["hub"])
        let leads = try #require(((properties["leads"] as? [String: Any])?["items"] as? [String: Any])?["properties"] as? [String: Any])
        #expect(Set(leads.keys) == ["role", "job_title"])
    }

    @Test func everyBundledAndFixtureFileIsValid() throws {
        let fixtures = Bundle.module.url(forResource: "Fixtures", withExtension: nil)!
        var files: [String] = []
        for folder in [Self.repository.appendingPathComponent("content"), fixtures.appendingPathComponent("test-site/content"),
                       fixtures.appendingPathComponent("mistakes/base/content")] {
            for kind in ["hubs", "opportunities", "activities"] {
                let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent(kind).path)) ?? []
                // Translations (`cymru.cy.md`) against their own schemas (words only).
                files += names.filter { $0.hasSuffix(".md") && $0 != "README.md" }.sorted().map { folder.appendingPathComponent("\(kind)/\($0)").path }
            }
        }
        files += ["hub=" + fixtures.appendingPathComponent("valid-hub.md").path,
                  "opportunity=" + fixtures.appendingPathComponent("valid-opportunity.md").path]
        #expect(files.count > 20)
        for result in try Self.validate(files) {
            #expect(result["valid"] as? Bool == true, "\(result["file"] ?? ""): \(result["errors"] ?? "")")
        }
    }

    /// On every case of the corpus the schema rejects the front matter exactly when the loader
    /// reports a front-matter error, except where YAML reads a value other than the one meant
    /// but still a valid one, which only the loader, reading the line as written, can see.
    @Test func theSchemasAgreeWithTheLoaderOnTheCorpus() throws {
        let seenOnlyByTheLoader: Set<String> = [
            "09-hash-in-value",     // YAML reads "Training session": text, as the schema asks
            "12-curly-quotes",      // YAML reads “Example Hub” with its curly quotes: text
            "60-hash-in-value-after-curly-quotes", // YAML reads "Cyfarfod “ŷ” 👩‍💻": text
            "61-zero-width-space-after-welsh-flag", // the category ends in U+200B: still text
        ]
        var files: [String] = []
        var loaderRejects: [String: Bool] = [:]
        var roots: [URL] = []
        defer { for root in roots { try? FileManager.default.removeItem(at: root) } }
        for mistake in MistakeCorpusTests.cases {
            let root = try MistakeCorpusTests.site(for: mistake)
            roots.append(root)
            let file = mistake.file ?? mistake.copy!.to
            let path = root.appendingPathComponent(file).path
            files.append(path)
            loaderRejects[path] = MistakeCorpusTests.check(root).contains {
                $0.rule == RuleID.frontMatter && $0.severity == .error && $0.location.file == file
            }
        }
        let results = try Self.validate(files)
        #expect(results.count == MistakeCorpusTests.cases.count)
        for (mistake, result) in zip(MistakeCorpusTests.cases, results) {
            let path = try #require(result["file"] as? String)
            let schemaRejects = !(result["parsed"] as? Bool == true && result["valid"] as? Bool == true)
            if seenOnlyByTheLoader.contains(mistake.name) {
                #expect(loaderRejects[path] == true && !schemaRejects, "\(mistake.name)")
            } else {
                #expect(loaderRejects[path] == schemaRejects, "\(mistake.name): loader \(loaderRejects[path] == true ? "rejects" : "accepts"), schema \(schemaRejects ? "rejects" : "accepts") \(result["errors"] ?? "")")
            }
        }
    }

    @Test func aNewProjectNamesItsSchemasAndValidates() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("hubsite-schema-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let files = try Scaffold(today: LocalDate(iso: "2026-11-30")!).site(at: folder)
        #expect(files.contains("schema/hub.json") && files.contains("schema/opportunity.json"))
        let hub = try String(contentsOf: folder.appendingPathComponent("content/hubs/example.md"), encoding: .utf8)
        #expect(hub.hasPrefix("---\n# yaml-language-server: $schema=../../schema/hub.json\n"))
        // The schema the line names, from the file's folder, is the one written.
        let named = folder.appendingPathComponent("content/hubs/../../schema/hub.json").standardizedFileURL
        #expect(try String(contentsOf: named, encoding: .utf8) == FrontMatterSchema.json(for: .hub))
        let results = try Self.validate([folder.appendingPathComponent("content/hubs/example.md").path,
                                         folder.appendingPathComponent("content/opportunities/example-training.md").path],
                                        schemas: folder.appendingPathComponent("schema"))
        for result in results { #expect(result["valid"] as? Bool == true, "\(result["errors"] ?? "")") }
        // And a page added later to a project without schemas brings its schema along.
        try FileManager.default.removeItem(at: folder.appendingPathComponent("schema"))
        _ = try Scaffold(today: LocalDate(iso: "2026-11-30")!).page(kind: "opportunity", slug: "later", in: folder)
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("schema/opportunity.json").path))
    }
}
