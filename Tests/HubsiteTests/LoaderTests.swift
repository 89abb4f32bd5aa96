import Foundation
import Testing
@testable import HubContent
import HubModel

@Suite struct LoaderTests {
    @Test func keepsPositionsOfKeysAndValues() throws {
        let project = TestProject()
        defer { project.remove() }
        let hub = try #require(project.load().content.hubs.first)
        #expect(hub.fields.keyLocation(of: "title") == SourceLocation(file: "content/hubs/test.md", line: 2, column: 1))
        #expect(hub.fields.location(of: "title") == SourceLocation(file: "content/hubs/test.md", line: 2, column: 8))
        #expect(hub.fields.location(of: "leads[0].email") == SourceLocation(file: "content/hubs/test.md", line: 13, column: 12))
        #expect(hub.fields.location(of: "contact.email") == SourceLocation(file: "content/hubs/test.md", line: 16, column: 10))
        #expect(hub.fields.location(of: "action_plan.actions[0].due") == SourceLocation(file: "content/hubs/test.md", line: 42, column: 12))
        // A missing key falls back to its parent.
        #expect(hub.fields.location(of: "contact.url") == hub.fields.location(of: "contact"))
        #expect(hub.body.firstLine == 45)
        #expect(hub.leads == [Lead(name: "Ada Lead", role: "Hub Lead", email: "ada@test-university.example", phone: "01632 960 111")])
        #expect(hub.meetings.count == 3)
        #expect(hub.meetings[0].start == LocalTime(text: "10:00"))
        #expect(hub.actionPlan?.actions.first?.status == .inProgress)
    }

    /// The table of positions answers as the two tables of `SourceLocation`s did: the value's
    /// place, else the key's, else the nearest parent's, else where a missing key belongs; and
    /// a place it cannot hold compactly (another file, line 0) is kept whole, not lost.
    @Test func fieldLocationsFallBackFromValueToKeyToParent() {
        let file = "content/hubs/a.md"
        var fields = FieldLocations(document: SourceLocation(file: file, line: 1, column: 1),
                                    missing: SourceLocation(file: file, line: 9, column: 1))
        fields.record(key: "contact", at: SourceLocation(file: file, line: 3, column: 1))
        fields.record(key: "contact.email", at: SourceLocation(file: file, line: 4, column: 3))
        fields.record(value: "contact.email", at: SourceLocation(file: file, line: 4, column: 10))
        fields.record(key: "leads", at: SourceLocation(file: file, line: 5, column: 1))
        fields.record(value: "leads[0]", at: SourceLocation(file: "content/hubs/other.md", line: 6, column: 5))
        fields.record(key: "cost", at: SourceLocation(file: file, line: 0, column: 2))
        fields.record(value: "cost", at: SourceLocation(file: file, line: 7, column: 7))

        #expect(fields.location(of: "contact.email") == SourceLocation(file: file, line: 4, column: 10))
        #expect(fields.keyLocation(of: "contact.email") == SourceLocation(file: file, line: 4, column: 3))
        #expect(fields.location(of: "contact") == SourceLocation(file: file, line: 3, column: 1))
        #expect(fields.location(of: "contact.phone") == SourceLocation(file: file, line: 3, column: 1))
        #expect(fields.location(of: "leads[0].name") == SourceLocation(file: "content/hubs/other.md", line: 6, column: 5))
        #expect(fields.location(of: "leads[1]") == SourceLocation(file: file, line: 5, column: 1))
        #expect(fields.keyLocation(of: "cost") == SourceLocation(file: file, line: 0, column: 2))
        #expect(fields.location(of: "cost") == SourceLocation(file: file, line: 7, column: 7))
        #expect(fields.location(of: "title") == SourceLocation(file: file, line: 9, column: 1))
        #expect(fields.has("leads[0]") && fields.has("cost") && !fields.has("title"))
        #expect(fields.withoutFields.location(of: "contact.email") == SourceLocation(file: file, line: 9, column: 1))
    }

    @Test func reportsUnknownKeyWithSuggestion() throws {
        let hub = TestProject.validHub.replacingOnce("meetings:\n", with: "meetngs:\n")
        let project = TestProject(files: ["content/hubs/test.md": hub])
        defer { project.remove() }
        let problem = try #require(project.load().diagnostics.first { $0.message.contains("meetngs") })
        #expect(problem.rule == "front-matter")
        #expect(problem.severity == .error)
        #expect(problem.location == SourceLocation(file: "content/hubs/test.md", line: 27, column: 1))
        #expect(problem.hint?.contains("Did you mean 'meetings'?") == true)
    }

    @Test func reportsBadDateAtItsValue() throws {
        let hub = TestProject.validHub.replacingOnce("updated: 2026-11-01", with: "updated: next week")
        let project = TestProject(files: ["content/hubs/test.md": hub])
        defer { project.remove() }
        let problems = project.load().diagnostics
        #expect(problems.count == 1)
        let problem = try #require(problems.first)
        #expect(problem.location == SourceLocation(file: "content/hubs/test.md", line: 4, column: 10))
        #expect(problem.message == "'updated' is not a date (expected YYYY-MM-DD, got \"next week\").")
        #expect(problem.hint != nil)
    }

