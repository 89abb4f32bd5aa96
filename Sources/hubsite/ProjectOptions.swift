import ArgumentParser
import Foundation
import HubBuild
import HubModel

/// Options every command that reads a project shares.
struct ProjectOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The project folder holding content/, optional templates/ and hubsite.yml.", valueName: "DIR"))
    var source: String = "."

    @Option(name: .long, help: ArgumentHelp("Fix today's date (YYYY-MM-DD) for everything date-dependent, for reproducible builds and tests. Default: today in the site's time zone.", valueName: "YYYY-MM-DD"))
    var today: LocalDate?

    var sourceURL: URL { URL(fileURLWithPath: source, isDirectory: true) }

    /// What a command asks of the pipeline, with the environment read here, once: the library
    /// reads none of its own.
    func buildOptions(output: URL? = nil, baseURL: String? = nil) -> BuildOptions {
        BuildOptions(source: sourceURL, output: output, baseURL: baseURL, today: today, environment: ProcessInfo.processInfo.environment)
    }

    func validate() throws {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: sourceURL.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw ValidationError("The source folder '\(source)' does not exist.")
        }
    }

    /// How file paths are shown: relative to the current folder when the project is below it,
    /// so that editors and GitHub annotations find the files.
    var pathPrefix: String {
        let cwd = FileManager.default.currentDirectoryPath
        let path = sourceURL.standardizedFileURL.path
        if path == cwd { return "" }
        if path.hasPrefix(cwd + "/") { return String(path.dropFirst(cwd.count + 1)) + "/" }
        return path + "/"
    }
}

extension LocalDate: ExpressibleByArgument {
    public init?(argument: String) {
        self.init(iso: argument)
    }
}
