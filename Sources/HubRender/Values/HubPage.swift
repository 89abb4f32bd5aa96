import HubModel

/// What the `hub` template receives: a hub's page.
public struct HubPage: TemplateValue {
    public var common: CommonValues
    public var hub: Hub
    public var jsonLD: String

    public static let variables = VariableTable<Self>("hub page",
        TemplateVariable.including { $0.common } + [
        .object("hub", "the hub (below)") { $0.hub },
        .html("json_ld", "schema.org Organization data (name, page, email, logo, sameAs: the social links), already safe inside `<script>` (use `{{{ }}}`)") { $0.jsonLD },
    ])

    /// `hub`: everything the page shows of one hub.
    public struct Hub: TemplateValue {
        public var title: String
        public var slug: String
        public var region: String?
        public var regionURL: String?
        public var updatedHuman: String?
        public var introHTML: String
        public var feedURL: String
        public var organisations: [Organisation]
        public var leads: [Lead]
        public var contact: Contact
        /// How to get involved, where the page says.
        public var getInvolved: GetInvolved?
        /// How others send the hub an opportunity for its calendar, where the page says.
        public var submitOpportunity: SubmitOpportunity?
        /// The local picture's figures, each with its source.
        public var localPicture: [Figure]
        /// The files to download, each with its type and size.
        public var resources: [Resource]
        /// Its latest activities (up to three), and the list of them all.
        public var activities: [ActivityCard] = []
        public var activitiesURL: String?
        /// Who funds the hub's work and who supports it, apart from members and lead organisations.
        public var funders: [Supporter]
        public var supporters: [Supporter]
        public var social: [SocialLink]
        public var hashtags: [LineValue]
        /// The plain fields `FieldTables.hub` shows on the page (`terms_of_reference`, …).
        public var shown: ShownFields
        public var memberGroups: [MemberGroup]
        public var meetingsUpcoming: [MeetingValues]
        public var meetingsPast: [MeetingValues]
        public var actionPlan: ActionPlan?
        public var opportunities: [EventCardValues]

        public static let variables = VariableTable<Self>("hub", [
            .text("title", "the hub's name") { $0.title },
            .text("slug", "the file name without .md") { $0.slug },
            .text("region", "region") { $0.region },
            .text("region_url", "link to the region's hub list") { $0.regionURL },
            .text("updated_human", "when the page was last reviewed") { $0.updatedHuman },
            .html("intro_html", "the introduction as HTML (use `{{{ }}}`)") { $0.introHTML },
            .text("feed_url", "link to the hub's iCalendar feed") { $0.feedURL },
            .list("organisations", "the lead organisations that have a logo") { $0.organisations },
            .list("leads", "the hub's leads") { $0.leads },
            .object("contact", "how to contact the hub") { $0.contact },
            .object("get_involved", "how to get involved, where the page says (see get involved)") { $0.getInvolved },
            .list("social", "the hub's social media and web links (see social link)") { $0.social },
            .list("funders", "organisations that fund the hub's work (see supporter)") { $0.funders },
            .list("supporters", "organisations that support the hub, apart from members (see supporter)") { $0.supporters },
            .flag("has_backers", "true when the hub has funders or supporters") { !$0.funders.isEmpty || !$0.supporters.isEmpty },
            .list("local_picture", "the local picture's figures, each with its source (see figure)") { $0.localPicture },
            .list("resources", "the files to download, each with its type and size (see resource)") { $0.resources },
            .list("activities", "its latest activities, up to three, newest first (see activity card)") { $0.activities },
            .text("activities_url", "the list of all its activities (absent when it has none)") { $0.activitiesURL },
            .object("submit_opportunity", "how to send the hub an opportunity for its calendar, where the page says (see submit opportunity)") { $0.submitOpportunity },
            .list("hashtags", "the hashtags the hub uses, each with its # (text)") { $0.hashtags },
        ] + ShownFields.variables(FieldTables.hub) { $0.shown } + [
            .list("member_groups", "the members, by member type") { $0.memberGroups },
            .list("meetings_upcoming", "meetings from today on (see meeting)") { $0.meetingsUpcoming },
            .list("meetings_past", "earlier meetings, latest first") { $0.meetingsPast },
            .object("action_plan", "the action plan, if there is one") { $0.actionPlan },
            .list("opportunities", "the hub's upcoming opportunities (see event-card)") { $0.opportunities },
        ])
    }

