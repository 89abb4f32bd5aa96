import Foundation
import HubCalendar
import HubContent
import HubLinkCheck
import HubModel
import HubPlan
import HubRender
import HubRules

/// One fuzzing input through the whole pipeline, in memory: the bytes as a hub page (and as an
/// opportunity), front matter, YAML, Markdown, every rule, and the rendering of every page.
/// Used by the libFuzzer target (`make fuzz`) and by the tests that replay its corpus.
///
/// An input whose first byte is 0x01–0x06 is another kind of file (`Kind`), the rest of its
/// bytes that file: every input kind added since 0.1 gets fuzzed by the same target, and the
/// page corpus (which starts with `-`) reads as before.
public enum FuzzHarness {
    public enum Kind: UInt8, CaseIterable, Sendable {
        case page = 0
        /// `hubsite.yml`.
        case settings = 1
        /// A word file (`templates/words/cy.ftl`), with the theme built in its words.
        case words = 2
        /// A template: the second byte picks which built-in one it replaces; built, checked,
        /// compiled and rendered on a month page.
        case template = 3
        /// A translation (`content/hubs/fuzz.cy.md`) of a fixed hub, in a Welsh and English site.
        case translation = 4
        /// The link cache (`.hubsite/links.json`).
        case linkCache = 5
        /// A repeat rule: the lines under an opportunity's `repeat:`.
        case repeatRule = 6
    }

    static let templates: TemplateSet = TemplateSet.build(texts: BuiltInTheme.templates,
                                                           origins: [:]).templates!
    static let source = URL(fileURLWithPath: "/nonexistent-hubsite-fuzz-source")
    static let today = LocalDate(iso: "2026-11-25")!

    /// Returns the number of diagnostics and bytes rendered (so the work cannot be optimised away).
    @discardableResult
    public static func run(_ bytes: [UInt8]) -> Int {
        guard let first = bytes.first, let kind = Kind(rawValue: first), kind != .page else {
            let result = evaluate(bytes)
            return result.diagnostics.count + result.rendered
        }
        return run(kind, Array(bytes.dropFirst()))
    }

    /// One input of another kind than a page (see `Kind`).
    static func run(_ kind: Kind, _ bytes: [UInt8]) -> Int {
        let text = String(decoding: bytes, as: UTF8.self)
        switch kind {
        case .page:
            return run(bytes)
        case .settings:
            let (config, problems) = ConfigLoader.load(text: text)
            let content = ContentSet(config: config, hubs: [], opportunities: [])
            let plan = SitePlan(content: content, today: today)
            return problems.count + Validator().validate(content, plan: plan, today: today, source: source).count + plan.paths.count
        case .words:
            let parsed = Words.parse(text, file: "templates/words/cy.ftl", language: "cy")
            let words = (Words.builtIn(for: "cy") ?? Words(language: "cy")).overridden(by: parsed.words)
            let built = TemplateSet.build(texts: BuiltInTheme.templates, origins: [:], words: ThemeWords(languages: [.english, words]))
            return parsed.problems.count + built.diagnostics.count + renderMonth(built.templates?.inLanguage("cy"))
        case .template:
            let names = BuiltInTheme.templates.keys.sorted()
            guard let pick = bytes.first else { return 0 }
            var texts = BuiltInTheme.templates
            texts[names[Int(pick) % names.count]] = String(decoding: bytes.dropFirst(), as: UTF8.self)
            let built = TemplateSet.build(texts: texts, origins: [:])
            return built.diagnostics.count + renderMonth(built.templates)
        case .translation:
            let renderer = MarkdownRenderer()
            let languages = ["en-GB", "cy"]
            let original = ContentLoader.parse(bytes: Array(originalHub.utf8), file: "content/hubs/fuzz.md", kind: .hub, renderer: renderer)
            let translated = ContentLoader.parse(bytes: bytes, file: "content/hubs/fuzz.cy.md", kind: .hub, renderer: renderer, languages: languages)
            var config = SiteConfig()
            config.languages = languages
            var content = ContentSet(config: config, hubs: original.hub.map { [$0] } ?? [], opportunities: [])
            content.translations = translated.translation.map { [$0] } ?? []
            let plan = SitePlan(content: content, today: today)
            let diagnostics = Validator().validate(content, plan: plan, loadDiagnostics: translated.diagnostics, today: today, source: source)
            let welsh = content.translated(into: "cy", words: Words.builtIn(for: "cy") ?? Words(language: "cy"))
            let welshPlan = plan.translations.first ?? plan
            let contexts = PageContexts(content: welsh, plan: welshPlan, zone: ZonedTime(identifier: config.timeZone), templates: templates, site: plan)
            var output = 0
            for hub in welsh.hubs {
                output += templates.render("hub", contexts.hub(hub, links: contexts.links(SitePaths.hub(hub.slug)))).utf8.count
            }
            return diagnostics.count + output
        case .linkCache:
            guard let cache = LinkCache.decode(Data(bytes)) else { return 0 }
            return 1 + cache.current(at: Date(timeIntervalSince1970: 1_800_000_000), maxAge: 86_400 * 365).count
        case .repeatRule:
            let indented = text.split(separator: "\n", omittingEmptySubsequences: false).map { "  " + $0 }.joined(separator: "\n")
            let page = "---\ntitle: Repeating\nstart: 2027-01-12 18:00\nend: 2027-01-12 19:30\naudience: [practitioners]\nlocation: Hall\nrepeat:\n"
                + indented + "\n---\nA description.\n"
            return run(Array(page.utf8))
        }
    }

