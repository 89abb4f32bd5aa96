import Foundation
import HubModel
import HubPlan
import HubParallel

/// Runs every rule of the catalogue over loaded content and applies the configured severities.
///
/// Loading problems (`front-matter`, unknown audiences) come in with the content; the validator
/// adds the rules' findings and the config's own problems (unknown rule ids and options), then
/// returns everything sorted by file and line.
public struct Validator: Sendable {
    public let catalogue: RuleCatalogue
    public static let hubRules: [any HubRule] = [
        IntroductionRule(), LeadsRule(), ContactsRule(), LogoRule(), ActionPlanRule(),
        MeetingsRule(), UpToDateRule(), MembershipRule(), GetInvolvedRule(), LocalPictureRule(), ResourcesRule(),
    ]
    public static let opportunityRules: [any PerOpportunityRule] = [OpportunityRule()]
    public static let siteRules: [any SiteRule] = [TranslationRule(), CalendarRule(), LogoRule(), VenueRule(), AccessibilityStatementRule(), ActivityRule()]
    public static let planRules: [any PlanRule] = [LinksRule()]

    /// Ids that have an implementation, so the catalogue test can check both ways.
    public static var implementedRuleIDs: [String] {
        // external-links needs the network: `hubsite check --links` runs it (HubLinkCheck);
        // template is the template check's (HubRender).
        hubRules.map { type(of: $0).id } + opportunityRules.map { type(of: $0).id } + siteRules.map { type(of: $0).id }
            + planRules.map { type(of: $0).id }
            + [RuleID.frontMatter, ExternalLinksRule.id, RuleID.template]
    }

    /// The threads that validate hubs and opportunities side by side.
    public var workers: Workers

    public init(catalogue: RuleCatalogue = .builtIn, workers: Workers = .allCores) {
        self.catalogue = catalogue
        self.workers = workers
    }

    /// Every rule, sorted by file and line.
    public func validate(_ content: ContentSet, plan: SitePlan, loadDiagnostics: [Diagnostic] = [], today: LocalDate, source: URL) -> [Diagnostic] {
        (validate(content, loadDiagnostics: loadDiagnostics, today: today, source: source)
            + validate(content, plan: plan)).sorted()
    }

    /// The rules that do not read the site plan, the config's problems and the loading
    /// problems (unsorted): all that can run while the site is being planned.
    public func validate(_ content: ContentSet, loadDiagnostics: [Diagnostic], today: LocalDate, source: URL) -> [Diagnostic] {
        let context = RuleContext(content: content, today: today, catalogue: catalogue, source: source)
        var diagnostics = configProblems(content.config)
        diagnostics += loadDiagnostics.compactMap { applySeverity(to: $0, config: content.config) }
        let perHub: [[Diagnostic]] = workers.map(content.hubs) { hub in
            Self.hubRules.flatMap { rule -> [Diagnostic] in
                // A field written but not read has its error already; the rules that
                // require or count it say nothing more about it.
                if hub.fields.anyUnread(type(of: rule).fields) { return [] }
                var findings = Findings(rule: type(of: rule).id)
                rule.check(hub, context: context, findings: &findings)
                return resolve(findings, config: content.config, sources: content.sources)
            }
        }
        diagnostics += perHub.flatMap { $0 }
        for rule in Self.opportunityRules {
            diagnostics += check(rule, context: context)
        }
        for rule in Self.siteRules {
            var findings = Findings(rule: type(of: rule).id)
            rule.check(context, findings: &findings)
            diagnostics += resolve(findings, config: content.config, sources: content.sources)
        }
        return diagnostics
    }

    /// A rule's findings, opportunity by opportunity.
    private func check<Rule: PerOpportunityRule>(_ rule: Rule, context: RuleContext) -> [Diagnostic] {
        let facts = rule.facts(context)
        let config = context.content.config
        let perOpportunity: [[Diagnostic]] = workers.map(context.content.opportunities) { opportunity in
            var findings = Findings(rule: Rule.id)
            rule.check(opportunity, facts: facts, findings: &findings)
            return resolve(findings, config: config, sources: context.content.sources)
        }
        return perOpportunity.flatMap { $0 }
    }