    @Test func reportsWrongShapes() {
        let hub = TestProject.validHub
            .replacingOnce("contact:\n  email: hub@test-university.example\n  phone: \"+44 1632 960 000\"\n", with: "contact:\n  - hub@test-university.example\n")
            .replacingOnce("title: Test Hub", with: "title: [Test, Hub]")
        let project = TestProject(files: ["content/hubs/test.md": hub])
        defer { project.remove() }
        let problems = project.load().diagnostics
        #expect(problems.contains { $0.location.line == 2 && $0.location.column == 8 && $0.message.contains("'title' should be text") })
        #expect(problems.contains { $0.location.line == 16 && $0.message.contains("'contact' should be a set of contact fields") })
    }

    @Test func reportsYAMLSyntaxErrorWithPosition() throws {
        let project = TestProject(files: ["content/hubs/test.md": "---\ntitle: A\n\tregion: B\n---\nText\n"])
        defer { project.remove() }
        let problem = try #require(project.load().diagnostics.first)
        #expect(problem.rule == "front-matter")
        #expect(problem.location.line == 3)
        #expect(problem.hint?.contains("tab") == true)
    }

    @Test func reportsDuplicateKeys() throws {
        let project = TestProject(files: ["content/hubs/test.md": "---\ntitle: A\nregion: B\ntitle: C\n---\nText\n"])
        defer { project.remove() }
        let problem = try #require(project.load().diagnostics.first)
        #expect(problem.message.contains("'title' is written more than once"))
        #expect(problem.location.file == "content/hubs/test.md")
    }

    @Test func reportsFilesWithoutFrontMatterOrNotUTF8() {
        let project = TestProject(files: ["content/hubs/test.md": nil, "content/hubs/plain.md": "Just text\n", "content/hubs/open.md": "---\ntitle: A\n"],
                                  data: ["content/hubs/latin1.md": Data([0x2D, 0x2D, 0x2D, 0x0A, 0x74, 0x3A, 0x20, 0xE9, 0x0A])])
        defer { project.remove() }
        let problems = project.load().diagnostics
        #expect(problems.contains { $0.location == SourceLocation(file: "content/hubs/plain.md", line: 1, column: 1) && $0.message.contains("no front matter") })
        #expect(problems.contains { $0.location == SourceLocation(file: "content/hubs/open.md", line: 1, column: 1) && $0.message.contains("never closed") })
        #expect(problems.contains { $0.location == SourceLocation(file: "content/hubs/latin1.md", line: 2, column: 4) && $0.message.contains("UTF-8") })
    }

    @Test func reportsEveryProblemInEveryFile() {
        let broken = TestProject.validHub.replacingOnce("updated: 2026-11-01", with: "updated: soon")
            .replacingOnce("region: Testshire", with: "regoin: Testshire")
        let project = TestProject(files: ["content/hubs/a.md": broken, "content/hubs/b.md": broken.replacingOnce("title: Test Hub", with: "title: B Hub")])
        defer { project.remove() }
        let problems = project.load().diagnostics
        #expect(problems.filter { $0.location.file == "content/hubs/a.md" }.count == 2)
        #expect(problems.filter { $0.location.file == "content/hubs/b.md" }.count == 2)
    }

    @Test func aliasesThatExpandToMillionsStayBounded() {
        // "Billion laughs": 10^8 leaves if anything walked the whole tree.
        var yaml = "---\ntitle: A\na: &a [x, x, x, x, x, x, x, x, x, x]\n"
        var previous = "a"
        for level in ["b", "c", "d", "e", "f", "g", "h"] {
            yaml += "\(level): &\(level) [" + Array(repeating: "*\(previous)", count: 10).joined(separator: ", ") + "]\n"
            previous = level
        }
        yaml += "leads: *h\n---\nText\n"
        let project = TestProject(files: ["content/hubs/test.md": yaml])
        defer { project.remove() }
        let problems = project.load().diagnostics
        #expect(problems.filter { $0.message.contains("should be a person") }.count == 10)
        #expect(problems.contains { $0.message.contains("Unknown field 'a'") })
    }

    @Test func refusesFrontMatterWithTooManyValues() {
        let items = Array(repeating: "x", count: FieldReader.nodeBudget + 10).joined(separator: ", ")
        let project = TestProject(files: ["content/hubs/test.md": "---\ntitle: A\nregion: [\(items)]\nmembers: [\(items)]\n---\nText\n"])
        defer { project.remove() }
        let problems = project.load().diagnostics
        #expect(problems.filter { $0.message.contains("too large") }.count == 1)
    }

    /// The assets are the regular files under content/ that are not Markdown, in any folder
    /// but hidden ones; links are left out (as are links to folders), as before the walk was
    /// rewritten with readdir.
    @Test func assetsAreTheRegularFilesThatAreNotMarkdown() throws {
        let project = TestProject(data: ["content/docs/plan.pdf": Data("%PDF".utf8), "content/docs/Notes.MD": Data("# notes".utf8),
                                         "content/.hidden.png": Data("x".utf8), "content/.git/logo.png": Data("x".utf8),
                                         "content/deep/er/still.svg": Data("<svg/>".utf8)])
        defer { project.remove() }
        let content = project.root.appendingPathComponent("content")
        try FileManager.default.createSymbolicLink(at: content.appendingPathComponent("linked.png"),
                                                   withDestinationURL: content.appendingPathComponent("logos/test.png"))
        try FileManager.default.createSymbolicLink(at: content.appendingPathComponent("folder-link"), withDestinationURL: content.appendingPathComponent("docs"))
        #expect(project.load().content.assets == ["deep/er/still.svg", "docs/plan.pdf", "logos/test.png"])
    }
}
