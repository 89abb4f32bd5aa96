import Foundation
import HubModel

/// "organisation logos" (003) of "the Hub Lead organisation (up to two)" (001).
public struct LogoRule: HubRule {
    public static let id = RuleID.logo
    public static let fields = ["organisations", "funders", "supporters"]
    public init() {}

    public func check(_ hub: Hub, context: RuleContext, findings: inout Findings) {
        checkSupporters(hub, context: context, findings: &findings)
        if hub.organisations.isEmpty {
            findings.report("The page lists no lead organisation; the Healthy Hub Framework asks for organisation logos on the webpage.",
                            at: hub.fields.location(of: "organisations"),
                            hint: "Add 'organisations:' with the lead organisation's name, logo (a file under content/) and logo_alt.")
            return
        }
        if hub.organisations.count > 2 {
            findings.report("The page lists \(hub.organisations.count) lead organisations; the Hub framework allows up to two.",
                            at: hub.fields.location(of: "organisations[2]"),
                            hint: "Keep the one or two lead organisations here and list the others under 'members:'.")
        }
        let maxKB = context.option("max_kb", of: Self.id)
        for (index, organisation) in hub.organisations.enumerated() {
            let path = "organisations[\(index)]"
            let name = organisation.name.isEmpty ? "Organisation \(index + 1)" : organisation.name
            if organisation.name.isEmpty {
                findings.report("Organisation \(index + 1) has no name.", at: hub.fields.location(of: path),
                                hint: "Add 'name:' with the organisation's full name.")
            }
            guard let logo = organisation.logo else {
                findings.report("\(name) has no logo.", at: hub.fields.location(of: path),
                                hint: "Add 'logo:' with the path of the logo under content/, e.g. 'logo: logos/portsmouth.svg'.")
                continue
            }
            if organisation.logoAlt == nil {
                findings.report("The logo of \(name) has no alt text, so people using screen readers cannot tell what it shows.",
                                at: hub.fields.location(of: path + ".logo"),
                                hint: "Add 'logo_alt:', e.g. 'logo_alt: \(name) logo'.")
            }
            checkFile(logo, path: path + ".logo", name: name, maxKB: maxKB, hub: hub, context: context, findings: &findings)
        }
    }

    /// Funders' and supporters' logos are optional; one that is given is checked as a lead
    /// organisation's is.
    func checkSupporters(_ hub: Hub, context: RuleContext, findings: inout Findings) {
        let maxKB = context.option("max_kb", of: Self.id)
        for (list, organisations) in hub.organisationLists where list != "organisations" {
            for (index, organisation) in organisations.enumerated() {
                guard let logo = organisation.logo else { continue }
                let path = "\(list)[\(index)]"
                let name = organisation.name.isEmpty ? "\(list)[\(index)]" : organisation.name
                if organisation.logoAlt == nil {
                    findings.report("The logo of \(name) has no alt text, so people using screen readers cannot tell what it shows.",
                                    at: hub.fields.location(of: path + ".logo"), hint: "Add 'logo_alt:', e.g. 'logo_alt: \(name) logo'.")
                }
                checkFile(logo, path: path + ".logo", name: name, maxKB: maxKB, hub: hub, context: context, findings: &findings)
            }
        }
    }

    func checkFile(_ logo: String, path: String, name: String, maxKB: Int, hub: Hub, context: RuleContext, findings: inout Findings) {
        (context.logos[logo] ?? LogoVerdict.inspect(logo, source: context.source, maxKB: maxKB))
            .report(logo, as: "The logo of \(name)", at: hub.fields.location(of: path), into: &findings)
    }
}
