import Foundation

/// Where each page lives in the built site, relative to its root. One place, so that the
/// renderer, the link checker and the calendar agree.
public enum SitePaths {
    /// A link to a page of the site as it must be written in HTML: site-rooted paths become
    /// relative, `rootPrefix` being the path from the page to the site root (so the site works
    /// under a subpath), and folder links name `index.html` (so they work opened from disk).
    /// Query and fragment are kept.
    public static func pageLink(_ url: String, rootPrefix: String) -> String {
        var (path, suffix) = splitSuffix(url)
        if path.hasPrefix("/") { path = rootPrefix + path.dropFirst() }
        if path.hasSuffix("/") || path.isEmpty { path += "index.html" }
        return path + suffix
    }

    /// An address as its path and what follows it (`?query`, `#fragment`).
    public static func splitSuffix(_ url: String) -> (path: String, suffix: String) {
        guard let cut = url.firstIndex(where: { $0 == "?" || $0 == "#" }) else { return (url, "") }
        return (String(url[..<cut]), String(url[cut...]))
    }

    public static let index = ""
    public static let calendar = "calendar/"
    public static let calendarPast = "calendar/past/"
    public static let calendarFeed = "calendar.ics"
    public static let opportunitiesFeed = "opportunities.xml"
    public static let sitemap = "sitemap.xml"
    public static let accessibility = "accessibility/"
    /// Each old address and where it went, for hosts that read the file (Netlify, Cloudflare Pages).
    public static let redirects = "_redirects"
    public static let notFound = "404.html"
    public static let stylesheet = "assets/site.css"
    public static let health = "health/"
    public static let healthJSON = "health/health.json"
    public static func health(sortedBy criterion: String) -> String { "health/\(criterion)/" }

    /// An old address as `aliases:` gives it (`/hubs/old/`, `hubs/old`, `south.html`), as a path
    /// of the site (`hubs/old/`, `south.html`): no leading slash, a folder's trailing slash
    /// added. Nil for what is not a path of the site: empty, another site's address, a query
    /// or fragment, `..`, `.` or a backslash, spaces or control characters.
    public static func alias(_ written: String) -> String? {
        let trimmed = written.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty, !trimmed.contains("://"), !trimmed.hasPrefix("//"),
              !trimmed.contains(where: { $0 == "?" || $0 == "#" || $0 == "\\" || $0 == " " || $0.isNewline || ($0.asciiValue.map { $0 < 0x20 } ?? false) })
        else { return nil }
        let segments = trimmed.split(separator: "/", omittingEmptySubsequences: true)
        guard !segments.isEmpty, !segments.contains(where: { $0 == ".." || $0 == "." }) else { return nil }
        let path = segments.joined(separator: "/")
        // A file's address (south.html) stays one; anything else names a folder's page.
        let last = segments[segments.count - 1]
        return last.contains(".") && !trimmed.hasSuffix("/") ? path : path + "/"
    }

    /// The slug an old address had as a hub's page (`hubs/old/` → `old`) or an opportunity's
    /// (`opportunities/old/` → `old`); nil for an alias that was no such page.
    public static func oldSlug(ofAlias alias: String, hub: Bool) -> String? {
        let parts = alias.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[2].isEmpty, !parts[1].isEmpty, parts[0] == (hub ? "hubs" : "opportunities") else { return nil }
        return String(parts[1])
    }

    /// Where the calendar file of an old address was: a hub's (`hubs/old/` →
    /// `hubs/old/calendar.ics`) or an opportunity's (`opportunities/old/` →
    /// `opportunities/old/old.ics`); nil for an alias that was no such page.
    public static func oldFeed(ofAlias alias: String, hub: Bool) -> String? {
        oldSlug(ofAlias: alias, hub: hub).map { hub ? hubFeed($0) : opportunityFeed($0) }
    }

