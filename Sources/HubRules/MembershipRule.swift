import HubModel

/// "a quorate membership including … An HE institution, An FE institution, The school sector,
/// A local authority" (001).
public struct MembershipRule: HubRule {
    public static let id = "membership"
    public static let expected: [(MemberType, String)] = [
        (.higherEducation, "a higher education institution"),
        (.furtherEducation, "a further education institution"),
        (.school, "the school sector"),
        (.localAuthority, "a local authority"),
    ]
    public init() {}

    public func check(_ hub: Hub, context: RuleContext, findings: inout Findings) {
        let present = Set(hub.members.map(\.type))
        for (type, label) in Self.expected where !present.contains(type) {
            findings.report("No member is from \(label); the Hub framework suggests membership including \(label).",
                            at: hub.fields.keyLocation(of: "members"),
                            hint: "If one takes part, add it under 'members:' with 'type: \(type.rawValue)'.")
        }
    }
}