    /// A hub page a translation translates.
    static let originalHub = "---\ntitle: Fuzz Hub\nregion: Fuzzshire\nupdated: 2026-11-01\ncontact:\n  email: hub@fuzz.example\nleads:\n  - name: Ada Lead\n    role: Hub Lead\n"
        + "meetings:\n  - date: 2026-12-09\n  - date: 2027-03-10\n---\nThe Fuzz Hub brings people together.\n"

    /// A month page rendered with `templates` (every template a page includes: base, header,
    /// footer), for an empty site.
    static func renderMonth(_ templates: TemplateSet?) -> Int {
        guard let templates else { return 0 }
        let content = ContentSet(config: SiteConfig(), hubs: [], opportunities: [])
        let plan = SitePlan(content: content, today: today)
        let contexts = PageContexts(content: content, plan: plan, zone: ZonedTime(identifier: "Europe/London"), templates: templates)
        return templates.render("month", contexts.month(YearMonth(year: 2026, month: 11), links: PageLinks(page: "calendar/2026/11/", baseURL: nil))).utf8.count
    }

    /// What one input gives: its diagnostics, and how many bytes its pages and feed rendered.
    public static func evaluate(_ bytes: [UInt8]) -> (diagnostics: [Diagnostic], rendered: Int) {
        let renderer = MarkdownRenderer()
        let hubResult = ContentLoader.parse(bytes: bytes, file: "content/hubs/fuzz.md", kind: .hub, renderer: renderer)
        let opportunityResult = ContentLoader.parse(bytes: bytes, file: "content/opportunities/fuzz.md", kind: .opportunity, renderer: renderer)
        let content = ContentSet(config: SiteConfig(), hubs: hubResult.hub.map { [$0] } ?? [],
                                 opportunities: opportunityResult.opportunity.map { [$0] } ?? [])
        let plan = SitePlan(content: content, today: today)
        let diagnostics = Validator().validate(content, plan: plan, loadDiagnostics: hubResult.diagnostics + opportunityResult.diagnostics,
                                               today: today, source: source)
        // The pages this input appears on, and its calendar entries: every template path a hub
        // or an opportunity reaches, without rendering the rest of a site each time.
        let zone = ZonedTime(identifier: content.config.timeZone)
        let events = plan.events
        let contexts = PageContexts(content: content, plan: plan, zone: zone, templates: templates)
        let ics = ICalendarWriter(zone: zone, uidDomain: "fuzz.example", stamp: Date(timeIntervalSince1970: 0), pageURL: { $0 })
        var output = ics.calendar(named: "fuzz", events: events).utf8.count
        for hub in content.hubs {
            output += templates.render("hub", contexts.hub(hub, links: PageLinks(page: SitePaths.hub(hub.slug), baseURL: nil))).utf8.count
        }
        for opportunity in content.opportunities {
            guard let event = events.first(where: { $0.kind == .opportunity }) else { continue }
            output += templates.render("opportunity", contexts.opportunity(opportunity, event: event,
                                       links: PageLinks(page: SitePaths.opportunity(opportunity.slug), baseURL: "https://fuzz.example/"))).utf8.count
        }
        if let first = events.first {
            output += templates.render("month", contexts.month(YearMonth(year: first.start.date.year, month: first.start.date.month),
                                                               links: PageLinks(page: "calendar/", baseURL: nil))).utf8.count
        }
        return (diagnostics, output)
    }
}
