/// One entry of the calendar of opportunities: `content/opportunities/<slug>.md`.
@dynamicMemberLookup
public struct Opportunity: Hashable, Sendable {
    /// What the file says. Held once and shared by the opportunity's copies (`Shared`): an
    /// opportunity is copied into the plan, the rules and the pages, and copying its
    /// thirty-odd fields one by one was the largest share of a rebuild's retains.
    public struct Details: Hashable, Sendable {
        public var slug: String
        public var file: String
        public var title: String
        /// nil when missing or unreadable; the `opportunity` rule reports it.
        public var start: LocalDateTime?
        public var end: LocalDateTime?
        /// Hub slugs, as written; the `opportunity` rule checks they exist.
        public var hubs: [String]
        public var audience: [Audience]
        public var category: String?
        public var location: String?
        /// The venue as an address (`venue:`), instead of `location`'s free text.
        public var venue: Venue?
        public var online: Bool
        /// Where people join online (`join_url:`), or true when the link is sent to those who
        /// book (`join_on_booking:`); either makes it an opportunity people can join online.
        public var joinURL: String?
        public var joinOnBooking = false
        public var bookingURL: String?
        public var deadline: LocalDate?
        public var cost: String?
        /// How it repeats, if it does (`repeat:`).
        public var recurrence: Recurrence?
        /// Changes to single dates of a repeating opportunity (`repeat.changed`).
        public var occurrenceChanges: [OccurrenceChange] = []
        public var status: EventStatus = .scheduled
        /// What changed, one entry per change, oldest first (`changes:`); their number is the
        /// iCalendar SEQUENCE, so a calendar that subscribed takes the new version.
        public var changes: [String] = []
        /// What makes it accessible: "Step-free access", "BSL interpretation", "Captions".
        public var accessibility: [String] = []
        /// How many places there are.
        public var places: Int?
        /// Who runs it, when not the hub itself.
        public var organiser: String?
        /// A picture (a file under content/, checked like logos) and what it shows.
        public var image: String?
        public var imageAlt: String?
        /// `translations: required` (true) or `optional` (false); nil follows its hubs and the site.
        public var translationsRequired: Bool?
        /// The page's old addresses (`aliases:`, as in Hugo), as written, oldest first: each
        /// keeps working, and the first that was an opportunity's page names its events.
        public var aliases: [String] = []
        /// What happened at it (`activity:`), once it has taken place: its title, date and hubs
        /// are the opportunity's (see `ContentSet.activities`).
        public var activity: Activity?
        public var body: MarkdownDocument
        public var fields: FieldLocations

    }

    @usableFromInline var storage: Shared<Details>

    /// Reads and writes go to the shared details; a write copies them first when another
    /// copy shares them.
    @inlinable public subscript<Value>(dynamicMember path: WritableKeyPath<Details, Value>) -> Value {
        _read { yield storage.value[keyPath: path] }
        _modify { yield &storage.value[keyPath: path] }
    }

    public init(slug: String, file: String, title: String, start: LocalDateTime?, end: LocalDateTime? = nil,
                hubs: [String] = [], audience: [Audience] = [], category: String? = nil,
                location: String? = nil, online: Bool = false, bookingURL: String? = nil,
                deadline: LocalDate? = nil, cost: String? = nil, body: MarkdownDocument,
                fields: FieldLocations) {
        storage = Shared(Details(slug: slug, file: file, title: title, start: start, end: end, hubs: hubs, audience: audience,
                                 category: category, location: location, online: online, bookingURL: bookingURL,
                                 deadline: deadline, cost: cost, body: body, fields: fields))
    }
}

extension Opportunity {
    /// Whether people can join it online: `online: true`, or a way to join given.
    public var isOnline: Bool { self.online || self.joinURL != nil || self.joinOnBooking }

    /// Its identity in calendars (iCalendar UIDs): its first address, so that renaming its file
    /// (with `aliases`) does not make it a new event in subscribers' calendars.
    public var eventID: EventID { .opportunity(SitePaths.calendarSlug(self.slug, aliases: self.aliases, hub: false)) }

    /// Where it is, on one line: the venue's address, else `location` as written.
    public func place(toBeConfirmed words: String) -> String? {
        self.venue.map { $0.line(toBeConfirmed: words) } ?? self.location
    }
}

extension Opportunity.Details {
    /// An opportunity with only its name and file, which the loader fills field by field.
    public init(slug: String, file: String, title: String, body: MarkdownDocument = MarkdownDocument(), fields: FieldLocations) {
        self.slug = slug
        self.file = file
        self.title = title
        self.hubs = []
        self.audience = []
        self.online = false
        self.body = body
        self.fields = fields
    }
}

extension Opportunity {
    /// What the file says, read back: what the field tables' bindings read shown values from.
    @inlinable public var details: Details { storage.value }

    public init(details: Details) {
        storage = Shared(details)
    }
}

extension Opportunity {
    /// What happened at it, as an activity of its hubs: its `activity:` with the opportunity's
    /// slug, file, title, first day and hubs; nil when it has none.
    public var reportedActivity: Activity? {
        guard var activity = self.activity else { return nil }
        activity.slug = self.slug
        activity.file = self.file
        activity.title = self.title
        activity.date = self.start?.date
        activity.hubs = self.hubs
        activity.fields = self.fields
        activity.opportunity = self.slug
        return activity
    }
}
