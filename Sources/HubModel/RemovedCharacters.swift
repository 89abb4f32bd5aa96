/// Where loading a file removed characters that take no space on screen (zero-width spaces, a
/// byte order mark inside the file), which it reads past: their columns in the file, line by
/// line. Every position found in the text read (by Yams, cmark-gfm, a rule) counts columns
/// without them; `inFile` moves it past them, so that it names the column an editor shows.
public struct RemovedCharacters: Hashable, Sendable {
    /// Line → the removed characters' columns on it in the file, ascending.
    private var columns: [Int: [Int]] = [:]

    public init() {}

    public var isEmpty: Bool { columns.isEmpty }

    /// Records that the character at `column` of `line` (counted in the file) was removed.
    public mutating func add(line: Int, column: Int) {
        columns[line, default: []].append(column)
    }

    /// The column in the file of the character at `column` of `line` in the text read: each
    /// removed character at or before it puts it one further on.
    public func column(_ column: Int, line: Int) -> Int {
        guard let removed = columns[line] else { return column }
        var inFile = column
        for removedColumn in removed where removedColumn <= inFile { inFile += 1 }
        return inFile
    }

    /// The diagnostic, with its location and fix moved to the file's columns.
    public func inFile(_ diagnostic: Diagnostic) -> Diagnostic {
        guard !columns.isEmpty else { return diagnostic }
        var moved = diagnostic
        moved.location.column = column(diagnostic.location.column, line: diagnostic.location.line)
        if let fix = diagnostic.fix { moved.fix?.column = column(fix.column, line: fix.line) }
        return moved
    }
}
