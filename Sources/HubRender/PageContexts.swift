import Foundation
import HubCalendar
import HubModel
import HubPlan

/// Builds the values each template receives (documented in docs/templates.md). Every value from
/// content is plain text here — the template engine escapes it — except `intro_html`,
/// `body_html` (cmark-gfm's safe HTML) and `json_ld` (escaped for `<script>`). URLs pass
/// through `Escaping.safeURL`, so only http, https, mailto and tel links reach a page.
public struct PageContexts: Sendable {
    public let content: ContentSet
    /// The plan of the pages in this language.
    public let plan: SitePlan
    /// The whole site's plan, every language's pages: where each page's counterparts are.
    public let wholePlan: SitePlan
    /// The words of the pages' language.
    public let words: Words
    /// Dates as the pages' language writes them.
    public let dates: HumanDates
    public var today: LocalDate { plan.today }
    public let zone: ZonedTime
    let hubTitles: [String: String]
    /// Every hub's slug, by title (then slug): the one order lists of all hubs use.
    let hubsByTitle: [(slug: String, title: String)]
    /// Each hub's region, by slug (for hubs that name one).
    let hubRegions: [String: String]
    /// Each hub's lead organisations, by slug: an opportunity without a picture is shared with
    /// its hub's logo.
    let hubOrganisations: [String: [Organisation]]
    /// Renders the `card` of each event in a list.
    let cards: EventCards
    /// Writes a meeting's calendar file for its "Download (.ics)" link (none without it).
    let ics: ICalendarWriter?
    /// Each language of the site by its name in itself ("Cymraeg"), for the language switcher.
    let languageNames: [String: String]

    /// Contexts whose event cards are rendered with `templates` as pages ask for them.
    public init(content: ContentSet, plan: SitePlan, zone: ZonedTime, templates: TemplateSet,
                ics: ICalendarWriter? = nil, site: SitePlan? = nil) {
        self.content = content
        self.ics = ics
        self.plan = plan
        self.wholePlan = site ?? plan
        var names: [String: String] = [:]
        if content.config.languages.count > 1 {
            for code in content.config.languages { names[code] = Words.builtIn(for: code)?.texts["lang_name"] }
        }
        languageNames = names
        self.words = templates.words
        let dates = HumanDates(words: templates.words)
        self.dates = dates
        self.zone = zone
        var titles: [String: String] = [:]
        for hub in content.hubs { titles[hub.slug] = hub.title }
        self.hubTitles = titles
        self.hubsByTitle = titles.map { (slug: $0.key, title: $0.value) }.sorted { ($0.title, $0.slug) < ($1.title, $1.slug) }
        self.hubOrganisations = Dictionary(content.hubs.map { ($0.slug, $0.organisations) }, uniquingKeysWith: { a, _ in a })
        self.hubRegions = Dictionary(content.hubs.compactMap { hub in hub.region.map { (hub.slug, $0) } }, uniquingKeysWith: { a, _ in a })
        self.cards = EventCards(templates: templates, zone: zone, today: plan.today, hubTitles: titles,
                                site: SiteValues(content.config, activities: !plan.activities.isEmpty), dates: dates)
    }

    var config: SiteConfig { content.config }

    public func site() -> SiteValues {
        SiteValues(config, activities: !plan.activities.isEmpty)
    }

    /// The language of the pages, as `<html lang>` gives it.
    public var language: String { plan.language ?? config.language }

    /// Links from the page at `path`, in the pages' language.
    public func links(_ path: String) -> PageLinks {
        guard plan.language != nil else { return PageLinks(page: path, baseURL: config.baseURL) }
        let plan = plan
        return PageLinks(page: path, baseURL: config.baseURL, prefix: plan.prefix, localise: plan.inLanguage)
    }

