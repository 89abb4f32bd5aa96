/// A Markdown body after cmark-gfm has rendered it, with what rules and feeds need from it.
public struct MarkdownDocument: Hashable, Sendable {
    /// Safe HTML (raw HTML omitted unless the site allows it).
    public var html: String
    /// Plain text, for iCalendar descriptions, meta descriptions and feeds.
    public var plainText: String
    /// Words of prose (paragraphs and list items; headings and code excluded).
    public var proseWordCount: Int
    /// Links and images written in the body, with where they were written.
    public var links: [MarkdownLink]
    /// Line in the file where the body starts (after the closing `---`).
    public var firstLine: Int
    /// Where block quotes and lists first nest deeper than `MarkdownDocument.maxNesting`, if they do.
    public var tooDeep: MarkdownLink?
    /// Where the first block of raw HTML starts, when the site does not allow raw HTML (such a
    /// block is left out of the page: text pasted as HTML from a word processor, say).
    public var omittedHTML: MarkdownLink?

    /// Deeper nesting than this is refused: no page needs it, and browsers struggle with it.
    public static let maxNesting = 100

    public init(html: String = "", plainText: String = "", proseWordCount: Int = 0,
                links: [MarkdownLink] = [], firstLine: Int = 1) {
        self.html = html
        self.plainText = plainText
        self.proseWordCount = proseWordCount
        self.links = links
        self.firstLine = firstLine
    }
}

/// A link or image of a Markdown body (or a block a rule reports), where it starts in the file.
public struct MarkdownLink: Hashable, Sendable {
    public var destination: String
    /// 1-based line in the file.
    public var line: Int
    /// 1-based column in characters (`ColumnCounter`), not cmark-gfm's bytes.
    public var column: Int
    public var isImage: Bool

    public init(destination: String, line: Int, column: Int, isImage: Bool) {
        self.destination = destination
        self.line = line
        self.column = column
        self.isImage = isImage
    }
}
