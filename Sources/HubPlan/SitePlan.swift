import HubCalendar
import HubModel
import HubReport

/// Every file the site will contain, made once from the loaded content: the one list that the
/// renderer renders, the sitemap lists and the links rule checks links against. What each
/// page lists (a hub's events, the months with pages, the index's next events) is decided
/// here too, so that every page and feed that lists an event agrees.
public struct SitePlan: Sendable {
    /// Every file: the default language's, then each other language's.
    public let files: [PlannedFile]
    /// The language of this plan's pages; nil for the site's default language.
    public let language: String?
    /// The folder its pages go in: "" for the default language, `cy/` for Welsh.
    public let prefix: String
    /// The plans of the site's other languages (on the default language's plan): the same
    /// site in each, from the content translated into it, under `<language>/`.
    public let translations: [SitePlan]
    /// Two files planned at one address (also in different letter case, which some static
    /// hosts do not tell apart): an error each, naming both source files.
    public let problems: [Diagnostic]
    public let today: LocalDate
    /// Every calendar event, soonest first.
    public let events: [CalendarEvent]
    /// Whether each event (by its position in `events`) is still to come: worked out once for
    /// the calendar's pages, which each list the upcoming or the past events of a view.
    private let upcoming: [Bool]
    /// The months that get a page, in order.
    public let months: [YearMonth]
    /// The regions that get a page, by name, sorted.
    public let regions: [String]
    /// Each hub's events, as positions in `events`, by hub slug (positions rather than copies:
    /// a large network has 20,000 events).
    private let eventsByHub: [String: [Int]]
    /// Each event's position in `events`, by id.
    private let eventPositions: [EventID: Int]
    /// Every activity, newest first (`ContentSet.allActivities`), and each hub's, as positions
    /// in it, by hub slug.
    public let activities: [Activity]
    private let activitiesByHub: [String: [Int]]
    private let activityPositions: [String: Int]
    /// The calendar's views: the main ones, each region's, each category's.
    public let views: [CalendarView]
    private let positions: [String: Int]
    /// Each hub's slug and region, for the events an index page lists.
    private let hubRegions: [(slug: String, region: String?)]
    /// Each region's hubs, by the region's address, for the region views.
    private let regionHubs: [String: Set<String>]
    /// Each hub's region, as its address, by the hub's slug: what a region view's filter asks
    /// of an event's hubs.
    private let regionsOfHub: [String: [String]]
    /// The events of each view that does not show them all, as positions in `events`, by the
    /// view's address: found in one pass when planning, not by filtering all events again for
    /// each of the views' pages and feeds.
    private let viewEvents: [String: [Int]]

    /// The plan of a site in its default language and, for each other language of the site,
    /// a plan of that language's pages; `words` gives each other language's words, which
    /// name its events ("Cyfarfod Hyb Cymru"; hubsite's own when not given).
    public init(content: ContentSet, today: LocalDate, words: [String: Words] = [:]) {
        let others = content.config.otherLanguages.map { language in
            SitePlan(content: content.translated(into: language, words: words[language] ?? Words.builtIn(for: language) ?? Words(language: language)),
                     today: today, language: language)
        }
        self.init(content: content, today: today, language: nil, translations: others)
    }

