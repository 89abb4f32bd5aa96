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

    /// Splits normalised text (LF line endings, no BOM). Works on the UTF-8 bytes: only the
    /// fence lines matter, and scanning Characters was a visible share of loading.
    public static func split(_ text: String) -> Result<FrontMatter, Failure> {
        let bytes = Array(text.utf8)
        func lineEnd(from start: Int) -> Int {
            var index = start
            while index < bytes.count, bytes[index] != 10 { index += 1 }
            return index
        }
        func isFence(_ start: Int, _ end: Int) -> Bool {
            guard end - start >= 3, bytes[start] == 45, bytes[start + 1] == 45, bytes[start + 2] == 45 else { return false }
            return bytes[(start + 3)..<end].allSatisfy { $0 == 32 || $0 == 9 }
        }
        let firstEnd = lineEnd(from: 0)
        guard !bytes.isEmpty, isFence(0, firstEnd) else { return .failure(.missing) }
        var line = 2
        var start = firstEnd + 1
        while start < bytes.count {
            let end = lineEnd(from: start)
            if isFence(start, end) {
                let yaml = start > firstEnd + 1 ? String(decoding: bytes[(firstEnd + 1)..<(start - 1)], as: UTF8.self) : ""
                // A file ending in a newline has no line after it.
                var body = String(decoding: bytes[min(bytes.count, end + 1)...], as: UTF8.self)
                if body.hasSuffix("\n") { body.removeLast() }
                return .success(FrontMatter(yaml: yaml, yamlFirstLine: 2, body: body, bodyFirstLine: line + 1))
            }
            start = end + 1
            line += 1
        }
        return .failure(.unclosed(line: 1))
    }
}
