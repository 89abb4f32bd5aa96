import HubModel

/// What one rule found in one file, before severities are applied.
///
/// A finding is either *primary* (it takes the rule's severity: the catalogue default or the
/// `hubsite.yml` override) or *advisory* (always a warning: "ideally termly", overdue actions).
public struct Findings: Sendable {
    public struct Finding: Hashable, Sendable {
        public var location: SourceLocation
        public var message: String
        public var hint: String?
        public var advisory: Bool
        /// The correction that cannot be wrong, if any (see `TextFix`).
        public var fix: TextFix?
        /// Tells what follows from a problem reported elsewhere; never an error or warning.
        public var isNote = false
    }

    public let rule: String
    public private(set) var items: [Finding] = []

    public init(rule: String) {
        self.rule = rule
    }

    public mutating func report(_ message: String, at location: SourceLocation, hint: String? = nil, advisory: Bool = false,
                                fix: TextFix? = nil) {
        items.append(Finding(location: location, message: message, hint: hint, advisory: advisory, fix: fix))
    }

    /// A note: what follows from a problem already reported elsewhere (see `Severity.note`).
    public mutating func note(_ message: String, at location: SourceLocation, hint: String? = nil) {
        items.append(Finding(location: location, message: message, hint: hint, advisory: false, fix: nil, isNote: true))
    }

    /// Adds what the same rule found elsewhere (checked separately, e.g. on another core).
    public mutating func merge(_ other: Findings) {
        items += other.items
    }
}
