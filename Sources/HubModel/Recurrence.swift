/// How an opportunity repeats, as a co-lead writes it under `repeat:` (docs/content.md):
/// every week or N weeks, or every month or N months on a day of the month (`15`) or a
/// weekday of it (`second Tuesday`, `last Friday`); until a date, or a number of times; with
/// dates left out. The first time is the opportunity's `start`, which must fit the pattern.
public struct Recurrence: Hashable, Sendable {
    public enum Unit: String, Hashable, Sendable {
        case week
        case month
    }

    /// Which day of the month a monthly pattern falls on.
    public enum MonthDay: Hashable, Sendable {
        /// The 15th: months without that day are left out (as iCalendar's BYMONTHDAY does).
        case date(Int)
        /// The second Tuesday (`ordinal` 1–4) or the last (`ordinal` -1); weekday 0 is Monday.
        case weekday(ordinal: Int, weekday: Int)
    }

    public var unit: Unit
    /// Every `interval` weeks or months.
    public var interval: Int
    /// For monthly patterns; nil for weekly ones (the start's weekday).
    public var monthDay: MonthDay?
    /// The last day an occurrence may fall on (inclusive); worked out from `times` when the
    /// co-lead gives a number of times instead.
    public var until: LocalDate
    /// Occurrences left out (each one of the pattern's dates).
    public var except: [LocalDate]

    public init(unit: Unit, interval: Int, monthDay: MonthDay?, until: LocalDate, except: [LocalDate] = []) {
        self.unit = unit
        self.interval = interval
        self.monthDay = monthDay
        self.until = until
        self.except = except
    }

    /// The most occurrences ever listed, and how far ahead of today they are listed.
    public static let maxListed = 200
    public static let monthsAhead = 18

    /// The pattern's dates from `start` on, without `except`, while `keepGoing` holds (and
    /// never more than `limit`): the pattern alone, not bounded by `until`.
    public static func dates(unit: Unit, interval: Int, monthDay: MonthDay?, from start: LocalDate, limit: Int,
                             while keepGoing: (LocalDate) -> Bool) -> [LocalDate] {
        var dates: [LocalDate] = []
        var step = 0
        // Months without the day (the 31st) are passed over; a bound on steps keeps a
        // pattern that never matches (which the loader refuses) from looping.
        while dates.count < limit, step < limit * 12 + 24 {
            let candidate: LocalDate?
            switch unit {
            case .week:
                candidate = start.adding(days: 7 * interval * step)
            case .month:
                let monthIndex = start.year * 12 + (start.month - 1) + interval * step
                candidate = Self.day(monthDay ?? .date(start.day), year: monthIndex / 12, month: monthIndex % 12 + 1)
            }
            step += 1
            guard let date = candidate else { continue }
            guard keepGoing(date) else { break }
            if date >= start { dates.append(date) }
        }
        return dates
    }

    /// The day a monthly pattern falls on in one month, if it has one.
    public static func day(_ monthDay: MonthDay, year: Int, month: Int) -> LocalDate? {
        switch monthDay {
        case .date(let day):
            return LocalDate(year: year, month: month, day: day)
        case .weekday(let ordinal, let weekday):
            // Beyond the calendar's years (a pattern run on past 9999) there is no such day.
            guard let first = LocalDate(year: year, month: month, day: 1) else { return nil }
            let offset = (weekday - first.weekdayIndex + 7) % 7
            if ordinal > 0 { return LocalDate(year: year, month: month, day: 1 + offset + 7 * (ordinal - 1)) }
            let days = LocalDate.daysIn(month: month, year: year)
            var day = 1 + offset
            while day + 7 <= days { day += 7 }
            return LocalDate(year: year, month: month, day: day)
        }
    }

    /// Every occurrence from `start` to `until`, without the dates left out.
    public func occurrences(from start: LocalDate) -> [LocalDate] {
        let left = Set(except)
        return Self.dates(unit: unit, interval: interval, monthDay: monthDay, from: start, limit: 5_000) { $0 <= until }
            .filter { !left.contains($0) }
    }

    /// The pattern's day of the month as words: "second Tuesday", "15th".
    public static func describe(_ monthDay: MonthDay) -> String {
        switch monthDay {
        case .date(let day): return ordinalNumber(day)
        case .weekday(let ordinal, let weekday):
            let which = ordinal == -1 ? "last" : ["first", "second", "third", "fourth"][ordinal - 1]
            return "\(which) \(LocalDate.weekdayNames[weekday])"
        }
    }

    /// 1st, 2nd, 3rd, 4th, 11th, 21st, …
    public static func ordinalNumber(_ number: Int) -> String {
        let suffix: String
        switch (number % 10, number % 100) {
        case (_, 11...13): suffix = "th"
        case (1, _): suffix = "st"
        case (2, _): suffix = "nd"
        case (3, _): suffix = "rd"
        default: suffix = "th"
        }
        return "\(number)\(suffix)"
    }
}
