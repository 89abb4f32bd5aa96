/// A date with an optional time: opportunities start on `2026-12-03` (all day) or
/// `2026-12-03 14:30` (timed, in the site's time zone).
public struct LocalDateTime: Hashable, Sendable, Comparable, CustomStringConvertible {
    public let date: LocalDate
    public let time: LocalTime?

    public init(date: LocalDate, time: LocalTime? = nil) {
        self.date = date
        self.time = time
    }

    public enum ParseFailure: Error, Equatable {
        case badDate
        case badTime
    }

    /// Parses `YYYY-MM-DD`, `YYYY-MM-DD HH:MM` or `YYYY-MM-DDTHH:MM`.
    public static func parse(_ text: String) -> Result<LocalDateTime, ParseFailure> {
        // What is almost always written, read from the bytes; anything else (and every
        // mistake, whose kind the message names) goes the long way.
        if let value = Digits.withBytes(text, parseCommon) { return .success(value) }
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let separators: Set<Character> = [" ", "T"]
        if let index = trimmed.firstIndex(where: { separators.contains($0) }) {
            guard let date = LocalDate(iso: String(trimmed[..<index])) else { return .failure(.badDate) }
            let rest = trimmed[trimmed.index(after: index)...].trimmingCharacters(in: .whitespaces)
            guard let time = LocalTime(text: rest) else { return .failure(.badTime) }
            return .success(LocalDateTime(date: date, time: time))
        }
        guard let date = LocalDate(iso: trimmed) else { return .failure(.badDate) }
        return .success(LocalDateTime(date: date))
    }

    /// `YYYY-MM-DD`, then optionally a space or `T` and `H:MM`/`HH:MM`, in ASCII with spaces
    /// or tabs around: nil for anything else.
    static func parseCommon(_ bytes: UnsafeBufferPointer<UInt8>) -> LocalDateTime? {
        func isBlank(_ byte: UInt8) -> Bool { byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") }
        var start = 0, end = bytes.count
        while start < end, isBlank(bytes[start]) { start += 1 }
        while end > start, isBlank(bytes[end - 1]) { end -= 1 }
        guard end - start >= 10, bytes[start..<end].allSatisfy({ $0 < 0x80 }),
              let date = LocalDate(isoBytes: UnsafeBufferPointer(rebasing: bytes[start..<(start + 10)])) else { return nil }
        if end - start == 10 { return LocalDateTime(date: date) }
        guard bytes[start + 10] == UInt8(ascii: " ") || bytes[start + 10] == UInt8(ascii: "T") else { return nil }
        var timeStart = start + 11
        while timeStart < end, isBlank(bytes[timeStart]) { timeStart += 1 }
        guard let time = LocalTime(bytes: UnsafeBufferPointer(rebasing: bytes[timeStart..<end])) else { return nil }
        return LocalDateTime(date: date, time: time)
    }

    public var isAllDay: Bool { time == nil }

    public var description: String {
        if let time { return "\(date.iso) \(time)" }
        return date.iso
    }

    /// One number that orders as `<` does: the date, then the time (an all-day start first).
    public var sortKey: Int {
        ((date.year * 16 + date.month) * 32 + date.day) * 1441 + (time?.minutesSinceMidnight ?? -1) + 1
    }

    public static func < (lhs: LocalDateTime, rhs: LocalDateTime) -> Bool {
        if lhs.date != rhs.date { return lhs.date < rhs.date }
        return (lhs.time?.minutesSinceMidnight ?? -1) < (rhs.time?.minutesSinceMidnight ?? -1)
    }
}

import Foundation