    private init(content: ContentSet, today: LocalDate, language: String?, translations: [SitePlan] = []) {
        self.today = today
        self.language = language
        self.translations = translations
        let prefix = language.map { $0 + "/" } ?? ""
        self.prefix = prefix
        hubRegions = content.hubs.map { ($0.slug, $0.region) }
        let events = EventCollector.events(from: content, today: today)
        self.events = events
        upcoming = Self.upcoming(events, today: today)
        var byHub: [String: [Int]] = [:]
        var eventIndex: [EventID: Int] = [:]
        eventIndex.reserveCapacity(events.count)
        for (index, event) in events.enumerated() {
            // An event has one hub or a few: a hub named twice is skipped by a look back, not
            // by making a set for each of 20,000 events.
            let hubs = event.hubs
            for (position, slug) in hubs.enumerated() where !hubs[..<position].contains(slug) { byHub[slug, default: []].append(index) }
            if eventIndex[event.id] == nil { eventIndex[event.id] = index }
        }
        eventsByHub = byHub
        eventPositions = eventIndex
        months = MonthGrid.months(for: events, today: today).map { YearMonth(year: $0.year, month: $0.month) }
        regions = Set(content.hubs.compactMap { $0.region }).sorted()
        let categories = Set(events.filter { $0.kind == .opportunity }.compactMap(\.category)).sorted()
        views = CalendarView.all(regions: regions, categories: categories)
        var regionHubs: [String: Set<String>] = [:]
        var regionsOfHub: [String: [String]] = [:]
        for hub in content.hubs {
            guard let region = hub.region.map(SitePaths.slugify) else { continue }
            regionHubs[region, default: []].insert(hub.slug)
            regionsOfHub[hub.slug, default: []].append(region)
        }
        self.regionHubs = regionHubs
        self.regionsOfHub = regionsOfHub
        let activities = content.allActivities
        self.activities = activities
        var activitiesByHub: [String: [Int]] = [:]
        for (index, activity) in activities.enumerated() {
            for (position, slug) in activity.hubs.enumerated() where !activity.hubs[..<position].contains(slug) { activitiesByHub[slug, default: []].append(index) }
        }
        self.activitiesByHub = activitiesByHub
        activityPositions = Dictionary(activities.enumerated().map { ($1.slug, $0) }, uniquingKeysWith: { first, _ in first })

        var planned: [(file: PlannedFile, location: SourceLocation?)] = []
        func add(_ path: String, _ kind: PlannedFile.Kind, sources: [String] = [], at location: SourceLocation? = nil) {
            guard let language else {
                planned.append((PlannedFile(path: path, kind: kind, sources: sources), location))
                return
            }
            // Another language has the pages people read, and their feeds; the stylesheet,
            // the 404 page, robots.txt, the sitemap and the report serve every language.
            guard Self.isTranslated(kind) else { return }
            planned.append((PlannedFile(path: prefix + path, kind: kind, sources: sources, language: language, key: path), location))
        }
        /// In another language, the hubs and opportunities translated into it have pages.
        let translated = Set(content.translations.filter { $0.language == language }.map { "\($0.kind.rawValue)/\($0.slug)" })
        func hasPage(_ kind: Translation.Kind, _ slug: String) -> Bool {
            language == nil || translated.contains("\(kind.rawValue)/\(slug)")
        }
        let eventFiles = Dictionary(content.opportunities.map { ($0.eventID, $0.file) }, uniquingKeysWith: { a, _ in a })
        // An opportunity has a page when it is in the calendar (it has a start).

        add(SitePaths.index, .index)
        for region in regions {
            let members = content.hubs.filter { $0.region == region }
            add(SitePaths.region(SitePaths.slugify(region)), .region(region),
                sources: members.map { $0.file }, at: members.first.map { $0.fields.location(of: "region") })
        }
        for hub in content.hubs where hasPage(.hub, hub.slug) {
            let start = SourceLocation(file: hub.file, line: 1, column: 1)
            add(SitePaths.hub(hub.slug), .hub(slug: hub.slug), sources: [hub.file], at: start)
            add(SitePaths.hubFeed(hub.slug), .hubFeed(slug: hub.slug), sources: [hub.file], at: start)
        }
        for opportunity in content.opportunities where eventIndex[opportunity.eventID] != nil && hasPage(.opportunity, opportunity.slug) {
            let start = SourceLocation(file: opportunity.file, line: 1, column: 1)
            add(SitePaths.opportunity(opportunity.slug), .opportunity(slug: opportunity.slug), sources: [opportunity.file], at: start)
            add(SitePaths.opportunityFeed(opportunity.slug), .opportunityFeed(slug: opportunity.slug), sources: [opportunity.file], at: start)
        }
        // What the hubs have done: a page for each activity (in another language, for those
        // translated into it: an activity's file, or its opportunity's), the network's list and
        // feed, and each hub's that has any.
        if !activities.isEmpty {
            for activity in activities where hasPage(activity.opportunity == nil ? .activity : .opportunity, activity.slug) {
                add(SitePaths.activity(activity.slug), .activity(slug: activity.slug), sources: [activity.file],
                    at: activity.opportunity == nil ? SourceLocation(file: activity.file, line: 1, column: 1) : activity.fields.keyLocation(of: "activity"))
            }
            add(SitePaths.activities, .activities(hub: nil))
            add(SitePaths.activitiesFeed, .activitiesFeed(hub: nil))
            for hub in content.hubs where activitiesByHub[hub.slug] != nil && hasPage(.hub, hub.slug) {
                add(SitePaths.hubActivities(hub.slug), .activities(hub: hub.slug), sources: [hub.file])
                add(SitePaths.hubActivitiesFeed(hub.slug), .activitiesFeed(hub: hub.slug), sources: [hub.file])
            }
        }
        // The events of each view that does not show all (an audience, a region, a category),
        // in one pass over the events.
        let filtered = views.map { ($0.path, EventFilter($0)) }.filter { !$0.1.admitsAll }
        let viewEvents = Dictionary(zip(filtered.map(\.0), EventFilter.positions(of: filtered.map(\.1), in: events, hubRegions: regionsOfHub)),
                                    uniquingKeysWith: { first, _ in first })
        self.viewEvents = viewEvents
        for (index, view) in views.enumerated() {
            add(view.path, .calendarView(index))
            if view.isMain {
                if let audience = view.audience { add(view.feed, .audienceFeed(audience)) }
            } else {
                add(view.feed, .viewFeed(index))
            }
        }
        if content.config.search { add(SitePaths.search, .search) }
        add(SitePaths.subscribe, .subscribe)
        add(SitePaths.accessibility, .accessibility)
        add(SitePaths.calendarFeed, .calendarFeed)
        add(SitePaths.opportunitiesFeed, .atomFeed)
        // Each month's grid shows the events on its days (and the days around it that fill its
        // weeks): the months are in order, so each event is placed from the first month whose
        // window it reaches, in one pass over the events.
        let windows = months.map { MonthGrid.window(year: $0.year, month: $0.month) }
        var shown = [[Int]](repeating: [], count: months.count)
        for (index, event) in events.enumerated() {
            let first = event.firstDay, last = event.lastDay
            // The first month whose window ends on or after the event's first day (the
            // windows' ends rise with the months).
            var month = 0, end = windows.count
            while month < end {
                let middle = (month + end) / 2
                if windows[middle].last < first { month = middle + 1 } else { end = middle }
            }
            while month < windows.count, windows[month].first <= last {
                shown[month].append(index)
                month += 1
            }
        }
        for (position, month) in months.enumerated() {
            add(SitePaths.month(year: month.year, month: month.month), .month(month),
                sources: shown[position].compactMap { eventFiles[events[$0].id] })
        }
        add(SitePaths.stylesheet, .stylesheet)
        add("favicon.svg", .favicon)
        add(SitePaths.notFound, .notFound)
        add("robots.txt", .robots)
        if content.config.baseURL != nil { add(SitePaths.sitemap, .sitemap) }
        if content.config.report {
            add(SitePaths.health, .health(criterion: nil))
            for criterion in Criterion.all { add(SitePaths.health(sortedBy: criterion.id), .health(criterion: criterion.id)) }
            add(SitePaths.healthJSON, .healthJSON)
        }
        // Old addresses last: an address a page has is the page's, and the alias naming it is
        // the one reported.
        var aliases = 0
        func addAliases(_ written: [String], page: PlannedFile.Kind, at target: String, feed: (PlannedFile.Kind, String), hub: Bool,
                        file: String, fields: FieldLocations) {
            for (index, text) in written.enumerated() {
                guard let alias = SitePaths.alias(text), alias != target else { continue }
                let location = fields.location(of: "aliases[\(index)]")
                add(alias, .alias(of: page, target: target), sources: [file], at: location)
                if let old = SitePaths.oldFeed(ofAlias: alias, hub: hub) {
                    add(old, .alias(of: feed.0, target: feed.1), sources: [file], at: location)
                }
                aliases += 1
            }
        }
        for hub in content.hubs where !hub.aliases.isEmpty && hasPage(.hub, hub.slug) {
            addAliases(hub.aliases, page: .hub(slug: hub.slug), at: SitePaths.hub(hub.slug),
                       feed: (.hubFeed(slug: hub.slug), SitePaths.hubFeed(hub.slug)), hub: true, file: hub.file, fields: hub.fields)
        }
        for opportunity in content.opportunities where !opportunity.aliases.isEmpty && eventIndex[opportunity.eventID] != nil
            && hasPage(.opportunity, opportunity.slug) {
            addAliases(opportunity.aliases, page: .opportunity(slug: opportunity.slug), at: SitePaths.opportunity(opportunity.slug),
                       feed: (.opportunityFeed(slug: opportunity.slug), SitePaths.opportunityFeed(opportunity.slug)), hub: false,
                       file: opportunity.file, fields: opportunity.fields)
        }
        if aliases > 0 {
            add(SitePaths.redirects, .redirects)
        }

        for plan in translations { planned += plan.files.map { ($0, nil) } }

        // One file per address: a second file planned at an address (in any letter case) is an
        // error, reported at the content that caused it.
        var kept: [PlannedFile] = []
        kept.reserveCapacity(planned.count)
        var problems: [Diagnostic] = translations.flatMap(\.problems)
        // Each address taken, as the position of its file in `planned`.
        var taken: [String: Int] = [:]
        taken.reserveCapacity(planned.count)
        var positions: [String: Int] = [:]
        positions.reserveCapacity(planned.count)
        for (index, entry) in planned.enumerated() {
            // Planned paths are slugs, lower case already but for odd file names.
            let path = entry.file.outputPath
            let key = path.utf8.contains(where: { (0x41...0x5A).contains($0) || $0 >= 0x80 }) ? path.lowercased() : path
            guard let first = taken[key] else {
                taken[key] = index
                if positions[entry.file.path] == nil { positions[entry.file.path] = kept.count }
                kept.append(entry.file)
                continue
            }
            // A hub's page and its feed collide together: one error says it.
            let problem = Self.collision(entry, with: planned[first])
            if !problems.contains(where: { $0.location == problem.location && $0.message == problem.message }) { problems.append(problem) }
        }
        files = kept
        self.problems = problems
        self.positions = positions
    }

