/// Every field of front matter and of `hubsite.yml`, level by level, each declared once: its
/// name, the model property it fills (and so its kind), what it means, whether it is required,
/// a word (translatable) or a fact, a link, an example and where it shows. The loaders read by
/// these tables; the JSON Schemas, the field reference in docs/content.md and the plain page
/// variables are made from them. Adding a plain field is a line here and a property in the model.
public enum FieldTables {
    public typealias Entry = FieldEntry

    /// A blank place for the items the loader starts from (replaced when the file has one).
    static let noLocations = FieldLocations(document: SourceLocation(file: "", line: 1, column: 1))

    // MARK: Hub page

    public static let organisation = FieldTable<Organisation>("an organisation (name, logo, logo_alt, url)", blank: Organisation(name: ""), [
        Entry("name", .text(\.name), "The organisation's name.", requiredByRules: true, example: "Example University", shows: [.hubPage, .hubCard]),
        Entry("logo", .text(\.logo), "Its logo: a PNG, JPEG, SVG or WebP file under content/, e.g. logos/example.svg.",
              link: true, image: true, requiredByRules: true, example: "logos/example.svg", note: "a PNG, JPEG, SVG or WebP file under content/", shows: [.hubPage]),
        Entry("logo_alt", .text(\.logoAlt), "What the logo shows, for people who cannot see it (usually the organisation's name and 'logo').",
              translatable: true, requiredByRules: true, example: "Example University logo", shows: [.hubPage]),
        Entry("url", .text(\.url), "The organisation's website, starting with https://.", link: true, example: "https://www.example.org/",
              shows: [.hubPage]),
    ])

    /// A funder or supporter: an organisation whose logo is optional (checked as a lead
    /// organisation's is when given).
    public static let supporter = FieldTable<Organisation>("an organisation (name, logo, logo_alt, url)", blank: Organisation(name: ""),
                                                           missing: { field, _, index, _ in
        field == "name" ? ("Organisation \(index + 1) of the list has no 'name'.", "Add 'name:' with the organisation's full name.") : nil
    }, [
        Entry("name", .text(\.name), "The organisation's name.", required: true, example: "Example Trust", shows: [.hubPage]),
        Entry("logo", .text(\.logo), "Its logo, if the page shows it: a PNG, JPEG, SVG or WebP file under content/.",
              link: true, image: true, example: "logos/example-trust.svg", note: "optional", shows: [.hubPage]),
        Entry("logo_alt", .text(\.logoAlt), "What the logo shows (usually the organisation's name and 'logo'); needed with a logo.",
              translatable: true, example: "Example Trust logo", note: "with logo", shows: [.hubPage]),
        Entry("url", .text(\.url), "The organisation's website, starting with https://.", link: true, example: "https://www.example.org/",
              note: "optional", shows: [.hubPage]),
    ])

    public static let lead = FieldTable<Lead>("a person (name, role, …)", blank: Lead(name: "", role: ""), [
        Entry("name", .text(\.name), "The person's full name.", requiredByRules: true, example: "Alex Example", shows: [.hubPage]),
        Entry("role", .text(\.role), "Their role in the hub: Hub Lead, Chair, Co-Chair, Vice Chair or Co-Lead (e.g. 'Co-Lead: Communications').",
              translatable: true, requiredByRules: true, example: "Hub Lead", note: "Hub Lead, Chair, Co-Chair, Vice Chair or Co-Lead: …", shows: [.hubPage]),
        Entry("job_title", .text(\.jobTitle), "Their job title in their organisation.", translatable: true, example: "Outreach Manager",
              note: "optional", shows: [.hubPage]),
        Entry("organisation", .text(\.organisation), "The organisation they work for.", example: "Example University", note: "optional", shows: [.hubPage]),
        Entry("email", .text(\.email), "Their email address, e.g. name@example.ac.uk.", link: true, example: "alex@example.org",
              note: "optional", shows: [.hubPage]),
        Entry("phone", .text(\.phone), "Their phone number, e.g. 023 9284 5566.", link: true, note: "optional", shows: [.hubPage]),
    ])

    public static let contact = FieldTable<Contact>("a set of contact fields", blank: Contact(), [
        Entry("email", .text(\.email), "The hub's public email address.", link: true, example: "hub@example.org", shows: [.hubPage]),
        Entry("phone", .text(\.phone), "The hub's public phone number.", link: true, example: "01632 960 000", shows: [.hubPage]),
        Entry("url", .text(\.url), "A web page for the hub, starting with https://.", link: true, example: "https://www.example.org/hub",
              shows: [.hubPage]),
    ])

