/// Zero-padded numbers without `String(format:)`, which goes through Foundation's formatter
/// and was 4% of a large build (every date on every page and feed).
public enum Digits {
    public static func padded(_ value: Int, width: Int) -> String {
        let text = String(value)
        return text.count >= width ? text : String(repeating: "0", count: width - text.count) + text
    }
}
