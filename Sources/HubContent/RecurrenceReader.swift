import HubModel
import Yams

/// Reads `repeat:` into a `Recurrence`, refusing anything that could be read two ways: each
/// problem is a located error with the words to write instead, never a guess.
struct RecurrenceReader {
    static let path = "repeat"

    /// The pattern and the single dates that changed; nil (after reporting) when it cannot be read.
    static func read(_ node: Node, start: LocalDateTime?, reader: inout FieldReader) -> (Recurrence, [OccurrenceChange])? {
        guard let map = reader.mapping(node, path: path, allowed: FrontMatterFields.names(FieldTables.recurrence),
                                       what: "a repeat (every, on, until or times, except)") else { return nil }
        guard let start else { return nil } // the opportunity rule says the start is missing
        guard let everyNode = map["every"], let everyText = reader.string(everyNode, path: path + ".every") else {
            reader.fields.markUnread(path)
            reader.report("'repeat' does not say how often the opportunity repeats.", at: reader.fields.location(of: path),
                          hint: "Add 'every:' under 'repeat:', e.g. 'every: week', 'every: 2 weeks' or 'every: month'.")
            return nil
        }
        guard let (unit, interval) = every(everyText) else {
            var hint = "Write 'every: week', 'every: 2 weeks', 'every: month' or 'every: 3 months'."
            if let weekday = weekday(everyText.lowercased()) {
                hint = "Write 'every: week': a weekly opportunity falls on the weekday it starts on, so start it on a \(LocalDate.weekdayNames[weekday])."
            }
            reader.reject(everyNode, path: path + ".every", "'repeat.every' is \"\(everyText.prefix(40))\", which does not say how often in a way hubsite can read.", hint: hint)
            return nil
        }
        var monthDay: Recurrence.MonthDay?
        if let onNode = map["on"], let onText = reader.string(onNode, path: path + ".on") {
            guard let parsed = on(onText) else {
                reader.reject(onNode, path: path + ".on", "'repeat.on' is \"\(onText.prefix(40))\", which is not a day of the month hubsite can read.",
                              hint: onText.lowercased().hasPrefix("fifth")
                                  ? "Not every month has a fifth one; write e.g. 'on: last \(onText.split(separator: " ").last ?? "Tuesday")'."
                                  : "Write a day of the month ('on: 15') or a weekday of it ('on: second Tuesday', 'on: last Friday').")
                return nil
            }
            switch (unit, parsed) {
            case (.week, .weekday(_, let day)) where day == start.date.weekdayIndex:
                break // "every week on Tuesday", starting on a Tuesday: what weekly means anyway
            case (.week, _):
                reader.reject(onNode, path: path + ".on", "'repeat.on' does not fit a weekly repeat: it falls on the weekday the opportunity starts on (a \(LocalDate.weekdayNames[start.date.weekdayIndex])).",
                              hint: "Remove 'on:', and start the opportunity on the first day it takes place.")
                return nil
            case (.month, _):
                monthDay = parsed
            }
        }
        // The start is the first time: it must be a day of the pattern.
        if unit == .month, let monthDay, Recurrence.day(monthDay, year: start.date.year, month: start.date.month) != start.date {
            let next = Recurrence.dates(unit: .month, interval: 1, monthDay: monthDay, from: start.date, limit: 1) { _ in true }.first
            let when = start.time.map { " \($0)" } ?? ""
            reader.reject(map["on"]!, path: path + ".on",
                          "The opportunity starts on \(IntendedValue.spoken(start.date)), which is not the \(Recurrence.describe(monthDay)) of the month; the first time must be a day of the pattern.",
                          hint: next.map { "Start it on the first \(Recurrence.describe(monthDay)): 'start: \($0.iso)\(when)'." } ?? "Check 'start:' and 'on:'.")
            return nil
        }
        let untilDate = reader.date(map["until"], path: path + ".until")
        let times = reader.integer(map["times"], path: path + ".times", range: 1...Recurrence.maxListed)
        if reader.fields.anyUnread([path]) { return nil }
        var except: [(LocalDate, Node)] = []
        if let node = map["except"] {
            let items: [Node] = { if case .sequence(let sequence) = node { return Array(sequence) } else { return [node] } }()
            for (index, item) in items.enumerated() {
                if let date = reader.date(item, path: path + ".except[\(index)]") { except.append((date, item)) }
            }
        }
        let pattern: (LocalDate) -> [LocalDate] = { last in
            Recurrence.dates(unit: unit, interval: interval, monthDay: monthDay, from: start.date, limit: 5_000) { $0 <= last }
        }
        let until: LocalDate
        switch (untilDate, times) {
        case (let date?, nil):
            guard date >= start.date else {
                reader.reject(map["until"]!, path: path + ".until", "'repeat.until' (\(date.iso)) is before the opportunity starts (\(start.date.iso)).",
                              hint: "Write the last day it may take place, on or after the start.")
                return nil
            }
            until = date
        case (nil, let count?):
            // `times` counts the times it takes place: the dates left out do not count.
            let left = Set(except.map(\.0))
            let taking = Recurrence.dates(unit: unit, interval: interval, monthDay: monthDay, from: start.date, limit: count + left.count) { _ in true }
                .filter { !left.contains($0) }.prefix(count)
            until = taking.last ?? start.date
        case (nil, nil):
            reader.fields.markUnread(path)
            reader.report("'repeat' does not say when the opportunity stops repeating.", at: reader.fields.keyLocation(of: path),
                          hint: "Add 'until: YYYY-MM-DD' (the last day it may take place) or 'times:' (how many times in all) under 'repeat:'.")
            return nil
        case (.some, .some):
            reader.reject(map["times"]!, path: path + ".times", "'repeat' has both 'until' and 'times'; they could disagree.",
                          hint: "Keep one of them: 'until:' for a last day, or 'times:' for a number of times.")
            return nil
        }
        let dates = Set(pattern(until))
        for (date, node) in except where !dates.contains(date) {
            let nearest = dates.min { abs($0.days(until: date)) < abs($1.days(until: date)) }
            reader.reject(node, path: path + ".except", "\(IntendedValue.spoken(date)) is not one of the dates the opportunity repeats on, so it cannot be left out.",
                          hint: nearest.map { "The nearest date of the pattern is \(IntendedValue.spoken($0)): 'except: [\($0.iso)]'." } ?? "Check the date.")
            return nil
        }
        var changes: [OccurrenceChange] = []
        for (index, item) in reader.list(map["changed"], path: path + ".changed", itemName: "changed dates").enumerated() {
            let itemPath = path + ".changed[\(index)]"
            guard let fields = reader.mapping(item, path: itemPath, allowed: FrontMatterFields.names(FieldTables.changedDate),
                                              what: "a changed date (date, status, to)"),
                  let date = reader.date(fields["date"], path: itemPath + ".date") else {
                if !reader.fields.anyUnread([path]) {
                    reader.fields.markUnread(path)
                    reader.report("A changed date has no 'date'.", at: reader.fields.location(of: itemPath), hint: "Add 'date: YYYY-MM-DD', the date of the pattern that changes.")
                }
                return nil
            }
            let status = reader.choice(fields["status"], path: itemPath + ".status", as: EventStatus.self)
            let movedTo = reader.dateTime(fields["to"], path: itemPath + ".to")
            if reader.fields.anyUnread([path]) { return nil }
            guard dates.contains(date), !except.contains(where: { $0.0 == date }) else {
                reader.reject(fields["date"]!, path: itemPath + ".date", "\(IntendedValue.spoken(date)) is not one of the dates the opportunity takes place on.",
                              hint: "Write a date of the pattern (see the dates listed on the opportunity's page).")
                return nil
            }
            guard status != nil || movedTo != nil else {
                reader.reject(item, path: itemPath, "The changed date \(date.iso) says neither what became of it ('status:') nor where it moved ('to:').",
                              hint: "Add 'status: cancelled', or 'to: YYYY-MM-DD HH:MM' for the new time.")
                return nil
            }
            changes.append(OccurrenceChange(date: date, status: status ?? .rescheduled, movedTo: movedTo, index: index))
        }
        return (Recurrence(unit: unit, interval: interval, monthDay: monthDay, until: until, except: except.map(\.0)), changes)
    }

