import Foundation
import HubModel

/// An Atom 1.0 feed of activities (what the hubs have done), newest first: the network's, or
/// one hub's. Entry ids are `urn:hubsite:<siteID>:activities/<slug>/` (as opportunities' are
/// made from their page), `published` is the day it took place.
public struct ActivityFeed: Sendable {
    /// "South Hub – activities".
    public let title: String
    /// Who publishes it: the hub, or the site.
    public let author: String
    public let baseURL: String?
    public let siteID: String
    /// Ids from the base URL, as opportunities' are for sites without a `site_id`.
    let idBase: String?
    public let updated: Date
    /// The feed's own address and the page it is the feed of.
    public let path: String
    public let page: String
    let language: String?
    let localise: @Sendable (String) -> String

    public init(title: String, author: String, path: String, page: String, baseURL: String?, siteID: String, idsFromBaseURL: Bool = false, updated: Date,
                language: String? = nil, localise: @escaping @Sendable (String) -> String = { $0 }) {
        self.title = title
        self.author = author
        self.path = path
        self.page = page
        self.baseURL = baseURL
        self.siteID = siteID
        self.idBase = idsFromBaseURL ? baseURL : nil
        self.updated = updated
        self.language = language
        self.localise = localise
    }

    /// A site path as the feed links it: absolute with a base URL, else relative to where the
    /// feed is (`../../` from `hubs/south/activities.xml`), as a feed reader resolves it.
    func url(_ path: String) -> String { (baseURL ?? SitePaths.rootPrefix(for: self.path)) + localise(path) }

    func id(_ path: String) -> String {
        let path = localise(path)
        if let idBase { return idBase + path }
        return "urn:hubsite:\(siteID):" + path
    }

    public func render(_ activities: [Activity]) -> String {
        let stamp = ZonedTime.rfc3339(updated)
        var xml = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\""
        xml += (language.map { " xml:lang=\"\(Escaping.xml($0))\"" } ?? "") + ">\n"
        xml += "  <title>\(Escaping.xml(title))</title>\n"
        xml += "  <id>\(Escaping.xml(id(path)))</id>\n"
        xml += "  <updated>\(stamp)</updated>\n"
        xml += "  <author><name>\(Escaping.xml(author))</name></author>\n"
        xml += "  <generator>hubsite</generator>\n"
        if baseURL != nil { xml += "  <link rel=\"self\" type=\"application/atom+xml\" href=\"\(Escaping.xml(url(path)))\"/>\n" }
        xml += "  <link rel=\"alternate\" type=\"text/html\" href=\"\(Escaping.xml(url(page)))\"/>\n"
        for activity in activities {
            let page = SitePaths.activity(activity.slug)
            xml += "  <entry>\n"
            xml += "    <title>\(Escaping.xml(activity.title))</title>\n"
            xml += "    <id>\(Escaping.xml(id(page)))</id>\n"
            if let date = activity.date { xml += "    <published>\(date.iso)T00:00:00Z</published>\n" }
            xml += "    <updated>\(stamp)</updated>\n"
            xml += "    <link rel=\"alternate\" type=\"text/html\" href=\"\(Escaping.xml(url(page)))\"/>\n"
            let summary = [activity.date?.iso, activity.summary].compactMap { $0 }.joined(separator: ". ")
            xml += "    <summary>\(Escaping.xml(String(summary.leadingCharacters(600))))</summary>\n"
            xml += "  </entry>\n"
        }
        return xml + "</feed>\n"
    }
}
