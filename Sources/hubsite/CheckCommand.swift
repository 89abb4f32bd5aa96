import ArgumentParser
import Foundation
import HubBuild
import HubModel

/// Validates without writing anything: what CI runs on pull requests.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check every hub page and opportunity against the SCiP webpage requirements, writing nothing.",
        discussion: "Exit status: 0 no errors, 1 at least one error (with --strict, warnings count too), 2 usage error."
    )

    @OptionGroup var project: ProjectOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        let pipeline = BuildPipeline(options: BuildOptions(source: project.sourceURL, today: project.today))
        let checked = pipeline.check()
        var diagnostics = checked.diagnostics
        if output.quiet { diagnostics = diagnostics.filter { $0.severity == .error } }
        let printer = DiagnosticPrinter(format: DiagnosticFormat(rawValue: output.format.rawValue)!, pathPrefix: project.pathPrefix,
                                        colour: output.format == .human && Terminal.wantsColour(fd: 1), sources: checked.content.sources)
        print(printer.render(diagnostics, files: checked.fileCount), terminator: "")
        let code = Terminal.exitCode(for: checked.diagnostics, strict: output.strict)
        if code != 0 { throw ExitCode(code) }
    }
}
