/// The link schemes a page may carry: web pages, email and phone. Markdown links with any
/// other scheme are removed, the links rule reports them, and every URL from front matter
/// goes through `Escaping.safeURL`, which takes these only.
public enum LinkSchemes {
    public static let allowed: Set<String> = ["http", "https", "mailto", "tel"]

    /// The lower-cased scheme of a URL (`https`, `mailto`), or nil for a relative reference.
    public static func scheme(of url: String) -> String? {
        let trimmed = url.drop(while: { $0.isWhitespace || $0.asciiValue.map { $0 < 32 } == true })
        guard let colon = trimmed.firstIndex(of: ":") else { return nil }
        let candidate = trimmed[..<colon]
        guard let first = candidate.first, first.isLetter,
              candidate.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "+" || $0 == "-" || $0 == "." }) else {
            // Something like "a/b:c" is a relative path, but control characters or spaces inside a
            // would-be scheme are suspicious: treat them as a scheme so they get blanked.
            return candidate.contains(where: { $0 == "/" || $0 == "?" || $0 == "#" }) ? nil : candidate.lowercased()
        }
        return candidate.lowercased()
    }
}
