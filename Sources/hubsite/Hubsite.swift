import ArgumentParser
import HubModel

/// The hubsite command line: a thin layer over HubBuild.
struct Hubsite: ParsableCommand {
    static let version = HubsiteVersion.current

    static let configuration = CommandConfiguration(
        commandName: "hubsite",
        abstract: "Build the webpages of SCiP Alliance hubs from Markdown, and check them against the Healthy Hub Framework.",
        discussion: """
        A project folder holds content/hubs/*.md (one file per hub), content/opportunities/*.md \
        (one file per opportunity), content/activities/*.md (one file per thing a hub has done), \
        optional templates/ and an optional hubsite.yml.

        Exit status: 0 no errors (warnings allowed), 1 content errors, 2 usage errors.
        """,
        version: version,
        subcommands: [BuildCommand.self, CheckCommand.self, ServeCommand.self, NewCommand.self, ReportCommand.self, RulesCommand.self, TemplatesCommand.self, SchemaCommand.self, CMSCommand.self],
        defaultSubcommand: nil
    )
}
