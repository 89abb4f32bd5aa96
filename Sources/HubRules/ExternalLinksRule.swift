import HubModel

/// "Up to date SCiP Alliance webpage" (003): the outward links of a hub page and of the
/// calendar still lead somewhere. Checking them needs the network, so `hubsite check --links`
/// (HubLinkCheck) fetches each address and this rule turns the results into findings, one at
/// every place an address is written.
public enum ExternalLinksRule {
    public static let id = RuleID.externalLinks

    /// What the results say of each link, at each place it is written. A link moved for good
    /// is advisory, one behind a login a note; the rest take the rule's severity.
    public static func check(_ links: [ExternalLinks.Link], results: [String: LinkResult], options: Options) -> Findings {
        var findings = Findings(rule: id)
        for link in links {
            guard let result = results[link.url] else { continue }
            let shown = link.url.count > 100 ? link.url.prefix(100) + "…" : Substring(link.url)
            for location in link.locations {
                switch result.outcome {
                case .ok:
                    continue
                case .moved(let target):
                    findings.report("The link \(shown) has moved permanently to \(target).", at: location,
                                    hint: "Write the new address instead: \(target)", advisory: true)
                case .broken(let status):
                    findings.report("The link \(shown) is broken: its site answers \(status) (\(status == 410 ? "gone" : "not found")).",
                                    at: location, hint: "Find the page's new address on that site and write it here, or remove the link.")
                case .needsLogin(let status):
                    findings.note("The link \(shown) could not be checked (needs a login: its site answers \(status)).", at: location,
                                  hint: "Open it yourself to check that it works for the people the page is for.")
                case .failedStatus(let status):
                    findings.report("The link \(shown) does not work: its site answers \(status)\(Self.meaning(status)).", at: location,
                                    hint: "Open it to see whether the site is down for a while or the page has gone.")
                case .unreachable(let failure):
                    let (message, hint) = Self.describe(failure, url: String(shown), options: options)
                    if failure == .notChecked { findings.note(message, at: location, hint: hint) }
                    else { findings.report(message, at: location, hint: hint) }
                }
            }
        }
        return findings
    }

    /// `mailto:` and `tel:` links are checked for their form: an address with one `@` and a
    /// dot after it; a number with digits.
    public static func checkForm(_ links: [(destination: String, location: SourceLocation)]) -> Findings {
        var findings = Findings(rule: id)
        for (destination, location) in links {
            let value = destination.drop { $0 != ":" }.dropFirst()
            let target = value.split(separator: "?", maxSplits: 1).first.map(String.init) ?? ""
            if destination.lowercased().hasPrefix("mailto:") {
                let parts = target.split(separator: "@", omittingEmptySubsequences: false)
                if parts.count != 2 || parts[0].isEmpty || !parts[1].contains(".") || parts[1].hasSuffix(".") || target.contains(" ") {
                    findings.report("The email link \(destination.prefix(80)) is not an email address.", at: location,
                                    hint: "Write it as mailto:name@example.org.")
                }
            } else if target.filter(\.isNumber).count < 5 || target.contains(where: { $0.isLetter }) {
                findings.report("The phone link \(destination.prefix(80)) is not a phone number.", at: location,
                                hint: "Write it as tel: followed by the number, e.g. tel:+442392845000.")
            }
        }
        return findings
    }

    /// The rule's options (rules: { external-links: { … } } in hubsite.yml).
    public struct Options: Sendable {
        /// Requests at once to one host.
        public var perHost: Int
        /// A result younger than this is not checked again.
        public var maxAgeHours: Int
        /// Seconds one link may take, from its first request to its verdict: its redirects,
        /// a GET after a refused HEAD and retries included.
        public var timeoutSeconds: Int
        /// Seconds the whole check may take; what it cuts short or does not reach is not checked.
        public var runSeconds: Int
        /// Redirects followed before giving up.
        public var maxRedirects: Int

        public init(perHost: Int = 2, maxAgeHours: Int = 24, timeoutSeconds: Int = 10, runSeconds: Int = 300, maxRedirects: Int = 5) {
            self.perHost = perHost
            self.maxAgeHours = maxAgeHours
            self.timeoutSeconds = timeoutSeconds
            self.runSeconds = runSeconds
            self.maxRedirects = maxRedirects
        }

        /// The catalogue's defaults with the site's settings over them.
        public init(catalogue: RuleCatalogue, config: SiteConfig) {
            let defaults = catalogue.rule(RuleID.externalLinks)?.options ?? [:]
            let set = config.rules[RuleID.externalLinks]?.options ?? [:]
            // At least 1, and at most a day's worth (no wait may overflow a clock).
            func value(_ name: String, _ fallback: Int) -> Int { min(86_400, max(1, set[name] ?? defaults[name] ?? fallback)) }
            self.init(perHost: value("per_host", 2), maxAgeHours: value("max_age_hours", 24), timeoutSeconds: value("timeout_seconds", 10),
                      runSeconds: value("run_seconds", 300), maxRedirects: value("max_redirects", 5))
        }
    }

    static func meaning(_ status: Int) -> String {
        switch status {
        case 429: return " (too many requests, even after waiting)"
        case 500: return " (server error)"
        case 502: return " (bad gateway)"
        case 503: return " (unavailable, even after waiting)"
        case 504: return " (gateway timeout)"
        default: return ""
        }
    }

    static func describe(_ failure: LinkResult.Failure, url: String, options: Options) -> (String, String) {
        switch failure {
        case .dns:
            return ("The link \(url) leads nowhere: its host name could not be found (DNS).",
                    "Check the spelling of the address; the site may also have closed.")
        case .refused:
            return ("The link \(url) leads nowhere: nothing accepts connections there (connection refused).",
                    "The site may be down for a while; check the address if it stays so.")
        case .tls:
            return ("The link \(url) failed to open securely (TLS): its certificate is not trusted (self-signed, expired or for another name).",
                    "Browsers warn visitors about such sites; ask its owner, or link to another page.")
        case .timeout:
            return ("The link \(url) did not answer within \(options.timeoutSeconds) seconds.",
                    "The site may be slow or down for a while; check it again later.")
        case .tooManyRedirects:
            return ("The link \(url) redirects more than \(options.maxRedirects) times.", "Open it and write the address it ends at.")
        case .redirectLoop:
            return ("The link \(url) redirects in a loop and never arrives.", "Open it to check; write another address if it stays so.")
        case .invalid:
            return ("The link \(url) is not a web address that can be fetched.", "Write it as https://… with a host name.")
        case .notChecked:
            return ("The link \(url) was not checked: the link check ran out of time (\(options.runSeconds) seconds).",
                    "Run 'hubsite check --links' again: what was checked is kept, so it goes on where it stopped.")
        case .other:
            return ("The link \(url) could not be fetched.", "Open it to check that it works.")
        }
    }
}
