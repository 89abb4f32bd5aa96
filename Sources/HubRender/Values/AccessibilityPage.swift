/// What the `accessibility` template receives: the site's accessibility statement, in the
/// structure of the GOV.UK model statement, filled from `accessibility:` in hubsite.yml.
public struct AccessibilityPage: TemplateValue {
    public var common: CommonValues
    /// "Accessibility statement for SCiP Alliance Hubs".
    public var heading: String
    /// "This website is run by …", naming who runs it.
    public var runBy: String
    /// "… is committed to making this website accessible, …".
    public var committed: String
    public var email: String?
    public var emailURL: String?
    public var phone: String?
    public var phoneURL: String?
    public var knownIssues: [NameValue]
    public var prepared: String?
    public var reviewed: String?

    public static let variables = VariableTable<Self>("accessibility statement",
        TemplateVariable.including { $0.common } + [
        .text("heading", "the page's heading, naming the site") { $0.heading },
        .text("run_by", "who runs the site (`accessibility.organisation`), in a sentence") { $0.runBy },
        .text("committed", "the sentence on the accessibility regulations, naming who runs the site") { $0.committed },
        .text("email", "where to report a problem (`accessibility.email`)") { $0.email },
        .text("email_url", "the `mailto:` link for `email`") { $0.emailURL },
        .text("phone", "a phone number for the same") { $0.phone },
        .text("phone_url", "the `tel:` link for `phone`") { $0.phoneURL },
        .flag("has_contact", "true when there is an email or a phone number") { $0.email != nil || $0.phone != nil },
        .list("known_issues", "what is known not to be accessible, each as `name`") { $0.knownIssues },
        .flag("has_known_issues", "true when `known_issues` is not empty (the site is then partially compliant)") { !$0.knownIssues.isEmpty },
        .flag("is_prepared", "true when `accessibility.prepared` is given: only then does the page state how compliant the site is") { $0.prepared != nil },
        .text("prepared", "\"This statement was prepared on …\", when `accessibility.prepared` is given") { $0.prepared },
        .text("reviewed", "\"It was last reviewed on …\", when `accessibility.reviewed` is given") { $0.reviewed },
    ])
}
