import Foundation
import HubCalendar
import HubModel
import HubReport

/// Renders every page, feed and generated file of the site. Pages render in parallel; the
/// result is the same list, in the same order, whatever the number of cores.
public struct SiteRenderer: Sendable {
    public let content: ContentSet
    public let templates: TemplateSet
    public let today: LocalDate
    /// Reproducible build instant (DTSTAMP, feed `updated`).
    public let stamp: Date
    /// The Healthy Hub report, published under `health/` when given (`report: true`).
    public let health: HealthReport?

    public init(content: ContentSet, templates: TemplateSet, today: LocalDate, stamp: Date, health: HealthReport? = nil) {
        self.content = content
        self.templates = templates
        self.today = today
        self.stamp = stamp
        self.health = health
    }

    /// One unit of rendering work; kept small so that work spreads over the cores.
    enum Job: Sendable {
        case index(region: String?)
        case hub(Int)
        case opportunity(Int)
        case calendar(Int)
        case month(Int)
        case fixed
        /// `calendar.ics` and the Atom feed: each lists every event, so each is a job of its own.
        case calendarFeed
        case atomFeed
        case health
    }

    /// Renders the site, reusing the output of every page whose inputs have not changed since
    /// `cache` was made: what `hubsite serve` does after an edit. `files` are the same as a
    /// full render's; `rerendered` are those of the pages rendered again (the others are
    /// byte for byte what the cached render produced).
    public func render(reusing cache: RenderCache?) -> (files: [OutputFile], rerendered: [OutputFile], cache: RenderCache, rendered: Int) {
        let kept = cache ?? RenderCache()
        let results = renderJobs(reusing: kept) { $0 }
        var newCache = RenderCache()
        for result in results { newCache.entries[result.key] = (result.fingerprint, result.value) }
        newCache.cards = kept.cards.next()
        newCache.eventTexts = kept.eventTexts.next()
        let fresh = results.filter(\.rendered)
        return (results.flatMap(\.value), fresh.flatMap(\.value), newCache, fresh.count)
    }

    /// Renders the site and hands each job's files to `consume` on the worker that rendered
    /// them, so a build can write pages as they are made instead of holding the whole site in
    /// memory (a large network's pages are some 200 MB). Returns what `consume` returned, in
    /// job order, which is the same whatever the number of cores.
    public func render<R: Sendable>(consume: ([OutputFile]) -> R) -> [R] {
        renderJobs(reusing: nil, consume).map(\.value)
    }

    private func renderJobs<R: Sendable>(reusing cache: RenderCache?, _ consume: ([OutputFile]) -> R)
        -> [(key: String, fingerprint: Int, value: R, rendered: Bool)] {
        let zone = ZonedTime(identifier: content.config.timeZone)
        let events = EventCollector.events(from: content)
        // Fingerprints only matter to incremental builds; a full build skips working them out.
        let inputs = cache.map { _ in RenderInputs(content: content, events: events, today: today,
                                                   stamp: stamp, templates: templates.fingerprint) }
        var keeping: EventCards.Keeping?
        var eventTexts: EventFragments?
        if let cache, let inputs {
            keeping = EventCards.Keeping(generation: inputs.cardGeneration, store: cache.cards, prints: inputs.eventPrints)
            eventTexts = EventFragments(store: cache.eventTexts, prints: inputs.eventPrints)
        }
        let contexts = PageContexts(content: content, events: events, today: today, zone: zone, templates: templates, keeping: keeping)
        let ics = ICalendarWriter(zone: zone, uidDomain: uidDomain, stamp: stamp, pageURL: pageURL, kept: eventTexts)
        let months = MonthGrid.months(for: events, today: today)
        let views = PageContexts.calendarViews()
        let eventsByID = Dictionary(events.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })

        // Longest first, so that the cores finish together: the calendar pages and feeds list
        // every event; then the months and indexes; then the many small pages.
        var jobs: [Job] = views.indices.map(Job.calendar) + [.calendarFeed, .atomFeed]
        if health != nil { jobs.append(.health) }
        jobs += months.indices.map(Job.month)
        jobs += [.index(region: nil)] + Set(content.hubs.compactMap(\.region)).sorted().map { Job.index(region: $0) }
        jobs.append(.fixed)
        jobs += content.hubs.indices.map(Job.hub)
        jobs += content.opportunities.indices.map(Job.opportunity)

        return ParallelMap.map(jobs) { job in
            guard let inputs else { return ("", 0, consume(renderJob(job)), true) }
            let (key, fingerprint) = inputs.identity(of: job, months: months, views: views, contexts: contexts)
            if let cached = cache?.entries[key], cached.fingerprint == fingerprint {
                return (key, fingerprint, consume(cached.files), false)
            }
            return (key, fingerprint, consume(renderJob(job)), true)
        }

