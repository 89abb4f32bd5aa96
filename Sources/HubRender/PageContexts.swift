import Foundation
import HubCalendar
import HubModel

/// Builds the values each template receives (documented in docs/templates.md). Every value from
/// content is plain text here — the template engine escapes it — except `intro_html`,
/// `body_html` (cmark-gfm's safe HTML) and `json_ld` (escaped for `<script>`). URLs pass
/// through `Escaping.safeURL`, so only http, https, mailto and tel links reach a page.
public struct PageContexts: Sendable {
    public let content: ContentSet
    public let events: [CalendarEvent]
    public let today: LocalDate
    public let zone: ZonedTime
    let hubTitles: [String: String]
    /// Each hub's events, in calendar order, worked out once (not once per hub page).
    public let eventsByHub: [String: [CalendarEvent]]
    /// Renders the `card` of each event in a list.
    let cards: EventCards

    /// Contexts whose event cards are rendered with `templates` as pages ask for them (and
    /// kept between rebuilds as `keeping` says).
    public init(content: ContentSet, events: [CalendarEvent], today: LocalDate, zone: ZonedTime, templates: TemplateSet) {
        self.init(content: content, events: events, today: today, zone: zone, templates: templates, keeping: nil)
    }

    init(content: ContentSet, events: [CalendarEvent], today: LocalDate, zone: ZonedTime, templates: TemplateSet, keeping: EventCards.Keeping?) {
        self.content = content
        self.events = events
        self.today = today
        self.zone = zone
        var titles: [String: String] = [:]
        for hub in content.hubs { titles[hub.slug] = hub.title }
        self.hubTitles = titles
        self.cards = EventCards(templates: templates, keeping: keeping, zone: zone, today: today, hubTitles: titles,
                                site: Self.site(content.config))
        var byHub: [String: [CalendarEvent]] = [:]
        for event in events {
            for slug in Set(event.hubs) { byHub[slug, default: []].append(event) }
        }
        self.eventsByHub = byHub
    }

    var config: SiteConfig { content.config }

    public func site() -> [String: Any] {
        Self.site(config)
    }

    static func site(_ config: SiteConfig) -> [String: Any] {
        var site: [String: Any] = [
            "title": config.title, "language": config.language, "accent": config.accentColour,
            "national_name": config.nationalName, "report": config.report,
        ]
        if let footer = config.footer { site["footer"] = footer }
        if let url = config.nationalURL.flatMap(Escaping.safeURL) { site["national_url"] = url }
        if let base = config.baseURL { site["base_url"] = base }
        return site
    }

    /// What every page gets: site, root, page metadata and navigation state.
    public func common(_ links: PageLinks, title: String, description: String, section: String, ogType: String = "website") -> [String: Any] {
        var page: [String: Any] = ["title": title, "description": String(description.prefix(300)), "og_type": ogType, "path": links.page]
        if let canonical = links.absolute(links.page) { page["canonical"] = canonical }
        return ["site": site(), "root": links.root, "page": page, "nav": [section: true]]
    }

    // MARK: Pieces

    func email(_ value: String?) -> String? {
        guard let value, !value.isEmpty, !value.contains(where: { $0.isWhitespace || $0 == "?" || $0 == "&" }) else { return nil }
        return Escaping.safeURL("mailto:" + value)
    }

    func phone(_ value: String?) -> String? {
        guard let value else { return nil }
        let digits = value.filter { $0.isASCII && ($0.isNumber || $0 == "+") }
        return digits.isEmpty ? nil : "tel:" + digits
    }

    static func whereText(location: String?, online: Bool) -> String {
        switch (location, online) {
        case (let place?, true): return "\(place) and online"
        case (let place?, false): return place
        case (nil, true): return "Online"
        case (nil, false): return "To be confirmed"
        }
    }

    /// One event as a list shows it: its values, and its `card` ready-made.
    func eventCard(_ event: CalendarEvent, links: PageLinks) -> EventCardValues {
        EventCardValues(event: event, links: links, cards: cards)
    }

    func nextMeeting(_ hub: Hub) -> Meeting? {
        hub.meetings.filter { $0.date >= today }.min { ($0.date, $0.start?.minutesSinceMidnight ?? 0) < ($1.date, $1.start?.minutesSinceMidnight ?? 0) }
    }

