import Foundation

/// A named person in a hub's leadership ("leadership names", 003).
public struct Lead: Hashable, Sendable {
    public var name: String
    /// Leadership role such as "Hub Lead", "Chair" or "Co-Lead: Communications".
    public var role: String
    public var jobTitle: String?
    public var organisation: String?
    public var email: String?
    public var phone: String?

    public init(name: String, role: String, jobTitle: String? = nil, organisation: String? = nil,
                email: String? = nil, phone: String? = nil) {
        self.name = name
        self.role = role
        self.jobTitle = jobTitle
        self.organisation = organisation
        self.email = email
        self.phone = phone
    }

    /// Whether the role is one of the designated leadership roles (Hub Lead, Chair, Co-Chair,
    /// Vice Chair, Co-Lead), which the leads rule and the report's "stable leadership" look for.
    public static func isDesignated(_ role: String) -> Bool {
        let words = role.lowercased().replacingOccurrences(of: "-", with: " ").replacingOccurrences(of: "/", with: " ")
        return words.contains("hub lead") || words.contains("chair") || words.contains("co lead") || words.contains("colead")
    }

    public var isDesignated: Bool { Self.isDesignated(role) }
}
