/// JSON written straight into bytes, for the schema.org data of 8,000 opportunity pages:
/// JSONEncoder (its keyed containers, key sorting and boxing) was 4 % of a large build. The
/// output is JSONEncoder's with `.sortedKeys` and `.withoutEscapingSlashes`, byte for byte
/// (the tests compare the two): callers give each object's keys in sorted order.
struct JSONText {
    private var bytes: [UInt8] = []
    /// Whether the open object or list already holds a member (the next needs a comma).
    private var holds: [Bool] = []

    var text: String { String(decoding: bytes, as: UTF8.self) }

    mutating func object(_ body: (inout JSONText) -> Void) {
        open(UInt8(ascii: "{"), body, close: UInt8(ascii: "}"))
    }

    mutating func list(_ body: (inout JSONText) -> Void) {
        open(UInt8(ascii: "["), body, close: UInt8(ascii: "]"))
    }

    /// `"key":` in the open object, then the value `body` writes.
    mutating func member(_ key: String, _ body: (inout JSONText) -> Void) {
        separate()
        quoted(key)
        bytes.append(UInt8(ascii: ":"))
        holds.append(false) // the value is no member of the object: no comma before it
        body(&self)
        holds.removeLast()
    }

    /// `"key":"value"`, or nothing when the value is nil.
    mutating func member(_ key: String, _ value: String?) {
        guard let value else { return }
        member(key) { $0.string(value) }
    }

    mutating func member(_ key: String, _ value: Int?) {
        guard let value else { return }
        member(key) { $0.number(value) }
    }

    mutating func number(_ value: Int) {
        separate()
        bytes.append(contentsOf: String(value).utf8)
    }

    mutating func string(_ value: String) {
        separate()
        quoted(value)
    }

    private mutating func open(_ opening: UInt8, _ body: (inout JSONText) -> Void, close: UInt8) {
        separate()
        bytes.append(opening)
        holds.append(false)
        body(&self)
        holds.removeLast()
        bytes.append(close)
    }

    /// A string, escaped as JSONEncoder escapes: quotation mark, backslash, and control
    /// characters (`\b \f \n \r \t`, the others as `\u00XX`); slashes and all else as they are.
    private mutating func quoted(_ value: String) {
        bytes.append(UInt8(ascii: "\""))
        for byte in value.utf8 {
            switch byte {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"):
                bytes.append(UInt8(ascii: "\\"))
                bytes.append(byte)
            case 0x08: escape(UInt8(ascii: "b"))
            case 0x0C: escape(UInt8(ascii: "f"))
            case UInt8(ascii: "\n"): escape(UInt8(ascii: "n"))
            case UInt8(ascii: "\r"): escape(UInt8(ascii: "r"))
            case UInt8(ascii: "\t"): escape(UInt8(ascii: "t"))
            case 0..<0x20:
                bytes.append(contentsOf: "\\u00".utf8)
                bytes.append(byte < 0x10 ? UInt8(ascii: "0") : UInt8(ascii: "1"))
                let digit = byte & 0x0F
                bytes.append(digit < 10 ? UInt8(ascii: "0") + digit : UInt8(ascii: "a") + digit - 10)
            default:
                bytes.append(byte)
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }

    private mutating func escape(_ letter: UInt8) {
        bytes.append(UInt8(ascii: "\\"))
        bytes.append(letter)
    }

    /// A comma before a list's or an object's second and later members.
    private mutating func separate() {
        guard let last = holds.last else { return }
        if last { bytes.append(UInt8(ascii: ",")) } else { holds[holds.count - 1] = true }
    }
}