    /// `week`, `2 weeks`, `fortnight`, `month`, `3 months`.
    static func every(_ text: String) -> (Recurrence.Unit, Int)? {
        let words = text.lowercased().split(separator: " ").map(String.init)
        switch words {
        case ["week"], ["weekly"], ["1", "week"]: return (.week, 1)
        case ["fortnight"], ["other", "week"], ["2", "weeks"], ["two", "weeks"]: return (.week, 2)
        case ["month"], ["monthly"], ["1", "month"]: return (.month, 1)
        case ["other", "month"], ["two", "months"]: return (.month, 2)
        default:
            guard words.count == 2, let count = Int(words[0]), (2...12).contains(count) else { return nil }
            if words[1] == "weeks" { return (.week, count) }
            if words[1] == "months" { return (.month, count) }
            return nil
        }
    }

    /// `15`, `15th`, `second Tuesday`, `2nd Tue`, `last Friday`, `the first Monday of the month`.
    static func on(_ text: String) -> Recurrence.MonthDay? {
        var words = text.lowercased().split(separator: " ").map(String.init).filter { !["the", "of", "month", "each", "every"].contains($0) }
        if words.count == 1, let number = Int(words[0].filter(\.isASCIIDigit)), words[0].first?.isASCIIDigit == true {
            let suffix = words[0].drop(while: \.isASCIIDigit)
            guard (1...31).contains(number), suffix.isEmpty || ["st", "nd", "rd", "th"].contains(String(suffix)) else { return nil }
            return .date(number)
        }
        guard words.count == 2, let day = weekday(words[1]) else { return nil }
        let ordinals = ["first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4, "last": -1]
        guard let ordinal = ordinals[words.removeFirst()] else { return nil }
        return .weekday(ordinal: ordinal, weekday: day)
    }

    static func weekday(_ word: String) -> Int? {
        let word = word.hasSuffix("s") && word.count > 4 ? String(word.dropLast()) : word
        return IntendedValue.weekdayNames.firstIndex { $0 == word || (word.count >= 3 && $0.hasPrefix(word)) }
    }
}