    public static let member = FieldTable<Member>("a member organisation (name, type)", blank: Member(name: "", type: .other),
                                                  missing: { field, member, _, written in
        guard field == "type", !written else { return nil }
        return ("Member '\(member.name.isEmpty ? "?" : member.name)' has no 'type'.",
                "Add 'type:' with one of: \(MemberType.allCases.map(\.rawValue).joined(separator: ", ")).")
    }, [
        Entry("name", .text(\.name), "The member organisation's name.", required: true, example: "Example University", shows: [.hubPage]),
        Entry("type", .choice(\.type), "The kind of organisation.", required: true, example: "higher-education", shows: [.hubPage]),
    ])

    public static let meeting = FieldTable<Meeting>("a meeting (date, start, end, …)", blank: Meeting(date: LocalDate(year: 2000, month: 1, day: 1)!),
                                                    index: \Meeting.index, missing: { field, _, index, written in
        field == "date" && !written ? ("Meeting \(index + 1) has no 'date'.", "Add 'date: YYYY-MM-DD' to the meeting.") : nil
    }, [
        Entry("date", .date(\.date), "The day of the meeting, YYYY-MM-DD.", required: true, note: "YYYY-MM-DD", shows: [.hubPage, .hubCard, .calendar]),
        Entry("start", .time(\.start), "When it starts, HH:MM on the 24-hour clock (in quotes: \"14:00\").", example: "\"14:00\"",
              note: "optional, 24-hour clock, in quotes", shows: [.hubPage, .calendar]),
        Entry("end", .time(\.end), "When it ends, HH:MM on the 24-hour clock.", example: "\"16:00\"", shows: [.hubPage, .calendar]),
        Entry("title", .text(\.title), "A name for the meeting, e.g. Spring term meeting.", translatable: true, shows: [.hubPage, .calendar]),
        Entry("location", .text(\.location), "Where it is held.", note: "or online: true (or both)", shows: [.hubPage, .calendar]),
        Entry("venue", .fields(\.venue, of: venue), "Where it is held, as an address (name, street, town, postcode), or to_be_confirmed: true; instead of location.",
              note: "optional: instead of location, with a map link", shows: [.hubPage, .calendar]),
        Entry("online", .flag(\.online), "true when people can join online.", example: "true", shows: [.hubPage, .calendar]),
        Entry("join_url", .text(\.joinURL), "Where people join online (a video call), starting with https://; makes the meeting online.", link: true,
              example: "https://meet.example.org/hub-meeting", note: "optional: where to join online", shows: [.hubPage, .calendar]),
        Entry("join_on_booking", .flag(\.joinOnBooking), "true when the link to join online is sent to those who book, not published; makes the meeting online.",
              note: "or: the joining link is sent on booking", shows: [.hubPage, .calendar]),
        Entry("agenda_url", .text(\.agendaURL), "A link to the agenda, starting with https://.", link: true, note: "circulate the agenda a week before", shows: [.hubPage]),
        Entry("minutes_url", .text(\.minutesURL), "A link to the minutes, starting with https://.", link: true, note: "share the minutes after the meeting", shows: [.hubPage]),
        Entry("attendance", .integer(\.attendance, 0...100_000), "How many people attended.", shows: [.report]),
        Entry("moved_from", .date(\.movedFrom), "When the meeting moved: the date it was first planned for, YYYY-MM-DD. Subscribers' calendars then move it instead of showing it twice.",
              note: "only when it moved: the date first planned, so calendars move it", shows: [.hubPage, .calendar]),
        Entry("changes", .texts(\.changes), "What changed, one line per change, oldest first; calendars that subscribed update when a line is added.",
              note: "one line per change, so that subscribed calendars update", shows: [.calendar]),
    ])

    public static let action = FieldTable<PlannedAction>("an action (action, lead, due, status)", blank: PlannedAction(action: ""), index: \PlannedAction.index, [
        Entry("action", .text(\.action), "What will be done.", translatable: true, requiredByRules: true, example: "Invite local schools to join the hub",
              shows: [.hubPage]),
        Entry("lead", .text(\.lead), "Who leads the action: every action needs a clear lead.", requiredByRules: true, example: "Alex Example", shows: [.hubPage]),
        Entry("due", .date(\.due), "When it is due, YYYY-MM-DD.", shows: [.hubPage]),
        Entry("status", .choice(\.status), "Where it stands.", example: "planned", note: "planned, in-progress or done", shows: [.hubPage]),
        Entry("aim", .text(\.aim), "The aim it serves, to group actions under.", translatable: true, example: "Stakeholder engagement",
              note: "optional: groups actions under the aim they serve", shows: [.hubPage]),
    ])

