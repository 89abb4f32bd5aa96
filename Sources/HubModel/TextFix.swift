/// A correction that cannot be wrong, offered with a diagnostic and applied by
/// `hubsite check --fix`: on one line of the file, `original` (starting at `column`) becomes
/// `replacement`. The rest of the file is never touched, so comments, order and layout stay.
public struct TextFix: Hashable, Sendable {
    /// 1-based line in the file.
    public var line: Int
    /// 1-based column where `original` starts, in characters as `ColumnCounter` counts them.
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
    /// `column` counts as every position does (`ColumnCounter`).
    public func apply(to text: Substring) -> String? {
        guard let start = ColumnCounter.index(ofColumn: column, in: text), text[start...].hasPrefix(original),
              let end = text.index(start, offsetBy: original.count, limitedBy: text.endIndex) else { return nil }
        return String(text[..<start]) + replacement + String(text[end...])
    }
}
