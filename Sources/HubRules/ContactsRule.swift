import HubModel

/// "contact details" (003): a public contact route, and every address well formed.
public struct ContactsRule: HubRule {
    public static let id = RuleID.contacts
    public init() {}

    public func check(_ hub: Hub, context: RuleContext, findings: inout Findings) {
        if hub.contact.isEmpty {
            findings.report("The hub has no public contact route; the Healthy Hub Framework asks for contact details on the webpage.",
                            at: hub.fields.location(of: "contact"),
                            hint: "Add 'contact:' with at least one of 'email:', 'phone:' or 'url:' (e.g. 'email: southhub@example.ac.uk').")
        }
        checkEmail(hub.contact.email, path: "contact.email", hub: hub, findings: &findings)
        checkPhone(hub.contact.phone, path: "contact.phone", hub: hub, findings: &findings)
        checkURL(hub.contact.url, path: "contact.url", hub: hub, findings: &findings)
        for (index, lead) in hub.leads.enumerated() {
            checkEmail(lead.email, path: "leads[\(index)].email", hub: hub, findings: &findings)
            checkPhone(lead.phone, path: "leads[\(index)].phone", hub: hub, findings: &findings)
        }
        for (index, organisation) in hub.organisations.enumerated() {
            checkURL(organisation.url, path: "organisations[\(index)].url", hub: hub, findings: &findings)
        }
    }

    func checkEmail(_ value: String?, path: String, hub: Hub, findings: inout Findings) {
        guard let value, !Formats.isEmail(value) else { return }
        findings.report("'\(path)' is not an email address: \"\(value.prefix(80))\".", at: hub.fields.location(of: path),
                        hint: "Write the address in full, e.g. 'name@example.ac.uk', with no spaces or 'mailto:'.")
    }

    func checkPhone(_ value: String?, path: String, hub: Hub, findings: inout Findings) {
        guard let value, !Formats.isPhone(value) else { return }
        findings.report("'\(path)' is not a phone number: \"\(value.prefix(80))\".", at: hub.fields.location(of: path),
                        hint: "Write a UK number such as '023 9284 5566' or an international one such as '+44 23 9284 5566'.")
    }

    func checkURL(_ value: String?, path: String, hub: Hub, findings: inout Findings) {
        guard let value, !Formats.isHTTPSURL(value) else { return }
        findings.report("'\(path)' is not a secure web address: \"\(value.prefix(80))\".", at: hub.fields.location(of: path),
                        hint: "Write the full address starting with https://, e.g. 'https://www.example.ac.uk/south-hub'.")
    }
}
