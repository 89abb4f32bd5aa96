import ArgumentParser
import Foundation
import HubBuild
import HubContent
import HubModel

/// Scaffolding, as `hugo new`: a project, a hub page or an opportunity, every field explained.
struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Create a new project, hub page, opportunity or activity.",
        subcommands: [Site.self, Hub.self, Opportunity.self, Activity.self]
    )

    /// Today in Europe/London (or --today), for the dates written into new files.
    static func today(_ fixed: LocalDate?) -> LocalDate {
        fixed ?? LocalDate.today(in: TimeZone(identifier: "Europe/London")!)
    }

    struct Site: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Create a ready project in DIR: settings, an example hub and opportunity, a GitHub Actions workflow and a README.")

        @Argument(help: "The folder to create (it may exist, but none of the new files may).")
        var directory: String

        @Option(help: ArgumentHelp("Date the example content from this day instead of today.", valueName: "YYYY-MM-DD"))
        var today: LocalDate?

        @Option(help: ArgumentHelp("Also write the configuration of a content editor, as 'hubsite cms' does: decap, sveltia, pages or frontmatter.",
                                   valueName: "EDITOR"))
        var cms: CMSCommand.Editor?

        @Option(help: ArgumentHelp("With --cms: the GitHub repository the editor saves to.", valueName: "OWNER/NAME"))
        var repo: String?

        func run() throws {
            let folder = URL(fileURLWithPath: directory, isDirectory: true)
            do {
                let files = try Scaffold(today: NewCommand.today(today)).site(at: folder)
                print("Created \(files.count) files in \(directory)/. Next: cd \(directory) && hubsite serve")
            } catch let failure as Scaffold.Failure {
                Terminal.printError("error: \(failure)\n")
                throw ExitCode(1)
            }
            if let cms, let target = CMSConfig.Target(rawValue: cms.rawValue) {
                try CMSCommand.write(CMSSetup(target: target, repository: repo), in: folder, prefix: directory + "/")
            }
        }
    }

    struct Hub: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Create content/hubs/SLUG.md with every field explained.")

        @Argument(help: "The page's address, e.g. south-west (lower-case letters, digits and hyphens).")
        var slug: String

        @Option(help: ArgumentHelp("Create the translation of the existing page SLUG into this language of the site (e.g. cy) instead: its words, each beside the original's.", valueName: "LANGUAGE"))
        var lang: String?

        @OptionGroup var project: ProjectOptions

        func run() throws {
            try NewCommand.create(kind: "hub", slug: slug, language: lang, project: project)
        }
    }

    struct Opportunity: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Create content/opportunities/SLUG.md with every field explained.")

        @Argument(help: "The page's address, e.g. taster-day-2027.")
        var slug: String

        @Option(help: ArgumentHelp("Create the translation of the existing page SLUG into this language of the site (e.g. cy) instead: its words, each beside the original's.", valueName: "LANGUAGE"))
        var lang: String?

        @OptionGroup var project: ProjectOptions

        func run() throws {
            try NewCommand.create(kind: "opportunity", slug: slug, language: lang, project: project)
        }
    }

    struct Activity: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Create content/activities/SLUG.md, something a hub has done, with every field explained.")

        @Argument(help: "The page's address, e.g. science-festival-2024.")
        var slug: String

        @Option(help: ArgumentHelp("Create the translation of the existing activity SLUG into this language of the site (e.g. cy) instead: its words, each beside the original's.", valueName: "LANGUAGE"))
        var lang: String?

        @OptionGroup var project: ProjectOptions

        func run() throws {
            try NewCommand.create(kind: "activity", slug: slug, language: lang, project: project)
        }
    }

    static func create(kind: String, slug: String, language: String?, project: ProjectOptions) throws {
        do {
            let scaffold = Scaffold(today: today(project.today))
            let url = try language.map { try scaffold.translation(kind: kind, slug: slug, language: $0, in: project.sourceURL) }
                ?? scaffold.page(kind: kind, slug: slug, in: project.sourceURL)
            print("Created \(url.standardizedFileURL.path). Fill it in, then run hubsite check.")
        } catch let failure as CustomStringConvertible & Error {
            Terminal.printError("error: \(failure)\n")
            throw ExitCode(1)
        }
    }
}