    public struct Organisation: TemplateValue {
        public var name: String
        public var url: String?
        public var logoSrc: String
        public var logoAlt: String

        public static let variables = VariableTable<Self>("organisation", [
            .text("name", "the organisation's name") { $0.name },
            .text("url", "its website") { $0.url },
            .text("logo_src", "link to the logo file") { $0.logoSrc },
            .text("logo_alt", "the logo's alt text") { $0.logoAlt },
        ])
    }

    public struct Lead: TemplateValue {
        public var name: String
        public var role: String
        public var jobTitle: String?
        public var organisation: String?
        public var email: String?
        public var emailHref: String?
        public var phone: String?
        public var phoneHref: String?

        public static let variables = VariableTable<Self>("lead", [
            .text("name", "the lead's name") { $0.name },
            .text("role", "a lead's role") { $0.role },
            .text("job_title", "a lead's job title") { $0.jobTitle },
            .text("organisation", "a lead's organisation") { $0.organisation },
            .text("email", "an email address") { $0.email },
            .text("email_href", "its mailto: link") { $0.emailHref },
            .text("phone", "a phone number") { $0.phone },
            .text("phone_href", "its tel: link") { $0.phoneHref },
        ])
    }

    public struct Contact: TemplateValue {
        public var email: String?
        public var emailHref: String?
        public var phone: String?
        public var phoneHref: String?
        public var url: String?

        public static let variables = VariableTable<Self>("contact", [
            .text("email", "the hub's email address") { $0.email },
            .text("email_href", "its mailto: link") { $0.emailHref },
            .text("phone", "the hub's phone number") { $0.phone },
            .text("phone_href", "its tel: link") { $0.phoneHref },
            .text("url", "the hub's contact page") { $0.url },
        ])
    }

    /// `hub.get_involved`: who can join and how, each way to join a link.
    public struct GetInvolved: TemplateValue {
        public var text: String?
        public var person: String?
        public var actions: [JoinAction]
        public var commitments: [LineValue]

        public static let variables = VariableTable<Self>("get involved", [
            .text("text", "who can join and why") { $0.text },
            .text("person", "who to email, by name and role") { $0.person },
            .list("actions", "each way to join (url, text)") { $0.actions },
            .list("commitments", "what joining commits a member to (text)") { $0.commitments },
        ])
    }

    /// `hub.submit_opportunity`: how someone outside the hub sends it an opportunity, each way a link.
    public struct SubmitOpportunity: TemplateValue {
        public var text: String?
        public var actions: [JoinAction]

        public static let variables = VariableTable<Self>("submit opportunity", [
            .text("text", "what the calendar lists and how to send something in (absent when not written)") { $0.text },
            .list("actions", "each way to send one (url, text, email; see join action)") { $0.actions },
        ])
    }

    /// One of `hub.resources`: a file to download, with what the page says of it before it is
    /// opened (its type, its size, and its language when that is not the page's).
    public struct Resource: TemplateValue {
        public var title: String
        public var url: String
        public var description: String?
        public var type: String
        public var size: String
        public var mimeType: String
        public var language: String
        public var languageName: String?

        public static let variables = VariableTable<Self>("resource", [
            .text("title", "what the file is (its title)") { $0.title },
            .text("url", "the file's address, relative to the page") { $0.url },
            .text("description", "a sentence on what it is for (absent when not given)") { $0.description },
            .text("type", "the kind of file, e.g. PDF, Word, PNG image") { $0.type },
            .text("size", "the file's size, e.g. 1.2 MB") { $0.size },
            .text("mime_type", "the file's MIME type, e.g. application/pdf") { $0.mimeType },
            .text("language", "the code of the language the file is in, e.g. cy") { $0.language },
            .text("language_name", "that language's name in itself, e.g. Cymraeg, only when it is not the page's language") { $0.languageName },
        ])
    }

