/// One hub page: `content/hubs/<slug>.md`.
public struct Hub: Hashable, Sendable {
    public var slug: String
    /// Source path relative to the source folder.
    public var file: String
    public var title: String
    public var region: String?
    public var updated: LocalDate?
    public var organisations: [Organisation]
    public var leads: [Lead]
    public var contact: Contact
    public var members: [Member]
    public var meetings: [Meeting]
    public var actionPlan: ActionPlan?
    public var termsOfReference: String?
    /// Optional monitoring figures (Healthy Hub report).
    public var distributionList: Int?
    public var hubLeadsMeetingsAttended: Int?
    public var toolkit: String?
    /// `translations: required` (true) or `optional` (false); nil follows the site.
    public var translationsRequired: Bool?
    public var body: MarkdownDocument
    public var fields: FieldLocations

    public init(slug: String, file: String, title: String, region: String? = nil, updated: LocalDate? = nil,
                organisations: [Organisation] = [], leads: [Lead] = [], contact: Contact = Contact(),
                members: [Member] = [], meetings: [Meeting] = [], actionPlan: ActionPlan? = nil,
                termsOfReference: String? = nil, distributionList: Int? = nil,
                hubLeadsMeetingsAttended: Int? = nil, toolkit: String? = nil,
                body: MarkdownDocument, fields: FieldLocations) {
        self.slug = slug
        self.file = file
        self.title = title
        self.region = region
        self.updated = updated
        self.organisations = organisations
        self.leads = leads
        self.contact = contact
        self.members = members
        self.meetings = meetings
        self.actionPlan = actionPlan
        self.termsOfReference = termsOfReference
        self.distributionList = distributionList
        self.hubLeadsMeetingsAttended = hubLeadsMeetingsAttended
        self.toolkit = toolkit
        self.body = body
        self.fields = fields
    }
}
