import HubModel

/// The mistakes people make writing YAML by hand, found line by line in the front matter
/// before (and besides) the YAML parser: a parser reports where it gave up, often a line
/// later and in its own terms ("could not find expected ':'"); these name the line where the
/// mistake is and, when the intended text is beyond doubt, carry the corrected text.
struct YAMLMistakes {
    /// One mistake, at a YAML line (1-based) and column (in characters, as `ColumnCounter`
    /// counts: the scanner works on `Character`s, so its counts are columns).
    struct Finding {
        var line: Int
        var column: Int
        var message: String
        var hint: String
        /// The correction that cannot be wrong, if there is one.
        var fix: (column: Int, original: String, replacement: String)?
        /// Whether the parser reports this mistake as well (true) or reads the line
        /// differently from what was meant (false: a `#` starting a comment inside a value).
        var breaksParsing: Bool
        /// Only a mistake when the parser fails (a quote may legally run on to the next line).
        var onlyWhenParsingFails = false
    }

    /// Spaces people paste from Word and Outlook that look like spaces but are not.
    static let lookalikeSpaces: Set<Character> = ["\u{00A0}", "\u{2007}", "\u{202F}", "\u{2009}", "\u{2002}", "\u{2003}"]
    static let curlyOpening: [Character: Character] = ["\u{201C}": "\"", "\u{201D}": "\"", "\u{201E}": "\"", "\u{2018}": "'", "\u{2019}": "'"]

    /// Field names of every level of the file's front matter.
    let knownKeys: Set<String>

    /// Every mistake found, at most one per line, in line order.
    func find(in yaml: String) -> [Finding] {
        Self.contentLines(of: yaml).compactMap { check($0.line, number: $0.number) }
    }

    /// The lines that hold YAML syntax, with their numbers: not blank lines, comments, or the
    /// text of a literal (`|`) or folded (`>`) block, where any text goes while indented.
    static func contentLines(of yaml: String) -> [(number: Int, line: Line)] {
        var lines: [(number: Int, line: Line)] = []
        var blockIndent: Int?
        for (index, text) in TextLines(yaml).all.enumerated() {
            let line = Line(text)
            if let indent = blockIndent {
                if line.isBlank || line.indentWidth > indent { continue }
                blockIndent = nil
            }
            if line.isBlank || line.content.first == "#" { continue }
            lines.append((index + 1, line))
            if line.opensBlockScalar { blockIndent = line.indentWidth }
        }
        return lines
    }

    /// The first line indented differently from the lines it belongs with: asked for only when
    /// the parser failed and nothing else explains it, since the parser's own message ("did
    /// not find expected key") names neither the line nor the indentation meant.
    func indentation(in yaml: String) -> Finding? {
        /// A column where a set of fields or a list's dashes start (0-based).
        struct Level { var column: Int; var isList: Bool }
        var levels = [Level(column: 0, isList: false)]
        var opensBlock = false
        for (number, line) in Self.contentLines(of: yaml) {
            let column = line.indentWidth
            let isDash = line.content.hasPrefix("- ") || line.content == "-"
            if opensBlock, column > levels.last!.column || (isDash && column == levels.last!.column) {
                levels.append(Level(column: column, isList: isDash))
            } else {
                var popped: Level?
                while levels.count > 1, levels.last!.column > column { popped = levels.removeLast() }
                let top = levels.last!
                if top.column != column || top.isList != isDash {
                    let candidates = [popped, top].compactMap { $0 }.filter { $0.isList == isDash }
                    guard let expected = candidates.min(by: { abs($0.column - column) < abs($1.column - column)
                        || (abs($0.column - column) == abs($1.column - column) && $0.column > $1.column) }) else { return nil }
                    let what = isDash ? "list item" : "line"
                    let others = isDash ? "the other items of the list" : "the lines it belongs with"
                    let corrected = String(repeating: " ", count: expected.column) + line.content
                    let message = expected.column == 0
                        ? "This \(what) is indented \(Self.spaces(column)), but \(others) start at the beginning of the line."
                        : "This \(what) is indented \(Self.spaces(column)), but \(others) are indented \(expected.column)."
                    let hint = expected.column == 0
                        ? "Start it at the beginning of the line, like the lines around it: \(Self.shown(corrected))."
                        : "Indent it by \(Self.spaces(expected.column)), like the lines around it: \(Self.shown(corrected))."
                    return Finding(line: number, column: column + 1, message: message, hint: hint, breaksParsing: true)
                }
            }
            if isDash, line.keyValue != nil { levels.append(Level(column: line.item.column - 1, isList: false)) }
            let value = line.keyValue?.value
            opensBlock = value.map { $0.isEmpty || $0.first == "#" } ?? false
        }
        return nil
    }

