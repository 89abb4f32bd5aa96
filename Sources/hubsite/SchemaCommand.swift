import ArgumentParser
import HubBuild
import HubContent

/// Prints the JSON Schema of hub, opportunity or activity front matter (docs/schema/), for editors.
struct SchemaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schema",
        abstract: "Print the JSON Schema of hub, opportunity or activity front matter (or of a translation's), for editors with YAML support.",
        discussion: """
        'hubsite new' writes them into schema/ and names them on each new file's first comment line \
        (# yaml-language-server: $schema=../../schema/hub.json), which VS Code's YAML extension reads.
        """
    )

    @Argument(help: "Which front matter: \(FrontMatterSchema.Document.allCases.map(\.rawValue).joined(separator: ", ")).")
    var document: FrontMatterSchema.Document

    func run() {
        print(FrontMatterSchema.json(for: document), terminator: "")
    }
}

/// The documents of `FrontMatterSchema`, named on the command line as they are in docs/schema/.
extension FrontMatterSchema.Document: ExpressibleByArgument {}
