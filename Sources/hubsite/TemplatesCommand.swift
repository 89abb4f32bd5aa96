import ArgumentParser
import Foundation
import HubBuild
import HubRender

/// Works with the built-in theme.
struct TemplatesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "templates",
        abstract: "Copy the built-in templates into your project, or print their documentation.",
        subcommands: [Export.self, Docs.self]
    )

    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write the built-in templates into DIR/templates to start customising (any file there overrides the built-in one).")

        @OptionGroup var project: ProjectOptions

        @Flag(name: .long, help: "Overwrite templates that already exist.")
        var force = false

        func run() throws {
            let folder = project.sourceURL.appendingPathComponent("templates")
            do {
                let written = try ThemeExport.export(to: folder, force: force)
                print("Wrote \(written.count) templates to \(folder.standardizedFileURL.path)/. Delete any you do not change: the built-in one is used instead.")
            } catch let failure as ThemeExport.Failure {
                Terminal.printError("error: \(failure)\n")
                throw ExitCode(1)
            }
        }
    }

    struct Docs: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Print docs/templates.md: every template and the variables it receives.")

        func run() throws {
            print(TemplateCatalogue.markdown(), terminator: "")
        }
    }
}
