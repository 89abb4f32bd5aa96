/// The network a social or web address belongs to, recognised from its host, so that the page
/// can say "South Hub on Instagram" rather than show a bare address.
public enum SocialNetwork: String, Hashable, Sendable, CaseIterable {
    case instagram, facebook, x, linkedin, youtube, bluesky, mastodon, website

    /// The network's name as people write it.
    public var name: String {
        switch self {
        case .instagram: return "Instagram"
        case .facebook: return "Facebook"
        case .x: return "X"
        case .linkedin: return "LinkedIn"
        case .youtube: return "YouTube"
        case .bluesky: return "Bluesky"
        case .mastodon: return "Mastodon"
        case .website: return "website"
        }
    }

    /// The host of an http(s) address, lower case and without `www.`; nil for anything else.
    public static func host(of url: String) -> String? {
        let lower = url.lowercased()
        guard let scheme = ["https://", "http://"].first(where: { lower.hasPrefix($0) }) else { return nil }
        let rest = lower.dropFirst(scheme.count)
        var host = String(rest.prefix { $0 != "/" && $0 != "?" && $0 != "#" && $0 != ":" })
        if host.hasPrefix("www.") { host.removeFirst(4) }
        if host.hasPrefix("m.") { host.removeFirst(2) }
        return host.isEmpty ? nil : host
    }

    /// The network of an address: by its host, and a Mastodon server by its `/@name` path.
    public static func of(_ url: String) -> SocialNetwork {
        guard let host = host(of: url) else { return .website }
        let hosts: [(SocialNetwork, [String])] = [
            (.instagram, ["instagram.com"]), (.facebook, ["facebook.com", "fb.com", "fb.me"]), (.x, ["x.com", "twitter.com"]),
            (.linkedin, ["linkedin.com"]), (.youtube, ["youtube.com", "youtu.be"]), (.bluesky, ["bsky.app"]),
            (.mastodon, ["mastodon.social", "mastodon.online", "mstdn.social", "mastodon.cymru"]),
        ]
        for (network, names) in hosts where names.contains(where: { host == $0 || host.hasSuffix("." + $0) }) { return network }
        // Any other server whose address is https://server/@name (and nothing more) is a
        // Mastodon account.
        let path = url.split(separator: "?").first.map { $0.split(separator: "/", omittingEmptySubsequences: true).dropFirst(2) } ?? []
        if path.count == 1, let account = path.first, account.hasPrefix("@"), account.count > 1, !account.dropFirst().contains("@") {
            return .mastodon
        }
        return .website
    }

    /// The addresses a handle written without one (`@linchigher`, `@name@mastodon.social`) most
    /// likely means: the one address of a Mastodon handle, else the networks a UK hub most
    /// often uses, for the author to choose from (never applied silently).
    public static func likelyAddresses(ofHandle handle: String) -> [String]? {
        guard handle.hasPrefix("@") else { return nil }
        let parts = handle.dropFirst().split(separator: "@", omittingEmptySubsequences: false)
        let valid: (Substring) -> Bool = { !$0.isEmpty && $0.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "." || $0 == "-" } }
        guard parts.allSatisfy(valid) else { return nil }
        if parts.count == 2, parts[1].contains(".") { return ["https://\(parts[1])/@\(parts[0])"] }
        guard parts.count == 1 else { return nil }
        let name = parts[0]
        return ["https://www.instagram.com/\(name)/", "https://x.com/\(name)", "https://www.facebook.com/\(name)"]
    }
}
