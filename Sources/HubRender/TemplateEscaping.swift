import HubModel
import Mustache

/// The escaping `{{name}}` does in every template: `Escaping.html`, registered with
/// swift-mustache as a content type and switched on by a pragma put before each template's
/// first line (a standalone tag on a line of its own, so it adds nothing to the output).
///
/// Why not the library's own HTML escaping: it compares the text Character by Character
/// through a dictionary, which measured at about 70 ns a character — half of all template time
/// (`bench/`: 2.9 µs a tag against 1.4 µs here) — and it passes a quote or bracket through when
/// a combining mark follows it. The replacements are the same five.
struct TemplateEscaping: MustacheContentType {
    static let name = "HUBSITE_HTML"
    /// Put before every template's text; line numbers from the parser are one more than the file's.
    static let pragma = "{{% CONTENT_TYPE: \(name) }}\n"

    /// Registers the content type once per process, before any template is parsed.
    static let registered: Void = MustacheContentTypes.register(TemplateEscaping(), named: name)

    func escapeText(_ text: String) -> String {
        Escaping.html(text)
    }
}
