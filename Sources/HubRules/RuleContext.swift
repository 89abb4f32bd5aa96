import Foundation
import HubModel

/// What every rule may consult: the whole content, today's date, settings and the source folder.
public struct RuleContext: Sendable {
    public let content: ContentSet
    public let today: LocalDate
    public let catalogue: RuleCatalogue
    /// The source folder, for rules that look at files (logos).
    public let source: URL
    /// Every logo the hubs name, inspected once each.
    let logos: [String: LogoVerdict]

    public init(content: ContentSet, today: LocalDate, catalogue: RuleCatalogue, source: URL) {
        self.content = content
        self.today = today
        self.catalogue = catalogue
        self.source = source
        let maxKB = Self.option("max_kb", of: LogoRule.id, config: content.config, catalogue: catalogue)
        let paths = Set(content.hubs.flatMap { $0.organisationLists.flatMap { $0.organisations.compactMap(\.logo) } })
        logos = Dictionary(uniqueKeysWithValues: paths.map { ($0, LogoVerdict.inspect($0, source: source, maxKB: maxKB)) })
    }

    /// A threshold: the `hubsite.yml` override, else the catalogue's default.
    public func option(_ name: String, of rule: String) -> Int {
        Self.option(name, of: rule, config: content.config, catalogue: catalogue)
    }

    static func option(_ name: String, of rule: String, config: SiteConfig, catalogue: RuleCatalogue) -> Int {
        config.rules[rule]?.options[name] ?? catalogue.rule(rule)?.options[name] ?? 0
    }

    public var academicYear: AcademicYear {
        AcademicYear(containing: today, startMonth: content.config.academicYearStartMonth)
    }
}