    public static let getInvolved = FieldTable<GetInvolved>("how to get involved (text, person, email, form_url, mailing_list_url, commitments)",
                                                            blank: GetInvolved(), [
        Entry("text", .text(\.text), "A sentence or two on who can join and why.", translatable: true,
              example: "Schools, colleges and charities in the region are welcome to join.", shows: [.hubPage]),
        Entry("person", .text(\.person), "Who to email, by name and role, e.g. the hub chair, Alex Example.", translatable: true,
              example: "the hub chair, Alex Example", note: "with email: who to write to", shows: [.hubPage]),
        Entry("email", .text(\.email), "The address to email to join.", link: true, example: "hub@example.org",
              note: "one way to join: email, form_url or mailing_list_url", shows: [.hubPage]),
        Entry("form_url", .text(\.formURL), "A web form to join, starting with https://.", link: true,
              example: "https://www.example.org/hub/join", note: "or a web form", shows: [.hubPage]),
        Entry("mailing_list_url", .text(\.mailingListURL), "Where to sign up to the hub's mailing list, starting with https://.", link: true,
              example: "https://www.example.org/hub/mailing-list", note: "or a mailing-list sign-up", shows: [.hubPage]),
        Entry("commitments", .texts(\.commitments), "What joining commits a member to, one line each.", translatable: true,
              example: "[Come to at least two hub meetings a year]", shows: [.hubPage]),
    ])

    public static let submitOpportunity = FieldTable<SubmitOpportunity>("how to send the hub an opportunity (text, email, form_url)",
                                                                       blank: SubmitOpportunity(), [
        Entry("text", .text(\.text), "A sentence on what the calendar lists and how to send something in.", translatable: true,
              example: "Running something for service children in the region? Tell us and we will add it to the calendar.", shows: [.hubPage]),
        Entry("email", .text(\.email), "The address to send an opportunity to.", link: true, example: "hub@example.org",
              note: "email or form_url", shows: [.hubPage]),
        Entry("form_url", .text(\.formURL), "A web form to send an opportunity through, starting with https://.", link: true,
              example: "https://www.example.org/hub/submit-an-event", note: "or a web form", shows: [.hubPage]),
    ])

    public static let venue = FieldTable<Venue>("a venue (name, street, town, postcode, to_be_confirmed)", blank: Venue(), [
        Entry("name", .text(\.name), "The building or room, e.g. Events Centre.", example: "Events Centre", shows: [.hubPage, .opportunityPage, .calendar]),
        Entry("street", .text(\.street), "The street address, e.g. One Canal Parade, Dumballs Road.", example: "One Canal Parade, Dumballs Road",
              shows: [.hubPage, .opportunityPage, .calendar]),
        Entry("town", .text(\.town), "The town or city.", example: "Cardiff", shows: [.hubPage, .opportunityPage, .calendar]),
        Entry("postcode", .text(\.postcode), "The UK postcode, e.g. CF10 5BF (checked).", example: "CF10 5BF", note: "a UK postcode",
              shows: [.hubPage, .opportunityPage, .calendar]),
        Entry("to_be_confirmed", .flag(\.toBeConfirmed), "true while the venue is not yet booked: the page says 'Venue to be confirmed' (with the town, if given).",
              example: "true", note: "while it is not yet booked", shows: [.hubPage, .opportunityPage, .calendar]),
    ])

    public static let figureSource = FieldTable<LocalFigure.Source>("a figure's source (name, url, year)", blank: LocalFigure.Source(), [
        Entry("name", .text(\.name), "Who published it, and what: e.g. Department for Education, school census.", translatable: true,
              requiredByRules: true, example: "Department for Education, school census", shows: [.hubPage]),
        Entry("url", .text(\.url), "Where to read it, starting with https://.", link: true, example: "https://explore-education-statistics.service.gov.uk/",
              note: "optional", shows: [.hubPage]),
        Entry("year", .integer(\.year, 1900...2200), "The year of the figures (a source over five years old is flagged).", example: "2024", shows: [.hubPage]),
    ])

    public static let figure = FieldTable<LocalFigure>("a figure (value, counts, source)", blank: LocalFigure(), index: \LocalFigure.index, [
        Entry("value", .text(\.value), "The figure as the source gives it, e.g. over 6,000.", requiredByRules: true, example: "over 6,000", shows: [.hubPage]),
        Entry("counts", .text(\.counts), "What it counts, e.g. Service children in the region's schools.", translatable: true, requiredByRules: true,
              example: "Service children in the region's schools", shows: [.hubPage]),
        Entry("source", .fields(\.source, of: figureSource), "Where it comes from: every figure needs one.", translatable: true,
              requiredByRules: true, shows: [.hubPage]),
    ])

