import HubModel

/// The fields of hub and opportunity front matter, level by level: name, what the loader reads
/// it as, and a line saying what it is. The loaders take their allowed names from here, and
/// `FrontMatterSchema` turns the same tables into the JSON Schemas editors use.
public enum FrontMatterFields {
    /// How a field's value is read. A struct rather than an indirect enum: the tables are
    /// static, and LeakSanitizer does not follow pointers to enum boxes (it reported them).
    public struct Kind: Sendable {
        public enum Shape: Sendable {
            case text, date, time, dateTime, boolean, integer, choice, fields, list
        }

        public var shape: Shape
        /// The values of a `choice`.
        public var values: [String] = []
        /// The range of an `integer`.
        public var range: ClosedRange<Int> = 0...0
        /// The fields of a set (`fields`) or of each item of a `list`.
        public var fields: [Field] = []
        /// One value, or a list of them.
        public var oneOrMore = false

        /// Text; YYYY-MM-DD; HH:MM on the 24-hour clock; YYYY-MM-DD or YYYY-MM-DD HH:MM;
        /// true/false (yes/no, on/off too).
        public static let text = Kind(shape: .text), date = Kind(shape: .date), time = Kind(shape: .time)
        public static let dateTime = Kind(shape: .dateTime), boolean = Kind(shape: .boolean)
        public static func integer(_ range: ClosedRange<Int>) -> Kind { Kind(shape: .integer, range: range) }
        public static func choice(_ values: [String]) -> Kind { Kind(shape: .choice, values: values) }
        public static func oneOrMore(_ kind: Kind) -> Kind { var kind = kind; kind.oneOrMore = true; return kind }
        public static func fields(_ fields: [Field]) -> Kind { Kind(shape: .fields, fields: fields) }
        public static func list(_ fields: [Field]) -> Kind { Kind(shape: .list, fields: fields) }
    }

    public struct Field: Sendable {
        public var name: String
        public var kind: Kind
        public var summary: String
        /// The loader reports the field missing (where the rules do, the schema does not).
        public var required = false

        init(_ name: String, _ kind: Kind, _ summary: String, required: Bool = false) {
            self.name = name
            self.kind = kind
            self.summary = summary
            self.required = required
        }
    }

    public static let organisation: [Field] = [
        Field("name", .text, "The organisation's name."),
        Field("logo", .text, "Its logo: a PNG, JPEG, SVG or WebP file under content/, e.g. logos/example.svg."),
        Field("logo_alt", .text, "What the logo shows, for people who cannot see it (usually the organisation's name and 'logo')."),
        Field("url", .text, "The organisation's website, starting with https://."),
    ]
    public static let lead: [Field] = [
        Field("name", .text, "The person's full name."),
        Field("role", .text, "Their role in the hub: Hub Lead, Chair, Co-Chair, Vice Chair or Co-Lead (e.g. 'Co-Lead: Communications')."),
        Field("job_title", .text, "Their job title in their organisation."),
        Field("organisation", .text, "The organisation they work for."),
        Field("email", .text, "Their email address, e.g. name@example.ac.uk."),
        Field("phone", .text, "Their phone number, e.g. 023 9284 5566."),
    ]
    public static let contact: [Field] = [
        Field("email", .text, "The hub's public email address."),
        Field("phone", .text, "The hub's public phone number."),
        Field("url", .text, "A web page for the hub, starting with https://."),
    ]
    public static let member: [Field] = [
        Field("name", .text, "The member organisation's name.", required: true),
        Field("type", .choice(MemberType.allCases.map(\.rawValue)), "The kind of organisation.", required: true),
    ]
    public static let meeting: [Field] = [
        Field("date", .date, "The day of the meeting, YYYY-MM-DD.", required: true),
        Field("start", .time, "When it starts, HH:MM on the 24-hour clock (in quotes: \"14:00\")."),
        Field("end", .time, "When it ends, HH:MM on the 24-hour clock."),
        Field("title", .text, "A name for the meeting, e.g. Spring term meeting."),
        Field("location", .text, "Where it is held."),
        Field("online", .boolean, "true when people can join online."),
        Field("agenda_url", .text, "A link to the agenda, starting with https://."),
        Field("minutes_url", .text, "A link to the minutes, starting with https://."),
        Field("attendance", .integer(0...100_000), "How many people attended."),
    ]
    public static let action: [Field] = [
        Field("action", .text, "What will be done."),
        Field("lead", .text, "Who leads the action: every action needs a clear lead."),
        Field("due", .date, "When it is due, YYYY-MM-DD."),
        Field("status", .choice(ActionStatus.allCases.map(\.rawValue)), "Where it stands."),
        Field("aim", .text, "The aim it serves, to group actions under."),
    ]
    public static let actionPlan: [Field] = [
        Field("reviewed", .date, "When the plan was last reviewed (every year), YYYY-MM-DD."),
        Field("actions", .list(action), "The actions of the plan."),
    ]

    /// A hub page's front matter.
    public static let hub: [Field] = [
        Field("title", .text, "The hub's name, e.g. South Hub.", required: true),
        Field("region", .text, "The region the hub serves; groups hubs on the index page."),
        Field("updated", .date, "The day every detail on the page was last checked, YYYY-MM-DD."),
        Field("organisations", .list(organisation), "The lead organisation(s): one or two, each with its logo."),
        Field("leads", .list(lead), "The people who lead the hub."),
        Field("contact", .fields(contact), "How the public reaches the hub: at least one of email, phone or url."),
        Field("members", .list(member), "The organisations taking part."),
        Field("meetings", .list(meeting), "Hub meetings: at least two each academic year, ideally one a term."),
        Field("action_plan", .fields(actionPlan), "The hub's action plan: reviewed every year, every action with a lead."),
        Field("terms_of_reference", .text, "The terms of reference: a link, or a file under content/."),
        Field("distribution_list", .integer(0...1_000_000), "How many people are on the hub's distribution list."),
        Field("hub_leads_meetings_attended", .integer(0...100), "How many Hub Leads' meetings the hub's leads attended this year."),
        Field("toolkit", .text, "How the hub uses the Thriving Lives Toolkit."),
        Field("translations", .choice(["required", "optional"]), "required: the page must be translated into every other language of the site (languages: in hubsite.yml)."),
    ]