    /// One of `hub.funders` or `hub.supporters`: a name, with a logo and a link where given.
    public struct Supporter: TemplateValue {
        public var name: String
        public var url: String?
        public var logoSrc: String?
        public var logoAlt: String?

        public static let variables = VariableTable<Self>("supporter", [
            .text("name", "the organisation's name") { $0.name },
            .text("url", "its website") { $0.url },
            .text("logo_src", "link to its logo (absent without one)") { $0.logoSrc },
            .text("logo_alt", "the logo's alt text") { $0.logoAlt },
        ])
    }

    /// One figure of `hub.local_picture`, with the source it is cited from.
    public struct Figure: TemplateValue {
        public var value: String?
        public var counts: String?
        public var sourceName: String?
        public var sourceURL: String?
        public var sourceYear: Int?

        public static let variables = VariableTable<Self>("figure", [
            .text("value", "the figure, e.g. over 6,000") { $0.value },
            .text("counts", "what it counts") { $0.counts },
            .text("source_name", "who published it") { $0.sourceName },
            .text("source_url", "where to read it (absent when not online)") { $0.sourceURL },
            .text("source_year", "the year of the figures") { $0.sourceYear.map(String.init) },
        ])
    }

    /// One of the hub's social media accounts or websites, named by its network.
    public struct SocialLink: TemplateValue {
        public var url: String
        /// instagram, facebook, x, linkedin, youtube, bluesky, mastodon or website.
        public var network: String
        /// What the link shows: the network's name, or a website's host.
        public var text: String
        /// The link's accessible name, which holds its text: "South Hub on Instagram".
        public var label: String

        public static let variables = VariableTable<Self>("social link", [
            .text("url", "the address") { $0.url },
            .text("network", "instagram, facebook, x, linkedin, youtube, bluesky, mastodon or website") { $0.network },
            .text("text", "the network's name (Instagram), or a website's host") { $0.text },
            .text("label", "the link's accessible name: South Hub on Instagram") { $0.label },
        ])
    }

    /// One way to join: an email, a web form or a mailing-list sign-up.
    public struct JoinAction: TemplateValue {
        public var url: String
        public var text: String
        /// The address, for an email (shown beside the link).
        public var email: String?

        public static let variables = VariableTable<Self>("join action", [
            .text("url", "the mailto: or https: link") { $0.url },
            .text("text", "the link's words, e.g. Email the hub chair, Alex Example") { $0.text },
            .text("email", "the email address, for an email") { $0.email },
        ])
    }

    public struct MemberGroup: TemplateValue {
        public var label: String
        public var members: [Member]

        public static let variables = VariableTable<Self>("member group", [
            .text("label", "a member type's name") { $0.label },
            .list("members", "the members of a type") { $0.members },
        ])
    }

    public struct Member: TemplateValue {
        public var name: String

        public static let variables = VariableTable<Self>("member", [
            .text("name", "the member's name") { $0.name },
        ])
    }

    public struct ActionPlan: TemplateValue {
        public var reviewedHuman: String?
        public var actions: [Action]

        public static let variables = VariableTable<Self>("action plan", [
            .text("reviewed_human", "when the action plan was reviewed") { $0.reviewedHuman },
            .list("actions", "the actions") { $0.actions },
        ])
    }

    public struct Action: TemplateValue {
        public var action: String
        public var aim: String
        public var lead: String
        public var due: String?
        public var dueHuman: String
        public var status: String
        public var statusClass: String

        public static let variables = VariableTable<Self>("action", [
            .text("action", "what will be done") { $0.action },
            .text("aim", "the aim it serves (— when none)") { $0.aim },
            .text("lead", "who leads it (— when none)") { $0.lead },
            .text("due", "due date, ISO") { $0.due },
            .text("due_human", "due date (— when none)") { $0.dueHuman },
            .text("status", "Planned, In progress or Done") { $0.status },
            .text("status_class", "planned, in-progress, done or none (for CSS)") { $0.statusClass },
        ])
    }
}
