import HubModel

extension Findings {
    /// A link field, when given, is a full `https://` address: every link field is checked by
    /// this one function, so each says the same thing the same way.
    mutating func requireSecureAddress(_ value: String?, path: String, in fields: FieldLocations, example: String) {
        guard let value, !Formats.isHTTPSURL(value) else { return }
        report("'\(path)' is not a secure web address: \"\(value.prefix(80))\".", at: fields.location(of: path),
               hint: Self.secureAddressHint(value, path: path, example: example))
    }

    /// The hint for a web address that is not `https://`: the address with it, when that can be
    /// worked out (the site may still serve only http, so it is not a fix).
    static func secureAddressHint(_ value: String, path: String, example: String) -> String {
        let leaf = path.split(separator: ".").last.map(String.init) ?? path
        if let suggested = Formats.suggestedHTTPS(value) {
            return "Write the full address starting with https://: '\(leaf): \(suggested)' (check that it opens)."
        }
        return "Write the full address starting with https://, e.g. '\(example)'."
    }
}
