import Foundation
import Yams

/// A value of a CMS configuration, with its keys in the order written: the configurations
/// `CMSConfig` makes are read by people too, so a field reads name, label, widget, required,
/// hint, in that order, rather than sorted. Written as YAML through Yams (which quotes a text
/// that would read as another type, `'true'`, `'14:00'`) or as JSON.
public indirect enum CMSValue: Equatable, Sendable, ExpressibleByStringLiteral, ExpressibleByBooleanLiteral, ExpressibleByIntegerLiteral,
    ExpressibleByArrayLiteral {
    case text(String)
    case boolean(Bool)
    case integer(Int)
    case list([CMSValue])
    case object([(String, CMSValue)])

    public init(stringLiteral value: String) { self = .text(value) }
    public init(booleanLiteral value: Bool) { self = .boolean(value) }
    public init(integerLiteral value: Int) { self = .integer(value) }
    public init(arrayLiteral items: CMSValue...) { self = .list(items) }

    public static func == (left: CMSValue, right: CMSValue) -> Bool {
        switch (left, right) {
        case let (.text(a), .text(b)): return a == b
        case let (.boolean(a), .boolean(b)): return a == b
        case let (.integer(a), .integer(b)): return a == b
        case let (.list(a), .list(b)): return a == b
        case let (.object(a), .object(b)): return a.map(\.0) == b.map(\.0) && a.map(\.1) == b.map(\.1)
        default: return false
        }
    }

    /// The value of `key` in an object (nil for another value or a missing key).
    public subscript(key: String) -> CMSValue? {
        if case .object(let pairs) = self { return pairs.first { $0.0 == key }?.1 }
        return nil
    }

    var node: Node {
        switch self {
        case .text(let text): return Node(text, Tag(.str), Self.readsAsAnotherType(text) ? .singleQuoted : .any)
        case .boolean(let value): return Node(value ? "true" : "false", Tag(.bool))
        case .integer(let value): return Node(String(value), Tag(.int))
        case .list(let items): return Node(items.map(\.node))
        case .object(let pairs): return Node(pairs.map { (Node($0.0, Tag(.str)), $0.1.node) })
        }
    }

    /// A text that a YAML 1.1 reader (PyYAML, Ruby's) takes for another type when written
    /// plain: empty (null), `on`, `no`, `y` (booleans), `14:00` (a number, base 60). Yams,
    /// reading YAML 1.2, would write them plain; they are quoted for every reader.
    static func readsAsAnotherType(_ text: String) -> Bool {
        if ["", "~", "null", "y", "n", "yes", "no", "on", "off", "true", "false"].contains(text.lowercased()) { return true }
        guard let first = text.unicodeScalars.first else { return true }
        let digits = text.unicodeScalars.dropFirst(first == "-" || first == "+" ? 1 : 0)
        return !digits.isEmpty && digits.first.map { ("0"..."9").contains($0) || $0 == "." } == true
            && digits.allSatisfy { ("0"..."9").contains($0) || $0 == "_" || $0 == ":" || $0 == "." }
    }

    /// As a YAML document: block style, two-space indentation, long lines kept whole.
    public var yaml: String {
        (try? Yams.serialize(node: node, indent: 2, width: -1, allowUnicode: true)) ?? ""
    }

    /// As JSON: two-space indentation, keys in their order, ending in a newline.
    public var json: String { json(indent: "") + "\n" }

    private func json(indent: String) -> String {
        let inner = indent + "  "
        switch self {
        case .text(let text): return Self.quoted(text)
        case .boolean(let value): return value ? "true" : "false"
        case .integer(let value): return String(value)
        case .list(let items):
            if items.isEmpty { return "[]" }
            return "[\n" + items.map { inner + $0.json(indent: inner) }.joined(separator: ",\n") + "\n\(indent)]"
        case .object(let pairs):
            if pairs.isEmpty { return "{}" }
            return "{\n" + pairs.map { inner + Self.quoted($0.0) + ": " + $0.1.json(indent: inner) }.joined(separator: ",\n") + "\n\(indent)}"
        }
    }

    /// A JSON string: quotes, backslashes and control characters escaped.
    static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\t": result += "\\t"
            case "\r": result += "\\r"
            default:
                if scalar.value < 0x20 {
                    result += String(format: "\\u%04x", scalar.value)
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }
}
