/// One action of a hub's action plan; "each task has a clear lead" (003).
public struct PlannedAction: Hashable, Sendable {
    public var action: String
    public var lead: String?
    public var due: LocalDate?
    public var status: ActionStatus?
    /// The aim this action serves, grouping actions as the seeds' action-plan tables do.
    public var aim: String?
    public var index: Int

    public init(action: String, lead: String? = nil, due: LocalDate? = nil, status: ActionStatus? = nil,
                aim: String? = nil, index: Int = 0) {
        self.action = action
        self.lead = lead
        self.due = due
        self.status = status
        self.aim = aim
        self.index = index
    }
}
