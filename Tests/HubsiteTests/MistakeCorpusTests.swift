import Foundation
import Testing
@testable import HubBuild
import HubModel

/// The corpus of mistakes co-leads make writing front matter and text by hand
/// (Fixtures/mistakes): each case edits one file of a small clean site and gives the exact
/// diagnostics expected, and whether `check --fix` may correct it. docs/diagnostics.md shows
/// the same cases. Cases 59 on write the mistake after multi-byte text on the same line (curly
/// quotes, en dashes, ŵ and ŷ, emoji, a joined emoji, the Welsh flag), for each rule that
/// locates inside Markdown or front matter: columns count characters, not bytes or scalars.
/// Every case is checked, and every fixable case fixed, with LF and with CRLF line endings.
@Suite struct MistakeCorpusTests {
    static let today = LocalDate(iso: "2026-11-30")!
    static let folder = Bundle.module.url(forResource: "Fixtures/mistakes", withExtension: nil)!

    /// One case file:
    ///
    ///     # what the co-lead did
    ///     file: content/hubs/example.md        (or: copy: FROM to TO)
    ///     - a line of the base file            (the lines replaced, in order)
    ///     + the line written instead           (\t, \u{A0}, \\ escapes)
    ///     fix: restores | lines | none         (lines: the '=' lines are what --fix writes for the '+' lines)
    ///     = the fixed line
    ///     expect:
    ///     path:line:column: severity[rule]: message
    ///       hint: …
    struct Case: CustomStringConvertible {
        var name: String
        var title: String
        var file: String?
        var copy: (from: String, to: String)?
        var removed: [String] = []
        var added: [String] = []
        var fix = "none"
        var fixedLines: [String] = []
        var expected: [String] = []

        var description: String { name }

        init(name: String, text: String) {
            self.name = name
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            title = String(lines[0].dropFirst(2))
            var expecting = false
            for line in lines.dropFirst() {
                if expecting { expected.append(line); continue }
                if line.hasPrefix("file: ") { file = String(line.dropFirst(6)) }
                else if line.hasPrefix("copy: ") {
                    let parts = line.dropFirst(6).components(separatedBy: " to ")
                    copy = (parts[0], parts[1])
                } else if line.hasPrefix("- ") { removed.append(Self.unescape(line.dropFirst(2))) }
                else if line.hasPrefix("+ ") { added.append(Self.unescape(line.dropFirst(2))) }
                else if line.hasPrefix("fix: ") { fix = String(line.dropFirst(5)) }
                else if line.hasPrefix("= ") { fixedLines.append(Self.unescape(line.dropFirst(2))) }
                else if line == "expect:" { expecting = true }
            }
            while expected.last == "" { expected.removeLast() }
        }

        static func unescape(_ text: Substring) -> String {
            var out = ""
            var rest = text[...]
            while let slash = rest.firstIndex(of: "\\") {
                out += rest[..<slash]
                rest = rest[rest.index(after: slash)...]
                if rest.hasPrefix("t") { out += "\t"; rest = rest.dropFirst() }
                else if rest.hasPrefix("\\") { out += "\\"; rest = rest.dropFirst() }
                else if rest.hasPrefix("u{"), let end = rest.firstIndex(of: "}"),
                        let value = UInt32(rest[rest.index(rest.startIndex, offsetBy: 2)..<end], radix: 16), let scalar = Unicode.Scalar(value) {
                    out.unicodeScalars.append(scalar)
                    rest = rest[rest.index(after: end)...]
                } else { out += "\\" }
            }
            return out + rest
        }

        /// Whether the edited lines are in the Markdown text of `base` (after its closing `---`).
        func editsText(of base: String) -> Bool {
            let all = base.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            guard !removed.isEmpty, let closing = all.indices.dropFirst().first(where: { all[$0] == "---" }) else { return false }
            return (closing..<all.count).contains { Array(all[$0..<min(all.count, $0 + removed.count)]) == removed }
        }

        /// The base file with `lines` in place of the removed ones.
        func edited(_ base: String, with lines: [String]) -> String? {
            var all = base.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            guard !removed.isEmpty else { return nil }
            for start in 0...(all.count - removed.count) where Array(all[start..<(start + removed.count)]) == removed {
                all.replaceSubrange(start..<(start + removed.count), with: lines)
                return all.joined(separator: "\n")
            }
            return nil
        }
    }

    static let cases: [Case] = {
        let urls = (try? FileManager.default.contentsOfDirectory(at: folder.appendingPathComponent("cases"), includingPropertiesForKeys: nil)) ?? []
        return urls.filter { $0.pathExtension == "case" }.sorted { $0.lastPathComponent < $1.lastPathComponent }.map {
            Case(name: $0.deletingPathExtension().lastPathComponent, text: try! String(contentsOf: $0, encoding: .utf8))
        }
    }()

    /// The line endings a case's file is written with.
    enum LineEnding: String, CaseIterable, CustomStringConvertible {
        case lf = "\n", crlf = "\r\n"
        var description: String { self == .lf ? "LF" : "CRLF" }

