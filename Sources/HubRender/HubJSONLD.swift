import Foundation
import HubModel
import HubCalendar

/// A hub page's schema.org `Organization`: its name, page, public email, first logo and the
/// accounts of its social links (`sameAs`), which search engines read to tie the hub's
/// accounts to its page; `memberOf` the national organisation; `funder` each of its funders. Addresses are absolute only
/// with `base_url` (a relative one means nothing outside the site), so without it they are left out.
enum HubJSONLD {
    /// Typed, as EventJSONLD's values are: each key is named once, and JSONEncoder (keys sorted)
    /// writes it without casting values from `Any`.
    struct Organisation: Encodable {
        var context = "https://schema.org"
        var type = "Organization"
        var name: String
        var url: String?
        var email: String?
        var logo: String?
        var funder: [EventJSONLD.Organization]?
        var sameAs: [String]?
        var memberOf: EventJSONLD.Organization

        enum CodingKeys: String, CodingKey {
            case context = "@context", type = "@type", name, url, email, logo, funder, sameAs, memberOf
        }
    }

    /// - Parameters:
    ///   - email: the hub's public email, as the page shows it (nil where the page shows none).
    ///   - accounts: the addresses of the page's social links, already made safe to show; only
    ///     https ones are named as the same organisation.
    static func render(_ hub: Hub, email: String?, accounts: [String], links: PageLinks, config: SiteConfig) -> String {
        var organisation = Organisation(name: hub.title, url: links.absolute(links.page),
                                        memberOf: EventJSONLD.Organization(name: config.nationalName, url: config.nationalURL))
        if let email, email.contains("@") { organisation.email = email }
        if let logo = hub.organisations.lazy.compactMap({ $0.logo.flatMap(SitePaths.publishedAsset) }).first,
           let url = config.baseURL.map({ $0 + logo }) {
            organisation.logo = url
        }
        // Who funds the hub's work (schema.org `funder`), with its website where it has one.
        let funders = hub.funders.filter { !$0.name.isEmpty }.map { funder in
            EventJSONLD.Organization(name: funder.name, url: funder.url.flatMap(Escaping.safeURL).flatMap { $0.lowercased().hasPrefix("https://") ? $0 : nil })
        }
        if !funders.isEmpty { organisation.funder = funders }
        let secure = accounts.filter { $0.lowercased().hasPrefix("https://") }
        if !secure.isEmpty { organisation.sameAs = secure }
        let data = (try? EventJSONLD.encoder.encode(organisation)) ?? Data()
        return Escaping.jsonForScript(String(decoding: data, as: UTF8.self))
    }
}