    /// A line of YAML quoted in a hint: in single quotes, as every hint quotes what to write,
    /// unless it holds a single quote itself.
    static func shown(_ line: String) -> String {
        line.contains("'") ? line : "'" + line + "'"
    }

    static func spaces(_ count: Int) -> String {
        count == 1 ? "1 space" : "\(count) spaces"
    }

    /// Whether YAML that parses may still hold a mistake `find` reports: a curly quote or a
    /// look-alike space (E2 80 xx or C2 A0 in UTF-8), a `#` after a space and before
    /// a letter or digit, or a tab. A byte scan, so that the line-by-line look is spent only on
    /// the files that need it: it doubled the time to check a large network.
    static func mayHideMistakes(_ yaml: String) -> Bool {
        var yaml = yaml
        return yaml.withUTF8 { bytes in
            var index = 0
            while index < bytes.count {
                switch bytes[index] {
                case 0xE2:
                    // U+2018/2019/201C/201D/201E quotes; U+2002/2003/2007/2009/202F spaces.
                    if index + 2 < bytes.count, bytes[index + 1] == 0x80,
                       [0x98, 0x99, 0x9C, 0x9D, 0x9E, 0x82, 0x83, 0x87, 0x89, 0xAF].contains(bytes[index + 2]) { return true }
                case 0xC2:
                    if index + 1 < bytes.count, bytes[index + 1] == 0xA0 { return true }
                case 0x09:
                    return true
                case UInt8(ascii: "#"):
                    if index > 0, bytes[index - 1] == 32, index + 1 < bytes.count, bytes[index + 1] != 32, bytes[index + 1] != 10 { return true }
                default:
                    break
                }
                index += 1
            }
            return false
        }
    }

    /// The YAML with every finding's fix applied.
    static func repaired(_ yaml: String, with findings: [Finding]) -> String {
        var lines = TextLines(yaml).all.map(String.init)
        for finding in findings {
            guard let fix = finding.fix, finding.line <= lines.count,
                  let fixed = TextFix(line: finding.line, column: fix.column, original: fix.original, replacement: fix.replacement)
                      .apply(to: Substring(lines[finding.line - 1])) else { continue }
            lines[finding.line - 1] = fixed
        }
        return lines.joined(separator: "\n")
    }

    // MARK: One line

    /// A line split into indentation, an optional list dash, key and value.
    struct Line {
        let text: Substring
        /// The leading run of spaces, tabs and look-alike spaces.
        let indent: Substring
        /// What follows the indentation.
        let content: Substring

        init(_ text: Substring) {
            self.text = text
            let end = text.firstIndex(where: { !($0 == " " || $0 == "\t" || YAMLMistakes.lookalikeSpaces.contains($0)) }) ?? text.endIndex
            indent = text[..<end]
            content = text[end...]
        }

        var isBlank: Bool { content.allSatisfy { $0 == " " || $0 == "\t" } }
        var indentWidth: Int { indent.count }

        /// The content after a list item's `- `, and its column.
        var item: (text: Substring, column: Int) {
            var rest = content
            var column = indent.count + 1
            while rest.hasPrefix("- ") || rest == "-" {
                rest = rest.dropFirst()
                column += 1
                let spaces = rest.prefix(while: { $0 == " " })
                rest = rest.dropFirst(spaces.count)
                column += spaces.count
            }
            return (rest, column)
        }

        /// `key` and the text after `key:` when the item is written `key: value` (or `key:` alone).
        var keyValue: (key: Substring, value: Substring, valueColumn: Int, keyColumn: Int)? {
            Self.keyValueOf(rest: item.text, column: item.column)
        }

        var opensBlockScalar: Bool {
            guard let value = keyValue?.value ?? (item.text.first == "|" || item.text.first == ">" ? item.text : nil) else { return false }
            let head = value.prefix(while: { $0 != " " && $0 != "#" })
            return (head.first == "|" || head.first == ">") && head.dropFirst().allSatisfy { "+-0123456789".contains($0) }
        }
    }

