import HubCalendar
import HubModel

/// A repeating opportunity's pattern as one sentence: "Every second Tuesday of the month,
/// 18:00–19:30, until 15 July 2027; not on 16 February 2027".
enum RepeatSentence {
    static func text(_ series: CalendarEvent.Series) -> String {
        let recurrence = series.recurrence
        let weekday = LocalDate.weekdayNames[series.start.date.weekdayIndex]
        let every = recurrence.interval == 1 ? "every" : recurrence.interval == 2 ? "every other" : "every \(recurrence.interval)"
        var sentence: String
        switch (recurrence.unit, recurrence.monthDay) {
        case (.week, _):
            sentence = recurrence.interval <= 2 ? "\(every.capitalizedFirst) \(weekday)" : "Every \(recurrence.interval) weeks on \(weekday)"
        case (.month, .weekday?):
            let day = Recurrence.describe(recurrence.monthDay!)
            sentence = recurrence.interval == 1 ? "Every \(day) of the month"
                : "The \(day) of \(every) \(recurrence.interval == 2 ? "month" : "months")"
        case (.month, _):
            let day = Recurrence.describe(recurrence.monthDay ?? .date(series.start.date.day))
            sentence = recurrence.interval == 1 ? "On the \(day) of every month"
                : "On the \(day) of \(every) \(recurrence.interval == 2 ? "month" : "months")"
        }
        if let time = HumanDates.timeRange(series.start.time, series.end?.time) { sentence += ", \(time)" }
        let last = recurrence.occurrences(from: series.start.date).last ?? series.start.date
        sentence += ", until \(HumanDates.shortDate(last))"
        if !recurrence.except.isEmpty {
            let dates = recurrence.except.sorted().map(HumanDates.shortDate)
            sentence += "; not on " + (dates.count == 1 ? dates[0] : dates.dropLast().joined(separator: ", ") + " and " + dates.last!)
        }
        return sentence
    }
}

extension String {
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
