import HubModel
import HubCalendar

/// Dates and times as people in the UK read them: "Thursday 3 December 2026", "14:00–16:00".
public enum HumanDates {
    public static func date(_ date: LocalDate) -> String {
        "\(MonthGrid.weekdayNames[date.weekdayIndex]) \(date.day) \(MonthGrid.monthNames[date.month - 1]) \(date.year)"
    }

    public static func shortDate(_ date: LocalDate) -> String {
        "\(date.day) \(MonthGrid.monthNames[date.month - 1]) \(date.year)"
    }

    public static func timeRange(_ start: LocalTime?, _ end: LocalTime?) -> String? {
        guard let start else { return nil }
        guard let end else { return start.description }
        return "\(start)–\(end)"
    }
}
