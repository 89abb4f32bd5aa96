/// A hub's action plan, "reviewed and updated annually" (003).
public struct ActionPlan: Hashable, Sendable {
    public var reviewed: LocalDate?
    public var actions: [PlannedAction]

    public init(reviewed: LocalDate? = nil, actions: [PlannedAction] = []) {
        self.reviewed = reviewed
        self.actions = actions
    }
}
