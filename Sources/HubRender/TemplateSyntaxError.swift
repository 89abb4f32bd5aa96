/// What is wrong with a template's text, and where: the parser's error, reported as
/// `file:line:col: error[template]` at the tag that cannot be read.
struct TemplateSyntaxError: Error, Sendable, Equatable {
    enum Kind: Sendable, Equatable {
        /// A tag with no closing delimiter, or a name with characters a name cannot have.
        case unfinishedTag
        /// `{{/name}}` where another section (or none) is open.
        case closedWithOtherName(closing: String, open: String?)
        /// A section, block or parent still open at the end of the file.
        case neverClosed(String)
        case invalidSetDelimiter
        case transformOnBlock
        /// A parent (`{{<name}}`) holds something other than `{{$block}}` overrides.
        case notAnOverride
        case invalidPragma
        case unknownContentType(String)
        /// Sections, blocks and parents nested deeper than `TemplateParser.maximumDepth`.
        case nestedTooDeeply
        /// More than `TemplateParser.maximumSize` bytes.
        case tooLarge(bytes: Int)
    }

    var kind: Kind
    var at: TemplatePosition

    /// What to do about it.
    var hint: String {
        switch kind {
        case .nestedTooDeeply: return "Put fewer {{#section}}s inside one another, or move the inner part into a partial of its own."
        case .tooLarge: return "Split the template into partials ({{> name}}), each in its own file."
        case .unknownContentType, .invalidPragma: return "Write {{% CONTENT_TYPE: HTML }} or {{% CONTENT_TYPE: TEXT }}, or leave the pragma out."
        case .notAnOverride: return "Inside {{<parent}}…{{/parent}} write only {{$block}}…{{/block}} overrides."
        default: return "Check that every {{#section}} has a matching {{/section}} and every tag is closed with }}."
        }
    }

    /// The words after "The template has a syntax error: ".
    var description: String {
        switch kind {
        case .unfinishedTag: return "a tag is not finished"
        case .closedWithOtherName(let closing, let open?):
            return "{{/\(closing)}} closes a section opened as '\(open)' (a section is closed with a different name than it was opened with)"
        case .closedWithOtherName(let closing, nil): return "{{/\(closing)}} closes a section that was never opened"
        case .neverClosed(let name): return "the section '\(name)' opened here is never closed"
        case .invalidSetDelimiter: return "a {{=… …=}} tag does not set two delimiters"
        case .transformOnBlock: return "a {{$block}} cannot take a transform"
        case .notAnOverride: return "inside a {{<parent}} only {{$block}}…{{/block}} overrides may stand"
        case .invalidPragma: return "a {{% … }} tag is not written 'CONTENT_TYPE: name'"
        case .unknownContentType(let name): return "the content type '\(name)' is not one of HUBSITE_HTML, HTML, TEXT"
        case .nestedTooDeeply: return "sections are nested more than \(TemplateParser.maximumDepth) deep"
        case .tooLarge(let bytes): return "the template is \(bytes) bytes; hubsite reads templates of at most \(TemplateParser.maximumSize) bytes"
        }
    }
}