    public func hubCard(_ hub: Hub, links: PageLinks) -> [String: Any] {
        var card: [String: Any] = ["title": hub.title, "url": links.to(SitePaths.hub(hub.slug))]
        if let region = hub.region {
            card["region"] = region
            card["region_url"] = links.to(SitePaths.region(SitePaths.slugify(region)))
        }
        let names = hub.organisations.map(\.name).filter { !$0.isEmpty }
        if !names.isEmpty { card["lead_organisations"] = names.joined(separator: " and ") }
        if let meeting = nextMeeting(hub) {
            card["next_meeting"] = HumanDates.date(meeting.date) + (meeting.start.map { ", \($0)" } ?? "")
        }
        return card
    }

    // MARK: Pages

    public func index(hubs: [Hub], links: PageLinks, region: String?) -> [String: Any] {
        let regionNames = Set(content.hubs.compactMap(\.region)).sorted()
        let heading = region.map { "Hubs in \($0)" } ?? config.title
        let intro = "SCiP Alliance hubs bring together universities, colleges, schools, local authorities and charities to support children and young people from Armed Forces families."
        var context = common(links, title: region.map { "Hubs in \($0)" } ?? "Hubs", description: intro, section: "hubs")
        context["heading"] = heading
        context["intro"] = intro
        context["list_heading"] = region.map { "\(hubs.count) hub\(hubs.count == 1 ? "" : "s") in \($0)" } ?? "All hubs"
        context["hubs"] = hubs.map { hubCard($0, links: links) }
        context["has_regions"] = regionNames.count > 1 || region != nil
        context["region_selected"] = region != nil
        context["regions"] = regionNames.map { name -> [String: Any] in
            ["name": name, "url": links.to(SitePaths.region(SitePaths.slugify(name))), "current": name == region,
             "count": content.hubs.filter { $0.region == name }.count]
        }
        context["upcoming"] = upcoming(onIndexOf: region).map { eventCard($0, links: links) }
        return context
    }

    /// The few upcoming events an index page shows: the soonest six, of the region's hubs.
    func upcoming(onIndexOf region: String?) -> [CalendarEvent] {
        let inRegion = Set(content.hubs.filter { region == nil || $0.region == region }.map(\.slug))
        return Array(events.lazy.filter { $0.isUpcoming(today: self.today) && (region == nil || $0.hubs.contains(where: inRegion.contains)) }.prefix(6))
    }