    /// What every page gets: site, root, page metadata and navigation state.
    /// - Parameter pictures: the page's own pictures to share it with, first choice first (path
    ///   under content/ and alt text); the site's `share_image` comes after them.
    public func common(_ links: PageLinks, title: String, description: String, section: NavState.Section, ogType: String = "website",
                       pictures: [(path: String?, alt: String?)] = []) -> CommonValues {
        var page = PageInfo(title: title, description: Excerpt.of(description, limit: 300), canonical: links.absolute(links.page),
                            ogType: ogType, path: links.page)
        page.language = language
        page.image = shareImage(pictures + [(config.shareImage, config.shareImageAlt)])
        if let file = wholePlan.file(at: links.page) {
            let counterparts = wholePlan.counterparts(of: file)
            if counterparts.count > 1 {
                page.alternates = counterparts.map { other in
                    let code = other.language ?? config.language
                    let relative = links.root + other.outputPath
                    return PageInfo.Alternate(language: code, name: languageNames[code] ?? code,
                                              url: relative, href: config.baseURL.map { $0 + other.path } ?? relative,
                                              current: other.path == file.path)
                }
            }
        }
        return CommonValues(root: links.root, languageRoot: links.languageRoot, site: site(), page: page, nav: NavState(section: section))
    }

    // MARK: Pieces

    /// The first picture with alt text whose pixel size loading read (a PNG, JPEG or WebP file
    /// under content/) and that sharing sites show (at least 200 × 200 pixels); none without a
    /// base URL, since a share preview needs an absolute address.
    func shareImage(_ pictures: [(path: String?, alt: String?)]) -> PageInfo.ShareImage? {
        guard let base = config.baseURL else { return nil }
        for case let (path?, alt?) in pictures where !alt.isEmpty && !path.contains("..") {
            guard let size = content.imageSizes[path], let type = PixelSize.mimeType(ofPath: path),
                  size.width >= PixelSize.smallestShared, size.height >= PixelSize.smallestShared else { continue }
            return PageInfo.ShareImage(url: base + SitePaths.asset(path), type: type, width: size.width, height: size.height, alt: alt)
        }
        return nil
    }

    /// A hub's logos as pictures to share a page with, in the order the page shows them.
    func logoPictures(of organisations: [Organisation]?) -> [(path: String?, alt: String?)] {
        organisations?.map { ($0.logo, $0.logoAlt) } ?? []
    }

    func email(_ value: String?) -> String? {
        guard let value, !value.isEmpty, !value.contains(where: { $0.isWhitespace || $0 == "?" || $0 == "&" }) else { return nil }
        return Escaping.safeURL("mailto:" + value)
    }

    func phone(_ value: String?) -> String? {
        guard let value else { return nil }
        let digits = value.filter { $0.isASCII && ($0.isNumber || $0 == "+") }
        return digits.isEmpty ? nil : "tel:" + digits
    }

    static func whereText(location: String?, online: Bool, words: Words) -> String {
        switch (location, online) {
        case (let place?, true): return words.format("where_both", ["place": place])
        case (let place?, false): return place
        case (nil, true): return words["where_online"]
        case (nil, false): return words["where_unknown"]
        }
    }

    /// One event as a list shows it: its values, and its `card` ready-made.
    func eventCard(_ event: CalendarEvent, links: PageLinks) -> EventCardValues {
        EventCardValues(event: event, links: links, cards: cards)
    }

    func nextMeeting(_ hub: Hub) -> Meeting? {
        hub.meetings.filter { $0.date >= today }.min { ($0.date, $0.start?.minutesSinceMidnight ?? 0) < ($1.date, $1.start?.minutesSinceMidnight ?? 0) }
    }

    public func hubCard(_ hub: Hub, links: PageLinks) -> HubCardValues {
        let names = hub.organisations.map(\.name).filter { !$0.isEmpty }
        return HubCardValues(title: hub.title, url: links.to(SitePaths.hub(hub.slug)), region: hub.region,
                             regionURL: hub.region.map { links.to(SitePaths.region(SitePaths.slugify($0))) },
                             leadOrganisations: names.isEmpty ? nil : names.joined(separator: " and "),
                             nextMeeting: nextMeeting(hub).map { dates.date($0.date) + ($0.start.map { ", \($0)" } ?? "") })
    }

    // MARK: Pages

