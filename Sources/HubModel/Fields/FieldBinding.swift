/// How a field fills the model: its kind and the property it is read into, stated once. Each
/// constructor takes the property's key path, so the kind matches the property's type by
/// construction (`.date(\.updated)` cannot be bound to a `String`). The loader reads by its
/// `target`; the pages read the value back through `value`.
public struct FieldBinding<Root: Sendable>: Sendable {
    public typealias Path<Value> = WritableKeyPath<Root, Value> & Sendable

    public let kind: FieldKind
    /// Where the value goes, as the loader reads it.
    public let target: Target
    /// The value read, for a page variable; nil when none or not a plain value.
    public let value: @Sendable (Root) -> FieldValue?

    /// The property a field fills, by what the loader reads: each case names the reading, and
    /// its key path the property, so the two agree.
    public enum Target: Sendable {
        case text(Path<String?>)
        /// Text into a property that keeps its value when none is written (a name, a title).
        case name(Path<String>)
        case date(Path<LocalDate?>)
        /// A date an item cannot go without (mark the field required).
        case requiredDate(Path<LocalDate>)
        case time(Path<LocalTime?>)
        case dateTime(Path<LocalDateTime?>)
        /// true/false into a property that keeps its value (false) when none is written.
        case flag(Path<Bool>)
        case integer(Path<Int?>)
        /// A number into a property that keeps its value (a default) when none is written.
        case count(Path<Int>)
        /// One of the kind's values, by position.
        case choice(rule: String?, set: @Sendable (inout Root, Int) -> Void)
        /// Some of the kind's values, one or a list, by position.
        case choices(rule: String?, itemName: String, set: @Sendable (inout Root, [Int]) -> Void)
        /// Texts: one, or a list of them.
        case texts(Path<[String]>)
        case level(any FieldLevel<Root>)
        /// Read by a reader of the loader's own.
        case custom
    }

    init(kind: FieldKind, _ target: Target, value: @escaping @Sendable (Root) -> FieldValue? = { _ in nil }) {
        self.kind = kind
        self.target = target
        self.value = value
    }

    // MARK: Scalars

    public static func text(_ path: Path<String?>) -> Self {
        Self(kind: .text, .text(path), value: { $0[keyPath: path].map(FieldValue.text) })
    }
    /// Text that keeps the value it starts with when none is written (a name, a title).
    public static func text(_ path: Path<String>) -> Self {
        Self(kind: .text, .name(path), value: { .text($0[keyPath: path]) })
    }
    public static func date(_ path: Path<LocalDate?>) -> Self {
        Self(kind: .date, .date(path), value: { $0[keyPath: path].map(FieldValue.date) })
    }
    /// A date an item cannot go without (a meeting's): mark the field required.
    public static func date(_ path: Path<LocalDate>) -> Self {
        Self(kind: .date, .requiredDate(path), value: { .date($0[keyPath: path]) })
    }
    public static func time(_ path: Path<LocalTime?>) -> Self {
        Self(kind: .time, .time(path))
    }
    public static func dateTime(_ path: Path<LocalDateTime?>) -> Self {
        Self(kind: .dateTime, .dateTime(path))
    }
    /// true/false; the property keeps its value (false) when none is written.
    public static func flag(_ path: Path<Bool>) -> Self {
        Self(kind: .boolean, .flag(path), value: { .flag($0[keyPath: path]) })
    }
    public static func integer(_ path: Path<Int?>, _ range: ClosedRange<Int>) -> Self {
        Self(kind: .integer(range), .integer(path), value: { $0[keyPath: path].map(FieldValue.number) })
    }
    /// A number that keeps its value (a default) when none is written.
    public static func integer(_ path: Path<Int>, _ range: ClosedRange<Int>) -> Self {
        Self(kind: .integer(range), .count(path), value: { .number($0[keyPath: path]) })
    }

    // MARK: Choices

