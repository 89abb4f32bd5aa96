import Foundation
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
    /// The YAML the parser read, whose lines turn Yams' columns (Unicode scalars) into
    /// columns in characters (`ColumnCounter`). Set to the repaired text when that is what
    /// was parsed.
    var yaml: TextLines
    public private(set) var diagnostics: [Diagnostic] = []
    public var fields: FieldLocations
    private var visited = 0
    private var budgetExceeded = false
    /// The level a table is reading: its fields by name, and its path. What `FieldSource`'s
    /// lists and sets of fields are read from.
    private var level: (map: [String: Node], path: String) = ([:], "")
    /// The site's time zone (`timezone` in hubsite.yml): a date and time written as an instant
    /// (`…T10:00:00.000Z`, as content tools save one) is read on its clocks.
    public var zone = TimeZone(identifier: "Europe/London")!

    /// - Parameters:
    ///   - yaml: the YAML that is parsed, for the columns of what Yams reports in it.
    ///   - closingLine: the file line of the closing `---`, where missing keys belong.
    public init(file: String, yaml: String, yamlFirstLine: Int, closingLine: Int? = nil) {
        self.file = file
        self.yaml = TextLines(yaml)
        self.lineOffset = yamlFirstLine - 1
        self.fields = FieldLocations(document: SourceLocation(file: file, line: max(1, yamlFirstLine - 1), column: 1),
                                     missing: closingLine.map { SourceLocation(file: file, line: $0, column: 1) })
    }

    public func location(of node: Node) -> SourceLocation {
        guard let mark = node.mark else { return fields.document }
        return location(of: mark)
    }

    /// Where a Yams mark is in the file: its column counts Unicode scalars (libyaml's), made a
    /// column in characters here, the one place Yams' positions are turned into hubsite's.
    public func location(of mark: Mark) -> SourceLocation {
        SourceLocation(file: file, line: mark.line + lineOffset, column: column(of: mark))
    }

    /// The column in characters of a Yams mark, in its line of the YAML.
    func column(of mark: Mark) -> Int {
        yaml.column(line: mark.line, scalarOffset: mark.column - 1)
    }

    /// A YAML line and a column already in characters (as hubsite's own scanners count), in the file.
    public func location(line yamlLine: Int, column: Int) -> SourceLocation {
        SourceLocation(file: file, line: yamlLine + lineOffset, column: column)
    }

    public mutating func report(_ message: String, at location: SourceLocation, hint: String? = nil,
                                rule: String = FieldReader.rule, severity: Severity = .error, fix: TextFix? = nil) {
        diagnostics.append(Diagnostic(severity: severity, rule: rule, location: location, message: message, hint: hint, fix: fix))
    }

    /// Reports a value written but not readable, and remembers its field as unread.
    mutating func reject(_ node: Node, path: String, _ message: String, hint: String, rule: String = FieldReader.rule,
                         correction: String? = nil) {
        fields.markUnread(path)
        report(message, at: location(of: node), hint: hint, rule: rule, fix: correction.flatMap { fix(node, to: $0) })
    }

    /// A fix replacing a one-line value as written (plain, or quoted without escapes) by `value`.
    func fix(_ node: Node, to value: String) -> TextFix? {
        guard case .scalar(let scalar) = node, let mark = node.mark, !scalar.string.contains("\n") else { return nil }
        let written: String
        switch scalar.style {
        case .plain: written = scalar.string
        case .doubleQuoted where !scalar.string.contains("\"") && !scalar.string.contains("\\"): written = "\"" + scalar.string + "\""
        case .singleQuoted where !scalar.string.contains("'"): written = "'" + scalar.string + "'"
        default: return nil
        }
        let replacement = scalar.style == .plain ? value : String(written.first!) + value + String(written.first!)
        return TextFix(line: mark.line + lineOffset, column: column(of: mark), original: written, replacement: replacement)
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
        guard scalar.style == .plain else { return false }
        switch scalar.string {
        case "", "~", "null", "Null", "NULL": return true
        default: return false
        }
    }

    /// Null, or an empty text (`''`, `""`): what a CMS form writes for a field left blank
    /// (Sveltia CMS writes `''` for an empty optional field). The field is read as not written.
    static func isBlank(_ node: Node) -> Bool {
        if case .scalar(let scalar) = node, scalar.string.isEmpty { return true }
        return isNull(node)
    }

    public static func join(_ parent: String, _ key: String) -> String {
        parent.isEmpty ? key : parent + "." + key
    }

    /// A mapping's known keys by name; reports unknown and non-string keys.
    /// Returns nil (after reporting) when the node is not a mapping.
    /// - Parameter elsewhere: fields of other levels, and where they belong ("a meeting"), for
    ///   a field written at the wrong level.
    public mutating func mapping(_ node: Node, path: String, allowed: [String], what: String,
                                 elsewhere: [String: String] = [:]) -> [String: Node]? {
        guard visit(node) else { return nil }
        guard case .mapping(let mapping) = node else {
            let name = path.isEmpty ? "The front matter" : "'\(path)'"
            fields.markUnread(path)
            report("\(name) should be \(what), but it is \(Self.describe(node)).", at: location(of: node),
                   hint: "Write it as indented 'key: value' lines.")
            return nil
        }
        var result: [String: Node] = [:]
        result.reserveCapacity(mapping.count)
        // By index: Yams' `makeIterator` copies the whole mapping into a new array first.
        for index in mapping.indices {
            let (keyNode, value) = mapping[index]
            guard case .scalar(let keyScalar) = keyNode else {
                report("A key in '\(path)' is not a plain name.", at: location(of: keyNode), hint: "Keys are single words such as 'title'.")
                continue
            }
            var key = keyScalar.string
            if path.hasSuffix("]"), Self.editorItemKeys.contains(key), !allowed.contains(key) { continue }
            if !allowed.contains(key) {
                guard let intended = unknownKey(keyNode, key, path: path, allowed: allowed, what: what, elsewhere: elsewhere,
                                                taken: Set(mapping.keys.compactMap { $0.scalar?.string })) else { continue }
                key = intended
            }
            let childPath = Self.join(path, key)
            fields.record(key: childPath, at: location(of: keyNode))
            if !Self.isBlank(value) {
                fields.record(value: childPath, at: location(of: value))
                result[key] = value
            }
        }
        return result
    }

    /// Keys an editing tool writes into each item of a list for its own use, read past:
    /// Front Matter CMS names the form of each item it edits as a block (`fieldGroup: hub.meetings`).
    static let editorItemKeys: Set<String> = ["fieldGroup"]

    /// Reports a field name that is not one of `allowed`. Returns the field it can only have
    /// meant (`Title`, `Action Plan`) or most likely meant (`meetngs`), whose value is then read
    /// under that name so that the mistake is reported once, not again as a missing field.
    mutating func unknownKey(_ keyNode: Node, _ key: String, path: String, allowed: [String], what: String,
                             elsewhere: [String: String], taken: Set<String>) -> String? {
        let place = path.isEmpty ? what : "'\(path)'"
        let normalised = Self.normalisedKey(key)
        if allowed.contains(normalised), !taken.contains(normalised) {
            let fix = keyNode.mark.flatMap { mark -> TextFix? in
                guard case .scalar(let scalar) = keyNode, scalar.style == .plain else { return nil }
                return TextFix(line: mark.line + lineOffset, column: column(of: mark), original: key, replacement: normalised)
            }
            report("The field name '\(key)' should be written '\(normalised)': field names are lower case, with '_' between words.",
                   at: location(of: keyNode), hint: "Write it as '\(normalised):'.", fix: fix)
            return normalised
        }
        // A tool that reads YAML 1.1 (PyYAML, and editors built on it) takes the key `on` for
        // the boolean true and writes it back as `true`: where `on` is a field, it is meant.
        if ["true", "True", "TRUE"].contains(key), allowed.contains("on"), !taken.contains("on") {
            let fix = keyNode.mark.flatMap { mark -> TextFix? in
                guard case .scalar(let scalar) = keyNode, scalar.style == .plain else { return nil }
                return TextFix(line: mark.line + lineOffset, column: column(of: mark), original: key, replacement: "on")
            }
            report("'\(key)' in \(place) is the field 'on' as a tool that reads YAML 1.1 (which takes 'on' for true) writes it back; hubsite reads it as 'on'.",
                   at: location(of: keyNode), hint: "Write it as 'on:' (hubsite check --fix does it).", severity: .warning, fix: fix)
            return "on"
        }
        if path.isEmpty, let home = elsewhere[key] ?? elsewhere[normalised] {
            report("'\(key)' is not a field of the page itself: it belongs to \(home).", at: location(of: keyNode),
                   hint: "Move the line to where it belongs, indented like the other fields there.")
            return nil
        }
        // A likely meant field is the hint; the whole list only when there is none (it grows
        // with every field, and would bury the one the author meant).
        let guess = Suggestion.closest(to: key, in: allowed)
        let hint = guess.map { "Did you mean '\($0)'?" } ?? "Known fields here: \(allowed.joined(separator: ", "))."
        report("Unknown field '\(key)' in \(place).", at: location(of: keyNode), hint: hint)
        if let guess, !taken.contains(guess) { return guess }
        return nil
    }

    /// `Action Plan` → `action_plan`, `Booking-URL` → `booking_url`.
    static func normalisedKey(_ key: String) -> String {
        Whitespace.trimmed(key).lowercased().map { $0 == " " || $0 == "-" ? "_" : $0 }.reduce(into: "") { $0.append($1) }
    }

    /// A list's items; a single value where a list belongs is reported.
    public mutating func list(_ node: Node?, path: String, itemName: String) -> [Node] {
        guard let node, visit(node) else { return [] }
        guard case .sequence(let sequence) = node else {
            fields.markUnread(path)
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
            fields.markUnread(path)
            report("'\(path)' should be text, but it is \(Self.describe(node)).", at: location(of: node),
                   hint: "Write a single value after the colon, e.g. '\(Self.leaf(path)): Some text'.")
            return nil
        }
        if scalar.string.utf8.count > Self.maxValueLength {
            fields.markUnread(path)
            report("'\(path)' is \(scalar.string.utf8.count) characters long; no field needs more than \(Self.maxValueLength).", at: location(of: node),
                   hint: "Shorten it; long text belongs in the Markdown below the front matter.")
            return nil
        }
        let text = Whitespace.trimmed(scalar.string)
        return text.isEmpty ? nil : text
    }

    public mutating func date(_ node: Node?, path: String) -> LocalDate? {
        guard let text = string(node, path: path) else { return nil }
        if let date = LocalDate(iso: text) { return date }
        if let instant = WrittenInstant.parse(text) { return date(instant, written: text, node: node!, path: path) }
        dateProblem(node!, written: text, dateText: text, path: path)
        return nil
    }

    /// Reports a date not written YYYY-MM-DD, with the date it means when that can be worked out.
    /// - Parameters:
    ///   - dateText: the part of `written` that is the date.
    ///   - time: the time written after the date (corrected), kept in the corrected value.
    mutating func dateProblem(_ node: Node, written text: String, dateText: String, path: String, time: LocalTime? = nil) {
        let leaf = Self.leaf(path)
        let written = "\"\(text.prefix(40))\""
        let suffix = time.map { " \($0)" } ?? ""
        let form = time == nil ? "year-month-day (YYYY-MM-DD)" : "year-month-day and 24-hour time (YYYY-MM-DD HH:MM)"
        switch IntendedValue.date(dateText) {
        case .certain(let date)?:
            reject(node, path: path, "'\(path)' is written \(written); hubsite reads dates written \(form).",
                   hint: "Write it as '\(leaf): \(date.iso)\(suffix)'.", correction: date.iso + suffix)
        case .ukReading(let date, let other)?:
            reject(node, path: path, "'\(path)' is written \(written), which could be one of two dates; hubsite reads dates written \(form).",
                   hint: "Read the UK way (day/month/year) it is \(IntendedValue.spoken(date)): write '\(leaf): \(date.iso)\(suffix)'. If you meant \(IntendedValue.spoken(other)), write '\(leaf): \(other.iso)\(suffix)'.")
        case .likely(let date)?:
            reject(node, path: path, "'\(path)' is written \(written), with a two-digit year; hubsite reads dates written \(form).",
                   hint: "If you mean \(IntendedValue.spoken(date)), write '\(leaf): \(date.iso)\(suffix)'.")
        case .impossible(let why)?:
            reject(node, path: path, "'\(path)' is not a real date: \(why).",
                   hint: "Check the date, and write it as year-month-day, e.g. '\(leaf): 2027-01-29\(suffix)'.")
        case nil:
            reject(node, path: path, "'\(path)' is not a date (expected \(time == nil ? "YYYY-MM-DD" : "YYYY-MM-DD HH:MM"), got \(written)).",
                   hint: "Write the date as year-month-day, e.g. '\(leaf): 2027-01-29\(suffix)'.")
        }
    }

    public mutating func time(_ node: Node?, path: String) -> LocalTime? {
        guard let text = string(node, path: path) else { return nil }
        if let time = LocalTime(text: text) { return time }
        let leaf = Self.leaf(path)
        let written = "\"\(text.prefix(40))\""
        switch IntendedValue.time(text) {
        case .certain(let time)?:
            reject(node!, path: path, "'\(path)' is written \(written); hubsite reads times on the 24-hour clock, written HH:MM.",
                   hint: "Write it as '\(leaf): \"\(time)\"'.")
        case .impossible(let why)?:
            reject(node!, path: path, "'\(path)' is not a real time of day: \(written) (\(why)).",
                   hint: "Write the time on the 24-hour clock, e.g. '\(leaf): \"14:30\"'.")
        default:
            reject(node!, path: path, "'\(path)' is not a time of day (expected HH:MM on the 24-hour clock, got \(written)).",
                   hint: "Write the time on the 24-hour clock, e.g. '\(leaf): \"14:30\"'.")
        }
        return nil
    }

    public mutating func dateTime(_ node: Node?, path: String) -> LocalDateTime? {
        guard let text = string(node, path: path) else { return nil }
        if case .success(let value) = LocalDateTime.parse(text) { return value }
        if let instant = WrittenInstant.parse(text) { return dateTime(instant, written: text, node: node!, path: path) }
        let leaf = Self.leaf(path)
        // The time, if one is written after the date: the last word, or the last two (`2 pm`).
        let words = text.split(separator: " ").map(String.init)
        for count in [1, 2] where words.count > count {
            let timeText = words.suffix(count).joined(separator: " ")
            let dateText = words.dropLast(count).joined(separator: " ")
            guard let reading = IntendedValue.time(timeText) ?? LocalTime(text: timeText).map({ .certain($0) }) else { continue }
            let dateReading: LocalDate? = LocalDate(iso: dateText)
            switch reading {
            case .certain(let time):
                if let date = dateReading {
                    reject(node!, path: path, "'\(path)' has its time written \"\(timeText)\"; hubsite reads times on the 24-hour clock, written HH:MM.",
                           hint: "Write it as '\(leaf): \(date.iso) \(time)'.")
                } else {
                    dateProblem(node!, written: text, dateText: dateText, path: path, time: time)
                }
                return nil
            case .impossible(let why):
                reject(node!, path: path, "'\(path)' has a time that does not exist: \"\(timeText)\" (\(why)).",
                       hint: "Write the time on the 24-hour clock, e.g. '\(leaf): 2027-01-29 14:30'.")
                return nil
            default:
                continue
            }
        }
        dateProblem(node!, written: text, dateText: text, path: path)
        return nil
    }

    // MARK: Dates and times as content tools write them

    /// A date-only field written as an instant: a tool's date picker saves the start of the day
    /// in UTC (`2027-03-10T00:00:00.000Z`), or the day's start with its offset, which is that
    /// date; a warning says how hubsite writes it, with the fix. A time of day in a date-only
    /// field is an error: which date it means depends on where it is read.
    mutating func date(_ instant: WrittenInstant, written text: String, node: Node, path: String) -> LocalDate? {
        let leaf = Self.leaf(path)
        guard instant.hour == 0, instant.minute == 0, instant.isWholeMinute else {
            let local = instant.local(in: zone)
            reject(node, path: path, "'\(path)' is a date, but is written with a time of day, \"\(text.prefix(40))\".",
                   hint: "Write the date alone, e.g. '\(leaf): \(local.date.iso)'.", correction: local.date.iso)
            return nil
        }
        report("'\(path)' is written \"\(text.prefix(40))\", a date as a content tool saves it; hubsite reads it as \(instant.date.iso).",
               at: location(of: node), hint: "Write it as '\(leaf): \(instant.date.iso)' (hubsite check --fix does it).",
               severity: .warning, fix: fix(node, to: instant.date.iso))
        return instant.date
    }

    /// A date and time written as an instant is read as the moment it names, on the site's
    /// clocks (`2027-06-10T09:00:00Z` is 10:00 in London in summer); the start of a day in UTC,
    /// what a date picker saves, is that day, all day. A warning gives hubsite's form, with the
    /// fix. Seconds other than zero are an error: hubsite's times are to the minute.
    mutating func dateTime(_ instant: WrittenInstant, written text: String, node: Node, path: String) -> LocalDateTime? {
        let leaf = Self.leaf(path)
        guard instant.isWholeMinute else {
            let local = instant.local(in: zone)
            reject(node, path: path, "'\(path)' is written \"\(text.prefix(40))\", with seconds; hubsite reads times to the minute.",
                   hint: "Write it to the minute in the site's time zone (\(zone.identifier)), e.g. '\(leaf): \(local)'.")
            return nil
        }
        let value = instant.isMidnightUTC ? LocalDateTime(date: instant.date) : instant.local(in: zone)
        let reading = value.isAllDay ? "\(value.date.iso), all day"
            : instant.offsetMinutes == nil ? value.description : "\(value) in the site's time zone (\(zone.identifier))"
        report("'\(path)' is written \"\(text.prefix(40))\", as a content tool saves a date and time; hubsite reads it as \(reading).",
               at: location(of: node), hint: "Write it as '\(leaf): \(value)', the site's local time (hubsite check --fix does it).",
               severity: .warning, fix: fix(node, to: value.description))
        return value
    }

    public mutating func bool(_ node: Node?, path: String) -> Bool? {
        guard let text = string(node, path: path) else { return nil }
        switch text.lowercased() {
        case "true", "yes", "on": return true
        case "false", "no", "off": return false
        case "y":
            reject(node!, path: path, "'\(path)' should be true or false, got \"\(text.prefix(40))\".",
                   hint: "Write it as '\(Self.leaf(path)): true'.")
            return nil
        case "n":
            reject(node!, path: path, "'\(path)' should be true or false, got \"\(text.prefix(40))\".",
                   hint: "Write it as '\(Self.leaf(path)): false'.")
            return nil
        default:
            reject(node!, path: path, "'\(path)' should be true or false, got \"\(text.prefix(40))\".",
                   hint: "Write '\(Self.leaf(path)): true' or '\(Self.leaf(path)): false'.")
            return nil
        }
    }

    public mutating func integer(_ node: Node?, path: String, range: ClosedRange<Int> = 0...1_000_000) -> Int? {
        guard let text = string(node, path: path) else { return nil }
        guard let value = Int(text), range.contains(value) else {
            reject(node!, path: path, "'\(path)' should be a whole number from \(range.lowerBound) to \(range.upperBound), got \"\(text.prefix(40))\".",
                   hint: "Write a number such as '\(Self.leaf(path)): 12'.")
            return nil
        }
        return value
    }

    /// A value from a fixed set (e.g. member types), with a suggestion for near misses.
    public mutating func choice<T: RawRepresentable & CaseIterable>(_ node: Node?, path: String, as type: T.Type,
                                                                     rule: String = FieldReader.rule) -> T?
    where T.RawValue == String {
        let cases = Array(T.allCases)
        return choice(node, path: path, names: cases.map(\.rawValue), rule: rule).map { cases[$0] }
    }

    /// The position in `names` of the value written, which may differ in case; a near miss is
    /// reported with a suggestion.
    public mutating func choice(_ node: Node?, path: String, names: [String], rule: String = FieldReader.rule) -> Int? {
        guard let text = string(node, path: path) else { return nil }
        if let index = names.firstIndex(of: text) { return index }
        if let index = names.firstIndex(of: text.lowercased()) { return index }
        var hint = "Use one of: \(names.joined(separator: ", "))."
        if let guess = Suggestion.closest(to: text, in: names) { hint = "Did you mean '\(guess)'? " + hint }
        reject(node!, path: path, "'\(path)' has an unknown value \"\(text.prefix(40))\".", hint: hint, rule: rule)
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

    // MARK: Tables

    /// Reads the fields of one level (`map`, at `path`) into `root`, each by the kind its
    /// table declares, and reports a required field not read as the table says. True when
    /// every required field was read.
    public mutating func read<Root>(_ table: FieldTable<Root>, _ map: [String: Node], path: String, into root: inout Root,
                                    index: Int = 0) -> Bool {
        let outer = level
        level = (map, path)
        defer { level = outer }
        var complete = true
        for entry in table.entries {
            let fieldPath = Self.join(path, entry.name)
            let node = map[entry.name]
            guard !read(entry.binding.target, node, path: fieldPath, as: entry.spec, into: &root), entry.spec.required else { continue }
            complete = false
            if let (message, hint) = table.missing(entry.name, root, index, node != nil) {
                report(message, at: fields.location(of: path.isEmpty ? fieldPath : path), hint: hint)
            }
        }
        return complete
    }

    /// Reads one field's value into `root` by its binding's target; true when a value was read.
    mutating func read<Root>(_ target: FieldBinding<Root>.Target, _ node: Node?, path: String, as field: FieldSpec,
                             into root: inout Root) -> Bool {
        func set<Value>(_ key: WritableKeyPath<Root, Value>, _ value: Value?) -> Bool {
            guard let value else { return false }
            root[keyPath: key] = value
            return true
        }
        switch target {
        case .text(let key): return set(key, string(node, path: path))
        case .name(let key): return set(key, string(node, path: path))
        case .date(let key): return set(key, date(node, path: path))
        case .requiredDate(let key): return set(key, date(node, path: path))
        case .time(let key): return set(key, time(node, path: path))
        case .dateTime(let key): return set(key, dateTime(node, path: path))
        case .flag(let key): return set(key, bool(node, path: path))
        case .integer(let key): return set(key, integer(node, path: path, range: field.kind.range))
        case .count(let key): return set(key, integer(node, path: path, range: field.kind.range))
        case .choice(let rule, let assign):
            guard let index = choice(node, path: path, names: field.kind.values, rule: rule ?? Self.rule) else { return false }
            assign(&root, index)
            return true
        case .choices(let rule, let itemName, let assign):
            let positions: [Int]
            if case .scalar? = node {
                positions = choice(node, path: path, names: field.kind.values, rule: rule ?? Self.rule).map { [$0] } ?? []
            } else {
                positions = list(node, path: path, itemName: itemName).enumerated().compactMap { index, item in
                    choice(item, path: "\(path)[\(index)]", names: field.kind.values, rule: rule ?? Self.rule)
                }
            }
            assign(&root, positions)
            return !positions.isEmpty
        case .texts(let key):
            root[keyPath: key] = strings(node, path: path)
            return !root[keyPath: key].isEmpty
        case .level(let level):
            guard node != nil else { return false }
            return level.read(into: &root, from: &self, as: field)
        case .custom:
            return false
        }
    }

    /// One item of a list (or a set of fields) at `path`, read by `table`; nil when it is not
    /// a set of fields or lacks a required field.
    mutating func item<Item>(_ node: Node, path: String, index: Int, of table: FieldTable<Item>) -> Item? {
        guard let map = mapping(node, path: path, allowed: table.names, what: table.what) else { return nil }
        var item = table.blank
        if let key = table.index { item[keyPath: key] = index }
        return read(table, map, path: path, into: &item, index: index) ? item : nil
    }
}

extension FieldReader: FieldSource {
    public mutating func list<Item: Sendable>(_ field: FieldSpec, of table: FieldTable<Item>, itemName: String) -> [Item] {
        let path = Self.join(level.path, field.name)
        return list(level.map[field.name], path: path, itemName: itemName).enumerated().compactMap { index, node in
            item(node, path: "\(path)[\(index)]", index: index, of: table)
        }
    }

    public mutating func fields<Item: Sendable>(_ field: FieldSpec, of table: FieldTable<Item>) -> Item? {
        guard let node = level.map[field.name] else { return nil }
        return item(node, path: Self.join(level.path, field.name), index: 0, of: table)
    }
}
