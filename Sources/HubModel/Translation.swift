import Foundation

/// A page's words in another language of the site: `content/hubs/<slug>.<language>.md` beside
/// `content/hubs/<slug>.md`. It holds only what is written in words; every fact (dates, times,
/// addresses, logos, links, types, figures) comes from the original, so the two pages can never
/// disagree on when a meeting is.
public struct Translation: Hashable, Sendable {
    /// The kind of the original (its folder is `kind.folder`).
    public typealias Kind = ContentKind

    public var kind: Kind
    /// The original's slug: the file name without the language and `.md`.
    public var slug: String
    /// A language of the site other than its first, e.g. `cy`.
    public var language: String
    /// Source path relative to the source folder.
    public var file: String
    public var title: String?
    /// The introduction (a hub), description (an opportunity) or write-up (an activity).
    public var body: MarkdownDocument
    /// Each lead's words, by position in the original's `leads`.
    public var leads: [LeadWords] = []
    /// Each meeting's title, by position in the original's `meetings`.
    public var meetingTitles: [String?] = []
    /// Each action's words, by position in the original's `action_plan.actions`.
    public var actions: [ActionWords] = []
    /// Each organisation's logo text, by position in the original's `organisations`.
    public var logoAlts: [String?] = []
    /// The words of how to get involved (its text, who to email, what joining commits to).
    public var getInvolved = GetInvolvedWords()
    /// The text of how to send the hub an opportunity (`submit_opportunity.text`).
    public var submitOpportunityText: String?
    /// Each figure's words (what it counts, its source's name), by position in the original's `local_picture`.
    public var figures: [FigureWords] = []
    /// An activity's words (its summary, its photos' texts, its funders' and partners' logo
    /// texts): an activity's own, or an opportunity's `activity:`.
    public var activity = ActivityWords()
    /// Each resource's words (its title and description), by position in the original's `resources`.
    public var resources: [ResourceWords] = []
    /// Each funder's and supporter's logo text, by position in the original's lists.
    public var funderLogoAlts: [String?] = []
    public var supporterLogoAlts: [String?] = []
    /// The hashtags the page shows in this language, in place of the original's (a campaign's
    /// tag often differs by language); nil: the original's.
    public var hashtags: [String]?
    /// An opportunity's picture text.
    public var imageAlt: String?
    /// The fingerprint of the original's words this translation was made from (`translates:`):
    /// when the original's words change, it no longer matches and the translation is reported
    /// as out of date.
    public var translates: String?
    public var fields: FieldLocations

    public struct LeadWords: Hashable, Sendable {
        public var role: String?
        public var jobTitle: String?

        public init(role: String? = nil, jobTitle: String? = nil) {
            self.role = role
            self.jobTitle = jobTitle
        }
    }

    public struct GetInvolvedWords: Hashable, Sendable {
        public var text: String?
        public var person: String?
        /// Each commitment, by position in the original's list; nil: none written.
        public var commitments: [String]?

        public init(text: String? = nil, person: String? = nil, commitments: [String]? = nil) {
            self.text = text
            self.person = person
            self.commitments = commitments
        }
    }

    public struct FigureWords: Hashable, Sendable {
        public var counts: String?
        public var sourceName: String?

        public init(counts: String? = nil, sourceName: String? = nil) {
            self.counts = counts
            self.sourceName = sourceName
        }
    }

    public struct ActivityWords: Hashable, Sendable {
        public var summary: String?
        /// Each photo's alt text and caption, by position in the original's `photos`.
        public var photos: [PhotoWords] = []
        public var funderLogoAlts: [String?] = []
        public var partnerLogoAlts: [String?] = []

        public init() {}

        /// Whether the translation gives any of them.
        public var isEmpty: Bool { summary == nil && photos.isEmpty && funderLogoAlts.isEmpty && partnerLogoAlts.isEmpty }
    }

    public struct PhotoWords: Hashable, Sendable {
        public var alt: String?
        public var caption: String?

        public init(alt: String? = nil, caption: String? = nil) {
            self.alt = alt
            self.caption = caption
        }
    }

    public struct ResourceWords: Hashable, Sendable {
        public var title: String?
        public var description: String?

        public init(title: String? = nil, description: String? = nil) {
            self.title = title
            self.description = description
        }
    }

    public struct ActionWords: Hashable, Sendable {
        public var action: String?
        public var aim: String?

        public init(action: String? = nil, aim: String? = nil) {
            self.action = action
            self.aim = aim
        }
    }

    public init(kind: Kind, slug: String, language: String, file: String, body: MarkdownDocument, fields: FieldLocations) {
        self.kind = kind
        self.slug = slug
        self.language = language
        self.file = file
        self.body = body
        self.fields = fields
        self.originalFile = Self.file(kind: kind, slug: slug, language: nil)
    }

    /// The original's path: `content/hubs/cymru.md` for `content/hubs/cymru.cy.md` (or the
    /// file the loader found for that page, e.g. `content/hubs/cymru.en-GB.md`).
    public var originalFile: String

    /// The language's English name with its code, e.g. "Welsh (cy)", for messages.
    public static func languageName(_ code: String) -> String {
        Locale(identifier: "en").localizedString(forLanguageCode: code).map { "\($0) (\(code))" } ?? code
    }

    /// The path of the page `slug` of `kind` in `language` (nil: the main language, as hubsite
    /// names it): `content/hubs/cymru.cy.md`, `content/hubs/cymru.md`.
    public static func file(kind: Kind, slug: String, language: String?) -> String {
        kind.folder + "/" + slug + (language.map { "." + $0 } ?? "") + ".md"
    }
}