    public static let resource = FieldTable<Resource>("a file to download (file, title, language, description)", blank: Resource(),
                                                      index: \Resource.index, [
        Entry("file", .text(\.file), "The file, kept under content/: a PDF, Word, PowerPoint, Excel, OpenDocument, CSV or image file, e.g. files/flyer.pdf.",
              link: true, document: true, requiredByRules: true, example: "files/hub-flyer.pdf", note: "a file under content/", shows: [.hubPage]),
        Entry("title", .text(\.title), "What the file is, as its link says it, e.g. Hub flyer.", translatable: true, requiredByRules: true,
              example: "Hub flyer", shows: [.hubPage]),
        Entry("language", .text(\.language), "The language the file is written in (en, cy, …), when it is not the site's first language.",
              example: "en", note: "optional: en, cy, …", shows: [.hubPage]),
        Entry("description", .text(\.description), "A sentence on what it is for.", translatable: true,
              example: "A one-page introduction to the hub to share with schools.", note: "optional", shows: [.hubPage]),
    ])

    public static let actionPlan = FieldTable<ActionPlan>("an action plan (reviewed, actions)", blank: ActionPlan(), [
        Entry("reviewed", .date(\.reviewed), "When the plan was last reviewed (every year), YYYY-MM-DD.", shows: [.hubPage]),
        Entry("actions", .list(\.actions, of: action, itemName: "actions"), "The actions of the plan.", translatable: true, shows: [.hubPage]),
    ])

    /// A hub page's front matter.
    public static let hub = FieldTable<Hub.Details>("a hub page's front matter",
                                                    blank: Hub.Details(slug: "", file: "", title: "", fields: noLocations),
                                                    missing: { field, _, _, _ in
        field == "title" ? ("The hub page has no 'title'.", "Add a line such as 'title: South Hub' to the front matter.") : nil
    }, [
        Entry("title", .text(\.title), "The hub's name, e.g. South Hub.", required: true, translatable: true,
              note: "the hub's name", shows: [.hubPage, .hubCard, .calendar]),
        Entry("region", .text(\.region), "The region the hub serves; groups hubs on the index page.", example: "Example Region",
              note: "groups hubs on the index page", shows: [.hubPage, .hubCard]),
        Entry("updated", .date(\.updated), "The day every detail on the page was last checked, YYYY-MM-DD.", requiredByRules: true, note: "the day you last checked this page (YYYY-MM-DD)", shows: [.hubPage, .checks]),
        Entry("organisations", .list(\.organisations, of: organisation, itemName: "organisations"),
              "The lead organisation(s): one or two, each with its logo.", translatable: true, requiredByRules: true, note: "the lead organisation(s): one or two", shows: [.hubPage, .hubCard]),
        Entry("leads", .list(\.leads, of: lead, itemName: "people"), "The people who lead the hub.", translatable: true, requiredByRules: true, note: "the people who lead the hub", shows: [.hubPage]),
        Entry("contact", .fields(\.contact, of: contact), "How the public reaches the hub: at least one of email, phone or url.",
              note: "how the public reaches the hub: at least one of these", shows: [.hubPage]),
        Entry("get_involved", .fields(\.getInvolved, of: getInvolved),
              "How people join the hub: a short text and one clear action (email a named person, a web form or a mailing list), and what joining commits them to.",
              translatable: true, note: "how people join: a short text and one clear action", shows: [.hubPage, .report]),
        Entry("submit_opportunity", .fields(\.submitOpportunity, of: submitOpportunity),
              "How someone outside the hub sends it an opportunity for its calendar: a short text and an email address or a web form.",
              translatable: true, note: "optional: how others send an opportunity for the calendar", shows: [.hubPage]),
        Entry("resources", .list(\.resources, of: resource, itemName: "resources"),
              "Files to download from the page (a flyer, a poster, survey findings), each kept under content/ with a title: the page gives each one's type and size.",
              translatable: true, note: "optional: files under content/, each with a title", shows: [.hubPage]),
        Entry("local_picture", .list(\.localPicture, of: figure, itemName: "figures"),
              "The local picture in figures: each with its value, what it counts and its source (name, address, year).",
              translatable: true, note: "optional: figures, each with its source", shows: [.hubPage]),
        Entry("funders", .list(\.funders, of: supporter, itemName: "organisations"),
              "Organisations that fund the hub's work (name, logo, logo_alt, url), apart from its lead organisations and members.",
              translatable: true, note: "optional: who funds the hub's work", shows: [.hubPage]),
        Entry("supporters", .list(\.supporters, of: supporter, itemName: "organisations"),
              "Organisations that support the hub without being members (name, logo, logo_alt, url).",
              translatable: true, note: "optional: who supports it, apart from members", shows: [.hubPage]),
        Entry("social", .texts(\.social),
              "The hub's social media accounts and websites, each its full address starting with https:// (Instagram, Facebook, X, LinkedIn, YouTube, Bluesky, Mastodon or a website): the page names the network of each.",
              link: true, example: "[https://www.instagram.com/examplehub/]", note: "optional: each account's full address", shows: [.hubPage]),
        Entry("hashtags", .texts(\.hashtags), "Hashtags the hub uses, written without the # (which YAML reads as a comment) or in quotes, e.g. [MyPMC]; the page shows each with #.",
              translatable: true, example: "[ExampleHub]", note: "optional: without the # (the page adds it)", shows: [.hubPage]),
        Entry("members", .list(\.members, of: member, itemName: "organisations"), "The organisations taking part.", note: "organisations taking part", shows: [.hubPage]),
        Entry("meetings", .list(\.meetings, of: meeting, itemName: "meetings"),
              "Hub meetings: at least two each academic year, ideally one a term.", translatable: true, note: "hub meetings: at least two each academic year, ideally one a term", shows: [.hubPage, .hubCard, .calendar]),
        Entry("action_plan", .fields(\.actionPlan, of: actionPlan), "The hub's action plan: reviewed every year, every action with a lead.",
              translatable: true, note: "reviewed every year; every action has a lead", shows: [.hubPage]),
        Entry("terms_of_reference", .text(\.termsOfReference), "The terms of reference: a link, or a file under content/.", link: true,
              example: "https://www.example.org/hub/terms", note: "optional: a link, or a file under content/", shows: [.hubPage], variable: "link to the terms of reference"),
        Entry("distribution_list", .integer(\.distributionList, 0...1_000_000), "How many people are on the hub's distribution list.",
              shows: [.report]),
        Entry("hub_leads_meetings_attended", .integer(\.hubLeadsMeetingsAttended, 0...100),
              "How many Hub Leads' meetings the hub's leads attended this year.", shows: [.report]),
        Entry("toolkit", .text(\.toolkit), "How the hub uses the Thriving Lives Toolkit.", shows: [.report]),
        Entry("translations", .choice(\.translationsRequired, [("required", true), ("optional", false)]),
              "required: the page must be translated into every other language of the site (languages: in hubsite.yml).", shows: [.checks]),
        Entry("aliases", .texts(\.aliases), "The page's old addresses, oldest first, e.g. [hubs/old-name/], after its file was renamed: each keeps working, as a page that sends readers here, and its calendar feed is still written; the first keeps the UIDs of its meetings in calendars.",
              example: "[hubs/old-name/]", note: "optional: old addresses that keep working", shows: [.checks]),
    ])

