/// A page's description cut to the length previews show, at the end of a word with an
/// ellipsis ("The hub was established…"), never in the middle of one ("The hub was esta").
enum Excerpt {
    /// `text` itself when it fits in `limit` characters; else its words that fit with "…"
    /// after them (a single word longer than the limit is cut).
    static func of(_ text: String, limit: Int) -> String {
        // Counting stops at the limit: a description is cut from texts of any length.
        guard let limitIndex = text.index(text.startIndex, offsetBy: limit, limitedBy: text.endIndex),
              limitIndex != text.endIndex else { return text }
        let head = text.prefix(max(limit - 1, 1))
        let endsAWord = text[head.endIndex].isWhitespace
        var kept = endsAWord ? head[...] : head[..<(head.lastIndex(where: \.isWhitespace) ?? head.startIndex)]
        while let last = kept.last, last.isWhitespace || ".,;:–—-([{".contains(last) { kept.removeLast() }
        return (kept.isEmpty ? head : kept) + "…"
    }
}