        /// `text` (written with LF) with these endings.
        func apply(_ text: String) -> String {
            self == .lf ? text : text.replacingOccurrences(of: "\n", with: rawValue)
        }
    }

    /// The base site with the case's edit made, in a new folder, the edited file written with
    /// `ending`.
    static func site(for mistake: Case, ending: LineEnding = .lf) throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("hubsite-mistake-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: folder.appendingPathComponent("base"), to: root)
        if let copy = mistake.copy {
            try FileManager.default.copyItem(at: root.appendingPathComponent(copy.from), to: root.appendingPathComponent(copy.to))
        } else {
            let url = root.appendingPathComponent(mistake.file!)
            let base = try String(contentsOf: url, encoding: .utf8)
            let edited = try #require(mistake.edited(base, with: mistake.added), "\(mistake.name): the '-' lines are not in \(mistake.file!)")
            try Data(ending.apply(edited).utf8).write(to: url)
        }
        return root
    }

    static func check(_ root: URL) -> [Diagnostic] {
        BuildPipeline(options: BuildOptions(source: root, today: today)).check().diagnostics
    }

    /// Diagnostics as the case files write them.
    static func lines(_ diagnostics: [Diagnostic]) -> [String] {
        diagnostics.flatMap { d -> [String] in
            let l = d.location
            var out = ["\(l.file):\(l.line):\(l.column): \(d.severity.rawValue)[\(d.rule)]: \(d.message)"]
            if let hint = d.hint { out.append("  hint: \(hint)") }
            return out
        }
    }

    @Test func theCorpusHoldsTheMistakesTheIssueLists() {
        #expect(Self.cases.count >= 40)
        #expect(Self.cases.filter { $0.fix != "none" }.count >= 15)
        #expect(Set(Self.cases.map(\.title)).count == Self.cases.count, "two cases with one title")
    }

    @Test(arguments: cases, LineEnding.allCases) func givesExactlyTheExpectedDiagnostics(_ mistake: Case, _ ending: LineEnding) throws {
        let root = try Self.site(for: mistake, ending: ending)
        defer { try? FileManager.default.removeItem(at: root) }
        let got = Self.lines(Self.check(root))
        #expect(got == mistake.expected, "\(mistake.name), \(ending)\n\(got.joined(separator: "\n"))")
        // One mistake, one problem: never a second error; a note may say what follows from it.
        #expect(got.filter { $0.contains(": error[") || $0.contains(": warning[") }.count <= 1, "\(mistake.name)")
    }

    /// With either line ending: the fix is made, every other line stays byte for byte as it
    /// was, and every line keeps its ending.
    @Test(arguments: cases, LineEnding.allCases) func fixCorrectsOnlyWhatCannotBeWrong(_ mistake: Case, _ ending: LineEnding) throws {
        let root = try Self.site(for: mistake, ending: ending)
        defer { try? FileManager.default.removeItem(at: root) }
        let fixer = ContentFixer(source: root)
        let fixes = fixer.plan(Self.check(root))
        guard mistake.fix != "none" else {
            #expect(fixes.isEmpty, "\(mistake.name) is not fixable, but --fix would change \(fixes.map(\.file))")
            return
        }
        try #require(fixes.count == 1, "\(mistake.name), \(ending): expected a fix")
        try fixer.write(fixes)
        let file = try #require(mistake.file)
        let fixed = try Data(contentsOf: root.appendingPathComponent(file))
        #expect(fixed == (try Self.fixedBytes(mistake, ending: ending)), "\(mistake.name), \(ending)")
        Self.expectEveryLineEnds(fixed, with: ending, mistake.name)
        #expect(Self.check(root).isEmpty, "\(mistake.name), \(ending): the fixed file still has \(Self.lines(Self.check(root)))")
        #expect(ContentFixer.diff(fixes, pathPrefix: "").contains("+++ \(file)"))
        #expect(!ContentFixer.diff(fixes, pathPrefix: "").contains("\r"), "the diff shows lines without their endings")
    }

    /// The bytes `check --fix` must leave in the case's file: the base file (or the edited one
    /// with the '=' lines), with `ending` on every line.
    static func fixedBytes(_ mistake: Case, ending: LineEnding) throws -> Data {
        let file = try #require(mistake.file)
        let base = try String(contentsOf: folder.appendingPathComponent("base").appendingPathComponent(file), encoding: .utf8)
        let expected = mistake.fix == "restores" ? base : try #require(mistake.edited(base, with: mistake.fixedLines))
        return Data(ending.apply(expected).utf8)
    }

