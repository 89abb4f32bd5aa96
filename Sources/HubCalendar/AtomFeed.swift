import Foundation
import HubModel

/// An Atom 1.0 feed of opportunities, newest (latest start) first.
public struct AtomFeed: Sendable {
    public let title: String
    /// Absolute site URL with trailing slash, when known: the links use it.
    public let baseURL: String?
    /// The site's name in entry ids, `urn:hubsite:<siteID>:<path>`.
    public let siteID: String
    /// Entry ids made from the base URL instead, as sites without a `site_id` have always had
    /// them (changing them would show every entry twice in a feed reader); nil for `urn:` ids,
    /// which stay the same wherever the site is published.
    let idBase: String?
    public let updated: Date

    /// The words the feed is written in ("– cyfleoedd", "Cancelled"), the project's own where
    /// it has them; nil: the built-in English ones.
    let words: Words?
    /// The feed's `xml:lang`: set for a feed in another language than the site's default.
    let language: String?
    /// A default-language path as the feed's language has it (`cy/opportunities/x/` when the
    /// opportunity has a Welsh page).
    let localise: @Sendable (String) -> String

    public init(title: String, baseURL: String?, siteID: String, idsFromBaseURL: Bool = false, updated: Date, words: Words? = nil,
                language: String? = nil, localise: @escaping @Sendable (String) -> String = { $0 }) {
        self.idBase = idsFromBaseURL ? baseURL : nil
        self.words = words
        self.language = language
        self.localise = localise
        self.title = title
        self.baseURL = baseURL
        self.siteID = siteID
        self.updated = updated
    }

    /// A site path as the feed links it: absolute with a base URL, else relative to where the
    /// feed is (`../` from `cy/opportunities.xml`), as a feed reader resolves it.
    func url(_ path: String) -> String { (baseURL ?? SitePaths.rootPrefix(for: localise(SitePaths.opportunitiesFeed))) + localise(path) }

    func id(_ path: String) -> String {
        let path = localise(path)
        if let idBase { return idBase + path }
        return "urn:hubsite:\(siteID):" + (path.isEmpty ? "site" : path)
    }

    public func render(events: [CalendarEvent], zone: ZonedTime) -> String {
        var xml = ""
        _ = write(events: events, zone: zone) { xml += $0; return true }
        return xml
    }

    /// Hands the feed's pieces to `sink` as they are made (the head, each entry, the end): a
    /// large network's feed is several megabytes, written without being held whole.
    public func write(events: [CalendarEvent], zone: ZonedTime, to sink: (String) -> Bool) -> Bool {
        let stamp = ZonedTime.rfc3339(updated)
        var xml = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\""
        xml += (language.map { " xml:lang=\"\(Escaping.xml($0))\"" } ?? "") + ">\n"
        xml += "  <title>\(Escaping.xml(title)) – \(Escaping.xml(words?["feed_opportunities"] ?? "opportunities"))</title>\n"
        xml += "  <id>\(Escaping.xml(id(SitePaths.opportunitiesFeed)))</id>\n"
        xml += "  <updated>\(stamp)</updated>\n"
        xml += "  <author><name>\(Escaping.xml(title))</name></author>\n"
        xml += "  <generator>hubsite</generator>\n"
        if baseURL != nil {
            xml += "  <link rel=\"self\" type=\"application/atom+xml\" href=\"\(Escaping.xml(url(SitePaths.opportunitiesFeed)))\"/>\n"
            xml += "  <link rel=\"alternate\" type=\"text/html\" href=\"\(Escaping.xml(url(SitePaths.calendar)))\"/>\n"
        } else {
            xml += "  <link rel=\"alternate\" type=\"text/html\" href=\"\(Escaping.xml(url(SitePaths.calendar)))\"/>\n"
        }
        // Sorting positions, not events: moving whole events was a third of the feed's time.
        // A repeating opportunity is one entry (its first date), not one per date.
        let opportunities = events.indices.filter { events[$0].kind == .opportunity && events[$0].series?.isFirst != false }
            .sorted { (events[$0].start, events[$0].id) > (events[$1].start, events[$1].id) }
        guard sink(xml) else { return false }
        for event in opportunities.lazy.map({ events[$0] }) {
            guard sink(entry(event, stamp: stamp)) else { return false }
        }
        return sink("</feed>\n")
    }

    func entry(_ event: CalendarEvent, stamp: String) -> String {
        var text = ""
        // A status goes first in the title and the summary: a reader lists entries by title. A
        // repeating opportunity's entry stands for the series, so it has the series' status.
        let shown = event.series?.status ?? event.status
        let status = shown == .scheduled ? nil : words?["status_" + shown.rawValue] ?? shown.label
        var summary = (status.map { $0 + ". " } ?? "") + "\(Self.humanDate(event)). "
        if let location = event.location { summary += location + ". " } else if event.online { summary += (words?["where_online"] ?? "Online") + ". " }
        summary += event.description
        text += "  <entry>\n"
        text += "    <title>\(Escaping.xml((status.map { $0 + ": " } ?? "") + event.title))</title>\n"
        text += "    <id>\(Escaping.xml(id(event.page)))</id>\n"
        text += "    <updated>\(stamp)</updated>\n"
        text += "    <link rel=\"alternate\" type=\"text/html\" href=\"\(Escaping.xml(url(event.page)))\"/>\n"
        if let category = event.category { text += "    <category term=\"\(Escaping.xml(category))\"/>\n" }
        text += "    <summary>\(Escaping.xml(String(summary.leadingCharacters(600))))</summary>\n"
        text += "  </entry>\n"
        return text
    }

    static func humanDate(_ event: CalendarEvent) -> String {
        var text = event.start.date.iso
        if let time = event.start.time { text += " \(time)" }
        return text
    }
}
