import Foundation
import HubLinkCheck
import HubModel
import HubRules

/// The step that checks outward links over the network (`hubsite check --links`, or every
/// build with `links: true`): collects every address with where it is written, takes what the
/// cache knows that is younger than the rule's `max_age_hours`, asks the sites for the rest,
/// writes the cache back and reports through the `external-links` rule.
public struct LinkCheck: Sendable {
    public enum Mode: String, Sendable {
        /// Results younger than the rule's age are taken from the cache.
        case cached
        /// Every address is asked again (the cache is still written).
        case fresh
    }

    public let source: URL
    public let mode: Mode
    public let validator: Validator
    /// Named in the User-Agent, so that a site's owner knows who asks.
    public let version: String

    public init(source: URL, mode: Mode = .cached, validator: Validator = Validator(), version: String = HubsiteVersion.current) {
        self.source = source
        self.mode = mode
        self.validator = validator
        self.version = version
    }

    /// The diagnostics of the content's outward links. `content` must still have its field
    /// locations (it is checked before the pipeline drops them).
    public func run(_ content: ContentSet, now: @escaping @Sendable () -> Date = Date.init) async -> (diagnostics: [Diagnostic], requested: Int) {
        let config = content.config
        guard config.rules[RuleID.externalLinks]?.severity != .off else { return ([], 0) }
        let options = ExternalLinksRule.Options(catalogue: validator.catalogue, config: config)
        let links = ExternalLinks.collect(content)
        var diagnostics: [Diagnostic] = []
        let (cache, problem) = LinkCache.load(source: source)
        if let problem { diagnostics.append(problem) }
        var results = mode == .fresh ? [:] : cache.current(at: now(), maxAge: TimeInterval(options.maxAgeHours) * 3600)
        let asked = links.map(\.url).filter { results[$0] == nil }
        if !asked.isEmpty {
            let site = config.baseURL ?? config.title
            let checker = LinkChecker(settings: .init(perHost: options.perHost, timeout: TimeInterval(options.timeoutSeconds),
                                                      runTimeout: TimeInterval(options.runSeconds), maxRedirects: options.maxRedirects,
                                                      userAgent: "hubsite/\(version) (link check for \(site))"))
            let fetched = await checker.check(asked, now: now)
            results.merge(fetched) { _, new in new }
            // Keep what is known of links no longer written only until it is old anyway.
            let written = Set(links.map(\.url)), maxAge = TimeInterval(options.maxAgeHours) * 3600
            var kept = cache.results.filter { url, result in
                result.outcome != .unreachable(.notChecked) && (written.contains(url) || now().timeIntervalSince(result.checked) < maxAge)
            }
            for (url, result) in fetched where result.outcome != .unreachable(.notChecked) { kept[url] = result }
            do {
                try LinkCache(results: kept).save(source: source)
            } catch {
                diagnostics.append(Diagnostic(severity: .warning, rule: RuleID.externalLinks, location: SourceLocation(file: LinkCache.path, line: 1, column: 1),
                                              message: "The results could not be kept in \(LinkCache.path) (\(error.localizedDescription)), so the next check asks every site again.",
                                              hint: "Make the project folder writable."))
            }
        }
        diagnostics += validator.resolve(ExternalLinksRule.check(links, results: results, options: options), config: config, sources: content.sources)
        diagnostics += validator.resolve(ExternalLinksRule.checkForm(ExternalLinks.contactLinks(content)), config: config, sources: content.sources)
        return (diagnostics.sorted(), asked.count)
    }

    /// The same, for callers that are not async (the command line): waits on another thread
    /// for the check to finish. Not for use on Swift's own concurrency threads.
    public func runBlocking(_ content: ContentSet) -> [Diagnostic] {
        let done = DispatchSemaphore(value: 0)
        let box = Box()
        Task.detached {
            box.value = await run(content).diagnostics
            done.signal()
        }
        done.wait()
        return box.value
    }

    private final class Box: @unchecked Sendable {
        var value: [Diagnostic] = []
    }
}
