import ArgumentParser
import HubBuild

/// Prints the JSON Schema of hub or opportunity front matter (docs/schema/), for editors.
struct SchemaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schema",
        abstract: "Print the JSON Schema of hub or opportunity front matter (or of a translation's), for editors with YAML support.",
        discussion: """
        'hubsite new' writes both into schema/ and names them on each new file's first comment line \
        (# yaml-language-server: $schema=../../schema/hub.json), which VS Code's YAML extension reads.
        """
    )

    @Argument(help: "Which front matter: hub, opportunity, or a translation's (hub-translation, opportunity-translation).")
    var document: Document

    enum Document: String, ExpressibleByArgument, CaseIterable {
        case hub, opportunity
        case hubTranslation = "hub-translation"
        case opportunityTranslation = "opportunity-translation"
    }

    func run() {
        print(Scaffold.schema(named: document.rawValue) ?? "", terminator: "")
    }
}
