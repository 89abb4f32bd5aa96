import ArgumentParser
import Foundation
import HubBuild
import HubContent

/// Writes the configuration of a git-based CMS, so that co-leads edit the pages through forms.
struct CMSCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cms",
        abstract: "Write the configuration of a content editor (Decap CMS, Sveltia CMS, Pages CMS or Front Matter CMS) from hubsite's fields.",
        discussion: """
        decap and sveltia write content/admin/config.yml and content/admin/index.html (the editor opens at the site's admin/); \
        pages writes .pages.yml; frontmatter writes frontmatter.json. Every field of a hub page and an opportunity is in the \
        forms, with its meaning as the hint, and dates are saved as hubsite reads them. docs/publishing.md says how to set each \
        one up. Run the command again after updating hubsite, with --force to replace the files.
        """
    )

    @Argument(help: "Which editor: decap, sveltia, pages or frontmatter.")
    var editor: Editor

    @Option(help: ArgumentHelp("The GitHub repository the editor saves to (default: the project's origin remote).", valueName: "OWNER/NAME"))
    var repo: String?

    @Option(help: "The branch the editor saves to.")
    var branch = "main"

    @Flag(help: "Replace configuration files that exist with other settings.")
    var force = false

    @OptionGroup var project: ProjectOptions

    enum Editor: String, ExpressibleByArgument, CaseIterable {
        case decap, sveltia, pages, frontmatter
    }

    func validate() throws {
        if let repo, repo.split(separator: "/").count != 2 {
            throw ValidationError("--repo is OWNER/NAME, e.g. scip-alliance/hubs.")
        }
    }

    func run() throws {
        guard let target = CMSConfig.Target(rawValue: editor.rawValue) else { throw ExitCode(2) }
        let setup = CMSSetup(target: target, repository: repo, branch: branch, replace: force)
        try Self.write(setup, in: project.sourceURL, prefix: project.pathPrefix)
    }

    /// Writes the files and says what became of each, and what is left to set.
    static func write(_ setup: CMSSetup, in folder: URL, prefix: String) throws {
        do {
            for (path, outcome) in try setup.write(in: folder) {
                print("\(outcome.rawValue.prefix(1).uppercased() + outcome.rawValue.dropFirst()) \(prefix)\(path)")
            }
        } catch let failure as CMSSetup.Failure {
            Terminal.printError("error: \(failure)\n")
            throw ExitCode(1)
        }
        let files = setup.files(in: folder)
        if setup.target == .decap || setup.target == .sveltia, files.first?.text.contains("repo: OWNER/NAME") == true {
            print("Next: set 'repo:' in \(prefix)content/admin/config.yml to your GitHub repository (or run again with --repo OWNER/NAME).")
        }
        if setup.target == .decap, files.first?.text.contains("\ni18n:") == true {
            print("Note: Decap CMS names a page in the main language with its code (south.en-GB.md) and shows only pages named so: "
                  + "rename each page in content/hubs, content/opportunities and content/activities that way (hubsite reads both), "
                  + "or use Sveltia CMS (hubsite cms sveltia), which reads the same settings and keeps south.md.")
        }
    }
}
