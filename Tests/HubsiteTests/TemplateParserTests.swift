import Foundation
import Testing
import HubModel
@testable import HubRender

/// hubsite's own reader of the template syntax: positions in characters, and hostile
/// templates (issue 30) as located errors that `check` reports and `build` stops at, never a
/// crash or a hang.
@Suite(.timeLimit(.minutes(2))) struct TemplateParserTests {
    /// Curly quotes, an en dash, Welsh ŵ and ŷ and an emoji: 13 characters, 24 bytes.
    static let multiByte = "<li>“Ŵŷ” – 🎉 "

    func diagnostics(_ changes: [String: String]) -> [Diagnostic] {
        var texts = BuiltInTheme.templates
        for (name, text) in changes { texts[name] = text }
        var origins: [String: String] = [:]
        for name in texts.keys { origins[name] = "templates/\(name).mustache" }
        return TemplateSet.build(texts: texts, origins: origins).diagnostics
    }

    @Test func tagsArePlacedByLineAndCharacterColumn() throws {
        #expect(Self.multiByte.count == 13 && Self.multiByte.utf8.count == 24)
        let nodes = try TemplateParser.parse("first line\n\(Self.multiByte){{title}}\r\n\tŵ{{#x}}{{/x}}")
        let places = nodes.compactMap(\.position)
        #expect(places == [TemplatePosition(line: 2, column: 14), TemplatePosition(line: 3, column: 3)])
    }

    @Test func aSyntaxErrorAfterMultiByteTextIsAtItsCharacterColumn() throws {
        let found = diagnostics(["footer": "<footer>\n\(Self.multiByte){{site.title}</footer>\n"])
        let problem = try #require(found.first)
        #expect(found.count == 1)
        #expect(problem.rule == "template")
        #expect(problem.location == SourceLocation(file: "templates/footer.mustache", line: 2, column: 14))
        #expect(problem.message.contains("syntax error"))
    }

    @Test func anUnknownVariableAfterMultiByteTextIsAtItsCharacterColumn() throws {
        let found = diagnostics(["hub-card": "\(Self.multiByte)<a href=\"{{url}}\">“{{titel}}”</a></li>\n"])
        let problem = try #require(found.first)
        #expect(found.count == 1)
        // 13 characters, `<a href="`, 7 of `{{url}}`, `">“`: the tag starts at character 33.
        #expect(problem.location == SourceLocation(file: "templates/hub-card.mustache", line: 1, column: 33))
        #expect(problem.message.contains("'titel'"))
    }

    @Test func theWordsAreCheckedAtTheirCharacterColumn() throws {
        let found = diagnostics(["footer": "<footer>ŵŷ – {{words.no_such_words}}</footer>\n"])
        let problem = try #require(found.first { $0.message.contains("no_such_words") })
        #expect(problem.location == SourceLocation(file: "templates/footer.mustache", line: 1, column: 14))
    }

    @Test func aMissingPartialAfterAnEmojiIsAtItsCharacterColumn() throws {
        let found = diagnostics(["footer": "<footer>\n  🎉 {{> sociall-links}}\n</footer>\n"])
        #expect(found.map(\.location) == [SourceLocation(file: "templates/footer.mustache", line: 2, column: 5)])
    }

    @Test func aPartialThatIncludesItselfIsAnError() throws {
        let footer = BuiltInTheme.templates["footer"]! + "{{> footer}}\n"
        let found = diagnostics(["footer": footer])
        let problem = try #require(found.first)
        let lines = footer.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(problem.location == SourceLocation(file: "templates/footer.mustache", line: lines.count - 1, column: 1))
        #expect(problem.message.contains("inside itself"))
    }

    @Test func partialsThatIncludeEachOtherAreAnError() throws {
        let found = diagnostics(["footer": "<footer>{{> colophon}}</footer>\n", "colophon": "<p>\n  {{> footer}}\n</p>\n"])
        let problem = try #require(found.first)
        #expect(problem.location == SourceLocation(file: "templates/colophon.mustache", line: 2, column: 3))
        #expect(problem.message.contains("footer → colophon → footer"))
    }

    @Test func aBlockNestedInItselfIsAnError() throws {
        let hub = BuiltInTheme.templates["hub"]!.replacingOnce("{{$main}}\n", with: "{{$main}}\n<div>{{$main}}x{{/main}}</div>\n")
        let found = diagnostics(["hub": hub])
        let problem = try #require(found.first)
        // The line after `{{$main}}`, wherever the template has it.
        let line = try #require(hub.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0 == "{{$main}}" }) + 2
        #expect(problem.location == SourceLocation(file: "templates/hub.mustache", line: line, column: 6))
        #expect(problem.message.contains("'main'") && problem.message.contains("its own replacement"))
    }

    @Test func aBlockAppendedToAPartialInsideThatBlockIsAnError() throws {
        let card = BuiltInTheme.templates["hub-card"]!
        let found = diagnostics(["hub-card": card + "{{$main}}x{{/main}}"])
        let problem = try #require(found.first)
        let lines = card.split(separator: "\n", omittingEmptySubsequences: false).count
        #expect(problem.location == SourceLocation(file: "templates/hub-card.mustache", line: lines, column: 1))
        #expect(problem.message.contains("its own replacement"))
    }

    @Test func thousandsOfNestedSectionsAreAnErrorNotAStackOverflow() throws {
        let deep = String(repeating: "{{#hubs}}", count: 3000) + "x" + String(repeating: "{{/hubs}}", count: 3000)
        let found = diagnostics(["index": deep])
        let problem = try #require(found.first)
        #expect(found.count == 1)
        #expect(problem.location == SourceLocation(file: "templates/index.mustache", line: 1, column: 9 * TemplateParser.maximumDepth + 1))
        #expect(problem.message.contains("nested more than \(TemplateParser.maximumDepth) deep"))
        // Nesting up to the bound parses.
        let fine = String(repeating: "{{#a}}", count: TemplateParser.maximumDepth) + String(repeating: "{{/a}}", count: TemplateParser.maximumDepth)
        #expect(throws: Never.self) { try TemplateParser.parse(fine) }
    }

    @Test func aTemplateLargerThanTheBoundIsAnError() throws {
        let large = String(repeating: "<p>{{site.title}}</p>\n", count: TemplateParser.maximumSize / 20)
        let found = diagnostics(["footer": large])
        let problem = try #require(found.first)
        #expect(problem.location == SourceLocation(file: "templates/footer.mustache", line: 1, column: 1))
        #expect(problem.message.contains("at most \(TemplateParser.maximumSize) bytes"))
    }

    @Test func hostileTemplatesStopTheBuildWithTheCheckError() throws {
        let footer = BuiltInTheme.templates["footer"]! + "{{> footer}}\n"
        let project = TestProject(files: ["templates/footer.mustache": footer])
        defer { project.remove() }
        let problems = project.check().with(rule: "template")
        #expect(problems.count == 1)
        #expect(problems.first?.location.file == "templates/footer.mustache")
        let built = try project.pipeline.build()
        #expect(built.pages == nil)
        #expect(built.checked.diagnostics.with(rule: "template").map(\.location) == problems.map(\.location))
    }

    @Test func aDynamicPartialIsAnErrorAtItsTag() throws {
        let found = diagnostics(["footer": "<footer>ŵ {{>*site.title}}</footer>\n"])
        #expect(found.map(\.location) == [SourceLocation(file: "templates/footer.mustache", line: 1, column: 11)])
    }

    @Test func syntaxErrorsSayWhatIsWrong() throws {
        func error(_ text: String) -> TemplateSyntaxError? {
            do { _ = try TemplateParser.parse(text); return nil } catch { return error }
        }
        #expect(error("a\n  {{#x}}\nb") == TemplateSyntaxError(kind: .neverClosed("x"), at: TemplatePosition(line: 2, column: 3)))
        #expect(error("{{#x}}{{/y}}") == TemplateSyntaxError(kind: .closedWithOtherName(closing: "y", open: "x"), at: TemplatePosition(line: 1, column: 7)))
        #expect(error("{{/y}}")?.kind == .closedWithOtherName(closing: "y", open: nil))
        #expect(error("ok {{name") == TemplateSyntaxError(kind: .unfinishedTag, at: TemplatePosition(line: 1, column: 4)))
        #expect(error("{{$b(x)}}{{/b}}")?.kind == .transformOnBlock)
        #expect(error("{{<base}}{{title}}{{/base}}")?.kind == .notAnOverride)
        #expect(error("{{% CONTENT_TYPE: XML }}")?.kind == .unknownContentType("XML"))
        #expect(error("{{=<%>=}}")?.kind == .invalidSetDelimiter)
        #expect(error("{{! never closed") == TemplateSyntaxError(kind: .unfinishedTag, at: TemplatePosition(line: 1, column: 1)))
    }
}
