/// Escaping for the contexts content reaches outside templates (XML feeds, sitemaps, JSON in
/// `<script>`). Templates escape HTML themselves.
public enum Escaping {
    /// Text or attribute value in XML; control characters XML 1.0 forbids are dropped.
    public static func xml(_ text: String) -> String {
        if !text.utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "&") || $0 == UInt8(ascii: "<") || $0 == UInt8(ascii: ">") || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "'") || $0 == 0xEF }) {
            return text
        }
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            case "\t", "\n": out.unicodeScalars.append(scalar)
            case "\r": out += "&#13;"
            default:
                if scalar.value < 0x20 || (0xFFFE...0xFFFF).contains(scalar.value) { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// Text or attribute value in HTML: the five replacements of swift-mustache's escaper
    /// (`&lt; &gt; &amp; &quot; &#39;`), on UTF-8 bytes. Unlike an escaper that compares whole
    /// Characters, it also escapes a quote or bracket that a combining mark follows (`"` + U+0301
    /// is one Character, not `"`, and would otherwise close an attribute). Text with nothing to
    /// escape is returned as it is, without a copy.
    public static func html(_ text: String) -> String {
        guard contains(text, where: isHTMLSpecial) else { return text }
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count + 32)
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "<"): out.append(contentsOf: "&lt;".utf8)
            case UInt8(ascii: ">"): out.append(contentsOf: "&gt;".utf8)
            case UInt8(ascii: "&"): out.append(contentsOf: "&amp;".utf8)
            case UInt8(ascii: "\""): out.append(contentsOf: "&quot;".utf8)
            case UInt8(ascii: "'"): out.append(contentsOf: "&#39;".utf8)
            default: out.append(byte)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    static func isHTMLSpecial(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "&") || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'")
    }

    /// Whether any byte of `text` is one `test` picks: read from the string's own storage when
    /// it has one (most texts, which have nothing to escape, are only ever looked at here).
    static func contains(_ text: String, where test: (UInt8) -> Bool) -> Bool {
        text.utf8.withContiguousStorageIfAvailable { $0.contains(where: test) } ?? text.utf8.contains(where: test)
    }

    /// JSON text made safe inside `<script type="application/ld+json">`: `<`, `>` and `&` become
    /// `\u003c`-style escapes, so no value can close the script element.
    public static func jsonForScript(_ json: String) -> String {
        // U+2028 and U+2029 start with the byte E2.
        if !contains(json, where: { $0 == UInt8(ascii: "<") || $0 == UInt8(ascii: ">") || $0 == UInt8(ascii: "&") || $0 == 0xE2 }) {
            return json
        }
        var out = ""
        for scalar in json.unicodeScalars {
            switch scalar {
            case "<": out += "\\u003c"
            case ">": out += "\\u003e"
            case "&": out += "\\u0026"
            case "\u{2028}": out += "\\u2028"
            case "\u{2029}": out += "\\u2029"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// A URL that may be put in `href`: http(s), mailto and tel only; anything else is nil.
    public static func safeURL(_ url: String) -> String? {
        // Almost every address is printable ASCII without a space: nothing to trim and no
        // control character to look for (Foundation's trimming was most of this function's cost).
        let plain = url.utf8.allSatisfy { $0 > 0x20 && $0 < 0x7F }
        let trimmed = plain ? url : url.trimmingCharacters(in: .whitespacesAndNewlines)
        guard plain || !trimmed.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) else { return nil }
        let lowered = trimmed.lowercased()
        // Web links must name a host (`https://`); email and phone links need only the scheme.
        guard let scheme = LinkSchemes.scheme(of: lowered), LinkSchemes.allowed.contains(scheme) else { return nil }
        let rest = lowered.dropFirst(scheme.count + 1)
        return scheme.hasPrefix("http") && !rest.hasPrefix("//") ? nil : trimmed
    }
}

import Foundation
