import CCmarkGFM
import Foundation
import HubModel

/// Markdown through cmark-gfm, with the GFM extensions table, strikethrough, autolink, tagfilter
/// and tasklist.
///
/// cmark-gfm is not thread-safe (parsing mutates a process-wide table, upstream PR #176), so every
/// call is serialised behind one lock; everything else in a build runs in parallel around it.
public struct MarkdownRenderer: Sendable {
    /// Pass raw HTML through (the tagfilter extension still escapes the dangerous tags).
    public var allowRawHTML: Bool

    public init(allowRawHTML: Bool = false) {
        self.allowRawHTML = allowRawHTML
    }

    /// Schemes a link may use; anything else (javascript:, vbscript:, data:, file:) is blanked.

    private static let lock = NSLock()
    private static let extensionsRegistered: Bool = {
        cmark_gfm_core_extensions_ensure_registered()
        return true
    }()
    private static let extensionNames = ["table", "strikethrough", "autolink", "tagfilter", "tasklist"]

    /// Renders a Markdown body.
    /// - Parameters:
    ///   - firstLine: file line where the body starts, so link positions are file positions.
    ///   - rootPrefix: relative path from the page to the site root (`../../`); links written as
    ///     site-rooted paths (`/calendar/`) are rewritten with it so the site works under a subpath.
    public func render(_ markdown: String, firstLine: Int = 1, rootPrefix: String = "") -> MarkdownDocument {
        Self.lock.lock()
        defer { Self.lock.unlock() }
        _ = Self.extensionsRegistered

        var parseOptions = CMARK_OPT_SOURCEPOS | CMARK_OPT_GITHUB_PRE_LANG
        if allowRawHTML { parseOptions |= CMARK_OPT_UNSAFE }
        guard let parser = cmark_parser_new(parseOptions) else { return MarkdownDocument(firstLine: firstLine) }
        defer { cmark_parser_free(parser) }
        for name in Self.extensionNames {
            if let syntax = cmark_find_syntax_extension(name) {
                cmark_parser_attach_syntax_extension(parser, syntax)
            }
        }
        markdown.utf8CString.withUnsafeBufferPointer { buffer in
            cmark_parser_feed(parser, buffer.baseAddress, buffer.count - 1)
        }
        guard let document = cmark_parser_finish(parser) else { return MarkdownDocument(firstLine: firstLine) }
        defer { cmark_node_free(document) }

        var walk = TreeWalk(markdown: markdown, lineOffset: firstLine - 1, rootPrefix: rootPrefix, keepsHTML: allowRawHTML)
        walk.run(document)

        var renderOptions = CMARK_OPT_GITHUB_PRE_LANG
        if allowRawHTML { renderOptions |= CMARK_OPT_UNSAFE }
        var html = ""
        if let rendered = cmark_render_html(document, renderOptions, cmark_parser_get_syntax_extensions(parser)) {
            html = Self.labelTaskCheckboxes(String(cString: rendered))
            free(rendered)
        }
        var rendered = MarkdownDocument(html: html, plainText: Whitespace.trimmed(walk.plainText),
                                        proseWordCount: walk.words, links: walk.links, firstLine: firstLine)
        rendered.tooDeep = walk.tooDeep
        rendered.rootPrefix = rootPrefix
        rendered.omittedHTML = walk.omittedHTML
        return rendered
    }

    /// One pass over the AST: links (checked and rewritten), prose words and plain text.
    private struct TreeWalk {
        let markdown: String
        let lineOffset: Int
        let rootPrefix: String
        var links: [MarkdownLink] = []
        var words = 0
        var plainText = ""
        private var headingDepth = 0
        private var paragraphDepth = 0
        private var nesting = 0
        var tooDeep: MarkdownLink?
        let keepsHTML: Bool
        var omittedHTML: MarkdownLink?

        /// The body's lines, for columns: made at the first position asked for.
        private lazy var lines = TextLines(markdown)
        /// The start (line in the body, cmark-gfm's byte column) of the last node entered that
        /// has a source position: where a node without one is looked for from.
        private var anchor = (line: 1, column: 1)
        /// The UTF-8 offset in the body just past the last bare link found, so that a second
        /// bare link with the same text is found after the first.
        private var searchedTo = 0

