import ArgumentParser
import Foundation
import HubBuild
import HubModel

/// Checks, then writes the site. A build with errors writes nothing, so the last good site stays.
struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Check the content, then generate the static site.",
        discussion: """
        The site is written to a temporary folder and swapped into place only when everything is \
        written: a failed build leaves the previous site untouched. Links are relative, so the \
        folder works at a domain root, under a subpath and opened from disk.
        """
    )

    @OptionGroup var project: ProjectOptions

    @Option(name: .long, help: ArgumentHelp("Where to write the site. Default: DIR/site.", valueName: "DIR"))
    var output: String?

    @Option(name: .customLong("base-url"), help: ArgumentHelp("The address the site is published at (e.g. https://example.org/hubs/); used for canonical links, the sitemap and feeds. Overrides base_url in hubsite.yml.", valueName: "URL"))
    var baseURL: String?

    @OptionGroup var reporting: OutputOptions

    @Flag(name: .shortAndLong, help: "Print each step of the build as it finishes (shown anyway on a terminal for builds that take more than a moment).")
    var verbose = false

    func validate() throws {
        if let baseURL, BuildOptions.normalisedBaseURL(baseURL) == nil {
            throw ValidationError("--base-url must be an absolute http(s) address such as https://example.org/hubs/")
        }
    }

    func run() throws {
        let started = Date()
        let options = project.buildOptions(output: output.map { URL(fileURLWithPath: $0, isDirectory: true) }, baseURL: baseURL)
        let pipeline = BuildPipeline(options: options)
        let built: BuildPipeline.Built
        do {
            let interactive = Terminal.isInteractive(fd: 2)
            let verbose = self.verbose, quiet = reporting.quiet
            built = try pipeline.build { step in
                let elapsed = Date().timeIntervalSince(started)
                if !quiet, verbose || (interactive && elapsed > 0.3) {
                    Terminal.printError(String(format: "[%6.2f s] ", elapsed) + step + "\n")
                }
            }
        } catch let error as BuildError {
            Terminal.printError("error: \(error)\n")
            throw ExitCode(1)
        }
        var diagnostics = built.checked.diagnostics
        if reporting.quiet { diagnostics = diagnostics.filter { $0.severity == .error } }
        let printer = DiagnosticPrinter(format: DiagnosticFormat(rawValue: reporting.format.rawValue)!, pathPrefix: project.pathPrefix,
                                        colour: reporting.format == .human && Terminal.wantsColour(fd: 2), sources: built.checked.content.sources)
        if !diagnostics.isEmpty {
            Terminal.printError(printer.render(diagnostics, files: built.checked.fileCount))
        }
        guard let pages = built.pages else {
            Terminal.printError("The site was not written because of the errors above; the previous site (if any) is unchanged.\n")
            throw ExitCode(1)
        }
        for notice in built.notices { Terminal.printError("note: \(notice)\n") }
        let seconds = Date().timeIntervalSince(started)
        if !reporting.quiet {
            print("Wrote \(pages) pages (\(built.files) files) to \(displayPath(built.output)) in \(String(format: "%.2f", seconds)) s.")
        }
        if reporting.strict, built.checked.diagnostics.contains(where: { $0.severity == .warning }) { throw ExitCode(1) }
    }

    func displayPath(_ url: URL) -> String {
        let cwd = FileManager.default.currentDirectoryPath
        let path = url.standardizedFileURL.path
        return path.hasPrefix(cwd + "/") ? String(path.dropFirst(cwd.count + 1)) + "/" : path + "/"
    }
}

