import Foundation
import HubCalendar
import HubModel
import HubParallel
import HubPlan
import HubReport

/// Renders the files of a site plan: each planned file is a pure function of the content, the
/// plan and the templates. Files render in parallel; the results come back in the order
/// asked for, whatever the number of cores. Whether a file needs rendering at all is the
/// caller's decision (`hubsite serve` renders only the files an edit changed).
public struct SiteRenderer: Sendable {
    public let content: ContentSet
    public let plan: SitePlan
    public let templates: TemplateSet
    /// Reproducible build instant (DTSTAMP, feed `updated`).
    public let stamp: Date
    /// The Healthy Hub report, published under `health/` when given (`report: true`).
    public let health: HealthReport?
    /// How pieces made from one event (cards, VEVENTs, Atom entries) are obtained.
    public let pieces: EventPieces

    private let contexts: PageContexts
    private let ics: ICalendarWriter
    private let zone: ZonedTime

    public init(content: ContentSet, plan: SitePlan, templates: TemplateSet, stamp: Date, health: HealthReport? = nil,
                pieces: EventPieces = .fresh) {
        self.content = content
        self.plan = plan
        self.templates = templates
        self.stamp = stamp
        self.health = health
        self.pieces = pieces
        let zone = ZonedTime(identifier: content.config.timeZone)
        self.zone = zone
        let base = content.config.baseURL
        ics = ICalendarWriter(zone: zone, uidDomain: Self.uidDomain(content.config), stamp: stamp,
                              pageURL: { path in base.map { $0 + path } }, pieces: pieces)
        contexts = PageContexts(content: content, plan: plan, zone: zone, templates: templates, pieces: pieces, ics: ics)
    }

    /// Renders `files` and hands each result to `consume` on the worker that rendered it, so a
    /// build can write pages as they are made instead of holding the whole site in memory (a
    /// large network's pages are some 200 MB). Returns what `consume` returned, in the order
    /// of `files`. The longest files start first, so that the cores finish together.
    public func render<R: Sendable>(_ files: [PlannedFile], consume: (PlannedFile, OutputFile) -> R) -> [R] {
        let order = files.indices.sorted { (Self.weight(files[$0].kind), $0) < (Self.weight(files[$1].kind), $1) }
        let results = ParallelMap.map(order) { index in (index, consume(files[index], render(files[index]))) }
        var ordered = [R?](repeating: nil, count: files.count)
        for (index, result) in results { ordered[index] = result }
        return ordered.map { $0! }
    }

    /// Every file of the plan.
    public func render<R: Sendable>(consume: (PlannedFile, OutputFile) -> R) -> [R] {
        render(plan.files, consume: consume)
    }

    /// 0 for the files that list every event, then the months and indexes, then the many
    /// small pages.
    static func weight(_ kind: PlannedFile.Kind) -> Int {
        switch kind {
        case .calendarView, .audienceFeed, .viewFeed, .calendarFeed, .atomFeed: return 0
        case .health, .healthJSON: return 1
        case .month: return 2
        case .index, .region: return 3
        case .stylesheet, .favicon, .notFound, .robots, .sitemap, .subscribe, .search: return 4
        case .hub, .hubFeed: return 5
        case .opportunity, .opportunityFeed: return 6
        }
    }

