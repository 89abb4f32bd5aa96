import Foundation
import HubModel
import HubContent

/// "Is easily accessible" (003): links between pages work, and no two pages collide at one
/// address (also in different letter case, since some static hosts ignore case).
public struct LinksRule: SiteRule {
    public static let id = "links"
    public init() {}

    public func check(_ context: RuleContext, findings: inout Findings) {
        let content = context.content
        reportCaseCollisions(content.hubs.map { ($0.slug, $0.file) }, kind: "hub", findings: &findings)
        reportCaseCollisions(content.opportunities.map { ($0.slug, $0.file) }, kind: "opportunity", findings: &findings)
        let known = Self.knownPaths(content)
        for hub in content.hubs {
            checkLinks(hub.body.links, file: hub.file, page: SitePaths.hub(hub.slug), known: known, findings: &findings)
        }
        for opportunity in content.opportunities {
            checkLinks(opportunity.body.links, file: opportunity.file, page: SitePaths.opportunity(opportunity.slug), known: known, findings: &findings)
        }
    }

    func reportCaseCollisions(_ entries: [(slug: String, file: String)], kind: String, findings: inout Findings) {
        var seen: [String: String] = [:]
        for (slug, file) in entries {
            let key = slug.lowercased()
            if let first = seen[key] {
                findings.report("This \(kind) has the same address as \(first) (file names differ only in letter case), so one page would overwrite the other.",
                                at: SourceLocation(file: file, line: 1, column: 1),
                                hint: "Rename one of the two files; use lower-case file names throughout.")
            } else {
                seen[key] = file
            }
        }
    }

    /// Every page and file path the site will have (without a leading slash).
    static func knownPaths(_ content: ContentSet) -> Set<String> {
        var paths: Set<String> = [SitePaths.index, SitePaths.calendar, SitePaths.calendarPast, SitePaths.calendarFeed,
                                  SitePaths.opportunitiesFeed, SitePaths.sitemap, SitePaths.notFound]
        for audience in Audience.allCases {
            paths.insert(SitePaths.audience(audience))
            paths.insert(SitePaths.audienceFeed(audience))
        }
        for hub in content.hubs {
            paths.insert(SitePaths.hub(hub.slug))
            paths.insert(SitePaths.hubFeed(hub.slug))
            if let region = hub.region { paths.insert(SitePaths.region(SitePaths.slugify(region))) }
        }
        for opportunity in content.opportunities {
            paths.insert(SitePaths.opportunity(opportunity.slug))
            paths.insert(SitePaths.opportunityFeed(opportunity.slug))
        }
        for asset in content.assets { paths.insert(SitePaths.asset(asset)) }
        return paths
    }

    func checkLinks(_ links: [MarkdownLink], file: String, page: String, known: Set<String>, findings: inout Findings) {
        for link in links {
            let destination = link.destination
            if destination.isEmpty || destination.hasPrefix("#") || destination.hasPrefix("//") { continue }
            if let scheme = MarkdownRenderer.scheme(of: destination) {
                if !MarkdownRenderer.allowedSchemes.contains(scheme) {
                    findings.report("The link \"\(destination.prefix(80))\" uses '\(scheme):', which is not allowed and has been removed.",
                                    at: SourceLocation(file: file, line: link.line, column: link.column),
                                    hint: "Link only to http(s) web pages, email addresses (mailto:) or phone numbers (tel:).")
                }
                continue
            }
            guard let target = Self.resolve(destination, from: page) else {
                findings.report("The link \"\(destination.prefix(80))\" leaves the site.", at: SourceLocation(file: file, line: link.line, column: link.column),
                                hint: "Link to pages with paths such as '/hubs/south/' or '/calendar/'.")
                continue
            }
            if Self.exists(target, in: known) { continue }
            var hint = "Link to a page of this site such as '/hubs/<hub>/', '/opportunities/<opportunity>/' or '/calendar/'."
            if let guess = Suggestion.closest(to: target, in: Array(known).filter { !$0.isEmpty }) {
                hint = "Did you mean '/\(guess)'? " + hint
            }
            findings.report("The link \"\(destination.prefix(80))\" points to a page that does not exist in this site.",
                            at: SourceLocation(file: file, line: link.line, column: link.column), hint: hint)
        }
    }

    static func exists(_ target: String, in known: Set<String>) -> Bool {
        if known.contains(target) || known.contains(target + "/") { return true }
        if target.hasSuffix("index.html") {
            let folder = String(target.dropLast("index.html".count))
            if known.contains(folder) { return true }
        }
        // Month pages: calendar/YYYY/MM/
        let parts = target.split(separator: "/")
        if parts.count == 3, parts[0] == "calendar", let year = Int(parts[1]), let month = Int(parts[2]),
           parts[1].count == 4, parts[2].count == 2, (1...12).contains(month), year > 1900 {
            return true
        }
        return false
    }

    /// Resolves a relative or site-rooted destination against a page path; nil if it climbs
    /// above the site root.
    static func resolve(_ destination: String, from page: String) -> String? {
        var path = destination
        if let cut = path.firstIndex(where: { $0 == "?" || $0 == "#" }) { path = String(path[..<cut]) }
        path = path.removingPercentEncoding ?? path
        var stack: [Substring]
        if path.hasPrefix("/") {
            stack = []
        } else {
            stack = page.split(separator: "/")
        }
        let trailingSlash = path.hasSuffix("/") || path.isEmpty
        for component in path.split(separator: "/") {
            switch component {
            case ".": continue
            case "..":
                guard !stack.isEmpty else { return nil }
                stack.removeLast()
            default: stack.append(component)
            }
        }
        let joined = stack.joined(separator: "/")
        return joined.isEmpty ? "" : joined + (trailingSlash ? "/" : "")
    }
}
