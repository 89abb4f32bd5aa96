import Foundation
import Testing
import HubModel

/// The corpus of broken and hostile inputs: each must produce its exact diagnostic (rule, file,
/// line, column) and exit status 1, end normally (no trap, no signal), stay within the stated
/// bounds (10 s, 500 MB), and leave the previous site untouched.
struct BrokenInput: CustomTestStringConvertible, Sendable {
    var name: String
    var files: [String: Data] = [:]
    var links: [(path: String, target: String)] = []
    var folders: [String] = []
    var rule: String
    var file: String
    var line: Int
    var column: Int

    var testDescription: String { name }

    static let hubFile = "content/hubs/broken.md"
    static let opportunityFile = "content/opportunities/broken.md"

    static func hub(_ old: String, _ new: String) -> [String: Data] {
        [hubFile: Data(TestProject.validHub.replacingOccurrences(of: old, with: new).utf8)]
    }

    static func opportunity(_ old: String, _ new: String) -> [String: Data] {
        [opportunityFile: Data(TestProject.validOpportunity.replacingOccurrences(of: old, with: new).utf8)]
    }

    static func body(_ markdown: String) -> [String: Data] {
        let front = TestProject.validHub.components(separatedBy: "---\n")[1]
        return [hubFile: Data(("---\n" + front + "---\n" + markdown).utf8)]
    }

    static func hubBytes(_ bytes: [UInt8]) -> [String: Data] { [hubFile: Data(bytes)] }

    static let billionLaughs: String = {
        var yaml = "---\ntitle: Laughs\na: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
        var previous = "a"
        for level in ["b", "c", "d", "e", "f", "g", "h", "i"] {
            yaml += "\(level): &\(level) [" + Array(repeating: "*\(previous)", count: 10).joined(separator: ", ") + "]\n"
            previous = level
        }
        return yaml + "leads: *i\n---\nText\n"
    }()

    static let png: [UInt8] = [UInt8](TestProject.fixtureData("test.png"))

