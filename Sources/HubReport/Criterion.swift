/// One thing a healthy hub does, from the Healthy Hub Framework (003), as the report judges it.
public struct Criterion: Sendable, Hashable {
    public let id: String
    public let title: String
    /// The framework's words.
    public let quote: String

    /// The framework's criteria, in its order. It calls itself "a helpful reference and
    /// sense-check, not a test": the report never fails a build.
    public static let all: [Criterion] = [
        Criterion(id: "meets-regularly", title: "Meets regularly", quote: "At least twice a year, ideally three times (termly)"),
        Criterion(id: "stable-leadership", title: "Stable leadership", quote: "Designated HL/Chair/Vice Chair or Co/Chair"),
        Criterion(id: "hub-leads-group", title: "Engages with the Hub Leads group", quote: "Hub representation at the HL meetings"),
        Criterion(id: "diverse-partners", title: "Diverse partners", quote: "Which stakeholder groups are regularly represented and attend meetings?"),
        Criterion(id: "easily-accessible", title: "Easily accessible", quote: "Up to date SCiP Alliance webpage"),
        Criterion(id: "action-plan", title: "Current action plan", quote: "The Action plan is reviewed and updated annually"),
        Criterion(id: "toolkit", title: "Supports the Thriving Lives Toolkit", quote: "Active promotion of the Thriving Lives Toolkit within networks"),
        Criterion(id: "champions", title: "Champions Service children", quote: "Take advantage of opportunities to promote Service children's needs"),
        Criterion(id: "promotes", title: "Promotes the hub and shares practice", quote: "How many stakeholders are on your distribution list receiving updates?"),
    ]
}
