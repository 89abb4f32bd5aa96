import HubCalendar
import HubModel

/// What a template sees of one event in a list (the event-card partial). Each value is worked
/// out when a template asks for it, not before: a calendar page whose cards come ready-made
/// (`{{{card}}}`) asks for nothing else, and working out every value for thousands of events
/// was a tenth of a rebuild.
public struct EventCardValues: TemplateValue {
    let event: CalendarEvent
    var links: PageLinks
    let cards: EventCards
    /// False while the card itself is being rendered, so that `{{{card}}}` inside
    /// event-card.mustache renders nothing instead of itself, forever.
    var offersCard = true

    public static let variables = VariableTable<Self>("event card", [
        .text("title", "the event's title") { $0.event.title },
        .text("url", "link to the event's page") { $0.links.to($0.event.page) },
        .text("date_human", "e.g. Thursday 3 December 2026") { $0.cards.dates.date($0.event.start.date) },
        .text("datetime", "ISO 8601 with offset, for `<time datetime>`") { $0.cards.zone.iso8601($0.event.start) },
        .text("time_range", "e.g. 14:00–16:00 (absent for all-day events)") { HumanDates.timeRange($0.event.start.time, $0.event.end?.time) },
        .text("end_human", "last day, for events over several days") { card in
            guard let end = card.event.end, end.date != card.event.start.date else { return nil }
            return card.cards.dates.date(end.date)
        },
        .text("where", "location, \"Online\", or both") { PageContexts.whereText(location: $0.event.location, online: $0.event.online, words: $0.cards.words) },
        .text("map_url", "link to a map of the venue (OpenStreetMap), when `venue` gives its address") { $0.event.venue?.mapURL },
        .text("map_text", "the map link's text, naming the venue") { card in
            card.event.venue.flatMap { venue in venue.mapURL.map { _ in card.cards.words.format("venue_map", ["place": venue.label]) } }
        },
        .text("join_url", "where to join online (`join_url`)") { $0.event.joinURL.flatMap(Escaping.safeURL) },
        .flag("join_on_booking", "true when the link to join online is sent on booking (and not published)") { $0.event.joinOnBooking && $0.event.joinURL == nil },
        .flag("is_meeting", "true for hub meetings") { $0.event.kind == .meeting },
        .flag("closing_soon", "true when booking closes within 14 days") { $0.event.closesSoon(today: $0.cards.today) },
        .list("hubs", "the hubs it belongs to") { $0.cards.hubLinks($0.event.hubs, links: $0.links) },
        .flag("has_hubs", "true when `hubs` is not empty") { card in card.event.hubs.contains { card.cards.hubTitles[$0] != nil } },
        .text("audience", "who it is for, e.g. Practitioners") { card in
            card.event.audience.isEmpty ? nil : card.event.audience.map { card.cards.audiences[$0] ?? $0.label }.joined(separator: ", ")
        },
        .list("audiences", "each audience on its own (each has `name`), e.g. for search filters") { card in
            card.event.audience.map { NameValue(name: card.cards.audiences[$0] ?? $0.label) }
        },
        .text("cost", "cost text") { $0.event.cost },
        .text("category", "category text") { $0.event.category },
        .text("deadline_human", "booking deadline") { card in card.event.deadline.map(card.cards.dates.shortDate) },
        .text("status", "what became of it, e.g. Cancelled, Moved online (absent when it takes place as planned)") { card in
            card.event.status == .scheduled ? nil : card.cards.statuses[card.event.status] ?? card.event.status.label
        },
        .flag("is_cancelled", "true when it was cancelled") { $0.event.status == .cancelled },
        .text("accessibility", "what makes it accessible, e.g. Step-free access, BSL interpretation") { card in
            card.event.accessibility.isEmpty ? nil : card.event.accessibility.joined(separator: ", ")
        },
        .text("places", "how many places there are, e.g. 30 places") { card in card.event.places.map { card.cards.words.count($0, one: "places_one", other: "places_other") } },
        .text("organiser", "who runs it, when not the hub") { $0.event.organiser },
        .text("image_url", "link to its picture") { card in
            card.event.image.flatMap(SitePaths.publishedAsset).map(card.links.to)
        },
        .text("image_alt", "what the picture shows") { $0.event.imageAlt },
        .text("repeats", "for a repeating opportunity, its pattern, e.g. Every second Tuesday of the month, 18:00–19:30, until 15 July 2027") {
            card in card.event.series.map { RepeatSentence.text($0, words: card.cards.words, dates: card.cards.dates) }
        },
        .rendered("card", "in a list of events on a page: the event rendered by event-card (use `{{{card}}}`; "
                  + "the card sees its event, `root` and `site`; the same as `{{> event-card}}`)") { $0.offersCard ? $0.cards.card(for: $0) : nil },
    ])
}

/// What the event-card template sees when it renders a `card`: the event's values, and the
/// page's `root` and `site` as a `{{> event-card}}` partial would find them.
struct CardTemplateValues: TemplateValue {
    let card: EventCardValues
    let site: SiteValues

    static let variables = VariableTable<Self>("card",
        [.text("root", "the way back to the site root from the page the card is on") { $0.card.links.root },
         .text("lang_root", "the way back to the home page of the language of the page the card is on") { $0.card.links.languageRoot },
         .object("site", "the site's settings (see every page)") { $0.site }]
        + TemplateVariable.including { $0.card })
}
