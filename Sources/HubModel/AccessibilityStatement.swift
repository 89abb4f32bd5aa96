/// What the site's accessibility statement says that hubsite cannot know (`accessibility:` in
/// hubsite.yml): who runs the site, how to report a problem, what is not accessible, and when
/// the statement was prepared and last reviewed. The statement page (`accessibility/`, in every
/// language) follows the GOV.UK model statement and adds what hubsite checks on every page.
public struct AccessibilityStatement: Hashable, Sendable {
    /// Who runs the site, e.g. the SCiP Alliance hubs' communications co-leads.
    public var organisation: String?
    /// Where to report a problem.
    public var email: String?
    public var phone: String?
    /// What is known not to be accessible, one sentence each; none: fully compliant.
    public var knownIssues: [String] = []
    public var prepared: LocalDate?
    public var reviewed: LocalDate?

    public init(organisation: String? = nil, email: String? = nil, phone: String? = nil, knownIssues: [String] = [],
                prepared: LocalDate? = nil, reviewed: LocalDate? = nil) {
        self.organisation = organisation
        self.email = email
        self.phone = phone
        self.knownIssues = knownIssues
        self.prepared = prepared
        self.reviewed = reviewed
    }

    /// When the statement was last looked at: its review, else its preparation.
    public var lastReviewed: LocalDate? { reviewed ?? prepared }
}
