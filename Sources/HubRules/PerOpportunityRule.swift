import HubModel

/// A rule that checks each opportunity on its own against a few facts about the rest of the
/// content (which hubs there are, the verdicts on pictures): the validator runs it file by
/// file, so that `hubsite serve` can keep an unchanged opportunity's findings while those
/// facts are the same, instead of checking 8,000 opportunities after each save.
public protocol PerOpportunityRule: Sendable {
    static var id: String { get }
    associatedtype Facts: Sendable
    /// What checking an opportunity reads besides it, worked out once per check.
    func facts(_ context: RuleContext) -> Facts
    /// A print of what checking `opportunity` reads of `facts`.
    func print(of facts: Facts, for opportunity: Opportunity) -> Int
    func check(_ opportunity: Opportunity, facts: Facts, findings: inout Findings)
}
