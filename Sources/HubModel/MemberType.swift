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

    /// The types a quorate membership includes: "An HE institution, An FE institution, The
    /// school sector, A local authority" (001). The membership rule and the report's "diverse
    /// partners" both read this list.
    public static let expected: [MemberType] = [.higherEducation, .furtherEducation, .school, .localAuthority]

    /// How a sentence names one member of the type ("a local authority").
    public var inSentence: String {
        switch self {
        case .higherEducation: return "a higher education institution"
        case .furtherEducation: return "a further education institution"
        case .school: return "the school sector"
        case .localAuthority: return "a local authority"
        case .charity: return "a charity"
        case .armedForces: return "the Armed Forces"
        case .other: return "another organisation"
        }
    }
}
