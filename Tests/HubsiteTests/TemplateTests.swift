import Foundation
import Testing
import HubModel
@testable import HubRender

@Suite struct TemplateTests {
    @Test func overridingOneTemplateChangesOnlyThatPart() throws {
        let plain = TestProject()
        defer { plain.remove() }
        _ = try plain.pipeline.build()
        let custom = TestProject(files: ["templates/footer.mustache": "<footer class=\"custom\">Our own footer</footer>\n"])
        defer { custom.remove() }
        _ = try custom.pipeline.build()
        let before = try String(contentsOf: plain.root.appendingPathComponent("site/hubs/test/index.html"), encoding: .utf8)
        let after = try String(contentsOf: custom.root.appendingPathComponent("site/hubs/test/index.html"), encoding: .utf8)
        #expect(after.contains("<footer class=\"custom\">Our own footer</footer>"))
        let head = { (html: String) in html.components(separatedBy: "<footer")[0] }
        #expect(head(before) == head(after))
    }

    @Test func syntaxErrorNamesFileAndLine() throws {
        let project = TestProject(files: ["templates/hub.mustache": "{{<base}}\n{{$main}}\n<h1>{{hub.title}</h1>\n{{/main}}\n{{/base}}\n"])
        defer { project.remove() }
        let problems = project.check().with(rule: "template")
        #expect(problems.count == 1)
        #expect(problems.first?.location.file == "templates/hub.mustache")
        #expect(problems.first?.location.line == 3)
        let built = try project.pipeline.build()
        #expect(built.pages == nil)
    }

    @Test func missingPartialIsAnError() {
        let project = TestProject(files: ["templates/footer.mustache": "<footer>\n  {{> sociall-links}}\n</footer>\n"])
        defer { project.remove() }
        let problem = project.check().with(rule: "template").first
        #expect(problem?.location == SourceLocation(file: "templates/footer.mustache", line: 2, column: 3))
        #expect(problem?.message.contains("'sociall-links'") == true)
    }

    @Test func contentIsEscapedInPages() throws {
        let evil = "\"><script>alert(1)</script>"
        let hub = TestProject.validHub
            .replacingOnce("title: Test Hub", with: "title: '\(evil)'")
            .replacingOnce("  - name: Ada Lead\n", with: "  - name: '\(evil)'\n")
            .replacingOnce("region: Testshire", with: "region: '</script><b>x'")
        let project = TestProject(files: ["content/hubs/test.md": hub])
        defer { project.remove() }
        let built = try project.pipeline.build()
        #expect(built.pages != nil, "\(built.checked.diagnostics.summary)")
        let html = try String(contentsOf: project.root.appendingPathComponent("site/hubs/test/index.html"), encoding: .utf8)
        #expect(!html.contains("<script>alert(1)"))
        #expect(html.contains("&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(!html.contains("<b>x"))
    }

    /// `"` followed by a combining mark is one Character; escaping Character by Character (as
    /// swift-mustache's own escaper does) would let it close an attribute.
    @Test func quoteBeforeACombiningMarkIsStillEscaped() throws {
        let hub = TestProject.validHub.replacingOnce("title: Test Hub", with: "title: 'Hub\"\u{301} onmouseover=alert(1) x=\"\u{301}'")
        let project = TestProject(files: ["content/hubs/test.md": hub])
        defer { project.remove() }
        let built = try project.pipeline.build()
        #expect(built.pages != nil, "\(built.checked.diagnostics.summary)")
        let bytes = Array(try Data(contentsOf: project.root.appendingPathComponent("site/hubs/test/index.html")))
        let rawQuoteAndMark: [UInt8] = [0x22, 0xCC, 0x81]
        // Inside the JSON-LD script the quote is JSON's `\"` (script text ends only at `</script`).
        let inJSON: (Int) -> Bool = { $0 > 0 && bytes[$0 - 1] == UInt8(ascii: "\\") }
        #expect(!bytes.indices.contains { bytes[$0...].starts(with: rawQuoteAndMark) && !inJSON($0) })
        #expect(String(decoding: bytes, as: UTF8.self).contains("content=\"Hub&quot;\u{301} onmouseover=alert(1)"))
    }

    @Test func escapingMatchesTheFiveReplacements() {
        #expect(Escaping.html("a<b>&\"c'd") == "a&lt;b&gt;&amp;&quot;c&#39;d")
        #expect(Escaping.html("Café – ok") == "Café – ok")
        #expect(Escaping.html("") == "")
    }
}

@Suite struct TemplateDocumentationTests {
    @Test func unknownVariableIsAnError() {
        let project = TestProject(files: ["templates/hub-card.mustache": "<li>\n  <a href=\"{{url}}\">{{titel}}</a>\n</li>\n"])
        defer { project.remove() }
        let problem = project.check().with(rule: "template").first
        #expect(problem?.location == SourceLocation(file: "templates/hub-card.mustache", line: 2, column: 21))
        #expect(problem?.message.contains("'titel'") == true)
        #expect(problem?.hint?.contains("Did you mean 'title'?") == true)
    }

    @Test func docsTemplatesIsGenerated() throws {
        let docs = try String(contentsOf: CatalogueTests.repository.appendingPathComponent("docs/templates.md"), encoding: .utf8)
        #expect(docs == TemplateCatalogue.markdown(), "docs/templates.md is out of date: run 'make docs'")
        for name in BuiltInTheme.templates.keys {
            #expect(docs.contains("`\(name)`"), "\(name) is not documented")
        }
    }

    @Test func exportWritesTheThemeAndNeverOverwrites() throws {
        let project = TestProject()
        defer { project.remove() }
        let folder = project.root.appendingPathComponent("templates")
        let written = try ThemeExport.export(to: folder, force: false)
        #expect(written.count == BuiltInTheme.templates.count + 2)
        #expect(written.contains("words/en-GB.ftl") && written.contains("words/cy.ftl"))
        try Data("mine".utf8).write(to: folder.appendingPathComponent("footer.mustache"))
        #expect(throws: ThemeExport.Failure.self) { try ThemeExport.export(to: folder, force: false) }
        #expect(try String(contentsOf: folder.appendingPathComponent("footer.mustache"), encoding: .utf8) == "mine")
        // An exported, unchanged theme builds the same site as the built-in one.
        _ = try ThemeExport.export(to: folder, force: true)
        let exported = try project.pipeline.build()
        #expect(exported.pages != nil, "\(exported.checked.diagnostics.summary)")
    }
}

import HubBuild