    /// Whether a kind of file exists in the site's other languages too.
    static func isTranslated(_ kind: PlannedFile.Kind) -> Bool {
        switch kind {
        case .index, .region, .hub, .hubFeed, .opportunity, .opportunityFeed, .calendarView, .audienceFeed, .viewFeed,
             .subscribe, .search, .accessibility, .month, .calendarFeed, .atomFeed, .alias, .activity, .activities, .activitiesFeed: return true
        case .stylesheet, .favicon, .notFound, .robots, .sitemap, .health, .healthJSON, .redirects: return false
        }
    }

    /// The same page in each language it exists in, the default language first: a page's
    /// counterparts, for `hreflang` links and the language switcher.
    public func counterparts(of file: PlannedFile) -> [PlannedFile] {
        ([self] + translations).compactMap { plan in
            plan.language == file.language ? file : plan.prefixedFile(at: file.key)
        }
    }

    /// This plan's file at `key`, a path without the language folder.
    func prefixedFile(at key: String) -> PlannedFile? {
        positions[prefix + key].map { files[$0] }
    }

    /// A default-language path (`hubs/cymru/`) as this plan's language has it: under its
    /// folder (`cy/hubs/cymru/`) when it has that page, else as it is. Where a link on one of
    /// its pages, or in one of its feeds, goes.
    public func inLanguage(_ key: String) -> String {
        positions[prefix + key] != nil ? prefix + key : key
    }

