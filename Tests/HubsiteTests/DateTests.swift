import Testing
import HubModel

@Suite struct DateTests {
    @Test(arguments: ["2026-02-30", "2026-13-01", "0000-00-00", "2026-2-1", "26-02-01", "2026-02-29", "next week", "2026-00-10", "2026-01-32", ""])
    func rejectsImpossibleDates(_ text: String) {
        #expect(LocalDate(iso: text) == nil)
    }

    /// Dates and times are read from their bytes when written as usual, and the long way
    /// otherwise: both ways must agree on what is a date, a time and which part is wrong.
    @Test func readsDateTimesWrittenEveryWay() throws {
        let date = try #require(LocalDate(year: 2027, month: 2, day: 3))
        let timed = LocalDateTime(date: date, time: LocalTime(hour: 9, minute: 5))
        for text in ["2027-02-03 09:05", "2027-02-03 9:05", "2027-02-03T09:05", "2027-02-03T 09:05", "  2027-02-03   9:05\t",
                     "2027-02-03\u{00A0}09:05".replacingOccurrences(of: "\u{00A0}", with: " ")] {
            #expect(LocalDateTime.parse(text) == .success(timed), "\(text)")
        }
        #expect(LocalDateTime.parse("\u{00A0}2027-02-03\u{00A0}") == .success(LocalDateTime(date: date)))
        #expect(LocalDateTime.parse("2027-02-03") == .success(LocalDateTime(date: date)))
        #expect(LocalDateTime.parse("2027-02-03 9.05") == .failure(.badTime))
        #expect(LocalDateTime.parse("2027-02-03 T09:05") == .failure(.badTime))
        #expect(LocalDateTime.parse("2027-02-03\t09:05") == .failure(.badDate))
        #expect(LocalDateTime.parse("2027-2-03 09:05") == .failure(.badDate))
        #expect(LocalDateTime.parse("２０２７-02-03") == .failure(.badDate))
        #expect(LocalTime(text: "9:05") == LocalTime(hour: 9, minute: 5))
        #expect(LocalTime(text: "123:45") == nil)
        #expect(LocalTime(text: ":45") == nil)
    }

    @Test func acceptsLeapDay() {
        #expect(LocalDate(iso: "2028-02-29") != nil)
        #expect(LocalDate(iso: "2000-02-29") != nil)
        #expect(LocalDate(iso: "1900-02-29") == nil)
    }

    @Test func dayArithmeticRoundTrips() {
        let date = LocalDate(iso: "2026-12-31")!
        #expect(date.adding(days: 1).iso == "2027-01-01")
        #expect(LocalDate(iso: "2028-02-28")!.adding(days: 1).iso == "2028-02-29")
        #expect(LocalDate(iso: "1970-01-01")!.dayNumber == 0)
        #expect(LocalDate(dayNumber: date.dayNumber) == date)
        #expect(LocalDate(iso: "2026-11-25")!.weekdayIndex == 2) // a Wednesday
    }

    @Test func addingMonthsClampsToMonthEnd() {
        #expect(LocalDate(iso: "2027-01-31")!.adding(months: 1).iso == "2027-02-28")
        #expect(LocalDate(iso: "2028-02-29")!.adding(months: -12).iso == "2027-02-28")
        #expect(LocalDate(iso: "2026-11-25")!.adding(months: -12).iso == "2025-11-25")
    }

    @Test(arguments: ["25:00", "12:60", "1230", "12:5", "-1:00", "noon"])
    func rejectsImpossibleTimes(_ text: String) {
        #expect(LocalTime(text: text) == nil)
    }

    @Test func parsesDateTimes() {
        #expect(LocalDateTime.parse("2026-12-03 14:30") == .success(LocalDateTime(date: LocalDate(iso: "2026-12-03")!, time: LocalTime(text: "14:30"))))
        #expect(LocalDateTime.parse("2026-12-03T09:05") == .success(LocalDateTime(date: LocalDate(iso: "2026-12-03")!, time: LocalTime(text: "09:05"))))
        #expect(LocalDateTime.parse("2026-12-03 25:00") == .failure(.badTime))
        #expect(LocalDateTime.parse("2026-02-30") == .failure(.badDate))
    }

    @Test func academicYearBoundaries() {
        let august = AcademicYear(containing: LocalDate(iso: "2027-08-31")!)
        #expect(august.first.iso == "2026-09-01")
        #expect(august.last.iso == "2027-08-31")
        #expect(august.description == "2026/27")
        let september = AcademicYear(containing: LocalDate(iso: "2027-09-01")!)
        #expect(september.first.iso == "2027-09-01")
        #expect(!september.contains(LocalDate(iso: "2027-08-31")!))
        let january = AcademicYear(containing: LocalDate(iso: "2027-03-01")!, startMonth: 1)
        #expect(january.first.iso == "2027-01-01" && january.last.iso == "2027-12-31")
        // A leap year's February is inside the year that contains it.
        #expect(AcademicYear(containing: LocalDate(iso: "2028-02-29")!).first.iso == "2027-09-01")
    }
}

@Suite struct SortKeyTests {
    /// `sortKey` orders date-times exactly as `<` does, across days, months, years and times.
    @Test func sortKeyOrdersAsComparable() throws {
        let values = try ["2026-12-31", "2027-01-01", "2027-01-01 00:00", "2027-01-01 09:30", "2027-01-01 23:59", "2027-01-02",
                          "2027-02-28 18:00", "2027-12-01", "2028-02-29 10:00", "1999-05-05 05:05"].map { try LocalDateTime.parse($0).get() }
        for a in values {
            for b in values {
                #expect((a < b) == (a.sortKey < b.sortKey), "\(a) vs \(b)")
            }
        }
    }
}