    // MARK: Opportunity

    /// One date of a repeating opportunity that changed. Read by `RecurrenceReader`, whose
    /// checks of each date against the pattern are the meaning of these fields.
    public static let changedDate: [FieldSpec] = [
        FieldSpec("date", .date, "The date, of the pattern, that changes.", required: true),
        FieldSpec("status", .choice(EventStatus.allCases.map(\.rawValue)), "What became of that date, e.g. cancelled."),
        FieldSpec("to", .dateTime, "Where that date moved to: YYYY-MM-DD HH:MM."),
    ]
    /// How an opportunity repeats: read into a `Recurrence` by `RecurrenceReader`, which works
    /// the pattern out from these fields together.
    public static let recurrence: [FieldSpec] = [
        FieldSpec("every", .text, "How often: week, 2 weeks, month, 3 months, …", required: true, example: "week",
                  note: "week, 2 weeks, month, 3 months, … (monthly: on: 15 or on: second Tuesday)"),
        FieldSpec("on", .text, "For monthly repeats: a day of the month (15) or a weekday of it (second Tuesday, last Friday)."),
        FieldSpec("until", .date, "The last day it may repeat on, YYYY-MM-DD (or give times).", note: "the last day it may take place (or: times: 6)"),
        FieldSpec("times", .integer(1...Recurrence.maxListed), "How many times it takes place in all (or give until)."),
        FieldSpec("except", .oneOrMore(.date), "Dates of the pattern when it does not take place, e.g. half term.",
                  note: "dates of the pattern when it does not take place"),
        FieldSpec("changed", .list(changedDate), "Single dates cancelled or moved."),
    ]