    /// One of the cases of `Value`, written as its raw value.
    public static func choice<Value: CaseIterable & RawRepresentable & Sendable>(_ path: Path<Value?>, rule: String? = nil) -> Self
    where Value.RawValue == String {
        let cases = Array(Value.allCases)
        return Self(kind: .choice(cases.map(\.rawValue)), .choice(rule: rule) { $0[keyPath: path] = cases[$1] },
                    value: { $0[keyPath: path].map { .text($0.rawValue) } })
    }
    /// One of the cases of `Value`; the property keeps its value (a default) when none is written.
    public static func choice<Value: CaseIterable & RawRepresentable & Sendable>(_ path: Path<Value>, rule: String? = nil) -> Self
    where Value.RawValue == String {
        let cases = Array(Value.allCases)
        return Self(kind: .choice(cases.map(\.rawValue)), .choice(rule: rule) { $0[keyPath: path] = cases[$1] },
                    value: { .text($0[keyPath: path].rawValue) })
    }
    /// One of a few words, each meaning a value (`required` → true).
    public static func choice<Value: Sendable>(_ path: Path<Value?>, _ words: [(String, Value)]) -> Self {
        Self(kind: .choice(words.map(\.0)), .choice(rule: nil) { $0[keyPath: path] = words[$1].1 })
    }
    /// Cases of `Value`: one, or a list of them.
    public static func choices<Value: CaseIterable & RawRepresentable & Sendable>(_ path: Path<[Value]>, rule: String? = nil,
                                                                                  itemName: String) -> Self
    where Value.RawValue == String {
        let cases = Array(Value.allCases)
        return Self(kind: .oneOrMore(.choice(cases.map(\.rawValue))),
                    .choices(rule: rule, itemName: itemName) { root, positions in root[keyPath: path] = positions.map { cases[$0] } })
    }
    /// Texts: one, or a list of them.
    public static func texts(_ path: Path<[String]>) -> Self {
        Self(kind: .oneOrMore(.text), .texts(path))
    }

    // MARK: Levels

    /// A list of items, each read by the table of its level.
    public static func list<Item: Sendable>(_ path: Path<[Item]>, of table: FieldTable<Item>, itemName: String) -> Self {
        Self(kind: .list(table.specs), .level(ListLevel(path: path, table: table, itemName: itemName)))
    }
    /// A set of fields read by the table of its level, into a property that keeps its value when none is written.
    public static func fields<Item: Sendable>(_ path: Path<Item>, of table: FieldTable<Item>) -> Self {
        Self(kind: .fields(table.specs), .level(SetLevel(path: path, table: table)))
    }
    public static func fields<Item: Sendable>(_ path: Path<Item?>, of table: FieldTable<Item>) -> Self {
        Self(kind: .fields(table.specs), .level(OptionalSetLevel(path: path, table: table)))
    }

    /// A field its loader reads with a reader of its own, because its value means more than
    /// its kind (`repeat:`, `base_url:`): the table still gives its name, kind and meaning.
    public static func custom(_ kind: FieldKind) -> Self {
        Self(kind: kind, .custom)
    }

    struct ListLevel<Item: Sendable>: FieldLevel {
        let path: Path<[Item]>
        let table: FieldTable<Item>
        let itemName: String

        func read<Source: FieldSource>(into root: inout Root, from source: inout Source, as field: FieldSpec) -> Bool {
            root[keyPath: path] = source.list(field, of: table, itemName: itemName)
            return !root[keyPath: path].isEmpty
        }
    }

    struct SetLevel<Item: Sendable>: FieldLevel {
        let path: Path<Item>
        let table: FieldTable<Item>

        func read<Source: FieldSource>(into root: inout Root, from source: inout Source, as field: FieldSpec) -> Bool {
            guard let value = source.fields(field, of: table) else { return false }
            root[keyPath: path] = value
            return true
        }
    }

    struct OptionalSetLevel<Item: Sendable>: FieldLevel {
        let path: Path<Item?>
        let table: FieldTable<Item>

        func read<Source: FieldSource>(into root: inout Root, from source: inout Source, as field: FieldSpec) -> Bool {
            guard let value = source.fields(field, of: table) else { return false }
            root[keyPath: path] = value
            return true
        }
    }
}
