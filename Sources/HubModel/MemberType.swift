/// The kinds of organisation a hub's membership is drawn from (001, "Membership").
public enum MemberType: String, Hashable, Sendable, CaseIterable {
    case higherEducation = "higher-education"
    case furtherEducation = "further-education"
    case school
    case localAuthority = "local-authority"
    case charity
    case armedForces = "armed-forces"
    case other

    /// Human label for pages and messages.
    public var label: String {
        switch self {
        case .higherEducation: return "Higher education"
        case .furtherEducation: return "Further education"
        case .school: return "Schools"
        case .localAuthority: return "Local authority"
        case .charity: return "Charities"
        case .armedForces: return "Armed Forces"
        case .other: return "Other"
        }
    }
}
