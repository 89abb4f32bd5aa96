import ArgumentParser
import HubBuild

/// Prints the JSON Schema of hub or opportunity front matter (docs/schema/), for editors.
struct SchemaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schema",
        abstract: "Print the JSON Schema of hub or opportunity front matter, for editors with YAML support.",
        discussion: """
        'hubsite new' writes both into schema/ and names them on each new file's first comment line \
        (# yaml-language-server: $schema=../../schema/hub.json), which VS Code's YAML extension reads.
        """
    )

    @Argument(help: "Which front matter: hub or opportunity.")
    var document: Document

    enum Document: String, ExpressibleByArgument, CaseIterable {
        case hub, opportunity
    }

    func run() {
        print(Scaffold.schema(named: document.rawValue) ?? "", terminator: "")
    }
}
