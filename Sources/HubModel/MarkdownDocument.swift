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
    /// The path from the page the HTML was written for to the site root (`../../`): its
    /// site-rooted links start with it (`SitePaths.pageLink`).
    public var rootPrefix: String = ""
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

    /// The HTML as a page `rootPrefix` from the site root has it, with each site-rooted link
    /// going where `localise` says: a page in another language than the default links to its
    /// language's version of a page (`cy/hubs/south/`) where there is one. An address the HTML
    /// writes differently (escaped by cmark-gfm) is left as it is.
    public func html(rootPrefix target: String, localising localise: (String) -> String) -> String {
        var html = html
        var done: Set<String> = []
        for link in links where link.destination.hasPrefix("/") && !link.destination.hasPrefix("//") && done.insert(link.destination).inserted {
            let (path, suffix) = SitePaths.splitSuffix(link.destination)
            let moved = "/" + localise(String(path.dropFirst())) + suffix
            let old = SitePaths.pageLink(link.destination, rootPrefix: rootPrefix)
            let new = SitePaths.pageLink(moved, rootPrefix: target)
            guard old != new else { continue }
            for attribute in ["href", "src"] {
                html = html.replacingOccurrences(of: "\(attribute)=\"\(Escaping.html(old))\"", with: "\(attribute)=\"\(Escaping.html(new))\"")
            }
        }
        return html
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
