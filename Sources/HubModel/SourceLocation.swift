/// A place in a source file, 1-based, as editors and compilers count it: lines as `TextLines`
/// splits them, columns in characters as `ColumnCounter` counts them (docs/diagnostics.md,
/// Positions), whichever parser found the place.
///
/// Every diagnostic carries one, so that a co-lead can jump straight to the line to fix.
public struct SourceLocation: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// Path as the user sees it, relative to the source folder (e.g. `content/hubs/south.md`).
    public var file: String
    public var line: Int
    public var column: Int

    public init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }

    public var description: String { "\(file):\(line):\(column)" }

    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.file, lhs.line, lhs.column) < (rhs.file, rhs.line, rhs.column)
    }
}
