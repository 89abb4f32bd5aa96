/// A wall-clock time, `14:30`, in the site's time zone.
public struct LocalTime: Hashable, Sendable, Comparable, CustomStringConvertible {
    public let hour: Int
    public let minute: Int

    public init?(hour: Int, minute: Int) {
        guard (0...23).contains(hour), (0...59).contains(minute) else { return nil }
        self.hour = hour
        self.minute = minute
    }

    /// Parses `HH:MM` (and `H:MM`); rejects `25:00` and `12:60`.
    public init?(text: String) {
        guard let time = Digits.withBytes(text, { LocalTime(bytes: $0) }) else { return nil }
        self = time
    }

    /// Parses `HH:MM` or `H:MM` from UTF-8 bytes (the whole buffer).
    public init?(bytes: UnsafeBufferPointer<UInt8>) {
        let colon = bytes.count - 3
        guard colon == 1 || colon == 2, bytes[colon] == UInt8(ascii: ":"),
              let h = Digits.number(bytes, from: 0, count: colon), let m = Digits.number(bytes, from: colon + 1, count: 2) else { return nil }
        self.init(hour: h, minute: m)
    }

    public var description: String {
        (hour < 10 ? "0" : "") + "\(hour):" + (minute < 10 ? "0" : "") + "\(minute)"
    }

    public var minutesSinceMidnight: Int { hour * 60 + minute }

    public static func < (lhs: LocalTime, rhs: LocalTime) -> Bool {
        lhs.minutesSinceMidnight < rhs.minutesSinceMidnight
    }
}
