/// A content file split into its YAML front matter and Markdown body.
///
/// Line numbers are kept so that YAML positions (which count from the first YAML line) can be
/// turned back into positions in the file.
public struct FrontMatter: Sendable, Equatable {
    /// The YAML between the `---` lines.
    public var yaml: String
    /// File line of the first YAML line (the line after the opening `---`).
    public var yamlFirstLine: Int
    /// The Markdown after the closing `---`.
    public var body: String
    /// File line where the body starts.
    public var bodyFirstLine: Int

    public enum Failure: Error, Equatable {
        /// The file does not start with `---`.
        case missing
        /// The opening `---` has no closing `---`; the line is the opening one.
        case unclosed(line: Int)
    }

    /// Splits normalised text (LF line endings, no BOM).
    public static func split(_ text: String) -> Result<FrontMatter, Failure> {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        // A file ending in a newline yields a trailing empty element; it is not a line.
        if lines.last == "" { lines.removeLast() }
        guard let first = lines.first, isFence(first) else { return .failure(.missing) }
        guard let close = lines.indices.dropFirst().first(where: { isFence(lines[$0]) }) else {
            return .failure(.unclosed(line: 1))
        }
        let yaml = lines[1..<close].joined(separator: "\n")
        let body = lines[(close + 1)...].joined(separator: "\n")
        return .success(FrontMatter(yaml: yaml, yamlFirstLine: 2, body: body, bodyFirstLine: close + 2))
    }

    private static func isFence(_ line: Substring) -> Bool {
        line.count >= 3 && line.hasPrefix("---") && line.dropFirst(3).allSatisfy { $0 == " " || $0 == "\t" }
    }
}
