import Foundation

/// Checks for the shapes of contact details. Deliberately plain: they catch typos a co-lead
/// makes (missing `@`, a stray letter in a phone number, `http://` or no scheme at all), not
/// every corner of RFC 5322.
public enum Formats {
    public static func isEmail(_ text: String) -> Bool {
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, parts[0].count <= 64 else { return false }
        let local = parts[0].utf8, domain = parts[1]
        // Byte checks (every allowed character is ASCII): CharacterSet and Foundation's
        // substring search were a tenth of each rebuild's validation.
        let symbols = Set(".!#$%&'*+/=?^_`{|}~-".utf8)
        guard local.allSatisfy({ isASCIIAlphanumeric($0) || symbols.contains($0) }),
              local.first != UInt8(ascii: "."), local.last != UInt8(ascii: "."),
              !zip(local, local.dropFirst()).contains(where: { $0 == UInt8(ascii: ".") && $1 == UInt8(ascii: ".") }) else { return false }
        return isHostName(String(domain))
    }

    static func isHostName(_ host: String) -> Bool {
        let labels = host.utf8.split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false)
        guard labels.count >= 2, host.count <= 253 else { return false }
        for label in labels {
            guard (1...63).contains(label.count), label.first != UInt8(ascii: "-"), label.last != UInt8(ascii: "-"),
                  label.allSatisfy({ isASCIIAlphanumeric($0) || $0 == UInt8(ascii: "-") }) else { return false }
        }
        return labels.last!.allSatisfy { (UInt8(ascii: "a")...UInt8(ascii: "z")).contains($0 | 0x20) }
    }

    static func isASCIIAlphanumeric(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte | 0x20) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
    }

    /// A UK number (`023 9284 5566`, `07700 900123`) or an international one (`+44 23 9284 5566`).
    public static func isPhone(_ text: String) -> Bool {
        let allowedPunctuation: Set<Character> = [" ", "-", "(", ")", "."]
        var digits = ""
        for (index, character) in text.enumerated() {
            if character.isASCII, character.isNumber { digits.append(character) }
            else if character == "+", index == 0 { continue }
            else if !allowedPunctuation.contains(character) { return false }
        }
        if text.hasPrefix("+") {
            if digits.hasPrefix("44") { return digits.count == 12 || digits.count == 11 }
            return (7...15).contains(digits.count) && digits.first != "0"
        }
        return digits.first == "0" && (digits.count == 10 || digits.count == 11)
    }

    /// An absolute `https://` address with a real host name.
    public static func isHTTPSURL(_ text: String) -> Bool {
        guard text.hasPrefix("https://"), !hasWhitespace(text),
              let components = URLComponents(string: text), let host = components.host else { return false }
        return isHostName(host)
    }

    /// Whether the text has white space in it, of any kind: read byte by byte while it is ASCII
    /// (most addresses are), character by character otherwise.
    static func hasWhitespace(_ text: String) -> Bool {
        var ascii = true
        for byte in text.utf8 {
            if byte >= 0x80 { ascii = false; break }
            if byte == 0x20 || (0x09...0x0D).contains(byte) { return true }
        }
        return !ascii && text.contains(where: { $0.isWhitespace })
    }

    /// An email address as it was surely meant, with what was wrong: written as a link
    /// (`mailto:`), with spaces, or with a full stop at the end of the sentence it came from.
    public static func intendedEmail(_ text: String) -> (address: String, reason: String)? {
        var address = text
        var reasons: [String] = []
        if address.lowercased().hasPrefix("mailto:") {
            address.removeFirst(7)
            reasons.append("'mailto:' belongs in links, not in the address")
        }
        if address.contains(" ") {
            address.removeAll { $0 == " " }
            reasons.append("it has spaces in it")
        }
        if address.hasPrefix("<"), address.hasSuffix(">") {
            address = String(address.dropFirst().dropLast())
            reasons.append("it is written in angle brackets")
        }
        if let last = address.last, last == "." || last == "," || last == ";" {
            reasons.append(last == "." ? "it ends with a full stop" : "it ends with '\(last)'")
            while let end = address.last, end == "." || end == "," || end == ";" { address.removeLast() }
        }
        guard !reasons.isEmpty, address != text, isEmail(address) else { return nil }
        return (address, reasons.joined(separator: ", and "))
    }

    /// The secure address a web address was probably meant to be (`www.example.org` or
    /// `http://…` → `https://…`): a suggestion, not a certainty, since a site may serve only http.
    public static func suggestedHTTPS(_ text: String) -> String? {
        var rest = text
        if rest.lowercased().hasPrefix("http://") { rest.removeFirst(7) }
        guard !rest.contains("://"), !rest.contains(where: { $0.isWhitespace }) else { return nil }
        let candidate = "https://" + rest
        return isHTTPSURL(candidate) ? candidate : nil
    }

    /// The number in a phone field with something else in it: the letter O written for a zero
    /// or l for a one, or words around it ("(mornings only)").
    public static func intendedPhone(_ text: String) -> (number: String, lettersForDigits: Bool)? {
        let swapped = String(text.map { character -> Character in
            switch character {
            case "O", "o": return "0"
            case "l", "I": return "1"
            default: return character
            }
        })
        if swapped != text, isPhone(swapped) { return (swapped, true) }
        // The longest run from the start made of digits and phone punctuation.
        let number = text.prefix(while: { $0.isASCIIDigit || " +-().".contains($0) }).trimmingCharacters(in: CharacterSet(charactersIn: " ("))
        return number != text && isPhone(number) ? (number, false) : nil
    }
}
