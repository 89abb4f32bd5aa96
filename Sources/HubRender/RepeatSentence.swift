import HubCalendar
import HubModel

/// A repeating opportunity's pattern as one sentence in the page's language: "Every second
/// Tuesday of the month, 18:00–19:30, until 15 July 2027; not on 16 February 2027". Each form
/// of the sentence is a text of the words (`repeat_…`), so another language can order it its
/// own way.
enum RepeatSentence {
    static func text(_ series: CalendarEvent.Series, words: Words = .english, dates: HumanDates = .english) -> String {
        let recurrence = series.recurrence
        let weekday = dates.weekdays[series.start.date.weekdayIndex]
        let count = String(recurrence.interval)
        let often = recurrence.interval == 1 ? "month" : recurrence.interval == 2 ? "other_month" : "months"
        var sentence: String
        switch (recurrence.unit, recurrence.monthDay) {
        case (.week, _):
            let key = recurrence.interval == 1 ? "repeat_every_week" : recurrence.interval == 2 ? "repeat_every_other_week" : "repeat_every_weeks"
            sentence = words.format(key, ["weekday": weekday, "count": count])
        case (.month, .weekday(let ordinal, let day)?):
            let which = words.format(ordinal == -1 ? "repeat_which_last" : "repeat_which_\(ordinal)", ["weekday": dates.weekdays[day]])
            sentence = words.format("repeat_\(often)_weekday", ["which": which, "count": count])
        case (.month, let monthDay):
            let day = {
                if case .date(let day)? = monthDay { return day }
                return series.start.date.day
            }()
            sentence = words.format("repeat_\(often)_date", ["ordinal": Recurrence.ordinalNumber(day), "day": String(day), "count": count])
        }
        if let time = HumanDates.timeRange(series.start.time, series.end?.time) { sentence += ", \(time)" }
        let last = recurrence.occurrences(from: series.start.date).last ?? series.start.date
        sentence += ", " + words.format("repeat_until", ["date": dates.shortDate(last)])
        if !recurrence.except.isEmpty {
            let left = recurrence.except.sorted().map(dates.shortDate)
            let list = left.count == 1 ? left[0] : left.dropLast().joined(separator: ", ") + " " + words["list_and"] + " " + left.last!
            sentence += "; " + words.format("repeat_except", ["dates": list])
        }
        return sentence
    }
}
