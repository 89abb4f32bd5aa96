import Foundation
import HubCalendar
import HubModel
import HubParallel
import HubPlan
import HubReport

/// Renders the files of a site plan: each planned file is a pure function of the content, the
/// plan and the templates. Files render in parallel; the results come back in the order
/// asked for, whatever the number of cores. Which files to render is the caller's decision:
/// a build renders them all, `hubsite serve` each one when it is asked for.
public struct SiteRenderer: Sendable {
    public let content: ContentSet
    public let plan: SitePlan
    public let templates: TemplateSet
    /// Reproducible build instant (DTSTAMP, feed `updated`).
    public let stamp: Date
    /// The Healthy Hub report, published under `health/` when given (`report: true`).
    public let health: HealthReport?
    /// The threads that render pages side by side.
    public let workers: Workers

    private let zone: ZonedTime
    /// What renders the pages of the default language.
    private let primary: Language
    /// What renders the pages of each other language of the site, by language.
    private let translations: [String: Language]

    /// Everything that renders one language's pages (a class: every file looks it up, and
    /// copying its values for each of a large network's 20,000 files was measurable).
    final class Language: Sendable {
        let plan: SitePlan
        let contexts: PageContexts
        let templates: TemplateSet
        let ics: ICalendarWriter
        /// The words of its feeds: nil in the default language.
        let words: Words?

        /// Where each hub and opportunity is in the content, by slug (the first of a slug, as
        /// a search from the start finds): searching the list for each of a large network's
        /// 20,000 hub and opportunity files copied 60 million hubs and opportunities.
        private let hubPositions: [String: Int]
        private let opportunityPositions: [String: Int]

        init(plan: SitePlan, contexts: PageContexts, templates: TemplateSet, ics: ICalendarWriter, words: Words?) {
            self.plan = plan
            self.contexts = contexts
            self.templates = templates
            self.ics = ics
            self.words = words
            let content = contexts.content
            hubPositions = Dictionary(content.hubs.enumerated().map { ($1.slug, $0) }, uniquingKeysWith: { first, _ in first })
            opportunityPositions = Dictionary(content.opportunities.enumerated().map { ($1.slug, $0) }, uniquingKeysWith: { first, _ in first })
        }

        func hub(_ slug: String) -> Hub? {
            hubPositions[slug].map { contexts.content.hubs[$0] }
        }

        func opportunity(_ slug: String) -> Opportunity? {
            opportunityPositions[slug].map { contexts.content.opportunities[$0] }
        }
    }

    public init(content: ContentSet, plan: SitePlan, templates: TemplateSet, stamp: Date, health: HealthReport? = nil,
                workers: Workers = .allCores) {
        self.workers = workers
        self.content = content
        self.plan = plan
        self.templates = templates
        self.stamp = stamp
        self.health = health
        let zone = ZonedTime(identifier: content.config.timeZone)
        self.zone = zone
        let base = content.config.baseURL
        let ics = ICalendarWriter(zone: zone, uidDomain: content.config.eventDomain, stamp: stamp,
                                  pageURL: { path in base.map { $0 + path } })
        let contexts = PageContexts(content: content, plan: plan, zone: zone, templates: templates, ics: ics)
        primary = Language(plan: plan, contexts: contexts, templates: templates, ics: ics, words: nil)
        var translations: [String: Language] = [:]
        for translated in plan.translations {
            guard let language = translated.language else { continue }
            let templates = templates.inLanguage(language)
            let ics = ICalendarWriter(zone: zone, uidDomain: content.config.eventDomain, stamp: stamp,
                                      pageURL: { path in base.map { $0 + translated.inLanguage(path) } }, words: templates.words)
            let contexts = PageContexts(content: content.translated(into: language, words: templates.words), plan: translated, zone: zone,
                                        templates: templates, ics: ics, site: plan)
            translations[language] = Language(plan: translated, contexts: contexts, templates: templates, ics: ics, words: templates.words)
        }
        self.translations = translations
    }

    /// What renders the pages of `language` (nil: the default language).
    func language(_ language: String?) -> Language {
        language.flatMap { translations[$0] } ?? primary
    }

    /// Renders `files` and hands each result to `consume` on the worker that rendered it, so a
    /// build can write pages as they are made instead of holding the whole site in memory (a
    /// large network's pages are some 200 MB). Returns what `consume` returned, in the order
    /// of `files`. The long pages start first, so that the cores finish together (see
    /// `weight`).
    public func render<R: Sendable>(_ files: [PlannedFile], consume: (PlannedFile, OutputFile) -> R) -> [R] {
        let order = files.indices.sorted { (Self.weight(files[$0].kind), $0) < (Self.weight(files[$1].kind), $1) }
        let results = workers.map(order) { index in (index, consume(files[index], render(files[index]))) }
        var ordered = [R?](repeating: nil, count: files.count)
        for (index, result) in results { ordered[index] = result }
        return ordered.map { $0! }
    }

