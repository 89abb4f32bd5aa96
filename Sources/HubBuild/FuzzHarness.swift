import Foundation
import HubCalendar
import HubContent
import HubModel
import HubPlan
import HubRender
import HubRules

/// One fuzzing input through the whole pipeline, in memory: the bytes as a hub page (and as an
/// opportunity), front matter, YAML, Markdown, every rule, and the rendering of every page.
/// Used by the libFuzzer target (`make fuzz`) and by the tests that replay its corpus.
public enum FuzzHarness {
    static let templates: TemplateSet = TemplateSet.build(texts: BuiltInTheme.templates,
                                                           origins: [:]).templates!
    static let source = URL(fileURLWithPath: "/nonexistent-hubsite-fuzz-source")
    static let today = LocalDate(iso: "2026-11-25")!

    /// Returns the number of diagnostics and bytes rendered (so the work cannot be optimised away).
    @discardableResult
    public static func run(_ bytes: [UInt8]) -> Int {
        let result = evaluate(bytes)
        return result.diagnostics.count + result.rendered
    }

    /// What one input gives: its diagnostics, and how many bytes its pages and feed rendered.
    public static func evaluate(_ bytes: [UInt8]) -> (diagnostics: [Diagnostic], rendered: Int) {
        let renderer = MarkdownRenderer()
        let hubResult = ContentLoader.parse(bytes: bytes, file: "content/hubs/fuzz.md", isHub: true, renderer: renderer)
        let opportunityResult = ContentLoader.parse(bytes: bytes, file: "content/opportunities/fuzz.md", isHub: false, renderer: renderer)
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
