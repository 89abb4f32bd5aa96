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
        guard text.hasPrefix("https://"), !text.contains(where: { $0.isWhitespace }),
              let components = URLComponents(string: text), let host = components.host else { return false }
        return isHostName(host)
    }
}
