import HubModel

/// How `{{name}}` escapes, as set by `{{% CONTENT_TYPE: … }}`: hubsite's HTML escaping (the
/// default of every template), or the two types swift-mustache
/// offers, `HTML` (its own escaping, kept for byte-identical output) and `TEXT` (none).
enum TemplateContentType: String, Sendable {
    case hubsite = "HUBSITE_HTML"
    case html = "HTML"
    case text = "TEXT"

    func escape(_ text: String) -> String {
        switch self {
        case .hubsite: return Escaping.html(text)
        case .text: return text
        case .html:
            // swift-mustache's escaping, Character by Character: a quote followed by a
            // combining mark is one Character and passes through (hubsite's does not).
            var out = ""
            out.reserveCapacity(text.utf8.count)
            for character in text {
                switch character {
                case "<": out += "&lt;"
                case ">": out += "&gt;"
                case "&": out += "&amp;"
                case "\"": out += "&quot;"
                case "'": out += "&#39;"
                default: out.append(character)
                }
            }
            return out
        }
    }
}
