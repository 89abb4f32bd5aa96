import HubModel

/// "contact details" (003): a public contact route, and every address well formed.
public struct ContactsRule: HubRule {
    public static let id = RuleID.contacts
    public static let fields = ["contact", "submit_opportunity"]
    public init() {}

    public func check(_ hub: Hub, context: RuleContext, findings: inout Findings) {
        if hub.contact.isEmpty {
            findings.report("The hub has no public contact route; the Healthy Hub Framework asks for contact details on the webpage.",
                            at: hub.fields.location(of: "contact"),
                            hint: "Add 'contact:' with at least one of 'email:', 'phone:' or 'url:' (e.g. 'email: southhub@example.ac.uk').")
        }
        checkEmail(hub.contact.email, path: "contact.email", hub: hub, findings: &findings)
        checkPhone(hub.contact.phone, path: "contact.phone", hub: hub, findings: &findings)
        findings.requireSecureAddress(hub.contact.url, path: "contact.url", in: hub.fields, example: "https://www.example.ac.uk/south-hub")
        for (index, lead) in hub.leads.enumerated() {
            checkEmail(lead.email, path: "leads[\(index)].email", hub: hub, findings: &findings)
            checkPhone(lead.phone, path: "leads[\(index)].phone", hub: hub, findings: &findings)
        }
        for (list, organisations) in hub.organisationLists {
            for (index, organisation) in organisations.enumerated() {
                findings.requireSecureAddress(organisation.url, path: "\(list)[\(index)].url", in: hub.fields, example: "https://www.example.ac.uk/south-hub")
            }
        }
        if let submit = hub.submitOpportunity {
            if submit.email == nil, submit.formURL == nil {
                findings.report("'submit_opportunity' does not say how to send an opportunity: it has no email or form_url.",
                                at: hub.fields.keyLocation(of: "submit_opportunity"),
                                hint: "Add 'email: hub@example.ac.uk' or 'form_url: https://…' under 'submit_opportunity:'.")
            }
            checkEmail(submit.email, path: "submit_opportunity.email", hub: hub, findings: &findings)
            findings.requireSecureAddress(submit.formURL, path: "submit_opportunity.form_url", in: hub.fields, example: "https://www.example.ac.uk/south-hub")
        }
        for (index, address) in hub.social.enumerated() { checkSocial(address, path: "social[\(index)]", hub: hub, findings: &findings) }
        for (index, tag) in hub.hashtags.enumerated() where tag.contains(where: \.isWhitespace) || tag.dropFirst().contains("#") {
            findings.report("'hashtags[\(index)]' is not one hashtag: \"\(tag.prefix(80))\".", at: hub.fields.location(of: "hashtags[\(index)]"),
                            hint: "Write each hashtag as one word, in a list: 'hashtags: [MyPMC, MisyPlentynMilwrolCymru]'.")
        }
    }

    /// A social or web address: the full https:// address, not a handle or a hashtag.
    func checkSocial(_ value: String, path: String, hub: Hub, findings: inout Findings) {
        guard !Formats.isHTTPSURL(value) else { return }
        let location = hub.fields.location(of: path)
        if let addresses = SocialNetwork.likelyAddresses(ofHandle: value) {
            let choices = addresses.count == 1 ? "'\(addresses[0])'" : addresses.dropLast().map { "'\($0)'" }.joined(separator: ", ") + " or '\(addresses.last!)'"
            findings.report("'\(path)' is a handle, \"\(value.prefix(80))\", not an address: the page cannot tell which network it is on.", at: location,
                            hint: "Write the account's full address, e.g. \(choices) (open it to check).")
        } else if value.hasPrefix("#") {
            findings.report("'\(path)' is a hashtag, \"\(value.prefix(80))\", not an address.", at: location,
                            hint: "Move it to 'hashtags:', without the #: 'hashtags: [\(value.dropFirst())]'.")
        } else {
            findings.report("'\(path)' is not a secure web address: \"\(value.prefix(80))\".", at: location,
                            hint: Findings.secureAddressHint(value, path: "social", example: "https://www.instagram.com/examplehub/"))
        }
    }

    func checkEmail(_ value: String?, path: String, hub: Hub, findings: inout Findings) {
        guard let value, !Formats.isEmail(value) else { return }
        let location = hub.fields.location(of: path)
        let leaf = path.split(separator: ".").last.map(String.init) ?? path
        if let (address, reason) = Formats.intendedEmail(value) {
            findings.report("'\(path)' is not an email address as written: \"\(value.prefix(80))\" (\(reason)).", at: location,
                            hint: "Write it as '\(leaf): \(address)'.",
                            fix: TextFix(line: location.line, column: location.column, original: value, replacement: address))
            return
        }
        findings.report("'\(path)' is not an email address: \"\(value.prefix(80))\".", at: location,
                        hint: "Write the address in full, e.g. 'name@example.ac.uk', with no spaces or 'mailto:'.")
    }

    func checkPhone(_ value: String?, path: String, hub: Hub, findings: inout Findings) {
        guard let value, !Formats.isPhone(value) else { return }
        let leaf = path.split(separator: ".").last.map(String.init) ?? path
        var hint = "Write a UK number such as '023 9284 5566' or an international one such as '+44 23 9284 5566'."
        if let (number, lettersForDigits) = Formats.intendedPhone(value) {
            hint = lettersForDigits
                ? "It has a letter where a digit belongs (O for 0, or l for 1): write '\(leaf): \(number)'."
                : "Keep only the number in '\(leaf):', e.g. '\(leaf): \(number)', and say when to call in the page's text."
        }
        findings.report("'\(path)' is not a phone number: \"\(value.prefix(80))\".", at: hub.fields.location(of: path), hint: hint)
    }
}
