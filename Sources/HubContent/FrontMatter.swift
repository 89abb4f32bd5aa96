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
    /// The closing line as written when it is not `---` but can only have meant it (`----`,
    /// `--`, `...`, a dash pasted from a word processor); nil when it is `---`.
    public var nearFence: String?

    public enum Failure: Error, Equatable {
        /// The file does not start with `---`.
        case missing
        /// The opening `---` has no closing `---`. `line` is the first line that cannot be a
        /// field, where the closing line belongs (else the opening line).
        case unclosed(line: Int, beforeText: Bool)
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
        /// A line that can only have been meant to close the front matter.
        func isNearFence(_ start: Int, _ end: Int) -> Bool {
            // Only lines starting with '-', '.' or an en or em dash (E2 80 93/94) can be one.
            guard start < end, bytes[start] == 45 || bytes[start] == 46 || bytes[start] == 0xE2 else { return false }
            let text = String(decoding: bytes[start..<end], as: UTF8.self).trimmingCharacters(in: .whitespaces)
            if text == "..." { return true }
            let dashes: Set<Character> = ["-", "\u{2013}", "\u{2014}"]
            return text.count >= 2 && text.count <= 6 && text.allSatisfy(dashes.contains)
        }
        /// Whether a line can be part of YAML front matter (a field, an indented or list line,
        /// a comment): the first line that cannot is where the body must have started.
        func looksLikeYAML(_ start: Int, _ end: Int) -> Bool {
            guard start < end, bytes[start] != 32, bytes[start] != 9, bytes[start] != 45, bytes[start] != 35 else { return true }
            let line = bytes[start..<end]
            if line.last == 58 { return true }
            return zip(line, line.dropFirst()).contains { $0 == 58 && $1 == 32 }
        }
        let firstEnd = lineEnd(from: 0)
        guard !bytes.isEmpty, isFence(0, firstEnd) else { return .failure(.missing) }
        var line = 2
        var start = firstEnd + 1
        var firstText: Int?
        while start < bytes.count {
            let end = lineEnd(from: start)
            let near = !isFence(start, end) && isNearFence(start, end)
            if isFence(start, end) || near {
                let yaml = start > firstEnd + 1 ? String(decoding: bytes[(firstEnd + 1)..<(start - 1)], as: UTF8.self) : ""
                // A file ending in a newline has no line after it.
                var body = String(decoding: bytes[min(bytes.count, end + 1)...], as: UTF8.self)
                if body.hasSuffix("\n") { body.removeLast() }
                var front = FrontMatter(yaml: yaml, yamlFirstLine: 2, body: body, bodyFirstLine: line + 1)
                if near { front.nearFence = String(decoding: bytes[start..<end], as: UTF8.self) }
                return .success(front)
            }
            if firstText == nil, !looksLikeYAML(start, end) { firstText = line }
            start = end + 1
            line += 1
        }
        return .failure(.unclosed(line: firstText ?? 1, beforeText: firstText != nil))
    }
}
