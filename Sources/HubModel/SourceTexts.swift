/// Source files' text, kept so that a diagnostic can show the line it is about.
public struct SourceTexts: Sendable {
    private var texts: [String: String] = [:]

    public init() {}

    public mutating func add(_ text: String, for file: String) {
        texts[file] = text
    }

    /// The 1-based line of a file, without its line ending, or nil.
    public func line(_ number: Int, of file: String) -> String? {
        guard let text = texts[file], number >= 1 else { return nil }
        var current = 1
        var lineStart = text.startIndex
        var index = text.startIndex
        while index < text.endIndex {
            if current == number { break }
            if text[index] == "\n" || text[index] == "\r\n" || text[index] == "\r" {
                current += 1
                lineStart = text.index(after: index)
            }
            index = text.index(after: index)
        }
        guard current == number else { return nil }
        var end = lineStart
        while end < text.endIndex, text[end] != "\n", text[end] != "\r\n", text[end] != "\r" {
            end = text.index(after: end)
        }
        return String(text[lineStart..<end])
    }

    public var files: [String] { texts.keys.sorted() }

    /// Only the texts of `files`: what printing a build's diagnostics needs, once every file has
    /// been checked (a large network's sources are some 50 MB otherwise held while it renders).
    public func keeping(_ files: Set<String>) -> SourceTexts {
        var kept = SourceTexts()
        for (file, text) in texts where files.contains(file) { kept.texts[file] = text }
        return kept
    }
}