    /// Every file of the plan.
    public func render<R: Sendable>(consume: (PlannedFile, OutputFile) -> R) -> [R] {
        render(plan.files, consume: consume)
    }

    /// The order files render in: 0 for the pages and the Atom feed that list every event, then
    /// the months and indexes, then the many small pages and feeds, and the iCalendar feeds
    /// that gather many events last. By then the hub and opportunity feeds have made every
    /// event's VEVENT (a build makes each once, `ICalendarWriter`), so those feeds only join them,
    /// and the VEVENTs fill memory the long pages have freed instead of adding to their peak.
    static func weight(_ kind: PlannedFile.Kind) -> Int {
        switch kind {
        case .calendarView, .atomFeed: return 0
        case .health, .healthJSON: return 1
        case .month: return 2
        case .index, .region: return 3
        case .stylesheet, .favicon, .notFound, .robots, .sitemap, .subscribe, .search, .accessibility, .alias, .redirects: return 4
        case .hub, .hubFeed: return 5
        case .opportunity, .opportunityFeed, .activity, .activities, .activitiesFeed: return 6
        case .audienceFeed, .viewFeed, .calendarFeed: return 7
        }
    }

    /// One planned file.
    public func render(_ file: PlannedFile) -> OutputFile {
        let language = language(file.language)
        let (plan, contexts, templates) = (language.plan, language.contexts, language.templates)
        let words = templates.words
        let content = contexts.content
        let links = contexts.links(file.path)
        let config = content.config
        switch file.kind {
        case .index:
            return page(file, contexts.index(hubs: content.hubs.sorted { $0.title < $1.title }, links: links, region: nil))
        case .region(let region):
            return page(file, contexts.index(hubs: content.hubs.filter { $0.region == region }.sorted { $0.title < $1.title },
                                             links: links, region: region))
        case .hub(let slug):
            guard let hub = language.hub(slug) else { return OutputFile(path: file.outputPath, text: "") }
            return page(file, contexts.hub(hub, links: links))
        case .hubFeed(let slug):
            let title = language.hub(slug)?.title ?? slug
            return calendarFile(file, named: "\(title) – \(config.title)", events: plan.events(ofHub: slug))
        case .opportunity(let slug):
            guard let opportunity = language.opportunity(slug),
                  let event = plan.event(id: opportunity.eventID) else { return OutputFile(path: file.outputPath, text: "") }
            return page(file, contexts.opportunity(opportunity, event: event, links: links))
        case .opportunityFeed(let slug):
            let opportunity = language.opportunity(slug)
            return calendarFile(file, named: opportunity?.title ?? slug, events: opportunity.flatMap { plan.event(id: $0.eventID) }.map { [$0] } ?? [])
        case .activity(let slug):
            guard let activity = plan.activity(slug) else { return OutputFile(path: file.outputPath, text: "") }
            return page(file, contexts.activity(activity, links: links))
        case .activities(let hub):
            return page(file, contexts.activities(hub: hub, links: links))
        case .activitiesFeed(let hub):
            let isTranslation = language.words != nil
            let name = hub.flatMap { language.hub($0)?.title } ?? config.title
            let feed = ActivityFeed(title: "\(name) – \(words["feed_activities"])", author: name, path: file.path,
                                    page: hub.map(SitePaths.hubActivities) ?? SitePaths.activities, baseURL: config.baseURL,
                                    siteID: config.eventDomain, idsFromBaseURL: config.siteID == nil, updated: stamp,
                                    language: isTranslation ? words.language : nil,
                                    localise: { [plan] path in isTranslation ? plan.inLanguage(path) : path })
            return OutputFile(path: file.outputPath, text: feed.render(hub.map { plan.activities(ofHub: $0) } ?? plan.activities))
        case .calendarView(let index):
            return page(file, contexts.calendar(plan.views[index], links: links))
        case .audienceFeed(let audience):
            return calendarFile(file, named: words.format("calendar_feed_audience", ["site": config.title, "audience": words["audience_" + audience.rawValue].lowercased()]),
                                events: plan.events(for: audience))
        case .viewFeed(let index):
            let view = plan.views[index]
            return calendarFile(file, named: "\(config.title) – \(view.texts(in: words).heading)", events: plan.inFeed(of: view))
        case .subscribe:
            return page(file, contexts.subscribe(links: links))
        case .accessibility:
            return page(file, contexts.accessibility(links: links))
        case .search:
            return page(file, contexts.common(links, title: words["search_title"], description: words["search_description"], section: .none))
        case .month(let month):
            return page(file, contexts.month(month, links: links))
        case .calendarFeed:
            // In another language the calendar's name says which one it is ("… – calendr").
            return calendarFile(file, named: language.words == nil ? config.title : "\(config.title) – \(words["feed_calendar"])",
                                events: plan.events)
        case .atomFeed:
            // In the language's words (the project's, if it changed them); a translation's feed
            // says its language and links to its pages.
            let isTranslation = language.words != nil
            let feed = AtomFeed(title: config.title, baseURL: config.baseURL, siteID: config.eventDomain, idsFromBaseURL: config.siteID == nil,
                                updated: stamp, words: words, language: isTranslation ? words.language : nil,
                                localise: { [plan] path in isTranslation ? plan.inLanguage(path) : path })
            let events = plan.events, zone = zone
            return OutputFile(path: file.outputPath) { feed.write(events: events, zone: zone, to: $0) }
        case .stylesheet:
            return OutputFile(path: file.outputPath, text: templates.render("style", ThemeValues(site: contexts.site())))
        case .favicon:
            return OutputFile(path: file.outputPath, text: templates.render("favicon", ThemeValues(site: contexts.site())))
        case .notFound:
            // The 404 page is served at any depth, so its links are rooted at the site's own path.
            var notFound = contexts.common(PageLinks(page: "", baseURL: config.baseURL), title: words["not_found_title"],
                                           description: words["not_found_description"], section: .none)
            notFound.root = config.baseURL.flatMap { URLComponents(string: $0)?.path } ?? "/"
            notFound.languageRoot = notFound.root
            // One 404 page serves every address: it is no language version of the home page.
            notFound.page.alternates = []
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
        case .alias(let kind, let target):
            // An old calendar file's address: the file itself, the same events with the same
            // UIDs (calendar apps do not follow an HTML page).
            guard target.hasSuffix("/") else {
                return render(PlannedFile(path: file.path, kind: kind, sources: file.sources, language: file.language, key: file.key))
            }
            let title: String
            switch kind {
            case .hub(let slug): title = language.hub(slug)?.title ?? config.title
            case .opportunity(let slug): title = language.opportunity(slug)?.title ?? config.title
            default: title = config.title
            }
            return OutputFile(path: file.outputPath, text: RedirectPage.html(href: links.to(target), canonical: links.absolute(target), title: title,
                                                                             language: words.language, words: words))
        case .redirects:
            // Every language's old page addresses (not the calendar files, which are written),
            // each to the page in its own language.
            let moves = plan.files.compactMap { planned -> (from: String, to: String)? in
                guard case .alias(_, let target) = planned.kind, target.hasSuffix("/") else { return nil }
                let owner = plan.translations.first { $0.language == planned.language } ?? plan
                return (planned.path, owner.inLanguage(target))
            }
            let basePath = config.baseURL.flatMap { URLComponents(string: $0)?.path } ?? "/"
            return OutputFile(path: file.outputPath, text: RedirectPage.redirects(moves, basePath: basePath.hasSuffix("/") ? basePath : basePath + "/"))
        }
    }