    private func check(_ line: Line, number: Int) -> Finding? {
        // A tab in the indentation.
        if let tab = line.indent.firstIndex(of: "\t") {
            let column = ColumnCounter.column(of: tab, in: line.text)
            return Finding(line: number, column: column,
                           message: "This line is indented with a tab; YAML allows only spaces for indentation.",
                           hint: "Replace the tab with spaces, so that the line starts in the same column as the lines it belongs with.",
                           breaksParsing: true, onlyWhenParsingFails: true)
        }
        // Look-alike spaces in the indentation.
        if let odd = line.indent.firstIndex(where: Self.lookalikeSpaces.contains) {
            let column = ColumnCounter.column(of: odd, in: line.text)
            let spaces = String(repeating: " ", count: line.indent.count)
            return Finding(line: number, column: column,
                           message: "The indentation of this line holds a non-breaking space (pasted from a word processor or email), which YAML does not count as a space.",
                           hint: "Indent the line with ordinary spaces: \(Self.shown(spaces + line.content)).",
                           fix: (1, String(line.indent), spaces), breaksParsing: true)
        }
        let (rest, restColumn) = line.item
        // `key:` followed by a look-alike space, or by no space at all.
        if let colon = rest.firstIndex(of: ":") {
            let key = rest[..<colon]
            let after = rest[rest.index(after: colon)...]
            if knownKeys.contains(String(key)), let next = after.first, next != " ", next != "\t" {
                let colonColumn = restColumn + key.count
                let corrected = String(key) + ": " + (Self.lookalikeSpaces.contains(next) ? after.dropFirst() : after)
                if Self.lookalikeSpaces.contains(next) {
                    return Finding(line: number, column: colonColumn + 1,
                                   message: "After '\(key):' comes a non-breaking space (pasted from a word processor or email), which YAML does not count as a space.",
                                   hint: "Write an ordinary space after the colon: \(Self.shown(corrected)).",
                                   fix: (colonColumn + 1, String(next), " "), breaksParsing: true)
                }
                if !rest.contains(": ") {
                    return Finding(line: number, column: colonColumn + 1,
                                   message: "There is no space after the colon of '\(key):', so YAML does not read this line as a field.",
                                   hint: "Put a space after the colon: \(Self.shown(corrected)).",
                                   fix: (colonColumn, ":", ": "), breaksParsing: true)
                }
            }
        }
        // `- #MyPMC`: a `#` right after a list item's dash starts a comment, so the item is
        // empty, where a hashtag (or a number, #1) was meant.
        if rest.hasPrefix("#"), restColumn > line.indent.count + 1, let next = rest.dropFirst().first, next != " " {
            let text = String(rest).trimmingCharacters(in: .whitespaces)
            return Finding(line: number, column: restColumn,
                           message: "YAML reads '\(text)' after '- ' as a comment, so this item is empty.",
                           hint: "Put it in quotes: \(Self.shown("- \(Self.quoted(text, preferring: "\""))")), or write a hashtag without its '#'.",
                           breaksParsing: false)
        }
        guard let (key, rawValue, valueColumn, _) = Line.keyValueOf(rest: rest, column: restColumn) else { return nil }
        // `hashtags: #MyPMC`: the same after a field's colon, so the field has no value.
        if knownKeys.contains(String(key)), rawValue.hasPrefix("#"), let next = rawValue.dropFirst().first, next != " " {
            let text = String(rawValue).trimmingCharacters(in: .whitespaces)
            return Finding(line: number, column: valueColumn,
                           message: "YAML reads '\(text)' after '\(key):' as a comment, so '\(key)' has no value.",
                           hint: "Put it in quotes: \(Self.shown("\(key): \(Self.quoted(text, preferring: "\""))")), or write a hashtag without its '#'.",
                           breaksParsing: false)
        }
        let value = rawValue.hasSuffix(" ") ? rawValue.prefix(upTo: rawValue.lastIndex(where: { $0 != " " }).map { rawValue.index(after: $0) } ?? rawValue.startIndex) : rawValue
        // Nothing after the colon but perhaps a comment.
        guard let first = value.first, first != "#" else { return nil }
        // Curly quotes where YAML needs straight ones.
        if let straight = Self.curlyOpening[first] {
            let closing = value.dropFirst().lastIndex(where: { Self.curlyOpening[$0] != nil })
            let inner: Substring
            if let closing, value.index(after: closing) == value.endIndex {
                inner = value[value.index(after: value.startIndex)..<closing]
            } else {
                return Finding(line: number, column: valueColumn,
                               message: "The value of '\(key)' starts with a curly quote (\(first)), pasted from a word processor; YAML only knows straight quotes.",
                               hint: "Write straight quotes around the whole value, or none: \(Self.shown("\(key): \"\(value.dropFirst())\"")).",
                               breaksParsing: value.contains(": "))
            }
            let quoted = Self.quoted(String(inner), preferring: straight)
            return Finding(line: number, column: valueColumn,
                           message: "The value of '\(key)' is in curly quotes (\(first)…\(value.last!)), pasted from a word processor; YAML only knows straight quotes, so the curly ones would show on the page.",
                           hint: "Write it with straight quotes: \(Self.shown("\(key): \(quoted)")).",
                           fix: (valueColumn, String(value), quoted), breaksParsing: value.contains(": "))
        }
        if first == "[" || first == "{" {
            let closing: Character = first == "[" ? "]" : "}"
            let depth = value.reduce(0) { $0 + ($1 == first ? 1 : ($1 == closing ? -1 : 0)) }
            guard depth > 0 else { return nil }
            return Finding(line: number, column: valueColumn,
                           message: "The '\(first)' that starts the value of '\(key)' is not closed on this line.",
                           hint: "Close it with '\(closing)' at the end of the value, or write each item on a line of its own.",
                           breaksParsing: true, onlyWhenParsingFails: true)
        }
        guard !"\"'|>&*!%@`".contains(first) else {
            if first == "\"" || first == "'", !Self.closesQuote(value, quote: first) {
                return Finding(line: number, column: valueColumn,
                               message: "The quote (\(first)) that starts the value of '\(key)' is never closed.",
                               hint: "Close it at the end of the value: \(Self.shown("\(key): \(value)\(first)")).",
                               breaksParsing: true, onlyWhenParsingFails: true)
            }
            return nil
        }
        let comment = Self.commentStart(value)
        let meant = comment.map { value[..<$0] } ?? value
        // ': ' inside a plain value.
        if let inner = meant.range(of: ": ") ?? (meant.hasSuffix(":") ? meant.index(before: meant.endIndex)..<meant.endIndex : nil) {
            let column = valueColumn + meant.distance(from: meant.startIndex, to: inner.lowerBound)
            let trimmed = String(meant).trimmingCharacters(in: .whitespaces)
            let quoted = Self.quoted(trimmed, preferring: "\"")
            return Finding(line: number, column: column,
                           message: "The value of '\(key)' contains ': ', which YAML reads as the start of another field.",
                           hint: "Put the value in quotes: \(Self.shown("\(key): \(quoted)")).",
                           fix: comment == nil ? (valueColumn, trimmed, quoted) : nil, breaksParsing: true)
        }
        // ' #' inside a plain value, not followed by a space: a hashtag or number, not a comment.
        if let hash = comment, value.index(after: hash) < value.endIndex, value[value.index(after: hash)] != " " {
            let column = valueColumn + value.distance(from: value.startIndex, to: hash)
            let kept = String(value[..<hash]).trimmingCharacters(in: .whitespaces)
            return Finding(line: number, column: column,
                           message: "YAML reads ' #' as the start of a comment, so '\(key)' would be only \"\(kept)\" and the rest would be left out.",
                           hint: "Put the value in quotes to keep the '#': \(Self.shown("\(key): \(Self.quoted(String(value), preferring: "\""))")).",
                           breaksParsing: false)
        }
        return nil
    }

    /// Where a comment starts in a plain value: a `#` after a space.
    static func commentStart(_ value: Substring) -> Substring.Index? {
        var previous: Character = "x"
        for index in value.indices {
            if value[index] == "#", previous == " " { return index }
            previous = value[index]
        }
        return nil
    }

    static func closesQuote(_ value: Substring, quote: Character) -> Bool {
        var index = value.index(after: value.startIndex)
        while index < value.endIndex {
            let character = value[index]
            if quote == "\"", character == "\\" {
                index = value.index(after: index)
                if index < value.endIndex { index = value.index(after: index) }
                continue
            }
            if character == quote {
                let next = value.index(after: index)
                if quote == "'", next < value.endIndex, value[next] == "'" { index = value.index(after: next); continue }
                return true
            }
            index = value.index(after: index)
        }
        return false
    }

    /// `text` as a quoted YAML value.
    static func quoted(_ text: String, preferring quote: Character) -> String {
        if quote == "'" || text.contains("\\") {
            return "'" + text.replacingOccurrences(of: "'", with: "''") + "'"
        }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }
}

extension YAMLMistakes.Line {
    /// `key`, the value after `key: ` and their columns, for the text after any list dash.
    static func keyValueOf(rest: Substring, column: Int) -> (key: Substring, value: Substring, valueColumn: Int, keyColumn: Int)? {
        guard let first = rest.first, first != "\"", first != "'", first != "#", first != "[", first != "{" else { return nil }
        var index = rest.startIndex
        while index < rest.endIndex {
            if rest[index] == ":" {
                let next = rest.index(after: index)
                if next == rest.endIndex || rest[next] == " " || rest[next] == "\t" {
                    let spaces = rest[next...].prefix(while: { $0 == " " || $0 == "\t" })
                    let value = rest[next...].dropFirst(spaces.count)
                    return (rest[..<index], value, column + rest.distance(from: rest.startIndex, to: next) + spaces.count, column)
                }
            }
            index = rest.index(after: index)
        }
        return nil
    }
}
