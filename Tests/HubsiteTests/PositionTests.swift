import Foundation
import Testing
@testable import HubBuild
@testable import HubContent
import HubModel
@testable import HubRender
@testable import HubRules

/// Every position hubsite reports is a line and a column in characters (docs/diagnostics.md,
/// Positions), whoever found it: cmark-gfm counts bytes, Yams Unicode scalars, hubsite's own
/// scanners and the template parser `Character`s. One conversion (`TextLines`,
/// `ColumnCounter`) makes them agree, and lines split on bytes so CRLF files read line by line.
/// The mistake corpus (MistakeCorpusTests, cases 59 on) holds the same class per rule.
@Suite struct PositionTests {
    /// Text a co-lead writes before a mistake, and how many columns each takes.
    static let prefixes: [(text: String, columns: Int)] = [
        ("’", 1), ("“Siân”", 6), ("–", 1), ("ŵŷ", 2), ("🎉", 1), ("👩‍💻", 1), ("🏴󠁧󠁢󠁷󠁬󠁳󠁿", 1), ("e\u{301}", 1), ("\t", 1),
        ("Cyfarfod ŵ – “haf” 🎉 👩‍💻 ", 23),
    ]

    // MARK: The one conversion

    /// A word file's keys and texts are trimmed as Foundation's `.whitespaces` trims (tabs and
    /// every space separator, never a line break), by hubsite's own trimming.
    @Test(arguments: ["", " ", "\t\u{A0}", " skip_link ", "\u{3000}Cymraeg\u{2003}", "a\u{2028}", "\u{85}b ", " \u{202F}tan\t\u{205F}",
                      "Hyb\u{00A0}y\u{00A0}De", "\u{FEFF}x", " é\u{301} ", "\u{1680}ŵ\u{2009}"])
    func wordsAreTrimmedAsFoundationTrimsSpaces(_ text: String) {
        #expect(Whitespace.trimmedSpaces(text[...]) == text.trimmingCharacters(in: .whitespaces))
        #expect(Whitespace.trimmedSpaces(("=" + text + "=").dropFirst().dropLast()) == text.trimmingCharacters(in: .whitespaces))
    }

    @Test func linesEndWhereEveryParserEndsThem() {
        let text = TextLines("a\nb\r\nc\rd")
        #expect(text.all == ["a", "b", "c", "d"])
        #expect((1...4).map(text.ending) == ["\n", "\r\n", "\r", ""])
        #expect(TextLines("a\r\n").all == ["a", ""], "a final line ending leaves an empty last line")
        #expect(TextLines("").all == [""])
        #expect(TextLines("\r\n\r\n").count == 3)
        #expect(TextLines("x").ending(of: 9) == "" && TextLines("x")[9] == nil)
        // Put back together with its endings, a text is byte for byte what it was.
        for original in ["a\nb\r\nc\rd", "ŵ\r\n🎉\r\n", "\r\r\n\n", "no ending"] {
            let lines = TextLines(original)
            let joined = (1...lines.count).map { String(lines[$0]!) + lines.ending(of: $0) }.joined()
            #expect(Array(joined.utf8) == Array(original.utf8))
        }
        // "\r\n" is one Character: split on "\n", a CRLF text stays in one piece.
        #expect("a\r\nb".split(separator: "\n").count == 1 && TextLines("a\r\nb").count == 2)
    }

    @Test func aColumnIsACharacterWhateverItsBytesOrScalars() {
        for (prefix, columns) in Self.prefixes {
            let line = Substring(prefix + "[x](/y/)")
            #expect(prefix.count == columns, "\(prefix)")
            #expect(ColumnCounter.column(utf8Offset: prefix.utf8.count, in: line) == columns + 1, "bytes after \(prefix)")
            #expect(ColumnCounter.column(scalarOffset: prefix.unicodeScalars.count, in: line) == columns + 1, "scalars after \(prefix)")
            #expect(ColumnCounter.column(of: line.firstIndex(of: "[")!, in: line) == columns + 1, "index after \(prefix)")
            #expect(ColumnCounter.index(ofColumn: columns + 1, in: line) == line.firstIndex(of: "["))
        }
        #expect(ColumnCounter.column(utf8Offset: 5, in: "abc") == 6, "past the end, a column per byte")
        #expect(ColumnCounter.column(scalarOffset: 0, in: "") == 1)
        #expect(ColumnCounter.index(ofColumn: 0, in: "abc") == nil && ColumnCounter.index(ofColumn: 5, in: "abc") == nil)
        let lines = TextLines("ascii\n🎉 x\n")
        #expect(lines.column(line: 1, utf8Offset: 3) == 4 && lines.column(line: 2, utf8Offset: 5) == 3)
        #expect(lines.column(line: 2, scalarOffset: 2) == 3)
        #expect(lines.position(ofUTF8Offset: 11) == (2, 3))
    }

