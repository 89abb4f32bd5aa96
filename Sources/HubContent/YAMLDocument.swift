import HubModel
import Yams

/// Composes YAML into a node tree, turning Yams' errors into diagnostics with file positions.
enum YAMLDocument {
    static func compose(_ yaml: String, reader: inout FieldReader) -> Node? {
        do {
            return try Yams.compose(yaml: yaml)
        } catch let error as YamlError {
            report(error, reader: &reader)
        } catch {
            reader.report("The front matter could not be read: \(error).", at: reader.fields.document,
                          hint: "Check the lines between the two '---' lines.")
        }
        return nil
    }

    private static func report(_ error: YamlError, reader: inout FieldReader) {
        switch error {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _), let .composer(context, problem, mark, _):
            let location = reader.location(line: mark.line, column: mark.column)
            var message = "The front matter is not valid YAML: \(problem)"
            if let context { message += " (\(context.text))" }
            reader.report(message + ".", at: location, hint: hint(for: problem))
        case let .duplicatedKeysInMapping(duplicates, context):
            let location = reader.location(line: context.mark.line, column: context.mark.column)
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
            return "Check that the indentation of this line matches the lines around it."
        }
        return "Check the indentation and quotes on this line and the one before it."
    }
}
