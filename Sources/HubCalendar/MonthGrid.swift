import HubModel

/// A month as weeks of days, Monday first, for the accessible month table.
public struct MonthGrid: Sendable {
    public struct Day: Sendable {
        public var date: LocalDate
        public var inMonth: Bool
        public var events: [CalendarEvent]
    }

    public let year: Int
    public let month: Int
    public let weeks: [[Day]]

    /// `events` may be any events; each appears on every day it covers within the grid.
    public init(year: Int, month: Int, events: [CalendarEvent]) {
        self.year = year
        self.month = month
        let (gridStart, gridEnd) = Self.window(year: year, month: month)
        var byDay: [LocalDate: [CalendarEvent]] = [:]
        for event in events where event.lastDay >= gridStart && event.firstDay <= gridEnd {
            for day in event.days where day >= gridStart && day <= gridEnd {
                byDay[day, default: []].append(event)
            }
        }
        var weeks: [[Day]] = []
        var day = gridStart
        while day <= gridEnd {
            var week: [Day] = []
            for _ in 0..<7 {
                week.append(Day(date: day, inMonth: day.month == month, events: byDay[day] ?? []))
                day = day.adding(days: 1)
            }
            weeks.append(week)
        }
        self.weeks = weeks
    }

    /// The first and last day the grid shows: the Monday on or before the 1st to the Sunday on
    /// or after the month's last day.
    public static func window(year: Int, month: Int) -> (first: LocalDate, last: LocalDate) {
        let first = LocalDate(year: year, month: month, day: 1)!
        let last = LocalDate(year: year, month: month, day: LocalDate.daysIn(month: month, year: year))!
        return (first.adding(days: -first.weekdayIndex), last.adding(days: 6 - last.weekdayIndex))
    }

    public static let monthNames = LocalDate.monthNames
    public static let weekdayNames = LocalDate.weekdayNames

    public var title: String { "\(Self.monthNames[month - 1]) \(year)" }

    /// The months that get a page: every month with an event, plus the current month.
    public static func months(for events: [CalendarEvent], today: LocalDate) -> [(year: Int, month: Int)] {
        // Months counted as numbers, not dates: a date cannot go past 9999-12-31, so a loop
        // that adds a month to a date never ends there.
        func key(_ date: LocalDate) -> Int { date.year * 12 + date.month - 1 }
        var keys: Set<Int> = [key(today)]
        for event in events {
            let first = key(event.firstDay), last = key(event.lastDay)
            guard first <= last else { continue }
            keys.formUnion(first...last)
        }
        return keys.sorted().map { ($0 / 12, $0 % 12 + 1) }
    }
}