    @Test func aFixAppliesAtItsColumnAfterMultiByteText() {
        for (prefix, columns) in Self.prefixes {
            let fix = TextFix(line: 1, column: columns + 1, original: "29/01/2027", replacement: "2027-01-29")
            #expect(fix.apply(to: Substring(prefix + "29/01/2027 ŵ")) == prefix + "2027-01-29 ŵ", "\(prefix)")
            #expect(TextFix(line: 1, column: columns + 2, original: "29/01/2027", replacement: "x").apply(to: Substring(prefix + "29/01/2027")) == nil)
        }
    }

    // MARK: cmark-gfm

    static let renderer = MarkdownRenderer()

    @Test func linksInTheTextAreAtTheirCharacterColumn() throws {
        for (prefix, columns) in Self.prefixes where prefix != "\t" {
            let document = Self.renderer.render("Intro.\n\n\(prefix)[x](/y/) and ![logo](/l.svg)\n", firstLine: 20)
            #expect(document.links.map(\.line) == [22, 22], "\(prefix)")
            #expect(document.links.first?.column == columns + 1, "\(prefix): \(document.links)")
            #expect(document.links.last?.column == columns + 14, "\(prefix): \(document.links)")
        }
        let nested = Self.renderer.render("> - “ŵ” item\n>   – 🎉 [x](/y/)\n", firstLine: 5).links
        #expect(nested.map { [$0.line, $0.column] } == [[6, 9]], "\(nested)")
    }

