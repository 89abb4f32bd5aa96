import Foundation
import HubModel

/// Local wall-clock times in the site's time zone, converted with Foundation's `TimeZone` and
/// `Calendar` (never hand-computed offsets).
public struct ZonedTime: Sendable {
    public let timeZone: TimeZone
    private let calendar: Calendar

    public init(timeZone: TimeZone) {
        self.timeZone = timeZone
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        self.calendar = calendar
    }

    public init(identifier: String) {
        self.init(timeZone: TimeZone(identifier: identifier) ?? TimeZone(identifier: "Europe/London")!)
    }

    /// The instant of a local date and time. In the hour that repeats when the clocks go back,
    /// the first occurrence (summer time) is taken, as calendar clients do.
    public func instant(_ date: LocalDate, _ time: LocalTime?) -> Date {
        // The wall-clock time read as if it were UTC, less the zone's offset, when the offset
        // is the same a day either side (no clock change near): Foundation's calendar
        // arithmetic, below, was most of the time of an opportunity page's dates.
        let wall = TimeInterval(date.dayNumber * 86_400 + (time?.hour ?? 0) * 3600 + (time?.minute ?? 0) * 60)
        let before = timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: wall - 86_400))
        if before == timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: wall + 86_400)) {
            return Date(timeIntervalSince1970: wall - TimeInterval(before))
        }
        return calendarInstant(date, time)
    }

    /// The instant through Foundation's calendar: what `instant` gives near a clock change,
    /// and what the tests hold it to everywhere.
    func calendarInstant(_ date: LocalDate, _ time: LocalTime?) -> Date {
        var components = DateComponents()
        components.year = date.year
        components.month = date.month
        components.day = date.day
        components.hour = time?.hour ?? 0
        components.minute = time?.minute ?? 0
        return calendar.date(from: components) ?? Date(timeIntervalSince1970: 0)
    }

    /// `2026-12-03T14:30:00+00:00`: ISO 8601 with the offset in force at that time.
    public func iso8601(_ value: LocalDateTime) -> String {
        guard let time = value.time else { return value.date.iso }
        let offset = timeZone.secondsFromGMT(for: instant(value.date, time))
        return "\(value.date.iso)T\(time):00" + Self.offsetText(offset, separator: ":")
    }

    static func offsetText(_ seconds: Int, separator: String) -> String {
        let sign = seconds < 0 ? "-" : "+"
        let minutes = abs(seconds) / 60
        return sign + Digits.padded(minutes / 60, width: 2) + separator + Digits.padded(minutes % 60, width: 2)
    }

    /// `20261125T000000Z` for an instant.
    public static func utcStamp(_ date: Date) -> String {
        utc(date, basic: true)
    }

    /// `2026-11-25T00:00:00Z` for an instant (Atom, sitemaps, Outlook links).
    public static func rfc3339(_ date: Date) -> String {
        utc(date, basic: false)
    }

    /// An instant in UTC, by arithmetic on its seconds since 1970 (days to a civil date):
    /// Foundation's calendar did the same several times on every opportunity page.
    static func utc(_ date: Date, basic: Bool) -> String {
        let total = Int(date.timeIntervalSince1970.rounded(.down))
        let days = Int((Double(total) / 86_400).rounded(.down))
        let time = total - days * 86_400
        let day = LocalDate(dayNumber: days)
        let clock = [time / 3600, time % 3600 / 60, time % 60].map { Digits.padded($0, width: 2) }
        return basic ? day.basic + "T" + clock.joined() + "Z" : day.iso + "T" + clock.joined(separator: ":") + "Z"
    }

    /// Daylight-saving transitions between two instants: (instant, offset before, offset after, is daylight after).
    func transitions(from start: Date, to end: Date) -> [(at: Date, from: Int, to: Int, daylight: Bool)] {
        var result: [(Date, Int, Int, Bool)] = []
        var cursor = start
        while let next = timeZone.nextDaylightSavingTimeTransition(after: cursor), next < end, result.count < 1000 {
            let before = timeZone.secondsFromGMT(for: next.addingTimeInterval(-1))
            let after = timeZone.secondsFromGMT(for: next)
            result.append((next, before, after, timeZone.isDaylightSavingTime(for: next)))
            cursor = next
        }
        return result
    }

    /// Local wall-clock components of an instant in a fixed offset.
    static func localBasic(_ date: Date, offset: Int) -> String {
        utcStamp(date.addingTimeInterval(TimeInterval(offset))).replacingOccurrences(of: "Z", with: "")
    }
}