        init(markdown: String, lineOffset: Int, rootPrefix: String, keepsHTML: Bool) {
            self.markdown = markdown
            self.lineOffset = lineOffset
            self.rootPrefix = rootPrefix
            self.keepsHTML = keepsHTML
        }

        mutating func run(_ root: OpaquePointer) {
            guard let iterator = cmark_iter_new(root) else { return }
            defer { cmark_iter_free(iterator) }
            while true {
                let event = cmark_iter_next(iterator)
                if event == CMARK_EVENT_DONE { break }
                guard let node = cmark_iter_get_node(iterator) else { continue }
                let type = cmark_node_get_type(node)
                let entering = event == CMARK_EVENT_ENTER
                if entering, cmark_node_get_start_line(node) > 0 {
                    anchor = (Int(cmark_node_get_start_line(node)), Int(cmark_node_get_start_column(node)))
                }
                switch type {
                case CMARK_NODE_BLOCK_QUOTE, CMARK_NODE_LIST:
                    nesting += entering ? 1 : -1
                    if entering, nesting > MarkdownDocument.maxNesting, tooDeep == nil {
                        let place = position(of: node)
                        tooDeep = MarkdownLink(destination: "", line: place.line, column: place.column, isImage: false)
                    }
                case CMARK_NODE_HEADING:
                    headingDepth += entering ? 1 : -1
                    if !entering { plainText += "\n\n" }
                case CMARK_NODE_PARAGRAPH:
                    paragraphDepth += entering ? 1 : -1
                    if !entering { plainText += "\n\n" }
                case CMARK_NODE_TEXT, CMARK_NODE_CODE:
                    let literal = cmark_node_get_literal(node).map { String(cString: $0) } ?? ""
                    plainText += literal
                    if type == CMARK_NODE_TEXT, paragraphDepth > 0, headingDepth == 0 {
                        words += MarkdownRenderer.countWords(literal)
                    }
                case CMARK_NODE_SOFTBREAK:
                    plainText += " "
                case CMARK_NODE_LINEBREAK:
                    plainText += "\n"
                case CMARK_NODE_CODE_BLOCK:
                    plainText += (cmark_node_get_literal(node).map { String(cString: $0) } ?? "") + "\n"
                case CMARK_NODE_LINK, CMARK_NODE_IMAGE:
                    if entering { visitLink(node, isImage: type == CMARK_NODE_IMAGE) }
                case CMARK_NODE_HTML_BLOCK:
                    if !keepsHTML, omittedHTML == nil {
                        let place = position(of: node)
                        omittedHTML = MarkdownLink(destination: "", line: place.line, column: place.column, isImage: false)
                    }
                default:
                    break
                }
            }
        }

        private mutating func visitLink(_ node: OpaquePointer, isImage: Bool) {
            let url = cmark_node_get_url(node).map { String(cString: $0) } ?? ""
            let place = position(of: node)
            links.append(MarkdownLink(destination: url, line: place.line, column: place.column, isImage: isImage))
            if let scheme = LinkSchemes.scheme(of: url), !LinkSchemes.allowed.contains(scheme) {
                cmark_node_set_url(node, "")
            } else if LinkSchemes.scheme(of: url) == nil, !url.hasPrefix("//"), !url.hasPrefix("#"), !url.isEmpty {
                cmark_node_set_url(node, SitePaths.pageLink(url, rootPrefix: rootPrefix))
            }
        }

        /// Where a node starts in the file: its line, and its column in characters
        /// (`ColumnCounter`), the one place cmark-gfm's positions (a line of the body and a
        /// column in UTF-8 bytes) are turned into hubsite's.
        ///
        /// A link the autolink extension made of bare text has no position (`http://…`,
        /// `name@example.org`: line 0) or one a byte early (`www.…`): its text as written is
        /// looked for in the body from there (from the last node with a position, for none),
        /// else that place is taken. Links written as links start with `[`, `![` or `<`.
        private mutating func position(of node: OpaquePointer) -> (line: Int, column: Int) {
            var place = (line: Int(cmark_node_get_start_line(node)), column: Int(cmark_node_get_start_column(node)))
            if cmark_node_get_type(node) == CMARK_NODE_LINK {
                let reported = place.line > 0 ? place : anchor
                let start = lines.utf8Offset(line: reported.line, offset: reported.column - 1) ?? 0
                if place.line <= 0 || !startsALink(at: start) {
                    place = reported
                    let written = cmark_node_first_child(node).flatMap(cmark_node_get_literal).map { String(cString: $0) } ?? ""
                    if !written.isEmpty, let found = MarkdownRenderer.offset(of: written, in: markdown, from: max(start, searchedTo)) {
                        searchedTo = found + written.utf8.count
                        let (line, offset) = lines.line(atUTF8Offset: found)
                        place = (line, offset + 1)
                    }
                }
            }
            return (place.line + lineOffset, lines.column(line: place.line, utf8Offset: place.column - 1))
        }

