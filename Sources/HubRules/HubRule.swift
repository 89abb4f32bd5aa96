import HubModel

/// A rule that looks at one hub page.
public protocol HubRule: Sendable {
    /// The rule id from the catalogue (part of hubsite's interface).
    static var id: String { get }
    /// The top-level fields (or `FieldLocations.text`, the body) the rule requires or counts:
    /// when one of them was written but could not be read, the rule is not run on that hub.
    static var fields: [String] { get }
    func check(_ hub: Hub, context: RuleContext, findings: inout Findings)
}

/// A rule that looks at the content as a whole (opportunities, translations).
public protocol SiteRule: Sendable {
    static var id: String { get }
    func check(_ context: RuleContext, findings: inout Findings)
}
