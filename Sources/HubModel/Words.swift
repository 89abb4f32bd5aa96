/// The words a theme writes in one language, from a word file such as `words/cy.ftl`: one
/// `key = text` per line, in the syntax of Fluent's simple messages (Project Fluent, which
/// Firefox and Pontoon use), with `{ $name }` where a value goes ("Hubs in { $region }") and
/// `#` comments. The built-in theme's words come with hubsite for English (`en-GB`) and Welsh
/// (`cy`); a project's `templates/words/<language>.ftl` overrides them text by text, as a
/// template in `templates/` overrides a built-in one.
public struct Words: Hashable, Sendable {
    /// The language tag, e.g. `cy`.
    public let language: String
    public private(set) var texts: [String: String]
    /// Where each text was written, for messages about it.
    public private(set) var origins: [String: SourceLocation]

    public init(language: String, texts: [String: String] = [:], origins: [String: SourceLocation] = [:]) {
        self.language = language
        self.texts = texts
        self.origins = origins
    }

    /// The text of `key`; the key itself when there is none (loading has reported it).
    public subscript(key: String) -> String {
        texts[key] ?? key
    }

    /// The text of `key` with each `{ $name }` replaced by its value.
    public func format(_ key: String, _ values: [String: String]) -> String {
        var text = self[key]
        guard text.contains("{") else { return text }
        for (name, value) in values {
            text = text.replacingOccurrences(of: "{ $\(name) }", with: value)
        }
        return text
    }

    /// `one` when `count` is 1, else `other`, each with `{ $count }` filled in.
    public func count(_ count: Int, one: String, other: String) -> String {
        format(count == 1 ? one : other, ["count": String(count)])
    }

    /// These words with each of `overrides`' texts in place of its own.
    public func overridden(by overrides: Words) -> Words {
        var copy = self
        for (key, text) in overrides.texts {
            copy.texts[key] = text
            copy.origins[key] = overrides.origins[key]
        }
        return copy
    }

    /// A word file's texts, and an error at each line that is not `key = text`.
    public static func parse(_ source: String, file: String, language: String) -> (words: Words, problems: [Diagnostic]) {
        var words = Words(language: language)
        var problems: [Diagnostic] = []
        // Lines split on bytes (`TextLines`): a file saved with CRLF endings is read line by line too.
        for (offset, line) in TextLines(source).all.enumerated() {
            let trimmed = line.drop { $0 == " " || $0 == "\t" }
            guard !trimmed.isEmpty, !trimmed.hasPrefix("#") else { continue }
            let location = SourceLocation(file: file, line: offset + 1, column: ColumnCounter.column(of: trimmed.startIndex, in: line))
            guard let equals = trimmed.firstIndex(of: "="),
                  case let key = Whitespace.trimmedSpaces(trimmed[..<equals]), isKey(key) else {
                problems.append(Diagnostic(severity: .error, rule: RuleID.template, location: location,
                    message: "This line of the word file is not 'name = text'.",
                    hint: "Write one text per line, e.g. 'skip_link = Skip to main content'; start a comment with #."))
                continue
            }
            let text = Whitespace.trimmedSpaces(trimmed[trimmed.index(after: equals)...])
            if words.texts[key] != nil {
                problems.append(Diagnostic(severity: .error, rule: RuleID.template, location: location,
                    message: "'\(key)' is given twice in this word file.", hint: "Keep one of the two lines."))
            }
            words.texts[key] = text
            words.origins[key] = location
        }
        return (words, problems)
    }

    /// A key: a letter, then letters, digits, `_` and `-` (Fluent's identifiers).
    public static func isKey(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, first.isASCIILetter else { return false }
        return text.unicodeScalars.allSatisfy { $0.isASCIILetter || ("0"..."9").contains($0) || $0 == "_" || $0 == "-" }
    }

    /// The words hubsite comes with for `language` (`en-GB`, `cy`), matched by the language
    /// alone when the region differs (`en` and `en-US` get `en-GB`, `cy-GB` gets `cy`); nil
    /// for a language it has none for.
    public static func builtIn(for language: String) -> Words? {
        let primary = language.split(separator: "-").first.map { $0.lowercased() } ?? ""
        guard let index = builtInFiles.firstIndex(where: { $0.language.lowercased() == language.lowercased() })
                ?? builtInFiles.firstIndex(where: { $0.language.split(separator: "-").first?.lowercased() == primary }) else { return nil }
        let words = builtInWords[index]
        return Words(language: language, texts: words.texts, origins: words.origins)
    }

    /// Each of `builtInFiles` parsed, once for the process: every run looks up the built-in
    /// words several times (the theme, the plan of each language, the language switcher), and
    /// parsing them each time was a seventh of a check of a dozen hubs.
    private static let builtInWords: [Words] = builtInFiles.map {
        parse($0.text, file: "(built-in) words/\($0.language).ftl", language: $0.language).words
    }

    /// The word files hubsite comes with, by language, as written.
    public static let builtInFiles: [(language: String, text: String)] = [
        ("en-GB", String(decoding: PackageResources.en_GB_ftl, as: UTF8.self)),
        ("cy", String(decoding: PackageResources.cy_ftl, as: UTF8.self)),
    ]

    /// The built-in English words: what pages say when nothing else is given (tests, tools).
    public static let english: Words = builtIn(for: "en-GB") ?? Words(language: "en-GB")
}

private extension Unicode.Scalar {
    var isASCIILetter: Bool { ("a"..."z").contains(self) || ("A"..."Z").contains(self) }
}
