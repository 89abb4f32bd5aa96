/// Something a hub has done: `content/activities/<slug>.md`, or the `activity:` of an
/// opportunity that took place. "Encourage and facilitate the sharing of best practice through
/// events and projects" (003): a dated write-up with what it reached, who paid for it and who
/// took part, and photos, listed on its hubs' pages and in the network's activities.
public struct Activity: Hashable, Sendable {
    public var slug: String
    /// Source path relative to the source folder: the activity's file, or the opportunity's.
    public var file: String
    public var title: String
    /// When it took place; nil when missing or unreadable (the rule `activity` reports it).
    public var date: LocalDate?
    /// Hub slugs, as written; the rule checks they exist.
    public var hubs: [String] = []
    /// A sentence or two on what happened: the lists and the feed show it.
    public var summary: String?
    /// What it reached, where the hub counted.
    public var figures: ActivityFigures?
    /// Who paid for it, and who took part in running it (logos checked like a hub's).
    public var funders: [Organisation] = []
    public var partners: [Organisation] = []
    public var photos: [Photo] = []
    /// The write-up (an activity's file); empty for an opportunity's activity, whose page is
    /// the opportunity's description.
    public var body: MarkdownDocument
    public var fields: FieldLocations
    /// The opportunity it reports on, when written as that opportunity's `activity:` (its
    /// fields' paths then start `activity.`); nil for an activity's own file.
    public var opportunity: String?

    public init(slug: String, file: String, title: String, date: LocalDate? = nil, hubs: [String] = [], body: MarkdownDocument = MarkdownDocument(),
                fields: FieldLocations) {
        self.slug = slug
        self.file = file
        self.title = title
        self.date = date
        self.hubs = hubs
        self.body = body
        self.fields = fields
    }

    /// Where its fields are in its file: `activity.` for an opportunity's, else the top.
    public var prefix: String { opportunity == nil ? "" : "activity." }
}