    /// An opportunity's front matter.
    public static let opportunity = FieldTable<Opportunity.Details>("an opportunity's front matter",
                                                                    blank: Opportunity.Details(slug: "", file: "", title: "", fields: noLocations),
                                                                    missing: { field, _, _, _ in
        field == "title" ? ("The opportunity has no 'title'.", "Add a line such as 'title: Thriving Lives Toolkit training' to the front matter.") : nil
    }, [
        Entry("title", .text(\.title), "What the opportunity is called.", required: true, translatable: true,
              shows: [.opportunityPage, .eventCard, .calendar]),
        Entry("start", .dateTime(\.start), "When it starts: YYYY-MM-DD (all day) or YYYY-MM-DD HH:MM.", requiredByRules: true, note: "a date (all day) or a date and time", shows: [.opportunityPage, .eventCard, .calendar]),
        Entry("end", .dateTime(\.end), "When it ends, written like start; for an all-day event, its last day.",
              note: "optional; for an all-day event, its last day", shows: [.opportunityPage, .eventCard, .calendar]),
        Entry("hubs", .texts(\.hubs), "The hubs it belongs to: file names in content/hubs/ without '.md'.", note: "the hubs it belongs to: file names in content/hubs/", shows: [.hubPage, .opportunityPage]),
        Entry("audience", .choices(\.audience, rule: RuleID.opportunity, itemName: "audiences"), "Who it is for.",
              example: "[practitioners]", shows: [.eventCard, .calendar]),
        Entry("category", .text(\.category), "A kind, e.g. Training.", example: "Training", shows: [.eventCard, .calendar]),
        Entry("location", .text(\.location), "The venue and town.", example: "Main Hall, Example University", note: "or online: true (or both)", shows: [.eventCard, .calendar]),
        Entry("venue", .fields(\.venue, of: venue), "Where it is held, as an address (name, street, town, postcode), or to_be_confirmed: true; instead of location.",
              note: "optional: instead of location, with a map link", shows: [.opportunityPage, .eventCard, .calendar]),
        Entry("online", .flag(\.online), "true when it takes place online.", shows: [.eventCard, .calendar]),
        Entry("join_url", .text(\.joinURL), "Where people join online (a video call), starting with https://; makes it online.", link: true,
              example: "https://meet.example.org/taster-session", note: "optional: where to join online", shows: [.opportunityPage, .calendar]),
        Entry("join_on_booking", .flag(\.joinOnBooking), "true when the link to join online is sent to those who book, not published; makes it online.",
              note: "or: the joining link is sent on booking", shows: [.opportunityPage, .calendar]),
        Entry("booking_url", .text(\.bookingURL), "Where to book, starting with https://.", link: true, example: "https://www.example.org/book",
              note: "optional", shows: [.opportunityPage, .eventCard], variable: "booking link"),
        Entry("deadline", .date(\.deadline), "When booking closes, YYYY-MM-DD.", note: "optional: when booking closes", shows: [.eventCard]),
        Entry("cost", .text(\.cost), "What it costs, e.g. Free.", example: "Free", note: "optional", shows: [.eventCard, .calendar]),
        Entry("repeat", .custom(.fields(recurrence)), "How it repeats, if it does: every, on, until or times, except.",
              note: "optional: for an opportunity that takes place again and again", shows: [.opportunityPage, .calendar]),
        Entry("status", .choice(\.status), "What became of it, if not as planned: cancelled, postponed, rescheduled, moved-online or full.",
              note: "only when it does not go ahead as planned: cancelled, postponed, rescheduled, moved-online or full", shows: [.eventCard, .calendar]),
        Entry("changes", .texts(\.changes), "What changed, one line per change, oldest first; calendars that subscribed update when a line is added.",
              note: "one line per change, so that subscribed calendars update", shows: [.opportunityPage, .calendar]),
        Entry("accessibility", .texts(\.accessibility), "What makes it accessible, e.g. [Step-free access, BSL interpretation, Captions].",
              shows: [.eventCard, .calendar]),
        Entry("places", .integer(\.places, 1...100_000), "How many places there are.", shows: [.eventCard]),
        Entry("organiser", .text(\.organiser), "Who runs it, when not the hub itself.", shows: [.eventCard, .calendar]),
        Entry("image", .text(\.image), "A picture: a PNG, JPEG, SVG or WebP file under content/, e.g. images/taster-day.jpg.", link: true, image: true,
              shows: [.opportunityPage]),
        Entry("image_alt", .text(\.imageAlt), "What the picture shows, for people who cannot see it (required with image).", translatable: true,
              shows: [.opportunityPage]),
        Entry("translations", .choice(\.translationsRequired, [("required", true), ("optional", false)]),
              "required: the opportunity must be translated into every other language of the site; by default it follows its hubs.",
              shows: [.checks]),
        Entry("activity", .fields(\.activity, of: opportunityActivity),
              "What happened at it, once it has taken place (summary, figures, funders, partners, photos): it is then one of its hubs' activities, without a file of its own.",
              translatable: true, note: "optional: once it has taken place", shows: [.activityPage, .activityList]),
        Entry("aliases", .texts(\.aliases), "The page's old addresses, oldest first, e.g. [opportunities/old-name/], after its file was renamed: each keeps working, as a page that sends readers here, and its calendar file is still written; the first keeps its UID in calendars.",
              example: "[opportunities/old-name/]", note: "optional: old addresses that keep working", shows: [.checks]),
    ])

