import HubModel

/// Stable, designated leadership whose names are on the page (003: "Designated HL/Chair/Vice
/// Chair or Co/Chair … Do hub members know who they are?").
public struct LeadsRule: HubRule {
    public static let id = RuleID.leads
    public static let fields = ["leads"]
    public init() {}

    /// True for Hub Lead, Chair, Co-Chair, Vice Chair and Co-Lead roles, however written.
    public func check(_ hub: Hub, context: RuleContext, findings: inout Findings) {
        guard !hub.leads.isEmpty else {
            findings.report("The page names no leads; the Healthy Hub Framework asks for leadership names on the webpage.",
                            at: hub.fields.location(of: "leads"),
                            hint: "Add 'leads:' with at least the Hub Lead, e.g. '- name: Jo Smith' and 'role: Hub Lead'.")
            return
        }
        for (index, lead) in hub.leads.enumerated() {
            let path = "leads[\(index)]"
            if lead.name.isEmpty {
                findings.report("Lead \(index + 1) has no name.", at: hub.fields.location(of: path),
                                hint: "Add 'name:' with the person's full name.")
            }
            if lead.role.isEmpty {
                findings.report("Lead '\(lead.name.isEmpty ? "\(index + 1)" : lead.name)' has no role.", at: hub.fields.location(of: path + ".name"),
                                hint: "Add 'role:', e.g. 'role: Hub Lead' or 'role: Co-Lead: Communications'.")
            }
        }
        if !hub.leads.contains(where: { !$0.name.isEmpty && $0.isDesignated }) {
            findings.report("No lead holds a designated leadership role, so members cannot tell who leads the hub.",
                            at: hub.fields.keyLocation(of: "leads"),
                            hint: "Give at least one lead the role Hub Lead, Chair, Co-Chair, Vice Chair or Co-Lead.")
        }
    }
}