    public func hub(_ hub: Hub, links: PageLinks) -> [String: Any] {
        let description = hub.body.plainText.isEmpty ? "\(hub.title): a SCiP Alliance hub." : String(hub.body.plainText.prefix(200))
        var context = common(links, title: hub.title, description: description, section: "hubs")
        var value: [String: Any] = ["title": hub.title, "slug": hub.slug, "intro_html": hub.body.html,
                                    "feed_url": links.to(SitePaths.hubFeed(hub.slug))]
        if let region = hub.region {
            value["region"] = region
            value["region_url"] = links.to(SitePaths.region(SitePaths.slugify(region)))
        }
        if let updated = hub.updated { value["updated_human"] = HumanDates.shortDate(updated) }
        value["organisations"] = hub.organisations.compactMap { organisation -> [String: Any]? in
            guard let logo = organisation.logo, !logo.hasPrefix("/"), !logo.contains("..") else { return nil }
            var item: [String: Any] = ["name": organisation.name, "logo_src": links.to(SitePaths.asset(logo)),
                                       "logo_alt": organisation.logoAlt ?? organisation.name]
            if let url = organisation.url.flatMap(Escaping.safeURL) { item["url"] = url }
            return item
        }
        value["leads"] = hub.leads.map { lead -> [String: Any] in
            var item: [String: Any] = ["name": lead.name, "role": lead.role]
            if let jobTitle = lead.jobTitle { item["job_title"] = jobTitle }
            if let organisation = lead.organisation { item["organisation"] = organisation }
            if let href = email(lead.email) { item["email"] = lead.email!; item["email_href"] = href }
            if let href = phone(lead.phone) { item["phone"] = lead.phone!; item["phone_href"] = href }
            return Self.filled(item, ["job_title", "organisation", "email_href", "phone_href"])
        }
        var contact: [String: Any] = [:]
        if let href = email(hub.contact.email) { contact["email"] = hub.contact.email!; contact["email_href"] = href }
        if let href = phone(hub.contact.phone) { contact["phone"] = hub.contact.phone!; contact["phone_href"] = href }
        if let url = hub.contact.url.flatMap(Escaping.safeURL) { contact["url"] = url }
        value["contact"] = contact
        if let terms = hub.termsOfReference {
            if let url = Escaping.safeURL(terms) { value["terms_of_reference"] = url }
            else if !terms.hasPrefix("/"), !terms.contains("..") { value["terms_of_reference"] = links.to(SitePaths.asset(terms)) }
        }
        value["member_groups"] = MemberType.allCases.compactMap { type -> [String: Any]? in
            let members = hub.members.filter { $0.type == type }
            guard !members.isEmpty else { return nil }
            return ["label": type.label, "members": members.map { ["name": $0.name] }]
        }
        let meetings = hub.meetings.sorted { ($0.date, $0.start?.minutesSinceMidnight ?? 0) < ($1.date, $1.start?.minutesSinceMidnight ?? 0) }
        value["meetings_upcoming"] = meetings.filter { $0.date >= today }.map(meeting)
        value["meetings_past"] = meetings.filter { $0.date < today }.reversed().map(meeting)
        if let plan = hub.actionPlan {
            var planValue: [String: Any] = [:]
            if let reviewed = plan.reviewed { planValue["reviewed_human"] = HumanDates.shortDate(reviewed) }
            planValue["actions"] = plan.actions.map { action -> [String: Any] in
                var item: [String: Any] = ["action": action.action, "lead": action.lead ?? "—", "aim": action.aim ?? "—",
                                           "due_human": action.due.map(HumanDates.shortDate) ?? "—",
                                           "status": action.status?.label ?? "—", "status_class": action.status?.rawValue ?? "none"]
                if let due = action.due { item["due"] = due.iso }
                return item
            }
            value["action_plan"] = planValue
        }
        value["opportunities"] = (eventsByHub[hub.slug] ?? []).filter { $0.kind == .opportunity && $0.isUpcoming(today: today) }
            .map { eventCard($0, links: links) }
        context["hub"] = value
        return context
    }

    /// Optional values that are absent become `false`: Mustache then finds them at once
    /// instead of searching every enclosing context for the name (a large share of rendering
    /// time on long event lists). Sections behave the same for a missing value and `false`.
    static func filled(_ context: [String: Any], _ keys: [String]) -> [String: Any] {
        var context = context
        for key in keys where context[key] == nil { context[key] = false }
        return context
    }

    func meeting(_ meeting: Meeting) -> [String: Any] {
        var item: [String: Any] = ["date_human": HumanDates.date(meeting.date),
                                   "datetime": zone.iso8601(LocalDateTime(date: meeting.date, time: meeting.start)),
                                   "where": Self.whereText(location: meeting.location, online: meeting.online)]
        if let range = HumanDates.timeRange(meeting.start, meeting.end) { item["time_range"] = range }
        if let title = meeting.title { item["title"] = title }
        if let url = meeting.agendaURL.flatMap(Escaping.safeURL) { item["agenda_url"] = url }
        if let url = meeting.minutesURL.flatMap(Escaping.safeURL) { item["minutes_url"] = url }
        return Self.filled(item, ["time_range", "title", "agenda_url", "minutes_url"])
    }

    public func opportunity(_ opportunity: Opportunity, event: CalendarEvent, links: PageLinks) -> [String: Any] {
        let description = opportunity.body.plainText.isEmpty ? opportunity.title : String(opportunity.body.plainText.prefix(200))
        var context = common(links, title: opportunity.title, description: description, section: "calendar")
        context["event"] = eventCard(event, links: links)
        context["body_html"] = opportunity.body.html
        if let url = opportunity.bookingURL.flatMap(Escaping.safeURL) { context["booking_url"] = url }
        context["ics_url"] = links.to(SitePaths.opportunityFeed(opportunity.slug))
        let organiser: (String, String?)
        if let first = opportunity.hubs.first, let title = hubTitles[first] {
            organiser = (title, links.absolute(SitePaths.hub(first)))
        } else {
            organiser = (config.title, links.absolute(""))
        }
        context["json_ld"] = EventJSONLD.render(event, zone: zone, pageURL: links.absolute(links.page), organiser: organiser)
        return context
    }

