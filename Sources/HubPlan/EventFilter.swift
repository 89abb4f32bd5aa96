import HubCalendar
import HubModel

/// Which events a calendar view's feed holds: those of its audience, of its region's hubs and
/// of its category (past ones too).
struct EventFilter {
    let audience: Audience?
    /// The hubs of the view's region.
    let hubs: Set<String>?
    /// The slug of the view's category.
    let category: String?

    init(_ view: CalendarView, regionHubs: [String: Set<String>]) {
        audience = view.audience
        hubs = view.region.map { regionHubs[SitePaths.slugify($0)] ?? [] }
        category = view.category.map(SitePaths.slugify)
    }

    /// True for a view that holds every event.
    var admitsAll: Bool { audience == nil && hubs == nil && category == nil }

    /// Whether the view holds an event; `categorySlug` is the event's category as a slug.
    func admits(_ event: CalendarEvent, categorySlug: String?) -> Bool {
        admits(Facts(event, categorySlug: categorySlug))
    }

    func admits(_ event: Facts) -> Bool {
        if let audience, !event.audience.contains(audience) { return false }
        if let hubs, !event.hubs.contains(where: hubs.contains) { return false }
        if let category, !event.isOpportunity || event.categorySlug != category { return false }
        return true
    }

    /// What the filters look at in an event, read from it once for all the views.
    struct Facts {
        let audience: [Audience]
        let hubs: [String]
        let isOpportunity: Bool
        let categorySlug: String?

        init(_ event: CalendarEvent, categorySlug: String?) {
            audience = event.audience
            hubs = event.hubs
            isOpportunity = event.kind == .opportunity
            self.categorySlug = categorySlug
        }
    }

    /// The positions in `events` of the events each filter admits, in one pass over the events
    /// (each event is read once, not once per view: the plan keeps the events of every view
    /// that does not show them all).
    static func positions(of filters: [EventFilter], in events: [CalendarEvent]) -> [[Int]] {
        var slugs = CategorySlugs()
        var positions = [[Int]](repeating: [], count: filters.count)
        for (index, event) in events.enumerated() {
            let facts = Facts(event, categorySlug: slugs.of(event))
            for (view, filter) in filters.enumerated() where filter.admits(facts) {
                positions[view].append(index)
            }
        }
        return positions
    }

    /// The events the filter admits, in order.
    func filter(_ events: [CalendarEvent]) -> [CalendarEvent] {
        guard !admitsAll else { return events }
        var slugs = CategorySlugs()
        return events.filter { admits($0, categorySlug: category == nil ? nil : slugs.of($0)) }
    }

    /// Each category name, as written, made a slug once.
    struct CategorySlugs {
        private var known: [String: String] = [:]

        mutating func of(_ event: CalendarEvent) -> String? {
            guard let name = event.category else { return nil }
            if let slug = known[name] { return slug }
            let slug = SitePaths.slugify(name)
            known[name] = slug
            return slug
        }
    }
}
