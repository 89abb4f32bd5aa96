/// A rule's configuration from `hubsite.yml`: `rules: { membership: off, introduction: { min_words: 60 } }`.
public struct RuleSetting: Hashable, Sendable {
    /// Overrides the catalogue's default severity when set.
    public var severity: Severity?
    /// Numeric thresholds by option name, e.g. `min_words`.
    public var options: [String: Int]

    public init(severity: Severity? = nil, options: [String: Int] = [:]) {
        self.severity = severity
        self.options = options
    }
}
