/// An academic year, 1 September – 31 August by default (start month configurable).
///
/// The Hub framework (001) asks for "a minimum of two meetings per academic year".
public struct AcademicYear: Hashable, Sendable, CustomStringConvertible {
    public let first: LocalDate
    public let last: LocalDate

    /// The academic year containing `date`.
    public init(containing date: LocalDate, startMonth: Int = 9) {
        let startYear = date.month >= startMonth ? date.year : date.year - 1
        first = LocalDate(year: startYear, month: startMonth, day: 1)!
        last = first.adding(months: 12).adding(days: -1)
    }

    public func contains(_ date: LocalDate) -> Bool { first <= date && date <= last }

    /// `2026/27`, as schools write it.
    public var description: String {
        if first.year == last.year { return "\(first.year)" }
        let next = last.year % 100
        return "\(first.year)/" + (next < 10 ? "0" : "") + "\(next)"
    }
}