    static let all: [BrokenInput] = {
        let f = hubFile, o = opportunityFile
        let valid = TestProject.validHub
        return [
            BrokenInput(name: "empty file", files: [f: Data()], rule: "front-matter", file: f, line: 1, column: 1),
            BrokenInput(name: "only an opening fence", files: [f: Data("---\n".utf8)], rule: "front-matter", file: f, line: 1, column: 1),
            BrokenInput(name: "front matter never closed", files: [f: Data(valid.replacingOccurrences(of: "---\nThe Test Hub", with: "The Test Hub").utf8)], rule: "front-matter", file: f, line: 44, column: 1),
            BrokenInput(name: "no front matter", files: [f: Data("# Just a heading\n\nText.\n".utf8)], rule: "front-matter", file: f, line: 1, column: 1),
            BrokenInput(name: "front matter is a list", files: [f: Data("---\n- title\n- region\n---\nText\n".utf8)], rule: "front-matter", file: f, line: 2, column: 1),
            BrokenInput(name: "tab indentation", files: hub("region: Testshire", "\tregion: Testshire"), rule: "front-matter", file: f, line: 3, column: 1),
            BrokenInput(name: "duplicate key", files: hub("region: Testshire\n", "region: Testshire\ntitle: Again\n"), rule: "front-matter", file: f, line: 4, column: 1),
            BrokenInput(name: "list where a map belongs", files: hub("contact:\n  email: hub@test-university.example\n  phone: \"+44 1632 960 000\"\n", "contact:\n  - hub@test-university.example\n"), rule: "front-matter", file: f, line: 16, column: 3),
            BrokenInput(name: "map where a list belongs", files: hub("leads:\n  - name: Ada Lead\n    role: Hub Lead\n    email: ada@test-university.example\n    phone: 01632 960 111\n", "leads:\n  name: Ada Lead\n  role: Hub Lead\n"), rule: "front-matter", file: f, line: 11, column: 3),
            BrokenInput(name: "text where a list belongs", files: hub("meetings:\n  - date: 2026-09-20", "meetings: tomorrow\nmeetngs:\n  - date: 2026-09-20"), rule: "front-matter", file: f, line: 27, column: 11),
            BrokenInput(name: "billion laughs", files: [f: Data(billionLaughs.utf8)], rule: "front-matter", file: f, line: 3, column: 1),
            BrokenInput(name: "undefined alias", files: hub("region: Testshire", "region: *nowhere"), rule: "front-matter", file: f, line: 3, column: 9),
            BrokenInput(name: "unclosed quote", files: hub("title: Test Hub", "title: \"Test Hub"), rule: "front-matter", file: f, line: 2, column: 8),
            BrokenInput(name: "unclosed flow mapping", files: hub("contact:\n  email: hub@test-university.example\n", "contact: { email: hub@test-university.example\n"), rule: "front-matter", file: f, line: 15, column: 10),
            BrokenInput(name: "20 MB Markdown body", files: [f: Data((valid + String(repeating: "All work and no play. ", count: 1_000_000)).utf8)], rule: "front-matter", file: f, line: 1, column: 1),
            BrokenInput(name: "a line of 1 MB", files: hub("title: Test Hub", "title: " + String(repeating: "x", count: 1_048_576)), rule: "front-matter", file: f, line: 2, column: 8),
            BrokenInput(name: "10,000 nested lists", files: body(String(repeating: "- ", count: 10_000) + "deep\n"), rule: "front-matter", file: f, line: 45, column: 201),
            BrokenInput(name: "10,000 nested block quotes", files: body(String(repeating: "> ", count: 10_000) + "deep\n"), rule: "front-matter", file: f, line: 45, column: 201),
            BrokenInput(name: "non-UTF-8 bytes", files: hubBytes(Array(valid.replacingOccurrences(of: "Testshire", with: "Test!shire").utf8).map { $0 == 0x21 ? 0xE9 : $0 }), rule: "front-matter", file: f, line: 3, column: 13),
            BrokenInput(name: "UTF-8 BOM", files: hubBytes([0xEF, 0xBB, 0xBF] + Array(valid.replacingOccurrences(of: "updated: 2026-11-01", with: "updated: soon").utf8)), rule: "front-matter", file: f, line: 4, column: 10),
            BrokenInput(name: "CRLF line endings", files: [f: Data(valid.replacingOccurrences(of: "updated: 2026-11-01", with: "updated: soon").replacingOccurrences(of: "\n", with: "\r\n").utf8)], rule: "front-matter", file: f, line: 4, column: 10),
            BrokenInput(name: "lone CR line endings", files: [f: Data(valid.replacingOccurrences(of: "updated: 2026-11-01", with: "updated: soon").replacingOccurrences(of: "\n", with: "\r").utf8)], rule: "front-matter", file: f, line: 4, column: 10),
            BrokenInput(name: "NUL byte", files: hubBytes(Array(valid.utf8) + [0x41, 0x00, 0x42]), rule: "front-matter", file: f, line: 49, column: 2),
            BrokenInput(name: "a PNG renamed .md", files: ["content/hubs/logo.md": Data(png)], rule: "front-matter", file: "content/hubs/logo.md", line: 3, column: 1),
            BrokenInput(name: "date 2026-02-30", files: hub("updated: 2026-11-01", "updated: 2026-02-30"), rule: "front-matter", file: f, line: 4, column: 10),
            BrokenInput(name: "date 2026-13-01", files: hub("updated: 2026-11-01", "updated: 2026-13-01"), rule: "front-matter", file: f, line: 4, column: 10),
            BrokenInput(name: "date 0000-00-00", files: hub("updated: 2026-11-01", "updated: 0000-00-00"), rule: "front-matter", file: f, line: 4, column: 10),
            BrokenInput(name: "time 25:00", files: hub("    start: \"10:00\"\n    end: \"12:00\"\n    minutes_url", "    start: \"25:00\"\n    end: \"12:00\"\n    minutes_url"), rule: "front-matter", file: f, line: 29, column: 12),
            BrokenInput(name: "opportunity ends before it starts", files: opportunity("end: 2027-01-15 12:00", "end: 2027-01-14 12:00"), rule: "opportunity", file: o, line: 4, column: 6),
            BrokenInput(name: "meeting ends before it starts", files: hub("  - date: 2026-12-09\n    start: \"10:00\"\n    end: \"12:00\"", "  - date: 2026-12-09\n    start: \"10:00\"\n    end: \"08:00\""), rule: "meetings", file: f, line: 34, column: 10),
            BrokenInput(name: "unknown hub slug", files: opportunity("hubs: [test]", "hubs: [tset]"), rule: "opportunity", file: o, line: 5, column: 8),
            BrokenInput(name: "slugs that differ only in case", files: ["content/hubs/Test.md": Data(valid.utf8)], rule: "links", file: "content/hubs/test.md", line: 1, column: 1),
            BrokenInput(name: "logo is a directory", files: hub("logo: logos/test.png", "logo: logos/folder.png"), folders: ["content/logos/folder.png"], rule: "logo", file: f, line: 7, column: 11),
            BrokenInput(name: "logo is a dangling symlink", files: hub("logo: logos/test.png", "logo: logos/gone.png"), links: [("content/logos/gone.png", "/nonexistent/gone.png")], rule: "logo", file: f, line: 7, column: 11),
            BrokenInput(name: "logo symlink leaves content", files: hub("logo: logos/test.png", "logo: logos/passwd.png"), links: [("content/logos/passwd.png", "/etc/passwd")], rule: "logo", file: f, line: 7, column: 11),
            BrokenInput(name: "logo path with ..", files: hub("logo: logos/test.png", "logo: ../hubsite.yml"), rule: "logo", file: f, line: 7, column: 11),
            BrokenInput(name: "absolute logo path", files: hub("logo: logos/test.png", "logo: /etc/passwd"), rule: "logo", file: f, line: 7, column: 11),
            BrokenInput(name: "SVG logo with a script", files: hub("logo: logos/test.png", "logo: logos/evil.svg").merging(["content/logos/evil.svg": Data("<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>".utf8)]) { a, _ in a }, rule: "logo", file: f, line: 7, column: 11),
            BrokenInput(name: "SVG logo with an event handler", files: hub("logo: logos/test.png", "logo: logos/evil.svg").merging(["content/logos/evil.svg": Data("<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>".utf8)]) { a, _ in a }, rule: "logo", file: f, line: 7, column: 11),
            BrokenInput(name: "PNG logo that is text", files: hub("logo: logos/test.png", "logo: logos/fake.png").merging(["content/logos/fake.png": Data("not an image".utf8)]) { a, _ in a }, rule: "logo", file: f, line: 7, column: 11),
            BrokenInput(name: "unknown key", files: hub("region: Testshire", "regoin: Testshire"), rule: "front-matter", file: f, line: 3, column: 1),
            BrokenInput(name: "missing title", files: hub("title: Test Hub\n", ""), rule: "front-matter", file: f, line: 43, column: 1),
            BrokenInput(name: "bad email", files: hub("  email: hub@test-university.example", "  email: hub(at)test-university"), rule: "contacts", file: f, line: 16, column: 10),
            BrokenInput(name: "bad phone", files: hub("  phone: \"+44 1632 960 000\"", "  phone: ring us"), rule: "contacts", file: f, line: 17, column: 10),
            BrokenInput(name: "insecure URL", files: hub("    url: https://www.test-university.example/\n", "    url: http://www.test-university.example/\n"), rule: "contacts", file: f, line: 9, column: 10),
            BrokenInput(name: "unknown member type", files: hub("    type: higher-education", "    type: university"), rule: "front-matter", file: f, line: 20, column: 11),
            BrokenInput(name: "unknown action status", files: hub("status: in-progress", "status: started"), rule: "front-matter", file: f, line: 43, column: 15),
            BrokenInput(name: "not a boolean", files: hub("    online: true", "    online: maybe"), rule: "front-matter", file: f, line: 36, column: 13),
            BrokenInput(name: "updated in the future", files: hub("updated: 2026-11-01", "updated: 2027-11-01"), rule: "up-to-date", file: f, line: 4, column: 10),
            BrokenInput(name: "unknown audience", files: opportunity("audience: [practitioners]", "audience: [teachers]"), rule: "opportunity", file: o, line: 6, column: 12),
            BrokenInput(name: "deadline after start", files: opportunity("deadline: 2027-01-08", "deadline: 2027-02-08"), rule: "opportunity", file: o, line: 10, column: 11),
            BrokenInput(name: "javascript booking link", files: opportunity("booking_url: https://www.test-university.example/book", "booking_url: javascript:alert(1)"), rule: "opportunity", file: o, line: 9, column: 14),
            BrokenInput(name: "timed start with all-day end", files: opportunity("end: 2027-01-15 12:00", "end: 2027-01-16"), rule: "opportunity", file: o, line: 4, column: 6),
            BrokenInput(name: "javascript link in Markdown", files: body("[Click](javascript:alert(1)) and many more words to make up a proper introduction of the hub, its members, its aims, its meetings, its plans and its people, so that only the link is wrong here at all."), rule: "links", file: f, line: 45, column: 1),
            BrokenInput(name: "link to a page that does not exist", files: body("The Test Hub brings people together; see [the north](/hubs/north/) and many more words to make up a proper introduction of the hub, its members, its aims, its meetings and its plans."), rule: "links", file: f, line: 45, column: 42),
            BrokenInput(name: "file name with a space", files: ["content/hubs/South Hub.md": Data(valid.utf8)], rule: "front-matter", file: "content/hubs/South Hub.md", line: 1, column: 1),
            BrokenInput(name: "hubsite.yml unknown key", files: ["hubsite.yml": Data("titel: Our hubs\n".utf8)], rule: "front-matter", file: "hubsite.yml", line: 1, column: 1),
            BrokenInput(name: "hubsite.yml unknown rule", files: ["hubsite.yml": Data("rules:\n  logos: off\n".utf8)], rule: "front-matter", file: "hubsite.yml", line: 2, column: 3),
            BrokenInput(name: "hubsite.yml unknown time zone", files: ["hubsite.yml": Data("timezone: Europe/Londres\n".utf8)], rule: "front-matter", file: "hubsite.yml", line: 1, column: 11),
            BrokenInput(name: "start in year 9999", files: [o: Data("---\nstart: 9999-12-31\n---\n".utf8)], rule: "opportunity", file: o, line: 2, column: 8),
            BrokenInput(name: "start in year 2207", files: opportunity("start: 2027-01-15 10:00\nend: 2027-01-15 12:00", "start: 2207-01-15 10:00\nend: 2207-01-15 12:00"), rule: "opportunity", file: o, line: 3, column: 8),
            BrokenInput(name: "end in year 9999", files: opportunity("end: 2027-01-15 12:00", "end: 9999-12-31 12:00"), rule: "opportunity", file: o, line: 4, column: 6),
            BrokenInput(name: "moved to year 9999", files: opportunity("start: 2027-01-15 10:00", "start: 2027-01-15 10:00\nrepeat:\n  every: week\n  until: 9999-12-31\n  changed:\n    - date: 2027-01-22\n      to: 9999-12-31 10:00\nchanges: [x]"), rule: "opportunity", file: o, line: 9, column: 11),
            BrokenInput(name: "a language hubsite has no words for", files: ["hubsite.yml": Data("title: Our hubs\nlanguages: [en-GB, xx]\n".utf8)], rule: "template", file: "hubsite.yml", line: 2, column: 12),
            BrokenInput(name: "template syntax error", files: ["templates/footer.mustache": Data("<footer>{{#site.footer}}</footer>\n".utf8)], rule: "template", file: "templates/footer.mustache", line: 1, column: 9),
        ]
    }()
}

