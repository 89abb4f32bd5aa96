import HubModel
import Yams

/// Reads typed values out of a composed YAML tree, recording where every key and value sits
/// and collecting a `front-matter` diagnostic for anything of the wrong shape.
///
/// It never throws: a wrong field is reported and skipped so that every problem in every file
/// is reported in one run. Unknown keys are reported with a "did you mean" suggestion, so a
/// typo such as `meetngs` is never silently ignored.
public struct FieldReader {
    public static let rule = RuleID.frontMatter
    /// Nodes a single file may make the reader visit: bounds YAML aliases that expand to
    /// millions of nodes ("billion laughs").
    public static let nodeBudget = 50_000
    /// The longest text value accepted: far beyond any name, title or address.
    public static let maxValueLength = 10_000

    public let file: String
    /// Added to a YAML line to get the file line.
    let lineOffset: Int
    public private(set) var diagnostics: [Diagnostic] = []
    public var fields: FieldLocations
    private var visited = 0
    private var budgetExceeded = false

    /// - Parameter closingLine: the file line of the closing `---`, where missing keys belong.
    public init(file: String, yamlFirstLine: Int, closingLine: Int? = nil) {
        self.file = file
        self.lineOffset = yamlFirstLine - 1
        self.fields = FieldLocations(document: SourceLocation(file: file, line: max(1, yamlFirstLine - 1), column: 1),
                                     missing: closingLine.map { SourceLocation(file: file, line: $0, column: 1) })
    }

    public func location(of node: Node) -> SourceLocation {
        guard let mark = node.mark else { return fields.document }
        return SourceLocation(file: file, line: mark.line + lineOffset, column: mark.column)
    }

    public func location(line yamlLine: Int, column: Int) -> SourceLocation {
        SourceLocation(file: file, line: yamlLine + lineOffset, column: column)
    }

    public mutating func report(_ message: String, at location: SourceLocation, hint: String? = nil,
                                rule: String = FieldReader.rule, severity: Severity = .error) {
        diagnostics.append(Diagnostic(severity: severity, rule: rule, location: location, message: message, hint: hint))
    }

    // MARK: Shapes

    /// Counts a visited node; false once the budget is spent (reported once).
    private mutating func visit(_ node: Node) -> Bool {
        visited += 1
        if visited > Self.nodeBudget {
            if !budgetExceeded {
                budgetExceeded = true
                report("The front matter is too large: it has more than \(Self.nodeBudget) values (YAML anchors and aliases can multiply a few lines into millions).",
                       at: location(of: node),
                       hint: "Write each value out in full; hubsite does not need YAML anchors (&) or aliases (*).")
            }
            return false
        }
        return true
    }

    static func describe(_ node: Node) -> String {
        switch node {
        case .mapping: return "a set of fields"
        case .sequence: return "a list"
        case .scalar(let scalar): return "\"\(scalar.string.prefix(60))\""
        case .alias: return "an alias"
        }
    }

    static func isNull(_ node: Node) -> Bool {
        guard case .scalar(let scalar) = node else { return false }
        return scalar.style == .plain && ["", "~", "null", "Null", "NULL"].contains(scalar.string)
    }

    public static func join(_ parent: String, _ key: String) -> String {
        parent.isEmpty ? key : parent + "." + key
    }

    /// A mapping's known keys by name; reports unknown and non-string keys.
    /// Returns nil (after reporting) when the node is not a mapping.
    public mutating func mapping(_ node: Node, path: String, allowed: [String], what: String) -> [String: Node]? {
        guard visit(node) else { return nil }
        guard case .mapping(let mapping) = node else {
            let name = path.isEmpty ? "The front matter" : "'\(path)'"
            report("\(name) should be \(what), but it is \(Self.describe(node)).", at: location(of: node),
                   hint: "Write it as indented 'key: value' lines.")
            return nil
        }
        var result: [String: Node] = [:]
        for (keyNode, value) in mapping {
            guard case .scalar(let keyScalar) = keyNode else {
                report("A key in '\(path)' is not a plain name.", at: location(of: keyNode), hint: "Keys are single words such as 'title'.")
                continue
            }
            let key = keyScalar.string
            let childPath = Self.join(path, key)
            guard allowed.contains(key) else {
                let place = path.isEmpty ? "a \(what)" : "'\(path)'"
                var hint = "Known fields here: \(allowed.joined(separator: ", "))."
                if let guess = Suggestion.closest(to: key, in: allowed) {
                    hint = "Did you mean '\(guess)'? " + hint
                }
                report("Unknown field '\(key)' in \(place).", at: location(of: keyNode), hint: hint)
                continue
            }
            fields.record(key: childPath, at: location(of: keyNode))
            if !Self.isNull(value) {
                fields.record(value: childPath, at: location(of: value))
                result[key] = value
            }
        }
        return result
    }

    /// A list's items; a single value where a list belongs is reported.
    public mutating func list(_ node: Node?, path: String, itemName: String) -> [Node] {
        guard let node, visit(node) else { return [] }
        guard case .sequence(let sequence) = node else {
            report("'\(path)' should be a list of \(itemName), but it is \(Self.describe(node)).", at: location(of: node),
                   hint: "Start each item on its own line with '- '.")
            return []
        }
        var items: [Node] = []
        for (index, item) in sequence.enumerated() {
            guard visit(item) else { break }
            fields.record(value: "\(path)[\(index)]", at: location(of: item))
            items.append(item)
        }
        return items
    }

