import HubModel
import Mustache
@testable import HubRender

/// swift-mustache, the reference hubsite's own parser and compiled templates are compared
/// with: the same templates, with the words put in as text before parsing (as hubsite did
/// when it rendered through the library) and the same typed values read by name.
extension TemplateSet {
    /// These templates rendered by swift-mustache alone, in every language.
    var interpreted: TemplateSet {
        TemplateSet(origins: origins, fingerprint: fingerprint, compiled: [:], words: words,
                    translations: translations.mapValues(\.interpreted), texts: texts,
                    reference: MustacheReference.renderer(texts: texts, words: words))
    }
}

enum MustacheReference {
    /// A library of `texts` with `words` in place, parsed by swift-mustache.
    static func library(texts: [String: String], words: Words = .english) throws -> MustacheLibrary {
        TemplateEscaping.registered
        var library = MustacheLibrary()
        for (name, text) in texts {
            library.register(try MustacheTemplate(string: TemplateEscaping.pragma + substitute(text, words)), named: name)
        }
        return library
    }

    static func renderer(texts: [String: String], words: Words) -> @Sendable (String, any TemplateValue) -> String {
        let library = try! library(texts: texts, words: words)
        return { name, values in library.render(MustacheValue(values), withTemplate: name) ?? "" }
    }

    /// `text` with each `{{words.key}}` (or `{{{words.key}}}`) replaced by its text: what
    /// hubsite did before it parsed templates itself.
    static func substitute(_ text: String, _ words: Words) -> String {
        guard text.contains("words.") else { return text }
        var out = ""
        var rest = text[...]
        while let open = rest.range(of: "{{") {
            var inner = rest[open.upperBound...]
            let triple = inner.first == "{"
            if triple { inner = inner.dropFirst() }
            let closing = triple ? "}}}" : "}}"
            guard let close = inner.range(of: closing) else { break }
            let name = Whitespace.trimmed(String(inner[..<close.lowerBound]))
            if name.hasPrefix("words."), let replacement = words.texts[String(name.dropFirst("words.".count))] {
                out += rest[..<open.lowerBound]
                out += replacement
            } else {
                out += rest[..<close.upperBound]
            }
            rest = inner[close.upperBound...]
        }
        return out + rest
    }
}

/// A typed template value as swift-mustache reads it: by name, through its variable table.
struct MustacheValue: MustacheParent {
    let value: any TemplateValue

    init(_ value: any TemplateValue) { self.value = value }

    func child(named name: String) -> Any? {
        value.child(named: name).map(Self.wrapped)
    }

    static func wrapped(_ child: Any) -> Any {
        if let value = child as? any TemplateValue { return MustacheValue(value) }
        if let list = child as? [Any] { return list.map(wrapped) }
        return child
    }
}

/// hubsite's escaping as a swift-mustache content type, switched on by a pragma before each
/// template's first line (a standalone tag, so it adds nothing to the output).
struct TemplateEscaping: MustacheContentType {
    static let name = TemplateContentType.hubsite.rawValue
    static let pragma = "{{% CONTENT_TYPE: \(name) }}\n"
    static let registered: Void = MustacheContentTypes.register(TemplateEscaping(), named: name)

    func escapeText(_ text: String) -> String { Escaping.html(text) }
}

extension RenderedCard: MustacheCustomRenderable {}
extension TemplateAbsent: MustacheCustomRenderable {}