    /// The slug a page is known by in calendars: the one of its first old address that was such
    /// a page (`aliases`, oldest first), else its own. A renamed file's events keep the UIDs
    /// subscribers' calendars hold.
    public static func calendarSlug(_ slug: String, aliases: [String], hub: Bool) -> String {
        aliases.lazy.compactMap { alias($0).flatMap { oldSlug(ofAlias: $0, hub: hub) } }.first ?? slug
    }

    public static func hub(_ slug: String) -> String { "hubs/\(slug)/" }
    public static func hubFeed(_ slug: String) -> String { "hubs/\(slug)/calendar.ics" }
    public static func opportunity(_ slug: String) -> String { "opportunities/\(slug)/" }
    /// What the hubs have done: the network's list and its Atom feed, each activity's page, and
    /// each hub's list and feed.
    public static let activities = "activities/"
    public static let activitiesFeed = "activities.xml"
    public static func activity(_ slug: String) -> String { "activities/\(slug)/" }
    /// The page of a content file of `kind`.
    public static func page(of kind: ContentKind, slug: String) -> String {
        switch kind {
        case .hub: return hub(slug)
        case .opportunity: return opportunity(slug)
        case .activity: return activity(slug)
        }
    }
    public static func hubActivities(_ slug: String) -> String { "hubs/\(slug)/activities/" }
    public static func hubActivitiesFeed(_ slug: String) -> String { "hubs/\(slug)/activities.xml" }
    public static func opportunityFeed(_ slug: String) -> String { "opportunities/\(slug)/\(slug).ics" }
    public static func audience(_ audience: Audience) -> String { "calendar/\(audience.rawValue)/" }
    public static func audienceFeed(_ audience: Audience) -> String { "calendar/\(audience.rawValue).ics" }
    /// A region's calendar (`calendar/regions/south-west/`), or one audience's within it.
    public static func regionCalendar(_ slug: String, _ audience: Audience? = nil) -> String {
        "calendar/regions/\(slug)/" + (audience.map { "\($0.rawValue)/" } ?? "")
    }
    public static func regionCalendarFeed(_ slug: String, _ audience: Audience? = nil) -> String {
        "calendar/regions/\(slug)" + (audience.map { "/\($0.rawValue)" } ?? "") + ".ics"
    }
    public static func categoryCalendar(_ slug: String) -> String { "calendar/categories/\(slug)/" }
    public static func categoryCalendarFeed(_ slug: String) -> String { "calendar/categories/\(slug).ics" }
    /// Full-text search, and the folder Pagefind writes its index into.
    public static let search = "search/"
    public static let searchIndex = "pagefind/"
    /// How to subscribe to the calendars.
    public static let subscribe = "calendar/subscribe/"
    public static func month(year: Int, month: Int) -> String {
        "calendar/\(year)/" + (month < 10 ? "0" : "") + "\(month)/"
    }
    public static func region(_ slug: String) -> String { "regions/\(slug)/" }
    /// Files from `content/` (logos, documents) keep their path under the site root.
    public static func asset(_ contentRelative: String) -> String { contentRelative }

    /// The site path of a file named under `content/`, or nil for a name that reaches outside
    /// it (an absolute path, `..`), which no page links to.
    public static func publishedAsset(_ contentRelative: String) -> String? {
        contentRelative.hasPrefix("/") || contentRelative.contains("..") ? nil : asset(contentRelative)
    }

    /// `../../` for `hubs/south/`, `` for the root: the way back to the site root from a page.
    public static func rootPrefix(for path: String) -> String {
        let depth = path.split(separator: "/", omittingEmptySubsequences: true).count - (path.hasSuffix("/") || path.isEmpty ? 0 : 1)
        return String(repeating: "../", count: max(0, depth))
    }

    /// A URL-safe slug for a free-text name such as a region ("South West" → "south-west").
    public static func slugify(_ text: String) -> String {
        var result = ""
        var pendingHyphen = false
        for scalar in text.lowercased().unicodeScalars {
            if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
                if pendingHyphen, !result.isEmpty { result.append("-") }
                pendingHyphen = false
                result.unicodeScalars.append(scalar)
            } else {
                pendingHyphen = true
            }
        }
        return result.isEmpty ? "other" : result
    }
}