    static func collision(_ second: (file: PlannedFile, location: SourceLocation?), with first: (file: PlannedFile, location: SourceLocation?)) -> Diagnostic {
        let location = second.location ?? SourceLocation(file: second.file.sources.first ?? "content", line: 1, column: 1)
        let other = first.file.sources.first ?? "another page"
        let message: String
        let hint: String
        switch (first.file.kind, second.file.kind) {
        case (.region(let a), .region(let b)):
            message = "The region '\(b)' is published at the same address as the region '\(a)' of \(other) (/\(second.file.path)), so one page would overwrite the other."
            hint = "Write the region exactly as \(other) does: 'region: \(a)'."
        case (.hub, .hub), (.hubFeed, .hubFeed):
            (message, hint) = sameName("hub", second.file.sources.first, other)
        case (_, .alias):
            // One message for an old page address and its old calendar file.
            message = "This old address in 'aliases' is already in use by \(other), so one file would overwrite the other."
            hint = "Remove it from 'aliases' (an address still in use needs no alias), or give the old address the page really had."
        case (.opportunity, .opportunity), (.opportunityFeed, .opportunityFeed):
            (message, hint) = sameName("opportunity", second.file.sources.first, other)
        case (.activity, .activity) where second.file.sources.first.map { Self.folder(of: $0) == Self.folder(of: other) } == true:
            // Two files of content/activities/; an opportunity's activity has the default's words.
            (message, hint) = sameName("activity", second.file.sources.first, other)
        default:
            message = "This page would be published at /\(second.file.path), where \(other) already puts a page, so one would overwrite the other."
            hint = "Rename the file so that its address differs."
        }
        return Diagnostic(severity: .error, rule: RuleID.links, location: location, message: message, hint: hint)
    }

