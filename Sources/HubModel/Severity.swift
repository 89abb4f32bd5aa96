/// How much a broken rule matters. `off` disables a rule through `hubsite.yml`. A `note` is
/// never a rule's severity: it tells what follows from a problem reported elsewhere (an
/// opportunity of a hub whose page could not be read), so that one mistake is one error.
public enum Severity: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    case error
    case warning
    case note
    case off

    private var rank: Int {
        switch self {
        case .error: return 0
        case .warning: return 1
        case .note: return 2
        case .off: return 3
        }
    }

    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
}