    /// The rules that read the site plan (unsorted).
    public func validate(_ content: ContentSet, plan: SitePlan) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for rule in Self.planRules {
            var findings = Findings(rule: type(of: rule).id)
            rule.check(content, plan: plan, findings: &findings)
            diagnostics += resolve(findings, config: content.config, sources: content.sources)
        }
        return diagnostics
    }

    /// The severity a finding ends up with, or nil when its rule is off.
    func severity(rule: String, advisory: Bool, config: SiteConfig) -> Severity? {
        let configured = config.rules[rule]?.severity
        if configured == .off { return nil }
        if advisory { return .warning }
        return configured ?? catalogue.rule(rule)?.severity ?? .error
    }

    /// Findings as diagnostics, at the columns of the files as they are on disk (`sources`
    /// knows where loading read past invisible characters).
    public func resolve(_ findings: Findings, config: SiteConfig, sources: SourceTexts) -> [Diagnostic] {
        findings.items.compactMap { finding -> Diagnostic? in
            if finding.isNote {
                guard config.rules[findings.rule]?.severity != .off else { return nil }
                return sources.inFile(Diagnostic(severity: .note, rule: findings.rule, location: finding.location, message: finding.message,
                                                 hint: finding.hint))
            }
            return severity(rule: findings.rule, advisory: finding.advisory, config: config).map {
                sources.inFile(Diagnostic(severity: $0, rule: findings.rule, location: finding.location, message: finding.message,
                                          hint: finding.hint, fix: finding.fix))
            }
        }
    }

    func applySeverity(to diagnostic: Diagnostic, config: SiteConfig) -> Diagnostic? {
        guard let configured = config.rules[diagnostic.rule]?.severity else { return diagnostic }
        if configured == .off { return nil }
        var copy = diagnostic
        copy.severity = diagnostic.severity == .warning ? .warning : configured
        return copy
    }

    /// Unknown rule ids and options in `hubsite.yml`: errors, with a suggestion.
    func configProblems(_ config: SiteConfig) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        let ids = catalogue.rules.map(\.id)
        for (id, setting) in config.rules.sorted(by: { $0.key < $1.key }) {
            let path = "rules." + id
            guard let rule = catalogue.rule(id) else {
                var hint = "Known rules: \(ids.joined(separator: ", ")) (see 'hubsite rules')."
                if let guess = Suggestion.closest(to: id, in: ids) { hint = "Did you mean '\(guess)'? " + hint }
                problems.append(Diagnostic(severity: .error, rule: RuleID.frontMatter, location: config.fields.keyLocation(of: path),
                                           message: "'\(id)' is not a rule of hubsite.", hint: hint))
                continue
            }
            if id == RuleID.template, let severity = setting.severity, severity != .error {
                problems.append(Diagnostic(severity: .error, rule: RuleID.frontMatter, location: config.fields.location(of: path + ".severity"),
                                           message: "The rule 'template' cannot be set to \(severity.rawValue): a page a broken template renders would not be published.",
                                           hint: "Remove 'template' from 'rules', and mend the template the error names."))
            }
            for option in setting.options.keys.sorted() where rule.options[option] == nil {
                let known = rule.options.keys.sorted()
                let hint = known.isEmpty ? "The rule '\(id)' has no options; only 'severity' can be set."
                    : "Options of '\(id)': \(known.joined(separator: ", ")), and severity."
                problems.append(Diagnostic(severity: .error, rule: RuleID.frontMatter, location: config.fields.keyLocation(of: path + "." + option),
                                           message: "'\(option)' is not an option of the rule '\(id)'.", hint: hint))
            }
        }
        return problems
    }
}