    /// An iCalendar file, written one event at a time as it is written out.
    func calendarFile(_ file: PlannedFile, named name: String, events: [CalendarEvent]) -> OutputFile {
        let ics = language(file.language).ics
        return OutputFile(path: file.outputPath) { ics.writeCalendar(named: name, events: events, to: $0) }
    }

    func page(_ file: PlannedFile, _ values: some TemplateValue) -> OutputFile {
        OutputFile(path: file.outputPath, text: language(file.language).templates.render(file.template ?? "", values))
    }

    /// sitemap.xml: the plan's pages people arrive at, with each hub page's review date.
    func sitemap(base: String) -> String {
        var lastModified: [String: LocalDate] = [:]
        for hub in content.hubs { lastModified[SitePaths.hub(hub.slug)] = hub.updated }
        // With more than one language, each page lists its counterparts (Google's sitemap
        // form of hreflang), itself included.
        let languages = !plan.translations.isEmpty
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\""
        xml += (languages ? " xmlns:xhtml=\"http://www.w3.org/1999/xhtml\"" : "") + ">\n"
        for file in plan.files.filter(\.inSitemap).enumerated().sorted(by: { (Self.sitemapRank($0.element), $0.offset) < (Self.sitemapRank($1.element), $1.offset) }).map(\.element) {
            xml += "  <url><loc>\(Escaping.xml(base + file.path))</loc>"
            if let date = lastModified[file.key], date <= plan.today { xml += "<lastmod>\(date.iso)</lastmod>" }
            if languages {
                let counterparts = plan.counterparts(of: file)
                if counterparts.count > 1 {
                    for other in counterparts {
                        xml += "<xhtml:link rel=\"alternate\" hreflang=\"\(Escaping.xml(other.language ?? content.config.language))\" href=\"\(Escaping.xml(base + other.path))\"/>"
                    }
                    xml += "<xhtml:link rel=\"alternate\" hreflang=\"x-default\" href=\"\(Escaping.xml(base + counterparts[0].path))\"/>"
                }
            }
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
}
