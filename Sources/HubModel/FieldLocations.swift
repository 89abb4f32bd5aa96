/// Where each front-matter key and value sits in its file.
///
/// Paths are dotted with list indices, as a user reads them: `contact.email`, `leads[1].role`,
/// `action_plan.actions[0].due`. Rules ask for the most precise place known, falling back to the
/// parent key and finally to the front matter itself, so that "missing" problems point where the
/// key belongs.
public struct FieldLocations: Hashable, Sendable {
    /// Where each path's key and value sit, in one table: a path is written once for both, and
    /// a position takes 8 bytes rather than a `SourceLocation` that repeats the file's name. A
    /// large network holds hundreds of thousands of them while it is checked.
    private var places: [String: Place] = [:]
    /// Locations that do not fit a `Position` (another file than the document's, a line
    /// beyond 32 bits): kept whole. None do today.
    private var whole: [String: Whole] = [:]
    /// Where the front matter starts (the opening `---`).
    public var document: SourceLocation
    /// Where a missing top-level key belongs: the closing `---`, just after the last field.
    public var missing: SourceLocation
    /// Top-level fields (and `text`, the Markdown body) written but not read because of a
    /// mistake already reported: rules that require or count them stay silent about them, so
    /// that one mistake is one diagnostic.
    public private(set) var unread: Set<String> = []

    /// A path's key and value positions in the document's file; 0 where none is recorded.
    private struct Place: Hashable, Sendable {
        var key = Position()
        var value = Position()
    }

    private struct Whole: Hashable, Sendable {
        var key: SourceLocation?
        var value: SourceLocation?
    }

    /// A line and column in the document's file, 1-based; line 0 is "not recorded".
    private struct Position: Hashable, Sendable {
        var line: UInt32 = 0
        var column: UInt32 = 0

        init() {}

        init?(_ location: SourceLocation) {
            guard location.line > 0, let line = UInt32(exactly: location.line), let column = UInt32(exactly: location.column) else { return nil }
            self.line = line
            self.column = column
        }

        var isRecorded: Bool { line != 0 }
    }

    /// Hashes where the front matter starts and ends, not every recorded position: equal
    /// values still hash equal, and hashing two dictionaries for every hub and opportunity was
    /// the largest part of fingerprinting pages in each `hubsite serve` rebuild. No page shows
    /// a position, so fingerprints lose nothing.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(document)
        hasher.combine(missing)
    }

    public init(document: SourceLocation, missing: SourceLocation? = nil) {
        self.document = document
        self.missing = missing ?? document
    }

    public mutating func record(key path: String, at location: SourceLocation) {
        guard location.file == document.file, let position = Position(location) else {
            whole[path, default: Whole()].key = location
            return
        }
        places[path, default: Place()].key = position
    }

    public mutating func record(value path: String, at location: SourceLocation) {
        guard location.file == document.file, let position = Position(location) else {
            whole[path, default: Whole()].value = location
            return
        }
        places[path, default: Place()].value = position
    }

    /// The value's position, else its key's, else the nearest recorded parent's, else where a
    /// missing top-level key belongs.
    public func location(of path: String) -> SourceLocation {
        var current = path
        while true {
            if let value = value(current) { return value }
            if let key = key(current) { return key }
            guard let parent = FieldLocations.parent(of: current) else { return missing }
            current = parent
        }
    }

    /// The key's position (e.g. to point at `meetings:` rather than its first item).
    public func keyLocation(of path: String) -> SourceLocation {
        key(path) ?? location(of: path)
    }

    public func has(_ path: String) -> Bool { key(path) != nil || value(path) != nil }

    /// Whether the field was written with a value: `start:` or `start: ""` (a blank left by a
    /// form) has a key but no value, and is read as not written.
    public func hasValue(_ path: String) -> Bool { value(path) != nil }

    private func key(_ path: String) -> SourceLocation? {
        if let position = places[path]?.key, position.isRecorded { return location(position) }
        return whole.isEmpty ? nil : whole[path]?.key
    }

    private func value(_ path: String) -> SourceLocation? {
        if let position = places[path]?.value, position.isRecorded { return location(position) }
        return whole.isEmpty ? nil : whole[path]?.value
    }

    private func location(_ position: Position) -> SourceLocation {
        SourceLocation(file: document.file, line: Int(position.line), column: Int(position.column))
    }

    /// The name for the Markdown body in `unread`.
    public static let text = "text"

    /// Records that the field at `path` (or the part of it holding `path`) could not be read.
    public mutating func markUnread(_ path: String) {
        let top = path.prefix(while: { $0 != "." && $0 != "[" })
        unread.insert(String(top))
    }

    /// Whether any of `fields` (top-level names) was written but could not be read.
    public func anyUnread(_ fields: [String]) -> Bool {
        !unread.isEmpty && fields.contains(where: unread.contains)
    }

    /// The same, without the location of each field: once the content is checked, only the
    /// document's own locations are still asked for, and a large network's field locations
    /// are some 40 MB.
    public var withoutFields: FieldLocations {
        FieldLocations(document: document, missing: missing)
    }

    static func parent(of path: String) -> String? {
        guard let index = path.lastIndex(where: { $0 == "." || $0 == "[" }) else { return nil }
        return String(path[..<index])
    }
}
