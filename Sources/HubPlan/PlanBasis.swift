import HubCalendar
import HubModel

/// What a site plan reads from the content to decide which files the site has and what each
/// lists: the settings, the date, each hub's and opportunity's address, hubs and region, the
/// translations, and each event's place in the calendar (its id, in order, its dates, hubs,
/// audiences and category). Two contents with the same basis have the same files, each with
/// the same dependencies; only what the pages show of each event (a cost, a location, a
/// description) can differ. So when an edit leaves the basis as it was, the plan before it
/// stands, with the new events in it.
struct PlanBasis: Equatable, Sendable {
    let config: SiteConfig
    let today: LocalDate
    let hubs: [HubPlace]
    let opportunities: [OpportunityPlace]
    let translations: [String]
    let events: [EventPlace]

    init(content: ContentSet, events: [CalendarEvent], today: LocalDate) {
        config = content.config
        self.today = today
        hubs = content.hubs.map { HubPlace(slug: $0.slug, file: $0.file, region: $0.region) }
        opportunities = content.opportunities.map { OpportunityPlace(slug: $0.slug, file: $0.file, hubs: $0.hubs) }
        translations = content.translations.map { "\($0.kind.rawValue)/\($0.slug)/\($0.language)" }
        self.events = events.map(EventPlace.init)
    }

    struct HubPlace: Equatable, Sendable {
        let slug: String
        let file: String
        let region: String?
    }

    struct OpportunityPlace: Equatable, Sendable {
        let slug: String
        let file: String
        let hubs: [String]
    }

    struct EventPlace: Equatable, Sendable {
        let id: String
        let kind: CalendarEvent.Kind
        let start: LocalDateTime
        let end: LocalDateTime?
        let hubs: [String]
        let audience: [Audience]
        let category: String?

        init(_ event: CalendarEvent) {
            id = event.id
            kind = event.kind
            start = event.start
            end = event.end
            hubs = event.hubs
            audience = event.audience
            category = event.category
        }
    }
}