    // MARK: Scalars

    /// A text value; nil when absent. Lists and maps are reported.
    public mutating func string(_ node: Node?, path: String) -> String? {
        guard let node, visit(node) else { return nil }
        guard case .scalar(let scalar) = node else {
            report("'\(path)' should be text, but it is \(Self.describe(node)).", at: location(of: node),
                   hint: "Write a single value after the colon, e.g. '\(Self.leaf(path)): Some text'.")
            return nil
        }
        if scalar.string.utf8.count > Self.maxValueLength {
            report("'\(path)' is \(scalar.string.utf8.count) characters long; no field needs more than \(Self.maxValueLength).", at: location(of: node),
                   hint: "Shorten it; long text belongs in the Markdown below the front matter.")
            return nil
        }
        let text = Whitespace.trimmed(scalar.string)
        return text.isEmpty ? nil : text
    }

    public mutating func date(_ node: Node?, path: String) -> LocalDate? {
        guard let text = string(node, path: path) else { return nil }
        guard let date = LocalDate(iso: text) else {
            report("'\(path)' is not a date (expected YYYY-MM-DD, got \"\(text.prefix(40))\").", at: location(of: node!),
                   hint: "Write the date as year-month-day, e.g. '\(Self.leaf(path)): 2026-12-03'.")
            return nil
        }
        return date
    }

    public mutating func time(_ node: Node?, path: String) -> LocalTime? {
        guard let text = string(node, path: path) else { return nil }
        guard let time = LocalTime(text: text) else {
            report("'\(path)' is not a time of day (expected HH:MM on the 24-hour clock, got \"\(text.prefix(40))\").",
                   at: location(of: node!), hint: "Write the time like '\(Self.leaf(path)): \"14:30\"'.")
            return nil
        }
        return time
    }

    public mutating func dateTime(_ node: Node?, path: String) -> LocalDateTime? {
        guard let text = string(node, path: path) else { return nil }
        switch LocalDateTime.parse(text) {
        case .success(let value):
            return value
        case .failure(.badDate):
            report("'\(path)' is not a date (expected YYYY-MM-DD or YYYY-MM-DD HH:MM, got \"\(text.prefix(40))\").",
                   at: location(of: node!), hint: "Write e.g. '\(Self.leaf(path)): 2026-12-03' or '\(Self.leaf(path)): 2026-12-03 14:30'.")
        case .failure(.badTime):
            report("'\(path)' has a time that does not exist (got \"\(text.prefix(40))\"; hours run 00–23, minutes 00–59).",
                   at: location(of: node!), hint: "Write e.g. '\(Self.leaf(path)): 2026-12-03 14:30'.")
        }
        return nil
    }

    public mutating func bool(_ node: Node?, path: String) -> Bool? {
        guard let text = string(node, path: path) else { return nil }
        switch text.lowercased() {
        case "true", "yes", "on": return true
        case "false", "no", "off": return false
        default:
            report("'\(path)' should be true or false, got \"\(text.prefix(40))\".", at: location(of: node!),
                   hint: "Write '\(Self.leaf(path)): true' or '\(Self.leaf(path)): false'.")
            return nil
        }
    }

    public mutating func integer(_ node: Node?, path: String, range: ClosedRange<Int> = 0...1_000_000) -> Int? {
        guard let text = string(node, path: path) else { return nil }
        guard let value = Int(text), range.contains(value) else {
            report("'\(path)' should be a whole number from \(range.lowerBound) to \(range.upperBound), got \"\(text.prefix(40))\".",
                   at: location(of: node!), hint: "Write a number such as '\(Self.leaf(path)): 12'.")
            return nil
        }
        return value
    }

    /// A value from a fixed set (e.g. member types), with a suggestion for near misses.
    public mutating func choice<T: RawRepresentable & CaseIterable>(_ node: Node?, path: String, as type: T.Type,
                                                                     rule: String = FieldReader.rule) -> T?
    where T.RawValue == String {
        guard let text = string(node, path: path) else { return nil }
        if let value = T(rawValue: text) { return value }
        if let value = T(rawValue: text.lowercased()) { return value }
        let names = T.allCases.map(\.rawValue)
        var hint = "Use one of: \(names.joined(separator: ", "))."
        if let guess = Suggestion.closest(to: text, in: names) { hint = "Did you mean '\(guess)'? " + hint }
        report("'\(path)' has an unknown value \"\(text.prefix(40))\".", at: location(of: node!), hint: hint, rule: rule)
        return nil
    }

    /// A list of text values; a single value is accepted as a list of one.
    public mutating func strings(_ node: Node?, path: String) -> [String] {
        guard let node else { return [] }
        if case .scalar = node { return string(node, path: path).map { [$0] } ?? [] }
        return list(node, path: path, itemName: "values").enumerated().compactMap { index, item in
            string(item, path: "\(path)[\(index)]")
        }
    }

    static func leaf(_ path: String) -> String {
        let last = path.split(separator: ".").last.map(String.init) ?? path
        return last.split(separator: "[").first.map(String.init) ?? last
    }
}