    public func index(hubs: [Hub], links: PageLinks, region: String?) -> IndexPage {
        let regionNames = plan.regions
        let heading = region.map { words.format("index_region_title", ["region": $0]) } ?? config.title
        let intro = words["index_intro"]
        return IndexPage(
            common: common(links, title: region.map { words.format("index_region_title", ["region": $0]) } ?? words["index_title"],
                           description: intro, section: .hubs),
            heading: heading, intro: intro,
            listHeading: region.map { words.format(hubs.count == 1 ? "index_count_one" : "index_count_other",
                                                   ["count": String(hubs.count), "region": $0]) } ?? words["index_all_hubs"],
            hubs: hubs.map { hubCard($0, links: links) },
            hasRegions: regionNames.count > 1 || region != nil,
            regionSelected: region != nil,
            regions: regionNames.map { name in
                IndexPage.Region(name: name, url: links.to(SitePaths.region(SitePaths.slugify(name))), current: name == region,
                                 count: content.hubs.filter { $0.region == name }.count)
            },
            upcoming: plan.upcoming(onIndexOf: region).map { eventCard($0, links: links) })
    }

    public func hub(_ hub: Hub, links: PageLinks) -> HubPage {
        let description = hub.body.plainText.isEmpty ? words.format("hub_description", ["hub": hub.title]) : Excerpt.of(hub.body.plainText, limit: 200)
        let meetings = hub.meetings.sorted { ($0.date, $0.start?.minutesSinceMidnight ?? 0) < ($1.date, $1.start?.minutesSinceMidnight ?? 0) }
        let meetingEvents = plan.events(ofHub: hub.slug).filter { $0.kind == .meeting }
        var value = HubPage.Hub(
            title: hub.title, slug: hub.slug,
            region: hub.region, regionURL: hub.region.map { links.to(SitePaths.region(SitePaths.slugify($0))) },
            updatedHuman: hub.updated.map(dates.shortDate),
            introHTML: links.html(of: hub.body), feedURL: links.to(SitePaths.hubFeed(hub.slug)),
            organisations: hub.organisations.compactMap { organisation in
                guard let logo = organisation.logo.flatMap(SitePaths.publishedAsset) else { return nil }
                return HubPage.Organisation(name: organisation.name, url: organisation.url.flatMap(Escaping.safeURL),
                                            logoSrc: links.to(logo), logoAlt: organisation.logoAlt ?? organisation.name)
            },
            leads: hub.leads.map { lead in
                let emailHref = email(lead.email), phoneHref = phone(lead.phone)
                return HubPage.Lead(name: lead.name, role: lead.role, jobTitle: lead.jobTitle, organisation: lead.organisation,
                                    email: emailHref == nil ? nil : lead.email, emailHref: emailHref,
                                    phone: phoneHref == nil ? nil : lead.phone, phoneHref: phoneHref)
            },
            contact: {
                let emailHref = email(hub.contact.email), phoneHref = phone(hub.contact.phone)
                return HubPage.Contact(email: emailHref == nil ? nil : hub.contact.email, emailHref: emailHref,
                                       phone: phoneHref == nil ? nil : hub.contact.phone, phoneHref: phoneHref,
                                       url: hub.contact.url.flatMap(Escaping.safeURL))
            }(),
            getInvolved: hub.getInvolved.map(getInvolved),
            submitOpportunity: hub.submitOpportunity.map(submitOpportunity),
            localPicture: hub.localPicture.map { figure in
                HubPage.Figure(value: figure.value, counts: figure.counts, sourceName: figure.source?.name,
                               sourceURL: figure.source?.url.flatMap(Escaping.safeURL), sourceYear: figure.source?.year)
            },
            resources: hub.resources.compactMap { resource($0, links: links) },
            funders: hub.funders.map { supporter($0, links: links) },
            supporters: hub.supporters.map { supporter($0, links: links) },
            social: hub.social.compactMap { address in
                guard address.lowercased().hasPrefix("https://") || address.lowercased().hasPrefix("http://"), let url = Escaping.safeURL(address) else { return nil }
                let network = SocialNetwork.of(address)
                guard network == .website else {
                    return HubPage.SocialLink(url: url, network: network.rawValue, text: network.name,
                                              label: words.format("hub_social_on", ["hub": hub.title, "network": network.name]))
                }
                let host = SocialNetwork.host(of: address) ?? address
                return HubPage.SocialLink(url: url, network: network.rawValue, text: host, label: words.format("hub_social_site", ["hub": hub.title, "host": host]))
            },
            hashtags: hub.hashtags.map { LineValue(text: "#" + ($0.hasPrefix("#") ? String($0.dropFirst()) : $0)) },
            shown: ShownFields(FieldTables.hub, of: hub.details, links: links),
            memberGroups: MemberType.allCases.compactMap { type in
                let members = hub.members.filter { $0.type == type }
                guard !members.isEmpty else { return nil }
                return HubPage.MemberGroup(label: words["member_" + type.rawValue], members: members.map { HubPage.Member(name: $0.name) })
            },
            meetingsUpcoming: meetings.filter { $0.date >= today }.map { upcoming in
                meeting(upcoming, event: meetingEvents.first { $0.start.date == upcoming.date && $0.start.time == upcoming.start },
                        hub: hub, links: links)
            },
            meetingsPast: meetings.filter { $0.date < today }.reversed().map { meeting($0) },
            actionPlan: hub.actionPlan.map { plan in
                HubPage.ActionPlan(reviewedHuman: plan.reviewed.map(dates.shortDate), actions: plan.actions.map { action in
                    HubPage.Action(action: action.action, aim: action.aim ?? "—", lead: action.lead ?? "—", due: action.due?.iso,
                                   dueHuman: action.due.map(dates.shortDate) ?? "—",
                                   status: action.status.map { words["action_" + $0.rawValue] } ?? "—", statusClass: action.status?.rawValue ?? "none")
                })
            },
            opportunities: plan.events(ofHub: hub.slug).filter { $0.kind == .opportunity && $0.isUpcoming(today: today) }
                .map { eventCard($0, links: links) })
        let activities = plan.activities(ofHub: hub.slug)
        if !activities.isEmpty {
            value.activities = activities.prefix(3).map { activityCard($0, links: links) }
            value.activitiesURL = links.to(SitePaths.hubActivities(hub.slug))
        }
        return HubPage(common: common(links, title: hub.title, description: description, section: .hubs, pictures: logoPictures(of: hub.organisations)), hub: value,
                       jsonLD: HubJSONLD.render(hub, email: value.contact.email, accounts: value.social.map(\.url), links: links, config: config))
    }

