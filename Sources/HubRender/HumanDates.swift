import Foundation
import HubCalendar
import HubModel

/// Dates and times as people read them in a page's language: "Thursday 3 December 2026",
/// "Dydd Iau 3 Rhagfyr 2026", "14:00–16:00". The names of days and months come from
/// Foundation's locale data (CLDR) for the language; their order from the words' `date_long`,
/// `date_short` and `month_title`.
public struct HumanDates: Sendable {
    /// Monday first, as `LocalDate.weekdayIndex` counts.
    public let weekdays: [String]
    /// Short names for a grid's columns ("Mon", "Llun").
    public let shortWeekdays: [String]
    /// Month names as a date writes them.
    public let months: [String]
    /// Month names standing alone, as a month's heading writes them.
    public let standaloneMonths: [String]
    private let long: WordPattern
    private let short: WordPattern
    private let monthTitle: WordPattern

    public init(words: Words) {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: words.language)
        func mondayFirst(_ names: [String], _ fallback: [String]) -> [String] {
            guard names.count == 7 else { return fallback }
            return Array(names[1...]) + [names[0]]
        }
        weekdays = mondayFirst(formatter.weekdaySymbols, LocalDate.weekdayNames)
        shortWeekdays = mondayFirst(formatter.shortStandaloneWeekdaySymbols, LocalDate.weekdayNames.map { String($0.prefix(3)) })
        let months: [String] = formatter.monthSymbols.count == 12 ? formatter.monthSymbols : LocalDate.monthNames
        self.months = months
        standaloneMonths = formatter.standaloneMonthSymbols.count == 12 ? formatter.standaloneMonthSymbols : months
        long = WordPattern(words["date_long"])
        short = WordPattern(words["date_short"])
        monthTitle = WordPattern(words["month_title"])
    }

    /// English, as the en-GB words write it.
    public static let english = HumanDates(words: .english)

    public func date(_ date: LocalDate) -> String {
        long.fill(weekday: weekdays[date.weekdayIndex], day: date.day, month: months[date.month - 1], year: date.year)
    }

    public func shortDate(_ date: LocalDate) -> String {
        short.fill(weekday: weekdays[date.weekdayIndex], day: date.day, month: months[date.month - 1], year: date.year)
    }

    /// A month's heading: "December 2026", "Rhagfyr 2026".
    public func month(year: Int, month: Int) -> String {
        monthTitle.fill(weekday: "", day: 1, month: standaloneMonths[month - 1], year: year)
    }

    public static func date(_ date: LocalDate) -> String { english.date(date) }

    public static func shortDate(_ date: LocalDate) -> String { english.shortDate(date) }

    public static func timeRange(_ start: LocalTime?, _ end: LocalTime?) -> String? {
        guard let start else { return nil }
        guard let end else { return start.description }
        return "\(start)–\(end)"
    }
}

/// A date's text with `{ $weekday }`, `{ $day }`, `{ $month }` and `{ $year }` places, split
/// once so that filling it in (for every date on a large network's pages) does not search
/// the text again.
struct WordPattern: Sendable {
    enum Part: Sendable {
        case text(String)
        case weekday, day, month, year
    }

    let parts: [Part]

    init(_ text: String) {
        var parts: [Part] = []
        var rest = text[...]
        while let open = rest.range(of: "{ $"), let close = rest[open.upperBound...].range(of: " }") {
            if open.lowerBound > rest.startIndex { parts.append(.text(String(rest[..<open.lowerBound]))) }
            switch rest[open.upperBound..<close.lowerBound] {
            case "weekday": parts.append(.weekday)
            case "day": parts.append(.day)
            case "month": parts.append(.month)
            case "year": parts.append(.year)
            default: break
            }
            rest = rest[close.upperBound...]
        }
        if !rest.isEmpty { parts.append(.text(String(rest))) }
        self.parts = parts
    }

    func fill(weekday: String, day: Int, month: String, year: Int) -> String {
        var out = ""
        for part in parts {
            switch part {
            case .text(let text): out += text
            case .weekday: out += weekday
            case .day: out += String(day)
            case .month: out += month
            case .year: out += String(year)
            }
        }
        return out
    }
}
