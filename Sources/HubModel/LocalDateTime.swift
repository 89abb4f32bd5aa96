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
