import HubModel
import HubPlan

/// A rule that reads the site plan (links between pages, two pages at one address). It runs
/// once the site is planned; the other rules run while it is being planned.
public protocol PlanRule: Sendable {
    static var id: String { get }
    func check(_ content: ContentSet, plan: SitePlan, findings: inout Findings)
}
