/// How hubsite counts a column, for every position it reports (docs/diagnostics.md): 1-based,
/// in characters as a reader sees them, that is Unicode extended grapheme clusters (Swift's
/// `Character`). `ŵ`, `’`, `–` and `🎉` are one column each, and so is a family emoji joined
/// with zero-width joiners; a tab is one column, whatever width an editor draws it.
///
/// The parsers hubsite reads with count otherwise: cmark-gfm gives a column in UTF-8 bytes,
/// Yams (libyaml) in Unicode scalars. Every position passes through here, so that a mistake
/// written after a curly quote, an en dash or an emoji is reported where it is, and so that a
/// fix (`TextFix`) finds its text at the column its diagnostic names.
public enum ColumnCounter {
    /// The column where `index` is in `line`.
    public static func column(of index: String.Index, in line: Substring) -> Int {
        let end = min(max(index, line.startIndex), line.endIndex)
        return line[line.startIndex..<end].count + 1
    }

    /// The column of the position `offset` UTF-8 bytes into `line` (0 is its start). An offset
    /// past the line's end counts one column per byte beyond it.
    public static func column(utf8Offset offset: Int, in line: Substring) -> Int {
        column(offset, into: line.utf8, of: line) { $0 < 0x80 }
    }

    /// The column of the position `offset` Unicode scalars into `line` (0 is its start). An
    /// offset past the line's end counts one column per scalar beyond it.
    public static func column(scalarOffset offset: Int, in line: Substring) -> Int {
        column(offset, into: line.unicodeScalars, of: line) { $0.isASCII }
    }

    /// `offset` elements into one of the line's views (bytes, scalars), as a column.
    private static func column<View: Collection>(_ offset: Int, into view: View, of line: Substring,
                                                 isASCII: (View.Element) -> Bool) -> Int where View.Index == String.Index {
        var index = view.startIndex
        var counted = 0
        var ascii = true
        while counted < offset, index < view.endIndex {
            if !isASCII(view[index]) { ascii = false }
            index = view.index(after: index)
            counted += 1
        }
        let beyond = offset - counted
        // Most lines are ASCII up to the position: there each element is a character.
        if ascii { return counted + 1 + max(0, beyond) }
        return column(of: index, in: line) + max(0, beyond)
    }

    /// Where `column` starts in `line`: its end for the column just past the last character,
    /// nil for a column before the first or further out.
    public static func index(ofColumn column: Int, in line: Substring) -> String.Index? {
        guard column >= 1 else { return nil }
        return line.index(line.startIndex, offsetBy: column - 1, limitedBy: line.endIndex)
    }
}