    /// One planned file.
    public func render(_ file: PlannedFile) -> OutputFile {
        let links = PageLinks(page: file.path, baseURL: content.config.baseURL)
        let config = content.config
        switch file.kind {
        case .index:
            return page(file, contexts.index(hubs: content.hubs.sorted { $0.title < $1.title }, links: links, region: nil))
        case .region(let region):
            return page(file, contexts.index(hubs: content.hubs.filter { $0.region == region }.sorted { $0.title < $1.title },
                                             links: links, region: region))
        case .hub(let slug):
            guard let hub = content.hub(slug: slug) else { return OutputFile(path: file.outputPath, text: "") }
            return page(file, contexts.hub(hub, links: links))
        case .hubFeed(let slug):
            let title = content.hub(slug: slug)?.title ?? slug
            return calendarFile(file, named: "\(title) – \(config.title)", events: plan.events(ofHub: slug))
        case .opportunity(let slug):
            guard let opportunity = content.opportunities.first(where: { $0.slug == slug }),
                  let event = plan.event(id: "opportunity-\(slug)") else { return OutputFile(path: file.outputPath, text: "") }
            return page(file, contexts.opportunity(opportunity, event: event, links: links))
        case .opportunityFeed(let slug):
            let title = content.opportunities.first { $0.slug == slug }?.title ?? slug
            return calendarFile(file, named: title, events: plan.event(id: "opportunity-\(slug)").map { [$0] } ?? [])
        case .calendarView(let index):
            return page(file, contexts.calendar(plan.views[index], links: links))
        case .audienceFeed(let audience):
            return calendarFile(file, named: "\(config.title) – for \(audience.label.lowercased())",
                                events: plan.events.filter { $0.audience.contains(audience) })
        case .viewFeed(let index):
            let view = plan.views[index]
            return calendarFile(file, named: "\(config.title) – \(view.heading)", events: plan.inFeed(of: view))
        case .subscribe:
            return page(file, contexts.subscribe(links: links))
        case .search:
            return page(file, contexts.common(links, title: "Search", description: "Search the hubs and the calendar of opportunities.", section: .none))
        case .month(let month):
            return page(file, contexts.month(month, links: links))
        case .calendarFeed:
            return calendarFile(file, named: config.title, events: plan.events)
        case .atomFeed:
            let feed = AtomFeed(title: config.title, baseURL: config.baseURL, siteID: Self.uidDomain(config), updated: stamp, pieces: pieces)
            let events = plan.events, zone = zone
            return OutputFile(path: file.outputPath) { feed.write(events: events, zone: zone, to: $0) }
        case .stylesheet:
            return OutputFile(path: file.outputPath, text: templates.render("style", ThemeValues(site: contexts.site())))
        case .favicon:
            return OutputFile(path: file.outputPath, text: templates.render("favicon", ThemeValues(site: contexts.site())))
        case .notFound:
            // The 404 page is served at any depth, so its links are rooted at the site's own path.
            var notFound = contexts.common(PageLinks(page: "", baseURL: config.baseURL), title: "Page not found",
                                           description: "There is no page at this address.", section: .none)
            notFound.root = config.baseURL.flatMap { URLComponents(string: $0)?.path } ?? "/"
            return page(file, notFound)
        case .robots:
            var robots = "User-agent: *\nAllow: /\n"
            if let base = config.baseURL { robots += "Sitemap: \(base)\(SitePaths.sitemap)\n" }
            return OutputFile(path: file.outputPath, text: robots)
        case .sitemap:
            return OutputFile(path: file.outputPath, text: sitemap(base: config.baseURL ?? ""))
        case .health(let criterion):
            guard let health else { return OutputFile(path: file.outputPath, text: "") }
            return page(file, HealthPages(report: health, contexts: contexts).page(path: file.path, sortedBy: criterion))
        case .healthJSON:
            guard let health else { return OutputFile(path: file.outputPath, text: "") }
            return OutputFile(path: file.outputPath, text: HealthReportFormat.json(health))
        }
    }

    /// An iCalendar file, written one event at a time as it is written out.
    func calendarFile(_ file: PlannedFile, named name: String, events: [CalendarEvent]) -> OutputFile {
        let ics = ics
        return OutputFile(path: file.outputPath) { ics.writeCalendar(named: name, events: events, to: $0) }
    }

    func page(_ file: PlannedFile, _ values: some TemplateValue) -> OutputFile {
        OutputFile(path: file.outputPath, text: templates.render(file.template ?? "", values))
    }

    /// sitemap.xml: the plan's pages people arrive at, with each hub page's review date.
    func sitemap(base: String) -> String {
        var lastModified: [String: LocalDate] = [:]
        for hub in content.hubs { lastModified[SitePaths.hub(hub.slug)] = hub.updated }
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        for file in plan.files.filter(\.inSitemap).enumerated().sorted(by: { (Self.sitemapRank($0.element), $0.offset) < (Self.sitemapRank($1.element), $1.offset) }).map(\.element) {
            xml += "  <url><loc>\(Escaping.xml(base + file.path))</loc>"
            if let date = lastModified[file.path], date <= plan.today { xml += "<lastmod>\(date.iso)</lastmod>" }
            xml += "</url>\n"
        }
        return xml + "</urlset>\n"
    }

    /// The sitemap's order: the index, the calendar and its archive, the audiences, regions,
    /// hubs, opportunities, months.
    static func sitemapRank(_ file: PlannedFile) -> Int {
        switch file.kind {
        case .index: return 0
        case .calendarView: return file.path == SitePaths.calendar ? 1 : file.path == SitePaths.calendarPast ? 2 : 3
        case .region: return 4
        case .hub: return 5
        case .opportunity: return 6
        default: return 7
        }
    }

    /// The domain in UIDs: the base URL's host, else a name made from the site title.
    static func uidDomain(_ config: SiteConfig) -> String {
        if let base = config.baseURL, let host = URLComponents(string: base)?.host, !host.isEmpty { return host }
        return SitePaths.slugify(config.title) + ".hubsite"
    }
}
