import Foundation
import HubModel
import HubRules

/// Turns diagnostics into text in one of the four formats.
public struct DiagnosticPrinter: Sendable {
    public let format: DiagnosticFormat
    /// Shown before each file path (the source folder relative to where hubsite runs), so the
    /// paths open in an editor and match the repository in CI.
    public let pathPrefix: String
    public let colour: Bool
    public let sources: SourceTexts
    public let catalogue: RuleCatalogue

    public init(format: DiagnosticFormat, pathPrefix: String = "", colour: Bool = false, sources: SourceTexts = SourceTexts(),
                catalogue: RuleCatalogue = .builtIn) {
        self.format = format
        self.pathPrefix = pathPrefix
        self.colour = colour
        self.sources = sources
        self.catalogue = catalogue
    }

    public func render(_ diagnostics: [Diagnostic], files: Int) -> String {
        switch format {
        case .human: return human(diagnostics, files: files)
        case .github: return github(diagnostics, files: files)
        case .json: return json(diagnostics, files: files)
        case .sarif: return sarif(diagnostics)
        }
    }

    func path(_ file: String) -> String { pathPrefix + file }

    // MARK: human

    private func paint(_ text: String, _ code: String) -> String {
        colour ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }

    func human(_ diagnostics: [Diagnostic], files: Int) -> String {
        var out = ""
        for diagnostic in diagnostics {
            let location = diagnostic.location
            let label: String
            switch diagnostic.severity {
            case .error: label = paint("error", "1;31")
            case .note: label = paint("note", "1;36")
            default: label = paint("warning", "1;33")
            }
            out += paint("\(path(location.file)):\(location.line):\(location.column):", "1") + " \(label)[\(diagnostic.rule)]: \(diagnostic.message)\n"
            if let line = sources.line(location.line, of: location.file) {
                let number = String(location.line)
                let gutter = String(repeating: " ", count: number.count)
                let shown = line.replacingOccurrences(of: "\t", with: " ")
                let visible = shown.count > 200 ? String(shown.prefix(200)) + "…" : shown
                out += " \(number) | \(visible)\n"
                let caretColumn = min(max(1, location.column), visible.count + 1)
                out += " \(gutter) | " + Self.indent(under: visible.prefix(caretColumn - 1)) + paint("^", "1;32") + "\n"
            }
            if let hint = diagnostic.hint { out += "  " + paint("hint:", "1;36") + " \(hint)\n" }
            out += "\n"
        }
        out += DiagnosticSummary(diagnostics, files: files).text + "\n"
        return out
    }

    /// Spaces as wide on a terminal as `text`: a column is one character (`ColumnCounter`),
    /// but an emoji or a CJK character is drawn two cells wide, and the caret must stand under
    /// the character the column names.
    static func indent(under text: Substring) -> String {
        var width = 0
        for character in text {
            width += isWide(character) ? 2 : 1
        }
        return String(repeating: " ", count: width)
    }

    /// Whether a terminal draws the character two cells wide: emoji shown as emoji, and the
    /// East Asian wide and full-width ranges.
    static func isWide(_ character: Character) -> Bool {
        guard let first = character.unicodeScalars.first, !first.isASCII else { return false }
        if first.properties.isEmojiPresentation || character.unicodeScalars.contains("\u{FE0F}") { return true }
        switch first.value {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF,
             0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x20000...0x3FFFD:
            return true
        default:
            return false
        }
    }

    // MARK: github

    static func escapeData(_ text: String) -> String {
        text.replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: "\r", with: "%0D").replacingOccurrences(of: "\n", with: "%0A")
    }

    static func escapeProperty(_ text: String) -> String {
        escapeData(text).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
    }

    func github(_ diagnostics: [Diagnostic], files: Int) -> String {
        var out = ""
        for diagnostic in diagnostics {
            let command = diagnostic.severity == .error ? "error" : (diagnostic.severity == .note ? "notice" : "warning")
            let l = diagnostic.location
            var message = diagnostic.message
            if let hint = diagnostic.hint { message += "\nHint: " + hint }
            out += "::\(command) file=\(Self.escapeProperty(path(l.file))),line=\(l.line),col=\(l.column),title=\(Self.escapeProperty("hubsite " + diagnostic.rule))::\(Self.escapeData(message))\n"
        }
        out += DiagnosticSummary(diagnostics, files: files).text + "\n"
        return out
    }

    // MARK: json

    func json(_ diagnostics: [Diagnostic], files: Int) -> String {
        let summary = DiagnosticSummary(diagnostics, files: files)
        let object: [String: Any] = [
            "version": 1,
            "summary": ["errors": summary.errors, "warnings": summary.warnings, "notes": summary.notes, "files": summary.files],
            "diagnostics": diagnostics.map { d -> [String: Any] in
                var item: [String: Any] = ["severity": d.severity.rawValue, "rule": d.rule, "file": path(d.location.file),
                                           "line": d.location.line, "column": d.location.column, "message": d.message]
                if let hint = d.hint { item["hint"] = hint }
                if let fix = d.fix {
                    item["fix"] = ["line": fix.line, "column": fix.column, "original": fix.original, "replacement": fix.replacement]
                }
                return item
            },
        ]
        return Self.serialise(object)
    }

    // MARK: sarif

    func sarif(_ diagnostics: [Diagnostic]) -> String {
        let rules = catalogue.rules.map { rule -> [String: Any] in
            [
                "id": rule.id,
                "shortDescription": ["text": rule.summary],
                "fullDescription": ["text": rule.summary + " Source: " + catalogue.title(ofDocument: rule.source.document) + ": \"" + rule.source.quote + "\""],
                "defaultConfiguration": ["level": rule.severity == .warning ? "warning" : "error"],
            ]
        }
        let results = diagnostics.map { d -> [String: Any] in
            var message = d.message
            if let hint = d.hint { message += " Hint: " + hint }
            return [
                "ruleId": d.rule,
                "level": d.severity == .error ? "error" : (d.severity == .note ? "note" : "warning"),
                "message": ["text": message],
                "locations": [["physicalLocation": [
                    "artifactLocation": ["uri": path(d.location.file)],
                    "region": ["startLine": d.location.line, "startColumn": d.location.column],
                ]]],
            ]
        }
        let object: [String: Any] = [
            "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
            "version": "2.1.0",
            "runs": [[
                "tool": ["driver": ["name": "hubsite", "informationUri": "https://www.scipalliance.org/", "rules": rules]],
                "results": results,
            ]],
        ]
        return Self.serialise(object)
    }

    static func serialise(_ object: Any) -> String {
        let data = (try? JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])) ?? Data()
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