    /// How to get involved, each way to join a link that is safe to show.
    func getInvolved(_ involved: GetInvolved) -> HubPage.GetInvolved {
        var actions: [HubPage.JoinAction] = []
        if let href = email(involved.email) {
            let text = involved.person.map { words.format("hub_join_email", ["person": $0]) } ?? words["hub_join_email_hub"]
            actions.append(HubPage.JoinAction(url: href, text: text, email: involved.email))
        }
        if let url = involved.formURL.flatMap(Escaping.safeURL) { actions.append(HubPage.JoinAction(url: url, text: words["hub_join_form"])) }
        if let url = involved.mailingListURL.flatMap(Escaping.safeURL) { actions.append(HubPage.JoinAction(url: url, text: words["hub_join_list"])) }
        return HubPage.GetInvolved(text: involved.text, person: involved.person, actions: actions,
                                   commitments: involved.commitments.map { LineValue(text: $0) })
    }

    /// A file to download, where it is one the site publishes (listed with its size under
    /// content/) of a kind the page offers.
    func resource(_ resource: Resource, links: PageLinks) -> HubPage.Resource? {
        guard let file = resource.file, let bytes = content.fileSizes[file], let type = DocumentType.of(path: file),
              let path = SitePaths.publishedAsset(file) else { return nil }
        let siteLanguage = content.config.languages.first ?? "en-GB"
        let language = resource.language ?? siteLanguage
        let pageLanguage = content.language ?? siteLanguage
        let primary = { (code: String) in code.split(separator: "-").first.map { $0.lowercased() } ?? code.lowercased() }
        let name = primary(language) == primary(pageLanguage) ? nil
            : Words.builtIn(for: language)?.texts["lang_name"] ?? Locale(identifier: language).localizedString(forLanguageCode: language) ?? language
        let typeName = type.format.map { words.format(type.wordKey, ["format": $0]) } ?? words.texts[type.wordKey] ?? type.wordKey
        return HubPage.Resource(title: resource.title ?? String(file.split(separator: "/").last ?? Substring(file)), url: links.to(path),
                                description: resource.description, type: typeName, size: DocumentType.sizeText(bytes: bytes),
                                mimeType: type.mimeType, language: language, languageName: name)
    }

