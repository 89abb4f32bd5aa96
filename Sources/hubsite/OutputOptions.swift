import ArgumentParser

/// How diagnostics are shown.
struct OutputOptions: ParsableArguments {
    @Option(name: .long, help: "How to print problems: human, github (inline pull-request annotations), json or sarif.")
    var format: Format = .human

    @Flag(name: .long, help: "Treat warnings as errors (exit 1 when there are any).")
    var strict = false

    @Flag(name: .shortAndLong, help: "Print only errors.")
    var quiet = false

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case human, github, json, sarif
    }
}
