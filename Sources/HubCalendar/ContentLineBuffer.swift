/// iCalendar content lines (RFC 5545 3.1) built as bytes in one buffer: each property's name
/// and value are written once, the value escaped as it is copied, and the line folded at 75
/// octets, never inside a UTF-8 character, as it is finished. A VEVENT is made for every feed
/// that lists its event, so this is on a build's hot path: no string is made per line.
struct ContentLineBuffer {
    /// How a value's bytes are copied into the line.
    enum Value {
        /// As given.
        case plain
        /// TEXT (3.3.11): backslash, semicolon and comma escaped, a line break as `\n`, other
        /// control characters dropped so that no value can start a property of its own.
        case text
        /// A URI: control characters dropped.
        case uri
        /// A UID's local part: printable ASCII only, without `;`, `,` and `\`.
        case uid
    }

    private(set) var bytes: [UInt8] = []
    /// The line being written, before folding.
    private var line: [UInt8] = []

    init(capacity: Int = 2048) {
        bytes.reserveCapacity(capacity)
        line.reserveCapacity(256)
    }

    /// The lines as text.
    var text: String { String(decoding: bytes, as: UTF8.self) }

    /// A whole line (`BEGIN:VEVENT`), as given.
    mutating func add(_ whole: String) {
        line.append(contentsOf: whole.utf8)
        finishLine()
    }

    /// `name` then `value` on one line (the name carries its `:` or parameters).
    mutating func add(_ name: String, _ value: String, as kind: Value = .plain) {
        line.append(contentsOf: name.utf8)
        append(value, as: kind)
        finishLine()
    }

    /// `name`, `value` copied as `kind`, then `suffix` as given: one line.
    mutating func add(_ name: String, _ value: String, as kind: Value, then suffix: String) {
        line.append(contentsOf: name.utf8)
        append(value, as: kind)
        line.append(contentsOf: suffix.utf8)
        finishLine()
    }

    /// `text` escaped as a TEXT value, alone (the few values written outside a VEVENT: time
    /// zone names).
    static func escaped(_ text: String) -> String {
        var buffer = ContentLineBuffer(capacity: 0)
        buffer.append(text, as: .text)
        return String(decoding: buffer.line, as: UTF8.self)
    }

    /// Copies `value` into the line as `kind`: runs of bytes that need nothing are copied whole.
    private mutating func append(_ value: String, as kind: Value) {
        if kind == .plain {
            line.append(contentsOf: value.utf8)
            return
        }
        var value = value
        value.withUTF8 { bytes in
            var run = 0
            for index in 0..<bytes.count {
                let byte = bytes[index]
                let replacement: UInt8?
                switch kind {
                case .text:
                    switch byte {
                    case UInt8(ascii: "\\"), UInt8(ascii: ";"), UInt8(ascii: ","): replacement = byte
                    case UInt8(ascii: "\n"): replacement = UInt8(ascii: "n")
                    case 0..<0x20, 0x7F: replacement = nil
                    default: continue
                    }
                case .uri:
                    // Control characters are single bytes in UTF-8: never part of a longer character.
                    guard byte < 0x20 || byte == 0x7F else { continue }
                    replacement = nil
                case .uid:
                    // Every byte of a non-ASCII character is 0x80 or above: dropping them drops the character.
                    guard byte <= 0x20 || byte >= 0x80 || byte == UInt8(ascii: ";") || byte == UInt8(ascii: ",")
                        || byte == UInt8(ascii: "\\") else { continue }
                    replacement = nil
                case .plain:
                    continue
                }
                line.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run..<index]))
                if let replacement {
                    line.append(0x5C)
                    line.append(replacement)
                }
                run = index + 1
            }
            line.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run...]))
        }
    }

    /// Folds the line into 75-octet pieces (continuations start with a space and hold 74),
    /// stepping back off UTF-8 continuation bytes, and ends it with CRLF.
    private mutating func finishLine() {
        let count = line.count
        if count <= 75 {
            bytes.append(contentsOf: line)
        } else {
            var start = 0
            var limit = 75
            while start < count {
                var end = min(count, start + limit)
                while end < count, end > start, line[end] & 0xC0 == 0x80 { end -= 1 }
                if start > 0 {
                    bytes.append(13)
                    bytes.append(10)
                    bytes.append(32)
                }
                bytes.append(contentsOf: line[start..<end])
                start = end
                limit = 74
            }
        }
        bytes.append(13)
        bytes.append(10)
        line.removeAll(keepingCapacity: true)
    }
}
