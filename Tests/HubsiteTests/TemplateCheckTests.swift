import Foundation
import Testing
import HubModel
@testable import HubRender

/// Every tag path of every template is checked against what that template really receives.
@Suite struct TemplateCheckTests {
    /// The built-in theme with one template's text replaced.
    func problems(in template: String, replacing old: String, with new: String) -> [Diagnostic] {
        var texts = BuiltInTheme.templates
        texts[template] = texts[template]!.replacingOnce(old, with: new)
        var origins: [String: String] = [:]
        for name in texts.keys { origins[name] = "templates/\(name).mustache" }
        return TemplateSet.build(texts: texts, origins: origins).diagnostics
    }

    @Test func theBuiltInThemeChecksClean() {
        let result = TemplateSet.build(texts: BuiltInTheme.templates, origins: [:])
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.summary)")
    }

    @Test func aTypoInsideASectionIsAnErrorWithTheNameMeant() throws {
        let found = problems(in: "hub", replacing: "<p class=\"person-name\">{{name}}</p>", with: "<p class=\"person-name\">{{nme}}</p>")
        let problem = try #require(found.first)
        #expect(found.count == 1)
        let line = try #require(BuiltInTheme.templates["hub"]?.components(separatedBy: "\n").firstIndex { $0.contains("<p class=\"person-name\">{{name}}") }) + 1
        #expect(problem.location == SourceLocation(file: "templates/hub.mustache", line: line, column: 32))
        #expect(problem.message.contains("'nme'") && problem.message.contains("{{#hub.leads}}"))
        #expect(problem.hint?.hasPrefix("Did you mean 'name'?") == true)
    }

    @Test func aNestedPathTheValueDoesNotHaveIsAnError() {
        let found = problems(in: "hub", replacing: ">{{hub.title}}</h1>", with: ">{{hub.title}}</h1>{{hub.intro}}{{{hub.cards}}}")
        #expect(found.map(\.location.column) == [86, 99])
        #expect(found.first?.message.contains("the hub has no 'intro'") == true)
        #expect(found.first?.hint?.hasPrefix("Did you mean 'hub.intro_html'?") == true)
        #expect(found.last?.message.contains("'hub.cards'") == true)
    }

    @Test func aNameFromAnotherTemplateIsAnError() {
        // `heading` exists on the index and calendar pages, not on a hub page.
        let found = problems(in: "hub", replacing: ">{{hub.title}}</h1>", with: ">{{heading}}</h1>")
        #expect(found.count == 1)
        #expect(found.first?.message.contains("'heading'") == true)
    }

    @Test func namesOfEnclosingSectionsStillResolve() {
        // Inside a lead, `root` and `hub.title` come from the page around the section.
        let found = problems(in: "hub", replacing: "<p class=\"person-role\">{{role}}</p>",
                             with: "<p class=\"person-role\">{{role}} <a href=\"{{root}}\">{{hub.title}}</a></p>")
        #expect(found.isEmpty, "\(found.summary)")
    }

    @Test func aPartialIsCheckedWhereItIsUsed() throws {
        let found = problems(in: "meeting", replacing: "{{date_human}}", with: "{{date}}")
        let problem = try #require(found.first)
        #expect(problem.location.file == "templates/meeting.mustache")
        #expect(problem.location.line == 2)
        // The line of hub.mustache that includes it, wherever the theme has it.
        let hub = try #require(BuiltInTheme.templates["hub"])
        let line = try #require(TextLines(hub).all.firstIndex { $0.contains("{{> meeting}}") }) + 1
        #expect(problem.hint?.contains("used from templates/hub.mustache, line \(line)") == true, "\(problem.hint ?? "")")
    }

    @Test func theLayoutIsCheckedWithEachPage() {
        let found = problems(in: "base", replacing: "<title>{{page.title}}", with: "<title>{{page.titel}}")
        #expect(found.count == 1)
        #expect(found.first?.hint?.hasPrefix("Did you mean 'page.title'?") == true)
    }

    @Test func printingAListIsAnError() {
        let found = problems(in: "index", replacing: "<h2>{{list_heading}}</h2>", with: "<h2>{{hubs}}</h2>")
        #expect(found.count == 1)
        #expect(found.first?.message.contains("not text") == true)
    }

    @Test func transformsAreCheckedToo() {
        #expect(problems(in: "hub", replacing: "{{^empty(hub.organisations)}}\n", with: "{{^empty(hub.organisation)}}\n").count == 1)
        #expect(problems(in: "index", replacing: "<h2>{{list_heading}}</h2>", with: "<h2>{{count(hubs)}} {{uppercased(heading)}}</h2>").isEmpty)
        #expect(problems(in: "index", replacing: "<h2>{{list_heading}}</h2>", with: "<h2>{{count(heading)}}</h2>").count == 1)
    }

    @Test func theEventCardTemplateIsCheckedAsACard() {
        let found = problems(in: "event-card", replacing: "{{where}}", with: "{{whre}}")
        #expect(found.count == 1)
        #expect(found.first?.hint?.hasPrefix("Did you mean 'where'?") == true)
    }

    /// docs/templates.md is a contract with users' templates: every variable it ever listed
    /// is still there, for the template it was listed under.
    @Test func everyVariableEverDocumentedIsStillProvided() throws {
        let contract = TestProject.fixture("template-variables-contract.txt")
        let roots = Dictionary(uniqueKeysWithValues: TemplateCatalogue.rendered.compactMap { entry in entry.receives.map { (entry.name, $0) } })
        for line in contract.split(separator: "\n") {
            let parts = line.split(separator: " ", maxSplits: 1).map(String.init)
            let template = parts[0] == "*" ? "not-found" : parts[0]
            let name = parts[1]
            // Partials receive what the page around them receives.
            let schema: TemplateSchema? = switch template {
            case "meeting": roots["hub"].flatMap { Self.items(at: "hub.meetings_upcoming", in: $0) }
            case "hub-card": roots["index"].flatMap { Self.items(at: "hubs", in: $0) }
            default: roots[template]
            }
            let root = try #require(schema, "no schema for \(template)")
            #expect(Self.resolves(name, in: root), "'\(name)' of \(template) is no longer provided")
        }
    }

    /// A dotted name from the root, or a plain name inside any section of the template.
    static func resolves(_ name: String, in schema: TemplateSchema) -> Bool {
        if path(name, in: schema) { return true }
        return schema.fields.contains { field in
            switch field.shape {
            case .list(let inner), .object(let inner): return resolves(name, in: inner)
            default: return false
            }
        }
    }

    static func path(_ name: String, in schema: TemplateSchema) -> Bool {
        var current = schema
        let parts = name.split(separator: ".").map(String.init)
        for (index, part) in parts.enumerated() {
            guard let field = current.field(part) else { return false }
            if index == parts.count - 1 { return true }
            guard case .object(let inner) = field.shape else { return false }
            current = inner
        }
        return false
    }

    static func items(at name: String, in schema: TemplateSchema) -> TemplateSchema? {
        var current = schema
        for part in name.split(separator: ".").map(String.init) {
            switch current.field(part)?.shape {
            case .object(let inner)?, .list(let inner)?: current = inner
            default: return nil
            }
        }
        return current
    }
}
