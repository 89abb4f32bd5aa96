/// How a field's value is written and read: what the loader reads it as, what the JSON Schema
/// allows, what the field reference says. A struct rather than an indirect enum: the tables are
/// static, and LeakSanitizer does not follow pointers to enum boxes (it reported them).
public struct FieldKind: Sendable {
    public enum Shape: Sendable {
        case text, date, time, dateTime, boolean, integer, choice, fields, list
    }

    public var shape: Shape
    /// The values of a `choice`.
    public var values: [String] = []
    /// The range of an `integer`.
    public var range: ClosedRange<Int> = 0...0
    /// The fields of a set (`fields`) or of each item of a `list`.
    public var fields: [FieldSpec] = []
    /// One value, or a list of them.
    public var oneOrMore = false

    /// Text; YYYY-MM-DD; HH:MM on the 24-hour clock; YYYY-MM-DD or YYYY-MM-DD HH:MM;
    /// true/false (yes/no, on/off too).
    public static let text = FieldKind(shape: .text), date = FieldKind(shape: .date), time = FieldKind(shape: .time)
    public static let dateTime = FieldKind(shape: .dateTime), boolean = FieldKind(shape: .boolean)
    public static func integer(_ range: ClosedRange<Int>) -> FieldKind { FieldKind(shape: .integer, range: range) }
    public static func choice(_ values: [String]) -> FieldKind { FieldKind(shape: .choice, values: values) }
    public static func oneOrMore(_ kind: FieldKind) -> FieldKind { var kind = kind; kind.oneOrMore = true; return kind }
    public static func fields(_ fields: [FieldSpec]) -> FieldKind { FieldKind(shape: .fields, fields: fields) }
    public static func list(_ fields: [FieldSpec]) -> FieldKind { FieldKind(shape: .list, fields: fields) }

    /// How the field reference names the kind, e.g. "date (YYYY-MM-DD)", "one of: a, b".
    public var described: String {
        let one: String
        switch shape {
        case .text: one = "text"
        case .date: one = "date (YYYY-MM-DD)"
        case .time: one = "time (\"HH:MM\")"
        case .dateTime: one = "date, or date and time (YYYY-MM-DD HH:MM)"
        case .boolean: one = "true or false"
        case .integer: one = "whole number, \(range.lowerBound)–\(range.upperBound)"
        case .choice: one = "one of: " + values.joined(separator: ", ")
        case .fields: one = "fields (below)"
        case .list: one = "list of items (below)"
        }
        return oneOrMore ? one + ", or a list of them" : one
    }
}
