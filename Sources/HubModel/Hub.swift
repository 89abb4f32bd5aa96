/// One hub page: `content/hubs/<slug>.md`.
@dynamicMemberLookup
public struct Hub: Hashable, Sendable {
    /// What the file says. Held once and shared by the hub's copies (`Shared`), as an
    /// opportunity's are: a hub is copied into the rules, the plan and the pages, and copying
    /// its twenty-odd fields one by one was measurable in every build and rebuild.
    public struct Details: Hashable, Sendable {
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
        /// How to join the hub; nil when the page does not say.
        public var getInvolved: GetInvolved?
        /// How others send the hub an opportunity for its calendar; nil when the page does not say.
        public var submitOpportunity: SubmitOpportunity?
        /// The local picture in figures, each with its source.
        public var localPicture: [LocalFigure] = []
        /// Files to download from the page, each kept under `content/`.
        public var resources: [Resource] = []
        /// Organisations that fund the hub's work, and those that support it, apart from its
        /// members (who count for the membership rule) and its lead organisations.
        public var funders: [Organisation] = []
        public var supporters: [Organisation] = []
        /// The hub's social media and web addresses (`social`), and the hashtags it uses.
        public var social: [String] = []
        public var hashtags: [String] = []
        /// Optional monitoring figures (Healthy Hub report).
        public var distributionList: Int?
        public var hubLeadsMeetingsAttended: Int?
        public var toolkit: String?
        /// `translations: required` (true) or `optional` (false); nil follows the site.
        public var translationsRequired: Bool?
        /// The page's old addresses (`aliases:`, as in Hugo), as written, oldest first: each
        /// keeps working, and the first that was a hub's page names its events (`calendarSlug`).
        public var aliases: [String] = []
        public var body: MarkdownDocument
        public var fields: FieldLocations
    }

    /// Every list of organisations the page names, by its field: lead organisations, funders,
    /// supporters (members are names and types, without logos or websites).
    public var organisationLists: [(field: String, organisations: [Organisation])] {
        [("organisations", details.organisations), ("funders", details.funders), ("supporters", details.supporters)]
    }

    /// What the file says, read back: what the field tables' bindings read shown values from.
    @inlinable public var details: Details { storage.value }

    public init(details: Details) {
        storage = Shared(details)
    }

    @usableFromInline var storage: Shared<Details>

    /// Reads and writes go to the shared details; a write copies them first when another
    /// copy shares them.
    @inlinable public subscript<Value>(dynamicMember path: WritableKeyPath<Details, Value>) -> Value {
        _read { yield storage.value[keyPath: path] }
        _modify { yield &storage.value[keyPath: path] }
    }

    public init(slug: String, file: String, title: String, region: String? = nil, updated: LocalDate? = nil,
                organisations: [Organisation] = [], leads: [Lead] = [], contact: Contact = Contact(),
                members: [Member] = [], meetings: [Meeting] = [], actionPlan: ActionPlan? = nil,
                termsOfReference: String? = nil, distributionList: Int? = nil,
                hubLeadsMeetingsAttended: Int? = nil, toolkit: String? = nil,
                body: MarkdownDocument, fields: FieldLocations) {
        storage = Shared(Details(slug: slug, file: file, title: title, region: region, updated: updated, organisations: organisations,
                                 leads: leads, contact: contact, members: members, meetings: meetings, actionPlan: actionPlan,
                                 termsOfReference: termsOfReference, distributionList: distributionList,
                                 hubLeadsMeetingsAttended: hubLeadsMeetingsAttended, toolkit: toolkit, translationsRequired: nil,
                                 body: body, fields: fields))
    }
}

extension Hub.Details {
    /// A hub with only its name and file, which the loader fills field by field.
    public init(slug: String, file: String, title: String, body: MarkdownDocument = MarkdownDocument(), fields: FieldLocations) {
        self.slug = slug
        self.file = file
        self.title = title
        self.organisations = []
        self.leads = []
        self.contact = Contact()
        self.members = []
        self.meetings = []
        self.body = body
        self.fields = fields
    }
}

extension Hub {
    /// The slug its meetings are known by in calendars: its first address (`aliases`), so that
    /// renaming its file does not make them new events in subscribers' calendars.
    public var calendarSlug: String { SitePaths.calendarSlug(self.slug, aliases: self.aliases, hub: true) }
}