    /// A bare address or email address is made a link by the autolink extension, which gives
    /// it no source position: it was reported at the closing `---`, column 0.
    @Test func aBareLinkIsOnItsOwnLineAtItsOwnColumn() {
        let body = """
            The old page http://example.org/old moved.

            “Ŵ” – mail hub@example.org or see www.example.org/x, then http://example.org/old again, and 🎉 http://example.org/old.

            http://example.org/first starts a paragraph.

            - a list item – 👩‍💻 https://example.org/item
            > quoted ŷ https://example.org/quote

            | Where | Link |
            | --- | --- |
            | Cymru 🏴󠁧󠁢󠁷󠁬󠁳󠁿 | https://example.org/cell |

            """
        let document = Self.renderer.render(body, firstLine: 11)
        let places = document.links.map { "\($0.destination) \($0.line):\($0.column)" }
        #expect(places == [
            "http://example.org/old 11:14",
            "mailto:hub@example.org 13:12",
            "http://www.example.org/x 13:35",
            "http://example.org/old 13:59",
            "http://example.org/old 13:95",
            "http://example.org/first 15:1",
            "https://example.org/item 17:19",
            "https://example.org/quote 18:12",
            "https://example.org/cell 22:13",
        ], "\(places.joined(separator: "\n"))")
    }

    /// `check --links` reports a dead bare link where it is written, after multi-byte text.
    @Test func aDeadBareLinkIsReportedOnItsLine() async throws {
        let servers = try LinkCheckTests.Servers()
        let gone = servers.url("/gone-410")
        let project = TestProject(files: [
            "content/hubs/test.md": LinkCheckTests.offlineHub,
            "content/opportunities/workshop.md": nil,
            "hubsite.yml": "title: Test hubs\nrules:\n  external-links: { timeout_seconds: 2 }\n",
            "content/opportunities/links.md": "---\ntitle: Links\nstart: 2027-03-01\nhubs: [test]\n---\nIntro.\n\nYr hen dudalen – “ŵ” 🎉 \(gone) moved; mail [nobody](mailto:nobody).\n",
        ])
        defer { project.remove() }
        let (diagnostics, _) = await LinkCheckTests.run(project)
        #expect(diagnostics.map(\.location).sorted() == [
            SourceLocation(file: "content/opportunities/links.md", line: 8, column: 24),
            SourceLocation(file: "content/opportunities/links.md", line: 8, column: 24 + gone.count + " moved; mail ".count),
        ], "\(diagnostics.summary)")
        #expect(diagnostics.first { $0.location.column == 24 }?.message.contains("410") == true, "\(diagnostics.summary)")
    }

    // MARK: Characters read past

    /// Invisible characters are reported at their own column and read past; every other
    /// position on their line (from Yams, cmark-gfm, a rule) is still the file's column, not
    /// one counted without them.
    @Test func positionsAfterAnInvisibleCharacterAreTheFilesColumns() throws {
        let zwsp = "\u{200B}", joiner = "\u{2060}"
        let text = "---\ntitle: Drop-in\nstart: 2027-03-01\nhubs: [test]\naudience: [parents-carers]\nlocation: Library\n"
            + "deadline: \(zwsp)1st\(joiner) of March\n---\nIntro \(zwsp)“ŵ” \(zwsp)[gone](/hubs/nowhere/) and [fine](/hubs/test/).\n"
        let project = TestProject(files: ["content/opportunities/drop-in.md": text])
        defer { project.remove() }
        let found = project.check().filter { $0.location.file == "content/opportunities/drop-in.md" }
        let lines = TextLines(text)
        func column(of needle: String, line: Int) -> Int {
            ColumnCounter.column(of: lines[line]!.range(of: needle)!.lowerBound, in: lines[line]!)
        }
        let invisible = found.filter { $0.message.contains("invisible character") }.map(\.location)
        #expect(invisible == [SourceLocation(file: "content/opportunities/drop-in.md", line: 7, column: 11),
                              SourceLocation(file: "content/opportunities/drop-in.md", line: 9, column: 7)], "\(found.summary)")
        // The date Yams reads starts after the first invisible character; the dead link after two.
        let deadline = try #require(found.first { $0.message.contains("deadline") || $0.location.line == 7 && !$0.message.contains("invisible") },
                                    "\(found.summary)")
        #expect(deadline.location.column == column(of: "1st", line: 7), "\(found.summary)")
        let link = try #require(found.first { $0.rule == RuleID.links }, "\(found.summary)")
        #expect(link.location == SourceLocation(file: "content/opportunities/drop-in.md", line: 9, column: column(of: "[gone]", line: 9)),
                "\(found.summary)")
    }

    @Test func aRemovedCharacterMovesOnlyWhatComesAfterIt() {
        var removed = RemovedCharacters()
        removed.add(line: 3, column: 2)
        removed.add(line: 3, column: 5)
        // Text read "abcdef" from the file "a·bc·def" (· removed): a b c d e f are at 1 3 4 6 7 8.
        #expect((1...6).map { removed.column($0, line: 3) } == [1, 3, 4, 6, 7, 8])
        #expect(removed.column(4, line: 2) == 4, "other lines keep their columns")
        let moved = removed.inFile(Diagnostic(severity: .error, rule: RuleID.links, location: SourceLocation(file: "f.md", line: 3, column: 4),
                                              message: "m", fix: TextFix(line: 3, column: 4, original: "d", replacement: "D")))
        #expect(moved.location.column == 6 && moved.fix?.column == 6)
    }

    // MARK: Yams

    /// Yams counts columns in Unicode scalars: a joined emoji is three, a flag seven.
    @Test func yamlPositionsCountCharactersNotScalars() throws {
        let config = "title: \"Hybiau – 👩‍💻 🏴󠁧󠁢󠁷󠁬󠁳󠁿\" extra\n"
        let (_, problems) = ConfigLoader.load(text: config)
        #expect(problems.map(\.location) == [SourceLocation(file: "hubsite.yml", line: 1, column: 23)], "\(problems.summary)")
        // A value after a joined emoji in a flow mapping: 59 and 76 characters in, 62 and 81 scalars.
        let flow = "title: Test\nrules: {introduction: {min_words: 60}, membership: {note: “ŵ” 👩‍💻, severity: sometimes}}\n"
        let (_, found) = ConfigLoader.load(text: flow)
        #expect(found.map(\.location) == [SourceLocation(file: "hubsite.yml", line: 2, column: 59), SourceLocation(file: "hubsite.yml", line: 2, column: 76)],
                "\(found.summary)")
    }

    // MARK: Own scanners

    @Test func aByteThatIsNotUTF8IsAtItsCharacterColumn() {
        #expect(TextNormaliser.normalise(Array("ŵŷ 🎉".utf8) + [0xFF]) == .failure(.notUTF8(line: 1, column: 5)))
        #expect(TextNormaliser.normalise(Array("a\r\nb\r👩‍💻".utf8) + [0xC0]) == .failure(.notUTF8(line: 3, column: 2)))
        #expect(TextNormaliser.normalise(Array("\u{FEFF}“x”".utf8) + [0]) == .failure(.binary(line: 1, column: 4)))
    }

    @Test func aWordFileWithCRLFEndingsIsReadLineByLine() {
        let parsed = Words.parse("# Cymraeg\r\nskip_link = Neidio i’r prif gynnwys\r\n  🎉 = dim\r\nsearch = Chwilio\r\n", file: "templates/words/cy.ftl", language: "cy")
        #expect(parsed.words.texts["skip_link"] == "Neidio i’r prif gynnwys")
        #expect(parsed.words.texts["search"] == "Chwilio")
        #expect(parsed.problems.map(\.location) == [SourceLocation(file: "templates/words/cy.ftl", line: 3, column: 3)])
        #expect(parsed.words.origins["search"] == SourceLocation(file: "templates/words/cy.ftl", line: 4, column: 1))
    }

    @Test func aTemplateCountsALoneCarriageReturnAsALineEnd() throws {
        let nodes = try TemplateParser.parse("<p>\r“ŵ” {{title}}\r\n🎉{{#x}}{{/x}}")
        #expect(nodes.compactMap(\.position) == [TemplatePosition(line: 2, column: 5), TemplatePosition(line: 3, column: 2)])
    }

    // MARK: Fixes and line endings

    @Test func fixesKeepEachLinesEnding() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("hubsite-fix-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        // A byte order mark, CRLF, a lone CR and an LF in one file; two fixes on one line.
        let original = "\u{FEFF}---\r\ntitle:Hwb ŵ\r\nwhen: [29/01/2027, “🎉”, 30/01/2027]\rlast: x\n---\r\n"
        try Data(original.utf8).write(to: root.appendingPathComponent("a.md"))
        let at = SourceLocation(file: "a.md", line: 1, column: 1)
        func fixing(_ fix: TextFix) -> Diagnostic {
            Diagnostic(severity: .error, rule: "front-matter", location: at, message: "m", fix: fix)
        }
        let fixer = ContentFixer(source: root)
        let plan = fixer.plan([
            fixing(TextFix(line: 2, column: 6, original: ":", replacement: ": ")),
            fixing(TextFix(line: 3, column: 8, original: "29/01/2027", replacement: "2027-01-29")),
            fixing(TextFix(line: 3, column: 25, original: "30/01/2027", replacement: "2027-01-30")),
            fixing(TextFix(line: 1, column: 1, original: "---", replacement: "---")),
        ])
        let fix = try #require(plan.first)
        #expect(fix.count == 4)
        #expect(Array(fix.fixed.utf8) == Array("\u{FEFF}---\r\ntitle: Hwb ŵ\r\nwhen: [2027-01-29, “🎉”, 2027-01-30]\rlast: x\n---\r\n".utf8))
        #expect(fix.lines.map(\.line) == [1, 2, 3] && fix.lines[2].after == "when: [2027-01-29, “🎉”, 2027-01-30]")
        #expect(ContentFixer.changedLines(from: fix.original, to: fix.fixed).map(\.line) == [2, 3])
        #expect(!ContentFixer.diff(plan, pathPrefix: "").contains("\r"))
    }

    /// `hubsite new hub … --lang cy` quotes the original's text even when it was saved with
    /// CRLF endings (its front matter was not found, so the text was left out).
    @Test func aTranslationOfACRLFPageQuotesItsText() throws {
        let project = TestProject(files: [
            "hubsite.yml": "title: Test\nlanguages: [en-GB, cy]\n",
            "content/hubs/test.md": TestProject.validHub.replacingOccurrences(of: "\n", with: "\r\n"),
        ])
        defer { project.remove() }
        let url = try Scaffold(today: TestProject.today).translation(kind: "hub", slug: "test", language: "cy", in: project.root)
        let text = try String(contentsOf: url, encoding: .utf8)
        #expect(text.components(separatedBy: "\n").contains("#   The Test Hub brings together a university, a college, schools and the council to support"), "\(text)")
        #expect(!text.contains("\r"))
    }

    // MARK: Human output

    /// The caret stands under the character the column names: an emoji is two cells wide.
    @Test func theCaretStandsUnderTheColumn() {
        var sources = SourceTexts()
        sources.add("---\ntitle: “ŵ” 🎉 👩‍💻 x\n", for: "a.md")
        let diagnostic = Diagnostic(severity: .error, rule: "front-matter", location: SourceLocation(file: "a.md", line: 2, column: 16), message: "m")
        let out = DiagnosticPrinter(format: .human, sources: sources).render([diagnostic], files: 1)
        #expect(out.contains(" 2 | title: “ŵ” 🎉 👩‍💻 x\n   | " + String(repeating: " ", count: 17) + "^\n"), "\(out)")
    }
}
