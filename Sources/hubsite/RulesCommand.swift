import ArgumentParser
import HubRules

/// Lists the rule catalogue: the requirements hubsite enforces and where each comes from.
struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules",
        abstract: "List every rule: id, default severity, summary and the source sentence it comes from."
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, markdown
    }

    @Option(name: .long, help: "text, or markdown (the form of docs/rules.md).")
    var format: Format = .text

    func run() throws {
        let catalogue = RuleCatalogue.builtIn
        if format == .markdown {
            print(RulesDocument.markdown(catalogue), terminator: "")
            return
        }
        for rule in catalogue.rules {
            print("\(rule.id) (\(rule.severity.rawValue), \(rule.appliesTo))")
            print("  \(rule.summary)")
            if !rule.options.isEmpty {
                print("  options: " + rule.options.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: ", "))
            }
            for source in rule.sources {
                print("  source: \(catalogue.title(ofDocument: source.document)) (\(source.document)): \"\(source.quote)\"")
            }
            print("")
        }
    }
}
