import HubCalendar
import HubModel

/// Which events a calendar view's feed holds: those of its audience, of its region's hubs and
/// of its category (past ones too).
struct EventFilter {
    let audience: Audience?
    /// The slug of the view's region: it holds the events of the hubs in that region.
    let region: String?
    /// The slug of the view's category.
    let category: String?

    init(_ view: CalendarView) {
        audience = view.audience
        region = view.region.map(SitePaths.slugify)
        category = view.category.map(SitePaths.slugify)
    }

    /// True for a view that holds every event.
    var admitsAll: Bool { audience == nil && region == nil && category == nil }

    func admits(_ event: Facts) -> Bool {
        if let audience, !event.audience.contains(audience) { return false }
        if let region, !event.regions.contains(region) { return false }
        if let category, !event.isOpportunity || event.categorySlug != category { return false }
        return true
    }

    /// What the filters look at in an event, read from it once for all the views.
    struct Facts {
        let audience: [Audience]
        /// The slugs of its hubs' regions: each hub looked up once, not once per region view.
        let regions: [String]
        let isOpportunity: Bool
        let categorySlug: String?

        init(_ event: CalendarEvent, categorySlug: String?, hubRegions: [String: [String]]) {
            audience = event.audience
            let hubs = event.hubs
            regions = hubs.count == 1 ? hubRegions[hubs[0]] ?? [] : hubs.flatMap { hubRegions[$0] ?? [] }
            isOpportunity = event.kind == .opportunity
            self.categorySlug = categorySlug
        }
    }

    /// The positions in `events` of the events each filter admits, in one pass over the events
    /// (each event is read once, not once per view: the plan keeps the events of every view
    /// that does not show them all).
    /// `hubRegions` gives each hub's region as a slug (by the hub's slug).
    static func positions(of filters: [EventFilter], in events: [CalendarEvent], hubRegions: [String: [String]]) -> [[Int]] {
        var slugs = CategorySlugs()
        var positions = [[Int]](repeating: [], count: filters.count)
        for (index, event) in events.enumerated() {
            let facts = Facts(event, categorySlug: slugs.of(event), hubRegions: hubRegions)
            for (view, filter) in filters.enumerated() where filter.admits(facts) {
                positions[view].append(index)
            }
        }
        return positions
    }

    /// The events the filter admits, in order.
    func filter(_ events: [CalendarEvent], hubRegions: [String: [String]]) -> [CalendarEvent] {
        guard !admitsAll else { return events }
        var slugs = CategorySlugs()
        return events.filter { admits(Facts($0, categorySlug: category == nil ? nil : slugs.of($0), hubRegions: hubRegions)) }
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
