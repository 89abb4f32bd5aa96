/// Zero-padded numbers without `String(format:)`, which goes through Foundation's formatter
/// and was 4% of a large build (every date on every page and feed); and numbers read from
/// ASCII digits, for the dates and times of 10,000 files.
public enum Digits {
    /// The number written by `count` ASCII digits from `start`; nil if any is not a digit.
    public static func number(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, count: Int) -> Int? {
        guard start >= 0, count > 0, start + count <= bytes.count else { return nil }
        var value = 0
        for index in start..<(start + count) {
            let digit = bytes[index] &- UInt8(ascii: "0")
            guard digit < 10 else { return nil }
            value = value * 10 + Int(digit)
        }
        return value
    }

    /// Calls `body` with the text's UTF-8 bytes, without a copy when the text is native.
    public static func withBytes<R>(_ text: String, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        if let result = text.utf8.withContiguousStorageIfAvailable(body) { return result }
        return Array(text.utf8).withUnsafeBufferPointer(body)
    }

    public static func padded(_ value: Int, width: Int) -> String {
        let text = String(value)
        return text.count >= width ? text : String(repeating: "0", count: width - text.count) + text
    }
}
