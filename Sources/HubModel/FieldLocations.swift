/// Where each front-matter key and value sits in its file.
///
/// Paths are dotted with list indices, as a user reads them: `contact.email`, `leads[1].role`,
/// `action_plan.actions[0].due`. Rules ask for the most precise place known, falling back to the
/// parent key and finally to the front matter itself, so that "missing" problems point where the
/// key belongs.
public struct FieldLocations: Hashable, Sendable {
    public private(set) var keys: [String: SourceLocation] = [:]
    public private(set) var values: [String: SourceLocation] = [:]
    /// Where the front matter starts (the opening `---`).
    public var document: SourceLocation
    /// Where a missing top-level key belongs: the closing `---`, just after the last field.
    public var missing: SourceLocation
    /// Top-level fields (and `text`, the Markdown body) written but not read because of a
    /// mistake already reported: rules that require or count them stay silent about them, so
    /// that one mistake is one diagnostic.
    public private(set) var unread: Set<String> = []

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
        keys[path] = location
    }

    public mutating func record(value path: String, at location: SourceLocation) {
        values[path] = location
    }

    /// The value's position, else its key's, else the nearest recorded parent's, else where a
    /// missing top-level key belongs.
    public func location(of path: String) -> SourceLocation {
        var current = path
        while true {
            if let value = values[current] { return value }
            if let key = keys[current] { return key }
            guard let parent = FieldLocations.parent(of: current) else { return missing }
            current = parent
        }
    }

    /// The key's position (e.g. to point at `meetings:` rather than its first item).
    public func keyLocation(of path: String) -> SourceLocation {
        keys[path] ?? location(of: path)
    }

    public func has(_ path: String) -> Bool { keys[path] != nil || values[path] != nil }

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
