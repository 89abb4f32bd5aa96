/// A correction that cannot be wrong, offered with a diagnostic and applied by
/// `hubsite check --fix`: on one line of the file, `original` (starting at `column`) becomes
/// `replacement`. The rest of the file is never touched, so comments, order and layout stay.
public struct TextFix: Hashable, Sendable {
    /// 1-based line in the file.
    public var line: Int
    /// 1-based column, in characters, where `original` starts.
    public var column: Int
    public var original: String
    public var replacement: String

    public init(line: Int, column: Int, original: String, replacement: String) {
        self.line = line
        self.column = column
        self.original = original
        self.replacement = replacement
    }

    /// The line with the fix applied, or nil when the line no longer reads `original` there.
    public func apply(to text: Substring) -> String? {
        let characters = Array(text)
        let start = column - 1
        let old = Array(original)
        guard start >= 0, start + old.count <= characters.count, Array(characters[start..<(start + old.count)]) == old else { return nil }
        return String(characters[..<start]) + replacement + String(characters[(start + old.count)...])
    }
}