    /// Every line break in `bytes` is `ending`: no CRLF file comes back with a bare LF.
    static func expectEveryLineEnds(_ bytes: Data, with ending: LineEnding, _ name: String) {
        let bytes = Array(bytes)
        for (index, byte) in bytes.enumerated() where byte == 10 {
            let afterCR = index > 0 && bytes[index - 1] == 13
            #expect(afterCR == (ending == .crlf), "\(name), \(ending): the line break at byte \(index) is not \(ending)")
        }
        if ending == .lf { #expect(!bytes.contains(13), "\(name): a carriage return in an LF file") }
    }

    /// The real `hubsite check`: what `--format json` lists as fixes is what `--fix` makes, in
    /// files with either line ending (a CRLF file was once "Nothing to fix" while the JSON
    /// listed its fix). One case at a time, each process on a thread of its own (`hubsite(_:)`): a hundred
    /// processes at once would take the machine from every other test.
    @Test(.serialized, arguments: cases.filter { $0.fix != "none" }, LineEnding.allCases)
    func checkFixMakesTheFixesTheJSONLists(_ mistake: Case, _ ending: LineEnding) async throws {
        let root = try Self.site(for: mistake, ending: ending)
        defer { try? FileManager.default.removeItem(at: root) }
        let file = try #require(mistake.file)
        let json = try await Self.hubsite(["check", "--format", "json", "--today", "2026-11-30", "--source", root.path])
        let document = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let listed = (document["diagnostics"] as? [[String: Any]] ?? []).filter { $0["fix"] != nil }
        #expect(listed.count == 1, "\(mistake.name), \(ending): \(listed)")
        #expect(listed.allSatisfy { ($0["file"] as? String)?.hasSuffix("/" + file) == true }, "\(listed)")
        let fixed = try await Self.hubsite(["check", "--fix", "--today", "2026-11-30", "--source", root.path])
        #expect(fixed.stdout.contains("Fixed \(listed.count) problem\(listed.count == 1 ? "" : "s") in 1 file."), "\(mistake.name), \(ending)\n\(fixed.stdout)")
        #expect(fixed.status == 0, "\(mistake.name), \(ending)\n\(fixed.stdout)")
        let bytes = try Data(contentsOf: root.appendingPathComponent(file))
        #expect(bytes == (try Self.fixedBytes(mistake, ending: ending)), "\(mistake.name), \(ending)")
        Self.expectEveryLineEnds(bytes, with: ending, mistake.name)
        // The diff names the line fixed, once, without a carriage return.
        #expect(fixed.stdout.components(separatedBy: "\n@@ ").count == 2, "\(mistake.name), \(ending)\n\(fixed.stdout)")
        #expect(!fixed.stdout.contains("\r"))
    }

    /// Runs the binary on a thread of its own: a test waiting for a process must not hold one of
    /// the few threads the other tests (and the link checks among them) run on.
    static func hubsite(_ arguments: [String]) async throws -> CommandLineTests.Run {
        try await withCheckedThrowingContinuation { continuation in
            Thread { continuation.resume(with: Result { try CommandLineTests.run(arguments) }) }.start()
        }
    }

    /// docs/diagnostics.md shows every case with what hubsite says about it.
    @Test func theDocumentationShowsEveryCase() throws {
        let url = CatalogueTests.repository.appendingPathComponent("docs/diagnostics.md")
        let text = try String(contentsOf: url, encoding: .utf8)
        let start = "<!-- mistakes: generated from Tests/HubsiteTests/Fixtures/mistakes; HUBSITE_UPDATE_DOCS=1 swift test --filter MistakeCorpusTests rewrites it -->\n"
        let end = "<!-- mistakes end -->"
        var section = start
        for mistake in Self.cases {
            section += "\n### \(mistake.title)\n\n"
            if let copy = mistake.copy {
                section += "`\(copy.to)` next to `\(copy.from)`\n"
            } else {
                let base = try String(contentsOf: Self.folder.appendingPathComponent("base").appendingPathComponent(mistake.file!), encoding: .utf8)
                section += "```\(mistake.editsText(of: base) ? "markdown" : "yaml")\n" + mistake.added.map(Self.visible).joined(separator: "\n") + "\n```\n"
            }
            section += "\n```\n" + (mistake.expected.isEmpty ? "(nothing: read as meant)" : mistake.expected.joined(separator: "\n")) + "\n```\n"
            if mistake.fix != "none" { section += "\n`hubsite check --fix` corrects it.\n" }
        }
        section += "\n" + end
        let current = text.range(of: start).flatMap { s in text.range(of: end, range: s.upperBound..<text.endIndex).map { s.lowerBound..<$0.upperBound } }
        if ProcessInfo.processInfo.environment["HUBSITE_UPDATE_DOCS"] != nil {
            let updated = current.map { text.replacingCharacters(in: $0, with: section) } ?? text + "\n" + section + "\n"
            try Data(updated.utf8).write(to: url)
            return
        }
        let range = try #require(current, "docs/diagnostics.md has no generated section of mistakes")
        #expect(String(text[range]) == section, "docs/diagnostics.md is out of date: HUBSITE_UPDATE_DOCS=1 swift test --filter MistakeCorpusTests")
    }

    /// Invisible characters shown by name in the documentation.
    static func visible(_ line: String) -> String {
        line.replacingOccurrences(of: "\u{A0}", with: "⍽").replacingOccurrences(of: "\u{FEFF}", with: "<BOM>")
            .replacingOccurrences(of: "\u{200B}", with: "<ZWSP>").replacingOccurrences(of: "\t", with: "→   ")
    }
}