    // MARK: Activities

    public static let activityFigures = FieldTable<ActivityFigures>("what an activity reached (people, schools, settings)", blank: ActivityFigures(), [
        Entry("people", .integer(\.people, 0...10_000_000), "How many people took part or were reached.", example: "350", shows: [.activityPage]),
        Entry("schools", .integer(\.schools, 0...100_000), "How many schools took part.", example: "27", shows: [.activityPage]),
        Entry("settings", .integer(\.settings, 0...100_000), "How many other settings (colleges, nurseries, youth groups) took part.",
              note: "optional", shows: [.activityPage]),
    ])

    public static let photo = FieldTable<Photo>("a photo (file, alt, caption)", blank: Photo(), index: \Photo.index, [
        Entry("file", .text(\.file), "The photo: a PNG, JPEG or WebP file under content/, e.g. images/festival.jpg.", link: true, image: true,
              requiredByRules: true, example: "images/festival.jpg", note: "a PNG, JPEG or WebP file under content/", shows: [.activityPage]),
        Entry("alt", .text(\.alt), "What the photo shows, for people who cannot see it.", translatable: true, requiredByRules: true,
              example: "Pupils from three schools at the festival", shows: [.activityPage]),
        Entry("caption", .text(\.caption), "A caption shown under the photo.", translatable: true, note: "optional", shows: [.activityPage]),
    ])

    /// What happened: an activity's file has these fields at its top, an opportunity that took
    /// place under `activity:` (declared once, for both).
    static let activityReport: [Entry<Activity>] = [
        Entry("summary", .text(\.summary), "A sentence or two on what happened: the lists and the feed show it.", translatable: true,
              requiredByRules: true, example: "A day of science and engineering for service children from 27 schools.", shows: [.activityPage, .activityList]),
        Entry("figures", .fields(\.figures, of: activityFigures), "What it reached: people, schools, other settings.",
              note: "optional: people, schools, settings", shows: [.activityPage]),
        Entry("funders", .list(\.funders, of: supporter, itemName: "funders"), "Who paid for it: each a name, optionally a logo (with logo_alt) and a website.",
              translatable: true, note: "optional", shows: [.activityPage]),
        Entry("partners", .list(\.partners, of: supporter, itemName: "partners"), "Who ran it with the hub or supported it, named like funders.",
              translatable: true, note: "optional", shows: [.activityPage]),
        Entry("photos", .list(\.photos, of: photo, itemName: "photos"), "Photos of it, each with what it shows (alt) and an optional caption.",
              translatable: true, note: "optional", shows: [.activityPage, .activityList]),
    ]

    public static let activity = FieldTable<Activity>("an activity's front matter", blank: Activity(slug: "", file: "", title: "", fields: noLocations),
                                                      missing: { field, _, _, _ in
        field == "title" ? ("The activity has no 'title'.", "Add a line such as 'title: Science festival for service children' to the front matter.") : nil
    }, [
        Entry("title", .text(\.title), "What it was called.", required: true, translatable: true, shows: [.activityPage, .activityList]),
        Entry("date", .date(\.date), "When it took place (its first day), YYYY-MM-DD.", requiredByRules: true, example: "2024-06-06",
              shows: [.activityPage, .activityList]),
        Entry("hubs", .texts(\.hubs), "The hubs whose activity it was: file names in content/hubs/ without '.md'.", requiredByRules: true,
              note: "the hubs it belongs to: file names in content/hubs/", shows: [.hubPage, .activityPage]),
    ] + activityReport)

    /// An opportunity's `activity:`: what happened at it; its title, date and hubs are the opportunity's.
    public static let opportunityActivity = FieldTable<Activity>("what happened at it (summary, figures, funders, partners, photos)",
                                                                 blank: Activity(slug: "", file: "", title: "", fields: noLocations), activityReport)

    // MARK: hubsite.yml

