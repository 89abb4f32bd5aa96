import HubModel

/// "engaging stakeholders to increase hub involvement" (003): where the page says how to get
/// involved, one way to join that works (an email to a named person, a web form or a mailing
/// list). A page that says nothing is not a finding here; the Healthy Hub report shows it.
public struct GetInvolvedRule: HubRule {
    public static let id = RuleID.getInvolved
    public static let fields = ["get_involved"]
    public init() {}

    public func check(_ hub: Hub, context: RuleContext, findings: inout Findings) {
        guard let involved = hub.getInvolved else { return }
        let actions = involved.actions
        if actions.isEmpty {
            findings.report("'get_involved' says nothing about how to join: it has no email, form_url or mailing_list_url.",
                            at: hub.fields.keyLocation(of: "get_involved"),
                            hint: "Add one way to join, e.g. 'email: hub@example.ac.uk' with 'person: the hub chair, Alex Example', or 'form_url: https://…'.")
        } else if actions.count > 1 {
            findings.report("'get_involved' offers \(actions.count) ways to join (\(actions.joined(separator: ", "))); the page is clearer with one.",
                            at: hub.fields.location(of: "get_involved." + actions[1]), hint: "Keep the one way you most want people to use.",
                            advisory: true)
        }
        if let email = involved.email {
            if !Formats.isEmail(email) {
                let location = hub.fields.location(of: "get_involved.email")
                if let (address, reason) = Formats.intendedEmail(email) {
                    findings.report("'get_involved.email' is not an email address as written: \"\(email.prefix(80))\" (\(reason)).", at: location,
                                    hint: "Write it as 'email: \(address)'.",
                                    fix: TextFix(line: location.line, column: location.column, original: email, replacement: address))
                } else {
                    findings.report("'get_involved.email' is not an email address: \"\(email.prefix(80))\".", at: location,
                                    hint: "Write the address in full, e.g. 'name@example.ac.uk', with no spaces or 'mailto:'.")
                }
            }
            if involved.person == nil {
                findings.report("'get_involved' gives an email but not who it goes to.", at: hub.fields.location(of: "get_involved.email"),
                                hint: "Add 'person:' with their role and name, e.g. 'person: the hub chair, Alex Example'.", advisory: true)
            }
        }
        for (key, url) in [("form_url", involved.formURL), ("mailing_list_url", involved.mailingListURL)] {
            findings.requireSecureAddress(url, path: "get_involved." + key, in: hub.fields, example: "https://www.example.ac.uk/hub/join")
        }
    }
}