@Suite struct BrokenInputTests {
    @Test func theCorpusIsLargeAndNamedUniquely() {
        #expect(BrokenInput.all.count >= 50)
        #expect(Set(BrokenInput.all.map(\.name)).count == BrokenInput.all.count)
    }

    static func make(_ input: BrokenInput, in project: TestProject) throws {
        for (path, data) in input.files { project.write(data, to: path) }
        for folder in input.folders {
            try FileManager.default.createDirectory(at: project.root.appendingPathComponent(folder), withIntermediateDirectories: true)
        }
        for link in input.links {
            try FileManager.default.createSymbolicLink(atPath: project.root.appendingPathComponent(link.path).path, withDestinationPath: link.target)
        }
    }

    /// Every file of a site with its bytes, to prove it unchanged.
    static func snapshot(_ folder: URL) -> [String: Data] {
        var result: [String: Data] = [:]
        for case let path as String in FileManager.default.enumerator(atPath: folder.path) ?? FileManager.default.enumerator(atPath: "/nonexistent")! {
            if let data = FileManager.default.contents(atPath: folder.appendingPathComponent(path).path) { result[path] = data }
        }
        return result
    }

    @Test(arguments: BrokenInput.all)
    func producesItsDiagnosticAndKeepsTheSite(_ input: BrokenInput) throws {
        let project = TestProject()
        defer { project.remove() }
        let first = try project.pipeline.build()
        #expect(first.pages != nil)
        let site = project.root.appendingPathComponent("site")
        let before = Self.snapshot(site)
        #expect(before.count > 20)
        try Self.make(input, in: project)

        let check = try MeasuredRun.hubsite(["check", "--source", project.root.path, "--today", "2026-11-25", "--format", "json"])
        #expect(check.signal == nil, "killed by signal \(check.signal ?? 0)")
        #expect(check.exitStatus == 1)
        #expect(check.seconds < (MeasuredRun.underSanitizer ? 60 : 10), "took \(check.seconds) s")
        #expect(check.peakKB < MeasuredRun.peakLimitKB, "peak \(check.peakKB) KB")
        let document = try #require(JSONSerialization.jsonObject(with: Data(check.stdout.utf8)) as? [String: Any])
        let diagnostics = try #require(document["diagnostics"] as? [[String: Any]])
        let prefix = project.root.standardizedFileURL.path + "/"
        let found = diagnostics.contains {
            ($0["rule"] as? String) == input.rule && ($0["file"] as? String) == prefix + input.file
                && ($0["line"] as? Int) == input.line && ($0["column"] as? Int) == input.column && ($0["severity"] as? String) == "error"
        }
        #expect(found, "expected error[\(input.rule)] at \(input.file):\(input.line):\(input.column); got \(diagnostics.map { "\($0["rule"] ?? "") \(($0["file"] as? String ?? "").replacingOccurrences(of: prefix, with: "")):\($0["line"] ?? 0):\($0["column"] ?? 0) \($0["message"] ?? "")" })")

        let build = try MeasuredRun.hubsite(["build", "--source", project.root.path, "--today", "2026-11-25"])
        #expect(build.signal == nil)
        #expect(build.exitStatus == 1)
        #expect(Self.snapshot(site) == before, "the previous site changed")
    }
}
