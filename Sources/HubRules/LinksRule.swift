import Foundation
import HubModel
import HubPlan

/// "Is easily accessible" (003): links between pages work, and no two pages collide at one
/// address (also in different letter case, since some static hosts ignore case). Both are
/// read from the site plan: a link works when the plan has a file at its address.
public struct LinksRule: PlanRule {
    public static let id = RuleID.links
    public init() {}

    public func check(_ content: ContentSet, plan: SitePlan, findings: inout Findings) {
        // Two files at one address: the plan found them.
        for problem in plan.problems { findings.report(problem.message, at: problem.location, hint: problem.hint) }
        let known = Known(plan: plan, assets: Set(content.assets.map(SitePaths.asset)))
        for hub in content.hubs {
            checkLinks(hub.body.links, file: hub.file, page: SitePaths.hub(hub.slug), known: known, findings: &findings)
            checkAliases(hub.aliases, page: SitePaths.hub(hub.slug), example: "hubs/old-name/", fields: hub.fields, findings: &findings)
        }
        for opportunity in content.opportunities {
            checkLinks(opportunity.body.links, file: opportunity.file, page: SitePaths.opportunity(opportunity.slug), known: known, findings: &findings)
            checkAliases(opportunity.aliases, page: SitePaths.opportunity(opportunity.slug), example: "opportunities/old-name/",
                         fields: opportunity.fields, findings: &findings)
        }
        for activity in content.activities {
            checkLinks(activity.body.links, file: activity.file, page: SitePaths.activity(activity.slug), known: known, findings: &findings)
        }
        // A translation's text is on its language's page (`cy/hubs/cymru/`): its links are
        // checked from there, against every language's files.
        for translation in content.translations {
            guard let language = plan.translations.first(where: { $0.language == translation.language }) else { continue }
            let page = translation.language + "/" + SitePaths.page(of: translation.kind, slug: translation.slug)
            let inLanguage = Known(plan: language, assets: known.assets, also: plan)
            checkLinks(translation.body.links, file: translation.file, page: page, known: inLanguage, findings: &findings)
        }
    }

    /// A page's old addresses (`aliases:`) are paths of this site, other than its own (one
    /// taken by another file is among the plan's problems).
    func checkAliases(_ aliases: [String], page: String, example: String, fields: FieldLocations, findings: inout Findings) {
        for (index, written) in aliases.enumerated() {
            let location = fields.location(of: "aliases[\(index)]")
            guard let alias = SitePaths.alias(written) else {
                findings.report("\"\(written.prefix(80))\" in 'aliases' is not an address of this site, so no page can be kept there.", at: location,
                                hint: "Write the old address as a path from the site's root, as it was published, e.g. '\(example)' (no https://, no spaces).")
                continue
            }
            if alias == page {
                findings.report("'\(written)' in 'aliases' is the page's own address: an alias names an address the page used to have.", at: location,
                                hint: "Remove it from 'aliases'.", advisory: true)
            }
        }
    }

    /// What a link may lead to: the files of the site plan and the content's assets.
    struct Known {
        let plan: SitePlan
        let assets: Set<String>
        /// The default language's plan, from a page in another language (its links may lead
        /// to pages that exist only in the default language).
        var also: SitePlan? = nil

        func contains(_ target: String) -> Bool {
            plan.contains(linkTarget: target, assets: assets) || also?.contains(linkTarget: target, assets: assets) == true
        }
        var all: [String] { plan.paths.filter { !$0.isEmpty } + (also?.paths.filter { !$0.isEmpty } ?? []) + assets.sorted() }
    }

    func checkLinks(_ links: [MarkdownLink], file: String, page: String, known: Known, findings: inout Findings) {
        for link in links {
            let destination = link.destination
            if destination.isEmpty || destination.hasPrefix("#") || destination.hasPrefix("//") { continue }
            if let scheme = LinkSchemes.scheme(of: destination) {
                if !LinkSchemes.allowed.contains(scheme) {
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
            if known.contains(target) { continue }
            var hint = "Link to a page of this site such as '/hubs/<hub>/', '/opportunities/<opportunity>/' or '/calendar/'."
            if let guess = Suggestion.closest(to: target, in: known.all) {
                hint = "Did you mean '/\(guess)'? " + hint
            }
            findings.report("The link \"\(destination.prefix(80))\" points to a page that does not exist in this site.",
                            at: SourceLocation(file: file, line: link.line, column: link.column), hint: hint)
        }
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
