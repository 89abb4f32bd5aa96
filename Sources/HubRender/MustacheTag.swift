import HubModel

/// A `{{…}}` tag of a template, found by a plain scan: the checks that swift-mustache leaves
/// silent (missing partials, unknown variables) read templates through it.
struct MustacheTag {
    /// The text between the braces, trimmed; a triple `{{{x}}}` gives `x`.
    var text: String
    var line: Int
    var column: Int

    /// The first character when it marks the tag's kind (`#`, `^`, `/`, `>`, `<`, `$`, `&`, `!`, `=`, `%`).
    var sigil: Character? {
        guard let first = text.first, "#^/><$&!=%".contains(first) else { return nil }
        return first
    }

    /// The name after the sigil (or the whole text when there is none).
    var name: String {
        Whitespace.trimmed(sigil == nil ? text : String(text.dropFirst()))
    }

    static func scan(_ template: String) -> [MustacheTag] {
        var tags: [MustacheTag] = []
        for (index, line) in template.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var rest = line[...]
            while let open = rest.range(of: "{{") {
                var after = rest[open.upperBound...]
                if after.first == "{" { after = after.dropFirst() }
                guard let close = after.range(of: "}}") else { break }
                tags.append(MustacheTag(text: Whitespace.trimmed(String(after[..<close.lowerBound])), line: index + 1,
                                        column: line.distance(from: line.startIndex, to: open.lowerBound) + 1))
                rest = after[close.upperBound...]
            }
        }
        return tags
    }
}
