import Foundation
import HubCalendar
import HubModel

/// Which inputs each page depends on, as a fingerprint, so an incremental render re-renders a
/// page only when something it shows has changed. Editing one opportunity re-renders its page,
/// the calendar views and months, the index and the pages of its own hubs; not every hub page.
struct RenderInputs {
    let global: Int
    let hubsSummary: Int
    /// Hub slugs and titles only: what event cards on other pages show of a hub.
    let hubTitles: Int
    let eventsSummary: Int
    /// Each event's fingerprint, by id.
    let eventPrints: [String: Int]
    let content: ContentSet
    let events: [CalendarEvent]

    init(content: ContentSet, events: [CalendarEvent], today: LocalDate, stamp: Date, templates: Int) {
        self.content = content
        self.events = events
        var hasher = Hasher()
        hasher.combine(content.config)
        hasher.combine(today)
        hasher.combine(stamp)
        hasher.combine(templates)
        global = hasher.finalize()
        var hubs = Hasher()
        for hub in content.hubs {
            hubs.combine(hub.slug)
            hubs.combine(hub.title)
            hubs.combine(hub.region)
            hubs.combine(hub.organisations)
            hubs.combine(hub.meetings)
        }
        hubsSummary = hubs.finalize()
        var titles = Hasher()
        for hub in content.hubs {
            titles.combine(hub.slug)
            titles.combine(hub.title)
        }
        hubTitles = titles.finalize()
        // Each event hashed once: pages, cards and feeds compare these, not whole events.
        let hashes = ParallelMap.map(events) { $0.hashValue }
        var prints: [String: Int] = [:]
        prints.reserveCapacity(events.count)
        var all = Hasher()
        for (index, print) in hashes.enumerated() {
            prints[events[index].id] = print
            all.combine(print)
        }
        eventPrints = prints
        eventsSummary = all.finalize()
    }

    /// What every event card shows besides its event: a change here renders every card again.
    var cardGeneration: Int {
        var hasher = Hasher()
        hasher.combine(global)
        hasher.combine(hubTitles)
        return hasher.finalize()
    }

    func identity(of job: SiteRenderer.Job, months: [(year: Int, month: Int)], views: [PageContexts.CalendarView],
                  contexts: PageContexts) -> (String, Int) {
        var hasher = Hasher()
        hasher.combine(global)
        let key: String
        switch job {
        case .fixed:
            // Stylesheet, icon and 404 page follow the config; the sitemap lists hubs (with
            // their dates), months and opportunity pages, whatever their details.
            key = "fixed"
            hasher.combine(content.hubs.map(\.slug))
            hasher.combine(content.hubs.map(\.updated))
            hasher.combine(content.hubs.map(\.region))
            hasher.combine(content.opportunities.filter { $0.start != nil }.map(\.slug))
            for (year, month) in months { hasher.combine(year * 12 + month) }
        case .calendarFeed:
            key = "calendar.ics"
            hasher.combine(eventsSummary)
        case .atomFeed:
            key = "atom"
            hasher.combine(eventsSummary)
        case .health:
            // The report reads every hub and every diagnostic: redo it on any change.
            key = "health"
            hasher.combine(content.hubs)
            hasher.combine(content.opportunities)
            hasher.combine(UUID())
        case .index(let region):
            key = "index:\(region ?? "")"
            hasher.combine(hubsSummary)
            // Only the events it shows: editing any other event leaves the index as it is.
            for event in contexts.upcoming(onIndexOf: region) { hasher.combine(eventPrints[event.id]) }
        case .hub(let index):
            let hub = content.hubs[index]
            key = "hub:\(hub.slug)"
            hasher.combine(hub)
            hasher.combine(hubTitles)
            for event in contexts.eventsByHub[hub.slug] ?? [] { hasher.combine(eventPrints[event.id]) }
        case .opportunity(let index):
            let opportunity = content.opportunities[index]
            key = "opportunity:\(opportunity.slug)"
            hasher.combine(opportunity)
            hasher.combine(hubTitles)
        case .calendar(let index):
            key = "calendar:\(views[index].path)"
            hasher.combine(hubsSummary)
            hasher.combine(eventsSummary)
        case .month(let index):
            let (year, month) = months[index]
            key = "month:\(year)-\(month)"
            hasher.combine(index > 0 ? months[index - 1].year * 12 + months[index - 1].month : 0)
            hasher.combine(index + 1 < months.count ? months[index + 1].year * 12 + months[index + 1].month : 0)
            let first = LocalDate(year: year, month: month, day: 1)!.adding(days: -7)
            let last = first.adding(days: 50)
            for event in events where event.lastDay >= first && event.firstDay <= last { hasher.combine(eventPrints[event.id]) }
        }
        return (key, hasher.finalize())
    }
}
