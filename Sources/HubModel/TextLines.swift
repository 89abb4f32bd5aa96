/// A text's lines as hubsite numbers them: split where YAML, cmark-gfm and editors end a line,
/// at a line feed, a carriage return and line feed, or a lone carriage return.
///
/// It splits on the UTF-8 bytes, never on `Character`s: Swift reads "\r\n" as one Character,
/// so `split(separator: "\n")` leaves a file saved with Windows line endings in one piece
/// (and `check --fix` once found nothing to fix in such a file). Each line's ending is kept,
/// so that a file can be put back together with the endings it had.
public struct TextLines: Sendable {
    public let text: String
    /// UTF-8 offset where each line starts.
    private let starts: [Int]
    /// UTF-8 offset where each line's text ends, before its line ending.
    private let ends: [Int]
    /// Whether the text is all ASCII, where bytes, scalars and characters are the same.
    public let isASCII: Bool

    public init(_ text: String) {
        self.text = text
        var starts = [0]
        var ends: [Int] = []
        var ascii = true
        var copy = text
        copy.withUTF8 { bytes in
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                if byte == 10 || byte == 13 {
                    ends.append(index)
                    if byte == 13, index + 1 < bytes.count, bytes[index + 1] == 10 { index += 1 }
                    starts.append(index + 1)
                } else if byte >= 0x80 {
                    ascii = false
                }
                index += 1
            }
            ends.append(bytes.count)
        }
        self.starts = starts
        self.ends = ends
        isASCII = ascii
    }

    /// How many lines: one more than the line endings (a text ending in one has an empty last line).
    public var count: Int { starts.count }

    /// Line `number` (1-based) without its ending, or nil past the last.
    public subscript(number: Int) -> Substring? {
        guard number >= 1, number <= starts.count else { return nil }
        return text[index(starts[number - 1])..<index(ends[number - 1])]
    }

    /// The ending of line `number` as written: "\n", "\r\n", "\r", or "" for the last line.
    public func ending(of number: Int) -> Substring {
        guard number >= 1, number <= starts.count else { return "" }
        let end = number < starts.count ? starts[number] : ends[number - 1]
        return text[index(ends[number - 1])..<index(end)]
    }

    /// Every line, without its ending.
    public var all: [Substring] { (1...count).map { self[$0]! } }

    /// The UTF-8 offset in the text of the position `offset` bytes into line `number`.
    public func utf8Offset(line number: Int, offset: Int) -> Int? {
        guard number >= 1, number <= starts.count else { return nil }
        return starts[number - 1] + offset
    }

    /// The line (1-based) holding the text's UTF-8 offset `offset`, and the offset into it.
    public func line(atUTF8Offset offset: Int) -> (line: Int, offset: Int) {
        var low = 0, high = starts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if starts[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        return (low + 1, offset - starts[low])
    }

    /// The column (`ColumnCounter`) of the position `offset` UTF-8 bytes into line `number`,
    /// as cmark-gfm counts (its 1-based column less one).
    public func column(line number: Int, utf8Offset offset: Int) -> Int {
        guard !isASCII, let line = self[number] else { return offset + 1 }
        return ColumnCounter.column(utf8Offset: offset, in: line)
    }

    /// The column (`ColumnCounter`) of the position `offset` Unicode scalars into line
    /// `number`, as libyaml counts (Yams' 1-based column less one).
    public func column(line number: Int, scalarOffset offset: Int) -> Int {
        guard !isASCII, let line = self[number] else { return offset + 1 }
        return ColumnCounter.column(scalarOffset: offset, in: line)
    }

    /// The line and column (`ColumnCounter`) of the text's UTF-8 offset `offset`.
    public func position(ofUTF8Offset offset: Int) -> (line: Int, column: Int) {
        let (line, within) = line(atUTF8Offset: offset)
        return (line, column(line: line, utf8Offset: within))
    }

    private func index(_ offset: Int) -> String.Index {
        text.utf8.index(text.utf8.startIndex, offsetBy: offset)
    }
}
