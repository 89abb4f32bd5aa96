import HubCalendar
import HubModel
import Mustache

/// What a template sees of one event in a list (documented under event-card in
/// docs/templates.md). Each value is worked out when a template asks for it, not before: a
/// calendar page whose cards come ready-made (`{{{card}}}`) asks for nothing else, and
/// building a dictionary of every value for thousands of events was a tenth of a rebuild.
struct EventCardValues: MustacheParent {
    let event: CalendarEvent
    let links: PageLinks
    let cards: EventCards
    /// False while the card itself is being rendered, so that `{{{card}}}` inside
    /// event-card.mustache renders nothing instead of itself, forever.
    var offersCard = true

    /// Optional values that are absent are `false`, not missing: Mustache then finds them at
    /// once instead of searching every enclosing context for the name, and sections behave
    /// the same for both.
    func child(named name: String) -> Any? {
        switch name {
        case "title": return event.title
        case "url": return links.to(event.page)
        case "date_human": return HumanDates.date(event.start.date)
        case "datetime": return cards.zone.iso8601(event.start)
        case "where": return PageContexts.whereText(location: event.location, online: event.online)
        case "is_meeting": return event.kind == .meeting
        case "closing_soon": return event.closesSoon(today: cards.today)
        case "time_range": return HumanDates.timeRange(event.start.time, event.end?.time) ?? false
        case "end_human":
            guard let end = event.end, end.date != event.start.date else { return false }
            return HumanDates.date(end.date)
        case "hubs": return cards.hubLinks(event.hubs, links: links)
        case "has_hubs": return event.hubs.contains { cards.hubTitles[$0] != nil }
        case "audience": return event.audience.isEmpty ? false : event.audience.map(\.label).joined(separator: ", ")
        case "cost": return event.cost ?? false
        case "category": return event.category ?? false
        case "deadline_human": return event.deadline.map(HumanDates.shortDate) ?? false
        case "card": return offersCard ? cards.card(for: self) : nil
        default: return nil
        }
    }
}