        func renderJob(_ job: Job) -> [OutputFile] {
            switch job {
            case .fixed:
                return fixedFiles(contexts: contexts, months: months)
            case .calendarFeed:
                return [OutputFile(path: SitePaths.calendarFeed, data: ics.calendarData(named: content.config.title, events: events))]
            case .atomFeed:
                let feed = AtomFeed(title: content.config.title, baseURL: content.config.baseURL, siteID: uidDomain, updated: stamp, kept: eventTexts)
                return [OutputFile(path: SitePaths.opportunitiesFeed, text: feed.render(events: events, zone: zone))]
            case .health:
                guard let health else { return [] }
                let pages = HealthPages(report: health, contexts: contexts)
                return pages.paths.map { page($0.path, "health", pages.page(path: $0.path, sortedBy: $0.criterion)) }
                    + [OutputFile(path: "health/health.json", text: HealthReportFormat.json(health))]
            case .index(let region):
                let path = region.map { SitePaths.region(SitePaths.slugify($0)) } ?? SitePaths.index
                let links = PageLinks(page: path, baseURL: content.config.baseURL)
                let hubs = content.hubs.filter { region == nil || $0.region == region }.sorted { $0.title < $1.title }
                return [page(path, "index", contexts.index(hubs: hubs, links: links, region: region))]
            case .hub(let index):
                let hub = content.hubs[index]
                let links = PageLinks(page: SitePaths.hub(hub.slug), baseURL: content.config.baseURL)
                let hubEvents = contexts.eventsByHub[hub.slug] ?? []
                return [page(links.page, "hub", contexts.hub(hub, links: links)),
                        OutputFile(path: SitePaths.hubFeed(hub.slug), data: ics.calendarData(named: "\(hub.title) – \(content.config.title)", events: hubEvents))]
            case .opportunity(let index):
                let opportunity = content.opportunities[index]
                guard let event = eventsByID["opportunity-\(opportunity.slug)"] else { return [] }
                let links = PageLinks(page: SitePaths.opportunity(opportunity.slug), baseURL: content.config.baseURL)
                return [page(links.page, "opportunity", contexts.opportunity(opportunity, event: event, links: links)),
                        OutputFile(path: SitePaths.opportunityFeed(opportunity.slug), data: ics.calendarData(named: opportunity.title, events: [event]))]
            case .calendar(let index):
                let view = views[index]
                let links = PageLinks(page: view.path, baseURL: content.config.baseURL)
                var files = [page(view.path, "calendar", contexts.calendar(view, links: links))]
                if let audience = view.audience {
                    files.append(OutputFile(path: view.feed, data: ics.calendarData(
                        named: "\(content.config.title) – for \(audience.label.lowercased())",
                        events: events.filter { $0.audience.contains(audience) })))
                }
                return files
            case .month(let index):
                let (year, month) = months[index]
                let path = SitePaths.month(year: year, month: month)
                let links = PageLinks(page: path, baseURL: content.config.baseURL)
                let previous = index > 0 ? months[index - 1] : nil
                let next = index + 1 < months.count ? months[index + 1] : nil
                return [page(path, "month", contexts.month(year: year, month: month, previous: previous.map { ($0.year, $0.month) },
                                                            next: next.map { ($0.year, $0.month) }, links: links))]
            }
        }
    }

    func page(_ path: String, _ template: String, _ context: some TemplateValue) -> OutputFile {
        OutputFile(path: path.isEmpty || path.hasSuffix("/") ? path + "index.html" : path, text: templates.render(template, context))
    }

    func fixedFiles(contexts: PageContexts, months: [(year: Int, month: Int)]) -> [OutputFile] {
        let rootLinks = PageLinks(page: "", baseURL: content.config.baseURL)
        var files: [OutputFile] = []
        files.append(OutputFile(path: SitePaths.stylesheet, text: templates.render("style", ThemeValues(site: contexts.site()))))
        files.append(OutputFile(path: "favicon.svg", text: templates.render("favicon", ThemeValues(site: contexts.site()))))
        // The 404 page is served at any depth, so its links are rooted at the site's own path.
        var notFound = contexts.common(rootLinks, title: "Page not found", description: "There is no page at this address.", section: .none)
        notFound.root = content.config.baseURL.flatMap { URLComponents(string: $0)?.path } ?? "/"
        files.append(OutputFile(path: SitePaths.notFound, text: templates.render("not-found", notFound)))
        var robots = "User-agent: *\nAllow: /\n"
        if let base = content.config.baseURL {
            robots += "Sitemap: \(base)\(SitePaths.sitemap)\n"
            files.append(OutputFile(path: SitePaths.sitemap, text: sitemap(base: base, months: months)))
        }
        files.append(OutputFile(path: "robots.txt", text: robots))
        return files
    }

    func sitemap(base: String, months: [(year: Int, month: Int)]) -> String {
        var paths = [SitePaths.index, SitePaths.calendar, SitePaths.calendarPast]
        paths += Audience.allCases.map(SitePaths.audience)
        paths += Set(content.hubs.compactMap(\.region)).sorted().map { SitePaths.region(SitePaths.slugify($0)) }
        paths += content.hubs.map { SitePaths.hub($0.slug) }
        paths += content.opportunities.filter { $0.start != nil }.map { SitePaths.opportunity($0.slug) }
        paths += months.map { SitePaths.month(year: $0.year, month: $0.month) }
        var lastModified: [String: LocalDate] = [:]
        for hub in content.hubs { lastModified[SitePaths.hub(hub.slug)] = hub.updated }
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        for path in paths {
            xml += "  <url><loc>\(Escaping.xml(base + path))</loc>"
            if let date = lastModified[path], date <= today { xml += "<lastmod>\(date.iso)</lastmod>" }
            xml += "</url>\n"
        }
        return xml + "</urlset>\n"
    }

    /// The domain in UIDs: the base URL's host, else a name made from the site title.
    var uidDomain: String {
        if let base = content.config.baseURL, let host = URLComponents(string: base)?.host, !host.isEmpty { return host }
        return SitePaths.slugify(content.config.title) + ".hubsite"
    }

    var pageURL: @Sendable (String) -> String? {
        let base = content.config.baseURL
        return { path in base.map { $0 + path } }
    }
}