    public struct CalendarView: Sendable {
        public var path: String
        public var label: String
        public var heading: String
        public var intro: String
        public var feed: String
        public var past: Bool
        public var audience: Audience?
    }

    public static func calendarViews() -> [CalendarView] {
        var views = [CalendarView(path: SitePaths.calendar, label: "Everything coming up", heading: "Calendar of opportunities",
                                  intro: "Opportunities for service children, young people, families and practitioners, and hub meetings, soonest first.",
                                  feed: SitePaths.calendarFeed, past: false, audience: nil)]
        for audience in Audience.allCases {
            views.append(CalendarView(path: SitePaths.audience(audience), label: "For \(audience.label.lowercased())",
                                      heading: "Opportunities for \(audience.label.lowercased())",
                                      intro: "Upcoming opportunities and meetings for \(audience.label.lowercased()), soonest first.",
                                      feed: SitePaths.audienceFeed(audience), past: false, audience: audience))
        }
        views.append(CalendarView(path: SitePaths.calendarPast, label: "Past events", heading: "Past opportunities and meetings",
                                  intro: "The archive: everything that has already happened, most recent first.",
                                  feed: SitePaths.calendarFeed, past: true, audience: nil))
        return views
    }

    /// The events a calendar view lists, in its order.
    public func listed(in view: CalendarView) -> [CalendarEvent] {
        var selected = events.filter { $0.isUpcoming(today: today) != view.past }
        if let audience = view.audience { selected = selected.filter { $0.audience.contains(audience) } }
        if view.past { selected.reverse() }
        return selected
    }

    public func calendar(_ view: CalendarView, links: PageLinks) -> [String: Any] {
        var context = common(links, title: view.heading, description: view.intro, section: "calendar")
        context["heading"] = view.heading
        context["intro"] = view.intro
        context["feed_url"] = links.to(view.feed)
        context["views"] = Self.calendarViews().map { ["label": $0.label, "url": links.to($0.path), "current": $0.path == view.path] }
        var months: [[String: Any]] = []
        var monthEvents: [EventCardValues] = []
        var current: (year: Int, month: Int)?
        // Each month's list is built on its own and stored once: appending to a list inside
        // the dictionary copied the whole list for every event (quadratic in a month's events).
        func closeMonth() {
            guard let (year, month) = current else { return }
            months.append(["id": "\(year)-\(month)", "title": "\(MonthGrid.monthNames[month - 1]) \(year)",
                           "url": links.to(SitePaths.month(year: year, month: month)), "events": monthEvents,
                           "cards": cards.cards(for: monthEvents)])
            monthEvents = []
        }
        for event in listed(in: view) {
            let (year, month) = (event.start.date.year, event.start.date.month)
            if current.map({ $0 != (year, month) }) ?? true {
                closeMonth()
                current = (year, month)
            }
            monthEvents.append(eventCard(event, links: links))
        }
        closeMonth()
        context["months"] = months
        context["empty_text"] = view.past ? "Nothing has happened yet." : "Nothing is booked yet."
        return context
    }

    public func month(year: Int, month: Int, previous: (Int, Int)?, next: (Int, Int)?, links: PageLinks) -> [String: Any] {
        let grid = MonthGrid(year: year, month: month, events: events)
        var context = common(links, title: grid.title, description: "Opportunities and hub meetings in \(grid.title).", section: "calendar")
        context["title"] = grid.title
        if let (y, m) = previous { context["previous"] = ["title": "\(MonthGrid.monthNames[m - 1]) \(y)", "url": links.to(SitePaths.month(year: y, month: m))] }
        if let (y, m) = next { context["next"] = ["title": "\(MonthGrid.monthNames[m - 1]) \(y)", "url": links.to(SitePaths.month(year: y, month: m))] }
        context["weekdays"] = MonthGrid.weekdayNames.map { ["name": $0, "short": String($0.prefix(3))] }
        context["weeks"] = grid.weeks.map { week in
            ["days": week.map { day -> [String: Any] in
                ["day": day.date.day, "in_month": day.inMonth, "today": day.date == today,
                 "events": day.events.map { event -> [String: Any] in
                    var item: [String: Any] = ["title": event.title, "url": links.to(event.page)]
                    if event.start.date == day.date, let time = event.start.time { item["time"] = time.description }
                    return item
                 }]
            }]
        }
        return context
    }
}
