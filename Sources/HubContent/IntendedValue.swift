import HubModel

/// What a date or time written the way people write them (`29/01/2027`, `Friday 29 January
/// 2027`, `2pm`, `9.30`) was meant to be, so that a diagnostic can show the corrected value and
/// `check --fix` can write it when only one reading exists.
enum IntendedValue {
    /// A reading of a value that is not written as hubsite needs it.
    enum Reading<Value: Equatable>: Equatable {
        /// It can only mean `value`.
        case certain(Value)
        /// Read the UK way it means `value`; `other` is the other reading.
        case ukReading(Value, other: Value)
        /// It can mean `value`, but not without doubt (a two-digit year).
        case likely(Value)
        /// It names something that does not exist; the text says why.
        case impossible(String)
    }

    static let monthNames = LocalDate.monthNames.map { $0.lowercased() }
    static let weekdayNames = LocalDate.weekdayNames.map { $0.lowercased() }

    // MARK: Dates

    /// A date not written YYYY-MM-DD; nil when it does not look like a date at all.
    static func date(_ text: String) -> Reading<LocalDate>? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if let numeric = numericDate(trimmed) { return numeric }
        return wordedDate(trimmed)
    }

    /// `2027-1-29`, `2027-02-30`, `29/01/2027`, `29-01-2027`, `29.01.2027`, `29/01/27`.
    private static func numericDate(_ text: String) -> Reading<LocalDate>? {
        for separator in ["-", "/", "."] as [Character] {
            let parts = text.split(separator: separator, omittingEmptySubsequences: false)
            guard parts.count == 3, parts.allSatisfy({ !$0.isEmpty && $0.count <= 4 && $0.allSatisfy(\.isASCIIDigit) }),
                  let a = Int(parts[0]), let b = Int(parts[1]), let c = Int(parts[2]) else { continue }
            if parts[0].count == 4 {
                // Year first: only the ISO order is possible.
                return make(year: a, month: b, day: c).map { .certain($0) } ?? .impossible(whyNot(year: a, month: b, day: c))
            }
            guard parts[0].count <= 2, parts[1].count <= 2, parts[2].count == 4 || parts[2].count == 2 else { return nil }
            let year = parts[2].count == 2 ? 2000 + c : c
            guard let date = make(year: year, month: b, day: a) else {
                if parts[2].count == 4 { return .impossible(whyNot(year: year, month: b, day: a)) }
                return nil
            }
            if parts[2].count == 2 { return .likely(date) }
            if a <= 12, a != b, let other = make(year: year, month: a, day: b) { return .ukReading(date, other: other) }
            return .certain(date)
        }
        return nil
    }

    /// `29 Jan 2027`, `29th January 2027`, `Friday 29 January 2027`, `January 29, 2027`.
    private static func wordedDate(_ text: String) -> Reading<LocalDate>? {
        let words = text.lowercased().split(whereSeparator: { $0 == " " || $0 == "," }).map(String.init)
        var weekday: Int?
        var day: Int?
        var month: Int?
        var year: Int?
        for word in words {
            if let index = weekdayNames.firstIndex(where: { $0 == word || (word.count >= 3 && $0.hasPrefix(word)) }), weekday == nil, day == nil {
                weekday = index
            } else if let index = monthNames.firstIndex(where: { $0 == word || (word.count >= 3 && $0.hasPrefix(word)) || (word == "sept" && $0 == "september") }), month == nil {
                month = index + 1
            } else if let number = Int(word.replacingOccurrences(of: "st", with: "").replacingOccurrences(of: "nd", with: "")
                .replacingOccurrences(of: "rd", with: "").replacingOccurrences(of: "th", with: "")), word.first?.isASCIIDigit == true {
                if word.count == 4, year == nil { year = number } else if word.count <= 4, day == nil, number <= 31 { day = number } else { return nil }
            } else {
                return nil
            }
        }
        guard let day, let month, let year else { return nil }
        guard let date = make(year: year, month: month, day: day) else { return .impossible(whyNot(year: year, month: month, day: day)) }
        if let weekday, weekday != date.weekdayIndex {
            return .impossible("\(spoken(date)) is a \(weekdayNames[date.weekdayIndex].capitalized), not a \(weekdayNames[weekday].capitalized)")
        }
        return .certain(date)
    }

    private static func make(year: Int, month: Int, day: Int) -> LocalDate? {
        guard (1900...2200).contains(year) else { return nil }
        return LocalDate(year: year, month: month, day: day)
    }

    private static func whyNot(year: Int, month: Int, day: Int) -> String {
        guard (1...12).contains(month) else { return "there is no month \(month)" }
        let days = LocalDate.daysIn(month: month, year: year)
        return "\(monthNames[month - 1].capitalized) \(year) has \(days) days, so there is no \(day) \(monthNames[month - 1].capitalized)"
    }

    /// `29 January 2027`.
    static func spoken(_ date: LocalDate) -> String {
        "\(date.day) \(monthNames[date.month - 1].capitalized) \(date.year)"
    }

    // MARK: Times

    /// A time not written HH:MM on the 24-hour clock; nil when it does not look like a time.
    static func time(_ text: String) -> Reading<LocalTime>? {
        var rest = text.lowercased().replacingOccurrences(of: " ", with: "").replacingOccurrences(of: ".", with: ":")
        var half: String?
        for suffix in ["am", "pm", "a:m:", "p:m:"] where rest.hasSuffix(suffix) {
            half = String(suffix.prefix(1))
            rest.removeLast(suffix.count)
            break
        }
        let parts = rest.split(separator: ":", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), parts.allSatisfy({ !$0.isEmpty && $0.count <= 2 && $0.allSatisfy(\.isASCIIDigit) }),
              let hour = Int(parts[0]) else { return nil }
        let minute = parts.count == 2 ? Int(parts[1])! : 0
        if parts.count == 2, parts[1].count != 2 { return nil }
        guard minute <= 59 else { return .impossible("an hour has 60 minutes, 00 to 59") }
        guard let half else {
            guard parts.count == 2 else { return nil }
            return hour <= 23 ? .certain(LocalTime(hour: hour, minute: minute)!) : .impossible("the day's hours run 00 to 23")
        }
        if hour >= 13, hour <= 23 {
            // 14:00pm: the 24-hour clock already; pm agrees, am contradicts it.
            return half == "p" ? .certain(LocalTime(hour: hour, minute: minute)!) : nil
        }
        guard (1...12).contains(hour) else { return hour == 0 && half == "a" ? .certain(LocalTime(hour: 0, minute: minute)!) : nil }
        let converted = half == "p" ? (hour == 12 ? 12 : hour + 12) : (hour == 12 ? 0 : hour)
        return .certain(LocalTime(hour: converted, minute: minute)!)
    }
}