    public static let accessibility = FieldTable<AccessibilityStatement>("the accessibility statement (organisation, email, phone, known_issues, prepared, reviewed)",
                                                                       blank: AccessibilityStatement(), [
        Entry("organisation", .text(\.organisation), "Who runs the site, as the statement names them, e.g. the communications co-leads of the SCiP Alliance hubs.",
              example: "the communications co-leads of the SCiP Alliance hubs"),
        Entry("email", .text(\.email), "Where to report an accessibility problem or ask for a page in another format.", link: true,
              example: "accessibility@example.org", note: "how to report a problem (or phone)"),
        Entry("phone", .text(\.phone), "A phone number for the same.", link: true, note: "optional"),
        Entry("known_issues", .texts(\.knownIssues), "What is known not to be accessible, one sentence each (with the WCAG criterion, if known); none: the site is fully compliant.",
              example: "[Some older PDF minutes are not tagged for screen readers.]", note: "optional: what is not accessible yet"),
        Entry("prepared", .date(\.prepared), "When the statement was first prepared, YYYY-MM-DD.", example: "2026-11-01"),
        Entry("reviewed", .date(\.reviewed), "When it was last reviewed, YYYY-MM-DD: review it every year (an older one is a warning).",
              example: "2026-11-20", note: "review it every year"),
    ])

    /// The settings of `hubsite.yml`. The fields whose value is checked beyond its kind (an
    /// address, a time zone, a colour, the languages, the rules) are read by `ConfigLoader`.
    public static let site = FieldTable<SiteConfig>("site settings", blank: SiteConfig(), [
        Entry("title", .text(\.title), "The site's name, in every page's title and header.", example: "SCiP Alliance Hubs"),
        Entry("base_url", .custom(.text), "Where the site is published, an absolute http(s) address: canonical links, the sitemap and feeds need it.",
              example: "https://example.org/hubs/"),
        Entry("site_id", .custom(.text), "The site's name in every calendar event's identity (UID) and feed entry's id, written once by hubsite new site: "
              + "never change it, or every subscriber's calendar shows each event twice. Letters, digits, dots and hyphens.",
              example: "scip-alliance-hubs-4f2a9c"),
        Entry("language", .text(\.language), "The pages' language, a code such as en-GB.", example: "en-GB"),
        Entry("timezone", .custom(.text), "The time zone dates and times are written in, an IANA name.", example: "Europe/London"),
        Entry("accent_colour", .custom(.text), "The theme's accent colour, six hexadecimal digits after '#'.", example: "\"#1d4f91\""),
        Entry("footer", .text(\.footer), "A line at the foot of every page.", example: "Run by the SCiP Alliance hubs."),
        Entry("share_image", .text(\.shareImage), "The picture a page is shared with (og:image) when it has none of its own: a PNG, JPEG or WebP file under content/, ideally 1200 × 630 pixels.",
              link: true, example: "images/share.png"),
        Entry("share_image_alt", .text(\.shareImageAlt), "What the share picture shows, for people who cannot see it (required with share_image).",
              example: "Children from Armed Forces families at a hub event"),
        Entry("national", .custom(.fields([FieldSpec("name", .text, "The national organisation's name."),
                                           FieldSpec("url", .text, "Its website.")])),
              "The national organisation every page links to (name, url).",
              example: "{ name: SCiP Alliance, url: https://www.scipalliance.org/ }"),
        Entry("academic_year_start", .integer(\.academicYearStartMonth, 1...12), "The month the academic year starts; 9 = September.",
              example: "9"),
        Entry("allow_raw_html", .flag(\.allowRawHTML), "true: raw HTML in Markdown (the GFM tag filter still applies).", example: "false"),
        Entry("report", .flag(\.report), "true: publish the Healthy Hub report.", example: "false"),
        Entry("search", .flag(\.search), "true: full-text search (search/), indexed by Pagefind.", example: "false"),
        Entry("links", .flag(\.checkLinks), "true: every build also checks the outward links.", example: "false"),
        Entry("languages", .custom(.oneOrMore(.text)), "Instead of language: the main language first, then each language pages are translated into.",
              example: "[en-GB, cy]"),
        Entry("translations", .custom(.choice(["required", "optional"])), "required: every page in every language of languages.",
              example: "optional"),
        Entry("accessibility", .fields(\.accessibility, of: accessibility), "What the accessibility statement (accessibility/, linked from every page's footer) says that hubsite cannot know: who runs the site, how to report a problem, what is not accessible, when it was prepared and reviewed.",
              example: "{ organisation: …, email: …, prepared: 2026-11-01 }"),
        Entry("rules", .custom(.fields([])), "Settings of the rules: error, warning or off, or options (see docs/rules.md)."),
    ])

    /// The field only a translation has: the fingerprint of the original's words it translates.
    public static let translates = FieldSpec("translates", .text,
                                             "The fingerprint of the original's words this translation was made from, as the translation rule's hint gives it.",
                                             translatable: true)
}