    /// One date of a repeating opportunity that changed.
    public static let changedDate: [Field] = [
        Field("date", .date, "The date, of the pattern, that changes.", required: true),
        Field("status", .choice(EventStatus.allCases.map(\.rawValue)), "What became of that date, e.g. cancelled."),
        Field("to", .dateTime, "Where that date moved to: YYYY-MM-DD HH:MM."),
    ]
    /// How an opportunity repeats.
    public static let recurrence: [Field] = [
        Field("every", .text, "How often: week, 2 weeks, month, 3 months, …", required: true),
        Field("on", .text, "For monthly repeats: a day of the month (15) or a weekday of it (second Tuesday, last Friday)."),
        Field("until", .date, "The last day it may repeat on, YYYY-MM-DD (or give times)."),
        Field("times", .integer(1...Recurrence.maxListed), "How many times it takes place in all (or give until)."),
        Field("except", .oneOrMore(.date), "Dates of the pattern when it does not take place, e.g. half term."),
        Field("changed", .list(changedDate), "Single dates cancelled or moved."),
    ]

    /// An opportunity's front matter.
    public static let opportunity: [Field] = [
        Field("title", .text, "What the opportunity is called.", required: true),
        Field("start", .dateTime, "When it starts: YYYY-MM-DD (all day) or YYYY-MM-DD HH:MM."),
        Field("end", .dateTime, "When it ends, written like start; for an all-day event, its last day."),
        Field("hubs", .oneOrMore(.text), "The hubs it belongs to: file names in content/hubs/ without '.md'."),
        Field("audience", .oneOrMore(.choice(Audience.allCases.map(\.rawValue))), "Who it is for."),
        Field("category", .text, "A kind, e.g. Training."),
        Field("location", .text, "The venue and town."),
        Field("online", .boolean, "true when it takes place online."),
        Field("booking_url", .text, "Where to book, starting with https://."),
        Field("deadline", .date, "When booking closes, YYYY-MM-DD."),
        Field("cost", .text, "What it costs, e.g. Free."),
        Field("repeat", .fields(recurrence), "How it repeats, if it does: every, on, until or times, except."),
        Field("status", .choice(EventStatus.allCases.map(\.rawValue)), "What became of it, if not as planned: cancelled, postponed, rescheduled, moved-online or full."),
        Field("changes", .oneOrMore(.text), "What changed, one line per change, oldest first; calendars that subscribed update when a line is added."),
        Field("accessibility", .oneOrMore(.text), "What makes it accessible, e.g. [Step-free access, BSL interpretation, Captions]."),
        Field("places", .integer(1...100_000), "How many places there are."),
        Field("organiser", .text, "Who runs it, when not the hub itself."),
        Field("image", .text, "A picture: a PNG, JPEG, SVG or WebP file under content/, e.g. images/taster-day.jpg."),
        Field("image_alt", .text, "What the picture shows, for people who cannot see it (required with image)."),
        Field("translations", .choice(["required", "optional"]), "required: the opportunity must be translated into every other language of the site; by default it follows its hubs."),
    ]

    /// The words a translation may hold, level by level (by the name of the field that holds
    /// them; `hub` and `opportunity` for the top level): every other field of the original's
    /// table is a fact. The translation loader and the translations' schemas read this.
    public static let translationWords: [String: Set<String>] = [
        "hub": ["title", "leads", "meetings", "action_plan", "organisations", "translates"],
        "leads": ["role", "job_title"],
        "meetings": ["title"],
        "action_plan": ["actions"],
        "actions": ["action", "aim"],
        "organisations": ["logo_alt"],
        "opportunity": ["title", "image_alt", "translates"],
    ]

    /// A translation's fields: the original's table cut to its words at every level, none
    /// required, with `translates`.
    static func translation(of fields: [Field], level: String) -> [Field] {
        let words = translationWords[level] ?? []
        var kept: [Field] = fields.filter { words.contains($0.name) }.map { field in
            var field = field
            field.required = false
            if !field.kind.fields.isEmpty { field.kind.fields = translation(of: field.kind.fields, level: field.name) }
            return field
        }
        if words.contains(translates.name) { kept.append(translates) }
        return kept
    }

    /// A hub page's translation (`content/hubs/<slug>.<language>.md`).
    public static var hubTranslation: [Field] { translation(of: hub, level: "hub") }
    /// An opportunity's translation.
    public static var opportunityTranslation: [Field] { translation(of: opportunity, level: "opportunity") }

    /// The field only a translation has: the fingerprint of the original's words it translates.
    public static let translates = Field("translates", .text, "The fingerprint of the original's words this translation was made from, as the translation rule's hint gives it.")

    public static func names(_ fields: [Field]) -> [String] { fields.map(\.name) }

    /// The names of every level: what a line of a file's front matter may start with.
    public static func allNames(_ fields: [Field]) -> Set<String> {
        fields.reduce(into: Set<String>()) { names, field in
            names.insert(field.name)
            names.formUnion(allNames(field.kind.fields))
        }
    }
    public static let allHubNames = allNames(hub + [translates])
    public static let allOpportunityNames = allNames(opportunity + [translates])
}
