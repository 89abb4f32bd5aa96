import Foundation
import HubModel

/// A hub page's schema.org `Organization`: its name, page, public email, first logo and the
/// accounts of its social links (`sameAs`), which search engines read to tie the hub's
/// accounts to its page; `memberOf` the national organisation; `funder` each of its funders. Addresses are absolute only
/// with `base_url` (a relative one means nothing outside the site), so without it they are left out.
enum HubJSONLD {
    /// - Parameters:
    ///   - email: the hub's public email, as the page shows it (nil where the page shows none).
    ///   - accounts: the addresses of the page's social links, already made safe to show; only
    ///     https ones are named as the same organisation.
    static func render(_ hub: Hub, email: String?, accounts: [String], links: PageLinks, config: SiteConfig) -> String {
        var organisation: [String: Any] = ["@context": "https://schema.org", "@type": "Organization", "name": hub.title]
        if let url = links.absolute(links.page) { organisation["url"] = url }
        if let email, email.contains("@") { organisation["email"] = email }
        if let logo = hub.organisations.lazy.compactMap({ $0.logo.flatMap(SitePaths.publishedAsset) }).first,
           let url = config.baseURL.map({ $0 + logo }) {
            organisation["logo"] = url
        }
        // Who funds the hub's work (schema.org `funder`), with its website where it has one.
        let funders: [[String: Any]] = hub.funders.filter { !$0.name.isEmpty }.map { funder in
            var value: [String: Any] = ["@type": "Organization", "name": funder.name]
            if let url = funder.url.flatMap(Escaping.safeURL), url.lowercased().hasPrefix("https://") { value["url"] = url }
            return value
        }
        if !funders.isEmpty { organisation["funder"] = funders }
        let secure = accounts.filter { $0.lowercased().hasPrefix("https://") }
        if !secure.isEmpty { organisation["sameAs"] = secure }
        var national: [String: Any] = ["@type": "Organization", "name": config.nationalName]
        if let url = config.nationalURL { national["url"] = url }
        organisation["memberOf"] = national
        let data = (try? JSONSerialization.data(withJSONObject: organisation, options: [.sortedKeys, .withoutEscapingSlashes])) ?? Data()
        return Escaping.jsonForScript(String(decoding: data, as: UTF8.self))
    }
}
