import ArgumentParser
import Foundation
import HubBuild
import HubReport

/// The network at a glance, for the Alliance team: every hub against every criterion.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Show every hub against the Healthy Hub Framework's criteria: met, not met or no data, with the figures behind each.",
        discussion: "A sense-check, not a test: the report always exits 0 (use 'hubsite check' to fail on incomplete pages)."
    )

    @OptionGroup var project: ProjectOptions

    @Option(name: .long, defaultAsFlag: LinkCheck.Mode.cached, parsing: .next,
            help: ArgumentHelp("Check every outward link over the network too, and count those not working per hub; 'fresh' ignores the results kept from earlier checks.",
                               valueName: "cached|fresh"))
    var links: LinkCheck.Mode? = nil

    @Option(name: .long, help: "table, json or csv.")
    var format: Format = .table

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case table, json, csv
    }

    func run() throws {
        let checked = BuildPipeline(options: project.buildOptions())
            .check(links: links.map { BuildPipeline.Links.check($0) } ?? .never)
        let report = HealthReport(content: checked.content, diagnostics: checked.diagnostics, today: checked.today)
        Terminal.printOut(HealthReportFormat(rawValue: format.rawValue)!.render(report))
    }
}
