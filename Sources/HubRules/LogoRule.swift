import Foundation
import HubModel

/// "organisation logos" (003) of "the Hub Lead organisation (up to two)" (001).
public struct LogoRule: HubRule {
    public static let id = "logo"
    public init() {}

    public func check(_ hub: Hub, context: RuleContext, findings: inout Findings) {
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

    func checkFile(_ logo: String, path: String, name: String, maxKB: Int, hub: Hub, context: RuleContext, findings: inout Findings) {
        let location = hub.fields.location(of: path)
        let url: URL
        switch AssetPath.resolve(logo, source: context.source) {
        case .success(let resolved): url = resolved
        case .failure(let problem):
            let (message, hint) = AssetPath.explain(problem, path: logo)
            findings.report("The logo of \(name): " + message, at: location, hint: hint)
            return
        }
        let ext = url.pathExtension
        guard let expected = ImageSniffer.expectedKind(forExtension: ext) else {
            findings.report("The logo \"\(logo)\" is not a PNG, JPEG, SVG or WebP file.", at: location,
                            hint: "Save the logo as .png, .jpg, .svg or .webp.")
            return
        }
        let size = ((try? FileManager.default.attributesOfItem(atPath: url.path))?[.size] as? NSNumber)?.intValue ?? 0
        // Read no more than is needed to judge a file that is far too large anyway.
        guard size <= 20 * 1024 * 1024, let data = FileManager.default.contents(atPath: url.path) else {
            findings.report("The logo \"\(logo)\" is larger than 20 MB.", at: location,
                            hint: "Export the logo at web size (a few hundred pixels wide, under \(maxKB) KB).")
            return
        }
        if expected == .svg {
            switch ImageSniffer.inspectSVG(data) {
            case .valid: break
            case .active(let what):
                findings.report("The SVG logo \"\(logo)\" contains \(what); a logo must not run code.", at: location,
                                hint: "Export the logo again without scripts or interactivity, or use a PNG.")
                return
            case .notXML:
                findings.report("The logo \"\(logo)\" is named .svg but is not an SVG image (it is not well-formed XML).", at: location,
                                hint: "Export the logo again as SVG, or use the file's real type as its extension.")
                return
            case .notSVG(let root):
                findings.report("The logo \"\(logo)\" is XML but not SVG (its root element is <\(root)>).", at: location,
                                hint: "Export the logo again as SVG, or use a PNG.")
                return
            }
        } else if ImageSniffer.sniff(data) != expected {
            let actual = ImageSniffer.sniff(data).map { "a \($0.rawValue.uppercased()) image" } ?? "not an image"
            findings.report("The logo \"\(logo)\" is named .\(ext) but its contents are \(actual).", at: location,
                            hint: "Give the file the extension of its real type, or export it again as .\(ext).")
            return
        }
        if size > maxKB * 1024 {
            findings.report("The logo \"\(logo)\" is \(size / 1024) KB; pages load slowly with logos above \(maxKB) KB.", at: location,
                            hint: "Export the logo at web size (a few hundred pixels wide).", advisory: true)
        }
    }
}
