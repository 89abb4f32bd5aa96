/// One problem found in the content, written for the person who edits it.
///
/// `rule` is part of hubsite's interface: rule ids appear in output and in `hubsite.yml`.
public struct Diagnostic: Hashable, Sendable, Comparable, Error {
    public var severity: Severity
    public var rule: String
    public var location: SourceLocation
    /// What is wrong, in plain English.
    public var message: String
    /// What to write to fix it.
    public var hint: String?
    /// The correction `hubsite check --fix` applies, when it cannot be wrong.
    public var fix: TextFix?

    public init(severity: Severity, rule: String, location: SourceLocation, message: String, hint: String? = nil, fix: TextFix? = nil) {
        self.severity = severity
        self.rule = rule
        self.location = location
        self.message = message
        self.hint = hint
        self.fix = fix
    }

    public static func < (lhs: Diagnostic, rhs: Diagnostic) -> Bool {
        if lhs.location != rhs.location { return lhs.location < rhs.location }
        if lhs.severity != rhs.severity { return lhs.severity < rhs.severity }
        if lhs.rule != rhs.rule { return lhs.rule < rhs.rule }
        return lhs.message < rhs.message
    }
}