        /// Whether the body's byte at `offset` opens a link as written: `[`, or `<` for `<https://…>`.
        private func startsALink(at offset: Int) -> Bool {
            let utf8 = markdown.utf8
            guard offset >= 0, offset < utf8.count else { return false }
            let byte = utf8[utf8.index(utf8.startIndex, offsetBy: offset)]
            return byte == UInt8(ascii: "[") || byte == UInt8(ascii: "<")
        }
    }

    /// Substring search on the UTF-8 bytes: Foundation's `contains` bridges through NSString, and
    /// the generic `firstRange(of:)` was slower still (a sixth of loading on a large network).
    static func contains(_ text: String, _ pattern: String) -> Bool {
        offset(of: pattern, in: text, from: 0) != nil
    }

    /// The UTF-8 offset of the first `pattern` in `text` at or after `start`, by the same search.
    static func offset(of pattern: String, in text: String, from start: Int) -> Int? {
        var text = text
        let needle = Array(pattern.utf8)
        guard let first = needle.first else { return start }
        return text.withUTF8 { haystack -> Int? in
            guard haystack.count >= needle.count else { return nil }
            var index = max(0, start)
            let last = haystack.count - needle.count
            while index <= last {
                if haystack[index] == first {
                    var matched = 1
                    while matched < needle.count, haystack[index + matched] == needle[matched] { matched += 1 }
                    if matched == needle.count { return index }
                }
                index += 1
            }
            return nil
        }
    }

    /// Words: runs of non-space characters holding a letter or digit. Scans UTF-8 bytes; a run
    /// with only non-ASCII bytes is judged by its Characters (so a lone "–" is not a word).
    static func countWords(_ text: String) -> Int {
        // Over the string's own bytes: stepping a String.UTF8View index by index cost three
        // times as much, on every introduction and description.
        var text = text
        return text.withUTF8 { bytes in
            var count = 0
            var inWord = false, sawAlphanumeric = false, sawNonASCII = false
            var start = 0
            func finish(_ end: Int) {
                if sawAlphanumeric {
                    count += 1
                } else if sawNonASCII, String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self).contains(where: { $0.isLetter || $0.isNumber }) {
                    count += 1
                }
            }
            for index in 0..<bytes.count {
                let byte = bytes[index]
                let space = byte == 32 || byte == 10 || byte == 9 || byte == 13 || byte == 12 || byte == 11
                if space {
                    if inWord { finish(index) }
                    inWord = false
                } else {
                    if !inWord { inWord = true; sawAlphanumeric = false; sawNonASCII = false; start = index }
                    if byte >= 0x80 { sawNonASCII = true }
                    else if (byte >= 48 && byte <= 57) || (byte | 0x20 >= 97 && byte | 0x20 <= 122) { sawAlphanumeric = true }
                }
            }
            if inWord { finish(bytes.count) }
            return count
        }
    }

    /// cmark-gfm renders task-list items as unlabelled checkboxes, which screen readers announce
    /// as "checkbox" with no name (an axe-core `label` violation); give them one.
    static func labelTaskCheckboxes(_ html: String) -> String {
        guard Self.contains(html, "<input type=\"checkbox\"") else { return html }
        return html
            .replacingOccurrences(of: "<input type=\"checkbox\" checked=\"\" disabled=\"\" />", with: "<input type=\"checkbox\" checked=\"\" disabled=\"\" aria-label=\"Done\" />")
            .replacingOccurrences(of: "<input type=\"checkbox\" disabled=\"\" />", with: "<input type=\"checkbox\" disabled=\"\" aria-label=\"Not done\" />")
    }
}
