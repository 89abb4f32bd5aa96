import HubModel

/// A rule that checks each opportunity on its own against a few facts about the rest of the
/// content (which hubs there are, the verdicts on pictures), worked out once per check: the
/// validator checks the opportunities side by side, a large network's 8,000 of them.
public protocol PerOpportunityRule: Sendable {
    static var id: String { get }
    associatedtype Facts: Sendable
    /// What checking an opportunity reads besides it, worked out once per check.
    func facts(_ context: RuleContext) -> Facts
    func check(_ opportunity: Opportunity, facts: Facts, findings: inout Findings)
}
