import HubModel

/// "Is easily accessible" (003): the site's accessibility statement (`accessibility/`, from
/// `accessibility:` in hubsite.yml) says who to tell about a problem and when it was prepared,
/// and is reviewed every year, as the accessibility regulations and the GOV.UK model
/// statement ask.
public struct AccessibilityStatementRule: SiteRule {
    public static let id = RuleID.accessibilityStatement
    /// How many days a review lasts.
    public static let reviewDays = 365
    public init() {}

    public func check(_ context: RuleContext, findings: inout Findings) {
        let config = context.content.config
        let fields = config.fields
        // Without `accessibility:` the statement says the site has not been assessed yet, and
        // claims nothing: a new site checks cleanly until someone fills it in.
        guard context.content.sources.hasText(of: fields.document.file), fields.has("accessibility") else { return }
        let statement = config.accessibility
        if statement.email == nil, statement.phone == nil {
            findings.report("The accessibility statement gives no way to report a problem: no 'email' or 'phone'.", at: fields.keyLocation(of: "accessibility"),
                            hint: "Add 'email:' under 'accessibility:' with the address that answers accessibility requests.")
        }
        if let email = statement.email, !Formats.isEmail(email) {
            findings.report("'accessibility.email' is not an email address: \"\(email.prefix(80))\".", at: fields.location(of: "accessibility.email"),
                            hint: "Write it as name@example.org.")
        }
        guard let prepared = statement.prepared else {
            findings.report("The accessibility statement has no 'prepared' date, so it cannot say how compliant the site is.",
                            at: fields.keyLocation(of: "accessibility"), hint: "Add 'prepared: YYYY-MM-DD' under 'accessibility:' once the site has been checked.")
            return
        }
        let today = context.today
        for (key, date) in [("prepared", Optional(prepared)), ("reviewed", statement.reviewed)] {
            guard let date, date > today else { continue }
            findings.report("'accessibility.\(key)' is \(date.iso), which has not come yet.", at: fields.location(of: "accessibility." + key),
                            hint: "Write the day it was \(key), YYYY-MM-DD.")
        }
        if let reviewed = statement.reviewed, reviewed < prepared {
            findings.report("'accessibility.reviewed' (\(reviewed.iso)) is before the statement was prepared (\(prepared.iso)).",
                            at: fields.location(of: "accessibility.reviewed"), hint: "Check both dates.")
        }
        if let last = statement.lastReviewed, last.days(until: today) > Self.reviewDays {
            let key = statement.reviewed == nil ? "prepared" : "reviewed"
            findings.report("The accessibility statement was last reviewed on \(last.iso), more than a year ago.", at: fields.location(of: "accessibility." + key),
                            hint: "Check the site again (its known issues, the contact) and write the day you did in 'reviewed: YYYY-MM-DD' under 'accessibility:'.")
        }
    }
}