    /// `content/activities` for `content/activities/day.md`.
    static func folder(of file: String) -> Substring { file[..<(file.lastIndex(of: "/") ?? file.startIndex)] }

    /// Why two files of one kind give the same address: their names differ only in letter
    /// case, or one names the main language (`south.en-GB.md` beside `south.md`).
    static func sameName(_ what: String, _ file: String?, _ other: String) -> (message: String, hint: String) {
        if let file, file.lowercased() == other.lowercased() {
            return ("This \(what) has the same address as \(other) (file names differ only in letter case), so one page would overwrite the other.",
                    "Rename one of the two files; use lower-case file names throughout.")
        }
        return ("This \(what) has the same address as \(other): both are its page in the site's main language, one named with the language's code, so one page would overwrite the other.",
                "Keep one of the two files (a CMS such as Decap names it with the code): move what only this one says into it, then delete this one.")
    }

    /// A hub's events, in calendar order.
    public func events(ofHub slug: String) -> [CalendarEvent] {
        (eventsByHub[slug] ?? []).map { events[$0] }
    }

    /// A hub's activities, newest first.
    public func activities(ofHub slug: String) -> [Activity] {
        (activitiesByHub[slug] ?? []).map { activities[$0] }
    }

    /// The activity with this slug.
    public func activity(_ slug: String) -> Activity? {
        activityPositions[slug].map { activities[$0] }
    }

    /// The hubs of a region (by its name), unordered.
    public func hubs(inRegion region: String) -> Set<String> {
        regionHubs[SitePaths.slugify(region)] ?? []
    }

    /// The listed dates of a repeating opportunity, in order (its first date's id).
    public func occurrences(ofSeries id: EventID) -> [CalendarEvent] {
        guard let first = event(id: id), first.series != nil else { return [] }
        return (eventsByHub[first.hubs.first ?? ""].map { $0.map { events[$0] } } ?? events).filter { $0.series?.id == id }
    }

