public enum ActionStatus: String, Hashable, Sendable, CaseIterable {
    case planned
    case inProgress = "in-progress"
    case done

    public var label: String {
        switch self {
        case .planned: return "Planned"
        case .inProgress: return "In progress"
        case .done: return "Done"
        }
    }
}
