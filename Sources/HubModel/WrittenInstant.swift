import Foundation

/// A date and time written the way content tools save one (ISO 8601 with seconds, and `Z` or an
/// offset): `2027-03-10T10:00:00.000Z` is Decap CMS's default for a datetime field, and other
/// tools write `2027-03-10T10:00:00+01:00` or `2027-03-10T10:00:00`. hubsite's own form is the
/// site's local time to the minute (`2027-03-10 10:00`); this reads the other so that it can be
/// taken as the moment it names, and rewritten (`check --fix`) in hubsite's form.
public struct WrittenInstant: Hashable, Sendable {
    public let date: LocalDate
    public let hour: Int
    public let minute: Int
    public let second: Int
    /// Whether a fraction of a second other than zero was written (`.500`).
    public let hasFraction: Bool
    /// Minutes east of UTC (`Z` is 0, `+01:00` is 60); nil when none was written (a local time).
    public let offsetMinutes: Int?

    /// `YYYY-MM-DDTHH:MM[:SS[.fff]][Z|±HH:MM|±HHMM|±HH]` (a space for the `T` too); nil for
    /// anything else, hubsite's own `YYYY-MM-DD HH:MM` included.
    public static func parse(_ text: String) -> WrittenInstant? {
        Digits.withBytes(text.trimmingCharacters(in: .whitespaces)) { parse(bytes: $0) }
    }

    private static func parse(bytes chars: UnsafeBufferPointer<UInt8>) -> WrittenInstant? {
        func isDigit(_ index: Int) -> Bool { index < chars.count && Digits.number(chars, from: index, count: 1) != nil }
        guard chars.count >= 16, chars.allSatisfy({ $0 < 0x80 }), chars[10] == UInt8(ascii: "T") || chars[10] == UInt8(ascii: " "),
              let date = LocalDate(isoBytes: UnsafeBufferPointer(rebasing: chars[0..<10])),
              let hour = Digits.number(chars, from: 11, count: 2), chars[13] == UInt8(ascii: ":"),
              let minute = Digits.number(chars, from: 14, count: 2), hour <= 23, minute <= 59 else { return nil }
        var index = 16
        var second = 0, hasFraction = false, hasSeconds = false
        if index < chars.count, chars[index] == UInt8(ascii: ":") {
            guard let value = Digits.number(chars, from: index + 1, count: 2), value <= 59 else { return nil }
            second = value
            hasSeconds = true
            index += 3
            if index < chars.count, chars[index] == UInt8(ascii: ".") {
                index += 1
                let start = index
                while isDigit(index) {
                    if chars[index] != UInt8(ascii: "0") { hasFraction = true }
                    index += 1
                }
                guard index > start else { return nil }
            }
        }
        var offset: Int?
        if index < chars.count {
            switch chars[index] {
            case UInt8(ascii: "Z"), UInt8(ascii: "z"):
                offset = 0
                index += 1
            case UInt8(ascii: "+"), UInt8(ascii: "-"):
                let sign = chars[index] == UInt8(ascii: "-") ? -1 : 1
                guard let hours = Digits.number(chars, from: index + 1, count: 2), hours <= 18 else { return nil }
                index += 3
                var minutes = 0
                if index < chars.count {
                    if chars[index] == UInt8(ascii: ":") { index += 1 }
                    guard let value = Digits.number(chars, from: index, count: 2), value <= 59 else { return nil }
                    minutes = value
                    index += 2
                }
                offset = sign * (hours * 60 + minutes)
            default:
                return nil
            }
        }
        // Without seconds or an offset it is hubsite's own form, which LocalDateTime reads.
        guard index == chars.count, hasSeconds || offset != nil else { return nil }
        return WrittenInstant(date: date, hour: hour, minute: minute, second: second, hasFraction: hasFraction, offsetMinutes: offset)
    }

    /// Whether it is the very start of a day in UTC (`…T00:00:00.000Z`): what a tool writes for
    /// a date picked without a time.
    public var isMidnightUTC: Bool {
        hour == 0 && minute == 0 && second == 0 && !hasFraction && offsetMinutes == 0
    }

    /// Whether it names a whole minute: a time hubsite can write.
    public var isWholeMinute: Bool { second == 0 && !hasFraction }

    /// The date and time it names on the clocks of `zone` (as written, when it has no offset),
    /// to the minute.
    public func local(in zone: TimeZone) -> LocalDateTime {
        guard let offsetMinutes else {
            return LocalDateTime(date: date, time: LocalTime(hour: hour, minute: minute))
        }
        let utc = date.dayNumber * 86_400 + hour * 3_600 + minute * 60 + second - offsetMinutes * 60
        let local = utc + zone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(utc)))
        let day = Int((Double(local) / 86_400).rounded(.down))
        let seconds = local - day * 86_400
        return LocalDateTime(date: LocalDate(dayNumber: day), time: LocalTime(hour: seconds / 3_600, minute: seconds % 3_600 / 60))
    }
}