    /// The event with this id.
    public func event(id: EventID) -> CalendarEvent? {
        eventPositions[id].map { events[$0] }
    }

    /// The planned file at a site address (`hubs/south/`, `calendar.ics`), if any.
    public func file(at path: String) -> PlannedFile? {
        positions[path].map { files[$0] }
    }

    /// Whether a link target (`hubs/south/`, `hubs/south/index.html`, `hubs/south`) is a file
    /// of the site, or one of its assets.
    public func contains(linkTarget target: String, assets: Set<String>) -> Bool {
        if positions[target] != nil || positions[target + "/"] != nil || assets.contains(target) { return true }
        if target.hasSuffix("index.html") { return positions[String(target.dropLast("index.html".count))] != nil }
        return false
    }

    /// Every folder the files go into, with all its parents (`hubs`, `hubs/south`).
    public var folders: Set<String> {
        var folders: Set<String> = []
        for file in files {
            var parts = file.outputPath.split(separator: "/").dropLast()
            while !parts.isEmpty, folders.insert(parts.joined(separator: "/")).inserted { parts = parts.dropLast() }
        }
        return folders
    }

    /// Every address of the site, for suggestions.
    public var paths: [String] { files.map(\.path) }

    /// The few upcoming events an index page shows: the soonest six, of the region's hubs.
    public func upcoming(onIndexOf region: String?) -> [CalendarEvent] {
        Self.upcoming(events, hubs: hubRegions, region: region, today: today)
    }

    static func upcoming(_ events: [CalendarEvent], hubs: [(slug: String, region: String?)], region: String?, today: LocalDate) -> [CalendarEvent] {
        let inRegion = Set(hubs.filter { region == nil || $0.region == region }.map(\.slug))
        return Array(events.lazy.filter { $0.isUpcoming(today: today) && (region == nil || $0.hubs.contains(where: inRegion.contains)) }.prefix(6))
    }

    /// The events a calendar view lists, in its order.
    public func listed(in view: CalendarView) -> [CalendarEvent] {
        var selected: [CalendarEvent]
        if let positions = viewPositions(of: view) {
            selected = positions.filter { upcoming[$0] != view.past }.map { events[$0] }
        } else if EventFilter(view).admitsAll {
            selected = events.indices.filter { upcoming[$0] != view.past }.map { events[$0] }
        } else {
            selected = inFeed(of: view).filter { $0.isUpcoming(today: today) != view.past }
        }
        if view.past { selected.reverse() }
        return selected
    }

    /// The events of a view's feed: those of its audience, region and category, past ones too.
    public func inFeed(of view: CalendarView) -> [CalendarEvent] {
        if let positions = viewPositions(of: view) { return positions.map { events[$0] } }
        return EventFilter(view).filter(events, hubRegions: regionsOfHub)
    }

    /// The events of one audience, past ones too: its view's, when the calendar has a view of
    /// that audience alone.
    public func events(for audience: Audience) -> [CalendarEvent] {
        if let view = views.first(where: { $0.audience == audience && $0.region == nil && $0.category == nil }),
           let positions = viewPositions(of: view) {
            return positions.map { events[$0] }
        }
        return events.filter { $0.audience.contains(audience) }
    }

    /// The positions in `events` of a view's events, past ones too, when the plan kept them
    /// (for each of its views that does not show every event).
    private func viewPositions(of view: CalendarView) -> [Int]? {
        guard let positions = viewEvents[view.path], views.contains(view) else { return nil }
        return positions
    }

    static func upcoming(_ events: [CalendarEvent], today: LocalDate) -> [Bool] {
        events.map { $0.isUpcoming(today: today) }
    }

    /// The month pages before and after one, for its navigation.
    public func neighbours(of month: YearMonth) -> (previous: YearMonth?, next: YearMonth?) {
        guard let index = months.firstIndex(of: month) else { return (nil, nil) }
        return (index > 0 ? months[index - 1] : nil, index + 1 < months.count ? months[index + 1] : nil)
    }
}
