import Foundation
import Testing
import HubModel
@testable import HubRender
@testable import HubRules

/// The catalogue in seeds/, the validator, the docs and the source documents must agree.
@Suite struct CatalogueTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let sharedSeeds = repository.deletingLastPathComponent().appendingPathComponent("shared/seeds")

    @Test func everyCatalogueRuleIsImplementedAndViceVersa() {
        let catalogue = Set(RuleCatalogue.builtIn.rules.map(\.id))
        #expect(catalogue == Set(Validator.implementedRuleIDs))
        #expect(catalogue == Set(RuleID.all), "RuleID.all in HubModel lists the catalogue's rules")
        #expect(RuleID.webpage.isSubset(of: catalogue))
    }

    /// Template problems are errors of the rule `template`, which the settings cannot lower:
    /// a page a broken template renders would not be published.
    @Test func theTemplateRuleIsInTheCatalogueAndCannotBeTurnedOff() {
        let broken = TestProject(files: ["templates/footer.mustache": "<footer>{{#site.title}}</footer>\n"])
        defer { broken.remove() }
        #expect(broken.check().contains { $0.rule == RuleID.template && $0.severity == .error && $0.location.file == "templates/footer.mustache" })
        let lowered = TestProject(files: ["hubsite.yml": "rules:\n  template: { severity: warning }\nsite_id: test.hubsite\n"])
        defer { lowered.remove() }
        let problems = lowered.check().filter { $0.location.file == "hubsite.yml" }
        #expect(problems.map(\.message) == ["The rule 'template' cannot be set to warning: a page a broken template renders would not be published."])
        #expect(problems.first?.location.line == 2)
    }

    @Test func compiledCatalogueIsTheFileInSeeds() throws {
        let onDisk = try String(contentsOf: Self.repository.appendingPathComponent("seeds/rules.yml"), encoding: .utf8)
        #expect(try RuleCatalogue.parse(onDisk).rules == RuleCatalogue.builtIn.rules)
    }

    static func normalise(_ text: String) -> String {
        text.replacingOccurrences(of: "\u{2019}", with: "'")
            .split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    /// Every quote appears word for word in the source document it names.
    @Test(.enabled(if: FileManager.default.fileExists(atPath: sharedSeeds.path)))
    func everyQuoteIsInItsSourceDocument() throws {
        let catalogue = RuleCatalogue.builtIn
        for rule in catalogue.rules {
            for source in rule.sources {
                #expect(catalogue.documents.contains { $0.file == source.document }, "\(rule.id): unknown document \(source.document)")
                let text = try String(contentsOf: Self.sharedSeeds.appendingPathComponent(source.document), encoding: .utf8)
                #expect(Self.normalise(text).contains(Self.normalise(source.quote)), "\(rule.id): quote not found in \(source.document)")
            }
        }
    }

    @Test func docsRulesIsGeneratedFromTheCatalogue() throws {
        let docs = try String(contentsOf: Self.repository.appendingPathComponent("docs/rules.md"), encoding: .utf8)
        #expect(docs == RulesDocument.markdown(), "docs/rules.md is out of date: run 'make docs'")
        for rule in RuleCatalogue.builtIn.rules {
            #expect(docs.contains("## `\(rule.id)`"))
        }
    }

    @Test func builtInThemeListsEveryThemeFile() throws {
        let folder = Self.repository.appendingPathComponent("Sources/HubRender/Theme")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".mustache") }
        #expect(Set(files.map { String($0.dropLast(".mustache".count)) }) == Set(BuiltInTheme.templates.keys))
        for name in BuiltInTheme.templates.keys {
            let onDisk = try String(contentsOf: folder.appendingPathComponent(name + ".mustache"), encoding: .utf8)
            #expect(BuiltInTheme.templates[name] == onDisk)
        }
    }
}
