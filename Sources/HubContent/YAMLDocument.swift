import HubModel
import Yams

/// Composes YAML into a node tree, turning Yams' errors into diagnostics with file positions.
enum YAMLDocument {
    /// The node tree; front matter with nothing in it is an empty set of fields (whose
    /// missing fields the loader then reports).
    static func parse(_ yaml: String) -> Result<Node, Error> {
        do {
            // The basic resolver: hubsite reads every value as written and types it itself, so
            // Yams' regular-expression tag resolution (a quarter of loading time, mostly while
            // checking for duplicate keys) is not needed; UTF-8 given, not looked up per file.
            return .success(try Parser(yaml: yaml, resolver: .basic, constructor: .default, encoding: .utf8).singleRoot() ?? .mapping(Node.Mapping([])))
        } catch {
            return .failure(error)
        }
    }

    /// The node tree, or nil after reporting why it could not be read.
    static func compose(_ yaml: String, reader: inout FieldReader) -> Node? {
        switch parse(yaml) {
        case .success(let node): return node
        case .failure(let error):
            report(error, yaml: yaml, reader: &reader)
            return nil
        }
    }

    /// The parser's error as a diagnostic, at the position in the file it names.
    static func report(_ error: Error, yaml: String, reader: inout FieldReader) {
        guard let error = error as? YamlError else {
            reader.report("The front matter could not be read: \(error).", at: reader.fields.document,
                          hint: "Check the lines between the two '---' lines.")
            return
        }
        report(error, yaml: yaml, reader: &reader)
    }

    /// The YAML line (1-based) where `key:` is written for the second time at or after `line`.
    static func secondOccurrence(of key: String, in yaml: String, after line: Int) -> Int? {
        guard !key.isEmpty else { return nil }
        var seen = 0
        for (index, text) in TextLines(yaml).all.enumerated() where index + 1 >= line {
            let trimmed = text.drop(while: { $0 == " " || $0 == "-" })
            if trimmed.hasPrefix(key + ":") || trimmed.hasPrefix("\"" + key + "\":") || trimmed.hasPrefix("'" + key + "':") {
                seen += 1
                if seen == 2 { return index + 1 }
            }
        }
        return nil
    }

    static func indentation(ofLine line: Int, in yaml: String) -> Int {
        TextLines(yaml)[line]?.prefix(while: { $0 == " " || $0 == "-" }).count ?? 0
    }

    private static func report(_ error: YamlError, yaml: String, reader: inout FieldReader) {
        switch error {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _), let .composer(context, problem, mark, _):
            let location = reader.location(of: mark)
            var message = "The front matter is not valid YAML: \(problem)"
            if let context { message += " (\(context.text))" }
            reader.report(message + ".", at: location, hint: hint(for: problem))
        case let .duplicatedKeysInMapping(duplicates, context):
            // Yams points at the mapping; point at the second time the key is written instead.
            let location: SourceLocation
            if let line = secondOccurrence(of: duplicates.first ?? "", in: yaml, after: context.mark.line) {
                location = reader.location(line: line, column: indentation(ofLine: line, in: yaml) + 1)
            } else {
                location = reader.location(of: context.mark)
            }
            let names = duplicates.map { "'\($0)'" }.joined(separator: ", ")
            reader.report("The key \(names) is written more than once in the same place.", at: location,
                          hint: "Keep one of them: with two, nobody can tell which value is meant.")
        case let .reader(problem, _, _, _):
            reader.report("The front matter could not be read: \(problem).", at: reader.fields.document,
                          hint: "Save the file as UTF-8 text.")
        default:
            reader.report("The front matter could not be read: \(error).", at: reader.fields.document,
                          hint: "Check the lines between the two '---' lines.")
        }
    }

    private static func hint(for problem: String) -> String {
        if problem.contains("cannot start any token") || problem.contains("tab") {
            return "YAML does not allow tab characters for indentation; indent with spaces."
        }
        if problem.contains("mapping values are not allowed") {
            return "A value containing ': ' must be put in quotes, e.g. title: \"Hub: South\"."
        }
        if problem.contains("did not find expected key") || problem.contains("block end") {
            return "Check that the indentation of this line matches the lines around it, and that every quote (\") opened above it is closed on the same line."
        }
        if problem.contains("flow mapping") || problem.contains("flow sequence") {
            return "A '{' or '[' opened on this line is not closed: add the matching '}' or ']'."
        }
        return "Check the indentation and quotes on this line and the one before it."
    }
}
