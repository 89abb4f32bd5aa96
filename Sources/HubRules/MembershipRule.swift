import HubModel

/// "a quorate membership including … An HE institution, An FE institution, The school sector,
/// A local authority" (001).
public struct MembershipRule: HubRule {
    public static let id = RuleID.membership
    public static let fields = ["members"]
    public init() {}

    public func check(_ hub: Hub, context: RuleContext, findings: inout Findings) {
        let present = Set(hub.members.map(\.type))
        for type in MemberType.expected where !present.contains(type) {
            let label = type.inSentence
            findings.report("No member is from \(label); the Hub framework suggests membership including \(label).",
                            at: hub.fields.keyLocation(of: "members"),
                            hint: "If one takes part, add it under 'members:' with 'type: \(type.rawValue)'.")
        }
    }
}