    /// A funder or supporter, its logo only where the file is under content/.
    func supporter(_ organisation: Organisation, links: PageLinks) -> HubPage.Supporter {
        let logo = organisation.logo.flatMap(SitePaths.publishedAsset).map(links.to)
        return HubPage.Supporter(name: organisation.name, url: organisation.url.flatMap(Escaping.safeURL), logoSrc: logo,
                                 logoAlt: organisation.logoAlt ?? organisation.name)
    }

    /// How to send the hub an opportunity, each way a link that is safe to show.
    func submitOpportunity(_ submit: SubmitOpportunity) -> HubPage.SubmitOpportunity {
        var actions: [HubPage.JoinAction] = []
        if let href = email(submit.email) { actions.append(HubPage.JoinAction(url: href, text: words["hub_submit_email"], email: submit.email)) }
        if let url = submit.formURL.flatMap(Escaping.safeURL) { actions.append(HubPage.JoinAction(url: url, text: words["hub_submit_form"])) }
        return HubPage.SubmitOpportunity(text: submit.text, actions: actions)
    }

    /// A meeting as the hub page lists it; with its calendar event (an upcoming meeting), the
    /// links that add it to a calendar too.
    func meeting(_ meeting: Meeting, event: CalendarEvent? = nil, hub: Hub? = nil, links: PageLinks? = nil) -> MeetingValues {
        var values = MeetingValues(dateHuman: dates.date(meeting.date),
                                   datetime: zone.iso8601(LocalDateTime(date: meeting.date, time: meeting.start)),
                                   timeRange: HumanDates.timeRange(meeting.start, meeting.end), title: meeting.title,
                                   whereText: Self.whereText(location: meeting.place(toBeConfirmed: words["venue_to_be_confirmed"]),
                                                             online: meeting.isOnline, words: words),
                                   agendaURL: meeting.agendaURL.flatMap(Escaping.safeURL), minutesURL: meeting.minutesURL.flatMap(Escaping.safeURL))
        values.movedFromHuman = meeting.movedFrom.map(dates.date)
        if let venue = meeting.venue, let map = venue.mapURL {
            values.mapURL = map
            values.mapText = words.format("venue_map", ["place": venue.label])
        }
        // The date in the link's text: a hub page lists several meetings, each link's text its own.
        values.joinURL = meeting.joinURL.flatMap(Escaping.safeURL)
        values.joinText = values.joinURL.map { _ in words.format("meeting_join", ["date": dates.date(meeting.date)]) }
        values.joinOnBooking = meeting.joinOnBooking && values.joinURL == nil
        if let event, let hub, let links {
            let details = [event.description, links.absolute(links.page)].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: "\n\n")
            (values.googleURL, values.outlookURL) = CalendarLinks(zone: zone, online: words["where_online"]).links(event, details: details)
            if let ics {
                values.icsURL = CalendarLinks.dataURL(calendar: ics.calendar(named: event.title, events: [event]))
                values.icsName = "\(hub.slug)-\(meeting.date.iso).ics"
            }
        }
        return values
    }

    public func opportunity(_ opportunity: Opportunity, event: CalendarEvent, links: PageLinks) -> OpportunityPage {
        let description = opportunity.body.plainText.isEmpty ? opportunity.title : Excerpt.of(opportunity.body.plainText, limit: 200)
        let organiser: (String, String?)
        if let first = opportunity.hubs.first, let title = hubTitles[first] {
            organiser = (title, links.absolute(SitePaths.hub(first)))
        } else {
            organiser = (config.title, links.absolute(""))
        }
        // A repeating opportunity lists its next dates, and links add the next one.
        let series = plan.occurrences(ofSeries: event.id)
        let upcoming = series.filter { $0.isUpcoming(today: today) }
        let shown = Array(upcoming.prefix(12))
        let next = shown.first ?? event
        var note: String?
        if let info = event.series, upcoming.count > shown.count || info.cut {
            note = words.format("opportunity_dates_until", ["date": dates.shortDate(info.lastListed)]) + (info.cut ? words["opportunity_dates_goes_on"] : ".")
            if upcoming.count > shown.count { note = words.format("opportunity_dates_next", ["count": String(shown.count)]) }
        }
        let details = [Excerpt.of(opportunity.body.plainText, limit: 300), links.absolute(links.page)].compactMap { $0 }
            .filter { !$0.isEmpty }.joined(separator: "\n\n")
        let (google, outlook) = CalendarLinks(zone: zone, online: words["where_online"]).links(next, details: details)
        return OpportunityPage(
            common: common(links, title: opportunity.title, description: description, section: .calendar,
                           pictures: [(opportunity.image, opportunity.imageAlt)] + logoPictures(of: opportunity.hubs.first.flatMap { hubOrganisations[$0] })),
            event: eventCard(event, links: links), bodyHTML: links.html(of: opportunity.body),
            shown: ShownFields(FieldTables.opportunity, of: opportunity.details, links: links),
            icsURL: links.to(SitePaths.opportunityFeed(opportunity.slug)),
            jsonLD: EventJSONLD.render(series.isEmpty ? [event] : (shown.isEmpty ? [event] : shown), zone: zone,
                                       pageURL: links.absolute(links.page), organiser: organiser,
                                       imageURL: opportunity.image.flatMap { $0.contains("..") ? nil : links.absolute(SitePaths.asset($0)) },
                                       language: wholePlan.translations.isEmpty ? nil : language),
            dates: shown.map { eventCard($0, links: links) }, datesNote: note,
            changes: opportunity.changes.map { OpportunityPage.ChangeValues(text: $0) },
            googleURL: google, outlookURL: outlook,
            regions: regions(ofHubs: opportunity.hubs).map(NameValue.init),
            activityURL: opportunity.activity == nil ? nil : links.to(SitePaths.activity(opportunity.slug)))
    }

    /// The regions of these hubs, each once, in the hubs' order.
    func regions(ofHubs slugs: [String]) -> [String] {
        var seen: Set<String> = []
        return slugs.compactMap { hubRegions[$0] }.filter { seen.insert($0).inserted }
    }

    public func calendar(_ view: CalendarView, links: PageLinks) -> CalendarPage {
        var months: [CalendarPage.Month] = []
        var monthEvents: [EventCardValues] = []
        var current: (year: Int, month: Int)?
        func closeMonth() {
            guard let (year, month) = current else { return }
            months.append(CalendarPage.Month(id: "\(year)-\(month)", title: dates.month(year: year, month: month),
                                             url: links.to(SitePaths.month(year: year, month: month)), events: monthEvents,
                                             cards: cards.cards(for: monthEvents)))
            monthEvents = []
        }
        for event in plan.listed(in: view) {
            let (year, month) = (event.start.date.year, event.start.date.month)
            if current.map({ $0 != (year, month) }) ?? true {
                closeMonth()
                current = (year, month)
            }
            monthEvents.append(eventCard(event, links: links))
        }
        closeMonth()
        func link(_ other: CalendarView) -> CalendarPage.View {
            CalendarPage.View(label: other.texts(in: words).label, url: links.to(other.path), current: other.path == view.path)
        }
        let texts = view.texts(in: words)
        var page = CalendarPage(
            common: common(links, title: texts.heading, description: texts.intro, section: .calendar),
            heading: texts.heading, intro: texts.intro, feedURL: links.to(view.feed),
            views: plan.views.filter(\.isMain).map(link),
            months: months, emptyText: words[view.past ? "calendar_past_empty" : "calendar_empty"])
        page.regionViews = plan.views.filter { $0.region != nil && $0.audience == nil }.map(link)
        page.categoryViews = plan.views.filter { $0.category != nil }.map(link)
        func opportunitiesLink(_ hub: (slug: String, title: String)) -> HubLink {
            HubLink(title: hub.title, url: links.to(SitePaths.hub(hub.slug)) + "#opportunities")
        }
        if let region = view.region {
            let members = plan.hubs(inRegion: region)
            page.regionHubs = hubsByTitle.filter { members.contains($0.slug) }.map(opportunitiesLink)
        }
        page.hubs = hubsByTitle.map(opportunitiesLink)
        page.subscribeURL = Self.webcal(links.absolute(view.feed))
        page.subscribeHelpURL = links.to(SitePaths.subscribe)
        return page
    }

    /// `webcal://host/path` for a feed's `https://` address: the link calendar apps open.
    static func webcal(_ address: String?) -> String? {
        guard let address, let colon = address.range(of: "://") else { return nil }
        return "webcal" + address[colon.lowerBound...]
    }

    /// How to subscribe: every feed, grouped.
    public func subscribe(links: PageLinks) -> SubscribePage {
        func feed(_ label: String, _ path: String) -> SubscribePage.Feed {
            let address = links.absolute(path)
            return SubscribePage.Feed(label: label, url: links.to(path), address: address, webcal: Self.webcal(address))
        }
        func label(_ view: CalendarView) -> String { view.texts(in: words).label }
        var groups = [SubscribePage.FeedGroup(title: words["subscribe_whole"],
                                              feeds: plan.views.filter { $0.isMain && !$0.past }.map { feed(label($0), $0.feed) })]
        let regions = plan.views.filter { $0.region != nil }
        if !regions.isEmpty { groups.append(SubscribePage.FeedGroup(title: words["subscribe_by_region"], feeds: regions.map { feed(label($0), $0.feed) })) }
        if !hubsByTitle.isEmpty {
            groups.append(SubscribePage.FeedGroup(title: words["subscribe_by_hub"], feeds: hubsByTitle.map { feed($0.title, SitePaths.hubFeed($0.slug)) }))
        }
        let categories = plan.views.filter { $0.category != nil }
        if !categories.isEmpty {
            groups.append(SubscribePage.FeedGroup(title: words["subscribe_by_category"], feeds: categories.map { feed(label($0), $0.feed) }))
        }
        return SubscribePage(common: common(links, title: words["subscribe_title"], description: words["subscribe_description"], section: .calendar),
                             groups: groups, published: config.baseURL != nil)
    }

    /// The accessibility statement, from `accessibility:` in hubsite.yml; the site is run by its
    /// title's owners when no organisation is named.
    // MARK: Activities

    /// An activity in a list: its page, its date and its summary.
    func activityCard(_ activity: Activity, links: PageLinks) -> ActivityCard {
        ActivityCard(title: activity.title, url: links.to(SitePaths.activity(activity.slug)), date: activity.date?.iso,
                     dateHuman: activity.date.map(dates.date), summary: activity.summary,
                     hubs: activity.hubs.compactMap { slug in hubTitles[slug].map { HubLink(title: $0, url: links.to(SitePaths.hub(slug))) } })
    }

    public func activity(_ activity: Activity, links: PageLinks) -> ActivityPage {
        var figures: [LineValue] = []
        if let reached = activity.figures {
            for (count, key) in [(reached.people, "activity_people"), (reached.schools, "activity_schools"), (reached.settings, "activity_settings")] {
                if let count { figures.append(LineValue(text: words.count(count, one: key + "_one", other: key + "_other"))) }
            }
        }
        let photos = activity.photos.compactMap { photo -> ActivityPage.PhotoValue? in
            guard let file = photo.file, let path = SitePaths.publishedAsset(file) else { return nil }
            let size = content.imageSizes[file]
            return ActivityPage.PhotoValue(src: links.to(path), alt: photo.alt ?? "", caption: photo.caption, width: size?.width, height: size?.height)
        }
        let card = activityCard(activity, links: links)
        return ActivityPage(
            common: common(links, title: activity.title, description: activity.summary ?? activity.title, section: .activities, ogType: "article",
                           pictures: activity.photos.map { ($0.file, $0.alt) }),
            activity: card, figures: figures,
            funders: activity.funders.map { supporter($0, links: links) }, partners: activity.partners.map { supporter($0, links: links) },
            photos: photos, bodyHTML: links.html(of: activity.body),
            opportunityURL: activity.opportunity.map { links.to(SitePaths.opportunity($0)) },
            hubActivitiesURL: activity.hubs.first(where: { hubTitles[$0] != nil }).map { links.to(SitePaths.hubActivities($0)) })
    }

    /// The network's activities (`hub` nil), or one hub's, newest first.
    public func activities(hub slug: String?, links: PageLinks) -> ActivitiesPage {
        let listed = slug.map { plan.activities(ofHub: $0) } ?? plan.activities
        let hub = slug.flatMap { slug in hubTitles[slug].map { HubLink(title: $0, url: links.to(SitePaths.hub(slug))) } }
        let heading = hub.map { words.format("activities_hub_heading", ["hub": $0.title]) } ?? words["activities_title"]
        let intro = hub.map { words.format("activities_hub_intro", ["hub": $0.title]) } ?? words["activities_intro"]
        return ActivitiesPage(
            common: common(links, title: heading, description: intro, section: .activities),
            heading: heading, intro: intro, activities: listed.map { activityCard($0, links: links) },
            feedURL: links.to(slug.map(SitePaths.hubActivitiesFeed) ?? SitePaths.activitiesFeed), hub: hub)
    }

    public func accessibility(links: PageLinks) -> AccessibilityPage {
        let statement = config.accessibility
        let organisation = statement.organisation ?? config.title
        return AccessibilityPage(
            common: common(links, title: words["accessibility_title"], description: words.format("accessibility_description", ["site": config.title]), section: .none),
            heading: words.format("accessibility_heading", ["site": config.title]),
            runBy: words.format("accessibility_run_by", ["organisation": organisation]),
            committed: words.format("accessibility_committed", ["organisation": organisation]),
            email: statement.email, emailURL: email(statement.email),
            phone: statement.phone, phoneURL: phone(statement.phone),
            knownIssues: statement.knownIssues.map { NameValue(name: $0) },
            prepared: statement.prepared.map { words.format("accessibility_prepared", ["date": dates.date($0)]) },
            reviewed: statement.reviewed.map { words.format("accessibility_reviewed", ["date": dates.date($0)]) })
    }

    public func month(_ shown: YearMonth, links: PageLinks) -> MonthPage {
        let (year, month) = (shown.year, shown.month)
        let (previous, next) = plan.neighbours(of: shown)
        let grid = MonthGrid(year: year, month: month, events: plan.events)
        let title = dates.month(year: year, month: month)
        func link(_ other: YearMonth) -> MonthPage.MonthLink {
            MonthPage.MonthLink(title: dates.month(year: other.year, month: other.month),
                                url: links.to(SitePaths.month(year: other.year, month: other.month)))
        }
        return MonthPage(
            common: common(links, title: title, description: words.format("month_description", ["month": title]), section: .calendar),
            title: title, previous: previous.map(link), next: next.map(link),
            weekdays: zip(dates.weekdays, dates.shortWeekdays).map { MonthPage.Weekday(name: $0, short: $1) },
            weeks: grid.weeks.map { week in
                MonthPage.Week(days: week.map { day in
                    MonthPage.Day(day: day.date.day, inMonth: day.inMonth, today: day.date == today, events: day.events.map { event in
                        MonthPage.DayEvent(title: event.title, url: links.to(event.page),
                                           time: event.start.date == day.date ? event.start.time?.description : nil,
                                           status: event.status == .scheduled ? nil : cards.statuses[event.status] ?? event.status.label,
                                           isCancelled: event.status == .cancelled)
                    })
                })
            })
    }
}
