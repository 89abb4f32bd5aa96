/// Who an opportunity is for: "opportunities for service children and practitioners" (000).
public enum Audience: String, Hashable, Sendable, CaseIterable {
    case serviceChildren = "service-children"
    case youngPeople = "young-people"
    case parentsCarers = "parents-carers"
    case practitioners

    public var label: String {
        switch self {
        case .serviceChildren: return "Service children"
        case .youngPeople: return "Young people"
        case .parentsCarers: return "Parents and carers"
        case .practitioners: return "Practitioners"
        }
    }
}
