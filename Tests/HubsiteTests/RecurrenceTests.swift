import Foundation
import Testing
@testable import HubBuild
@testable import HubCalendar
@testable import HubContent
import HubModel

/// Repeating opportunities: written in words, expanded on the month pages, written once to the
/// feeds with RRULE, EXDATE and RECURRENCE-ID, and checked against an independent expansion
/// (PyPI recurring-ical-events) across both clock changes.
@Suite struct RecurrenceTests {
    static func opportunity(_ title: String, _ fields: String) -> String {
        "---\ntitle: \(title)\n\(fields)\nhubs: [test]\naudience: [parents-carers]\nlocation: Test Library\n---\nA description of the \(title.lowercased()).\n"
    }

    /// Weekly across both clock changes of 2027 with a date left out; fortnightly a number of
    /// times; monthly on a weekday with one date cancelled and one moved; monthly on the 31st
    /// (all day); monthly on the last Friday; a cancelled one-off.
    static let files: [String: String?] = [
        "content/opportunities/weekly-club.md": opportunity("Weekly club", """
            start: 2027-03-02 18:00
            end: 2027-03-02 19:30
            repeat:
              every: week
              until: 2027-11-09
              except: [2027-04-06]
            """),
        "content/opportunities/fortnightly.md": opportunity("Fortnightly forum", """
            start: 2027-01-06 10:00
            end: 2027-01-06 11:00
            repeat:
              every: 2 weeks
              times: 10
              except: 2027-02-03
            """),
        "content/opportunities/drop-in.md": opportunity("Drop-in evening", """
            start: 2027-01-12 18:00
            end: 2027-01-12 19:30
            repeat:
              every: month
              on: second Tuesday
              until: 2027-12-31
              changed:
                - date: 2027-03-09
                  status: cancelled
                - date: 2027-04-13
                  to: 2027-04-14 18:30
            changes:
              - Cancelled on 9 March, moved from 13 to 14 April.
            """),
        "content/opportunities/month-end.md": opportunity("Month-end review", """
            start: 2027-01-31
            repeat:
              every: month
              on: 31
              until: 2027-12-31
            """),
        "content/opportunities/last-friday.md": opportunity("Last Friday social", """
            start: 2027-01-29 16:00
            end: 2027-01-29 17:00
            repeat: {every: month, on: last Friday, times: 6}
            """),
        "content/opportunities/cancelled-talk.md": opportunity("Cancelled talk", """
            start: 2027-02-10 18:00
            end: 2027-02-10 19:00
            status: cancelled
            changes: [Cancelled because the speaker is ill.]
            """),
    ]

    static func build() throws -> (TestProject, BuildPipeline.Built) {
        let project = TestProject(files: files)
        let built = try project.pipeline.build()
        #expect(built.checked.diagnostics.filter { $0.severity == .error }.isEmpty, "\(built.checked.diagnostics)")
        return (project, built)
    }

    /// (slug, date, local start time) of every opportunity the month pages show.
    static func monthPageOccurrences(_ site: URL) throws -> Set<String> {
        var found: Set<String> = []
        let calendar = site.appendingPathComponent("calendar")
        for year in try FileManager.default.contentsOfDirectory(atPath: calendar.path) where Int(year) != nil {
            for month in try FileManager.default.contentsOfDirectory(atPath: calendar.appendingPathComponent(year).path) {
                let html = try String(contentsOf: calendar.appendingPathComponent("\(year)/\(month)/index.html"), encoding: .utf8)
                let day = try Regex(#"<span class="day-number">(\d+)</span>(.*?)</td>"#).dotMatchesNewlines()
                for cell in html.matches(of: day) {
                    let number = Int(cell.output[1].substring!)!
                    let date = "\(year)-\(month)-" + (number < 10 ? "0" : "") + "\(number)"
                    let link = try Regex(#"opportunities/([a-z0-9-]+)/index\.html">(?:(\d\d:\d\d) )?"#)
                    for event in String(cell.output[2].substring!).matches(of: link) {
                        let time = event.output[2].substring.map(String.init) ?? ""
                        found.insert("\(event.output[1].substring!) \(date) \(time)")
                    }
                }
            }
        }
        return found
    }

    @Test func anIndependentExpansionOfTheFeedGivesExactlyTheDatesTheMonthPagesShow() throws {
        let (project, built) = try Self.build()
        defer { project.remove() }
        let site = built.output
        let expanded = try #require(try CalendarTests.parse("ics_expand.py", ["2026-01-01", "2029-01-01", site.appendingPathComponent("calendar.ics").path]) as? [[String: Any]])
        var fromFeed: Set<String> = []
        for occurrence in expanded {
            let uid = try #require(occurrence["uid"] as? String)
            guard uid.hasPrefix("opportunity-"), uid != "opportunity-workshop@" + uid.split(separator: "@").last! else { continue }
            let slug = uid.dropFirst("opportunity-".count).split(separator: "@")[0]
            let start = try #require(occurrence["start"] as? String)
            let time = start.count > 10 ? String(start.dropFirst(11).prefix(5)) : ""
            fromFeed.insert("\(slug) \(start.prefix(10)) \(time)")
        }
        let onPages = try Self.monthPageOccurrences(site).filter { !$0.hasPrefix("workshop ") }
        #expect(fromFeed == onPages, "only in the feed: \(fromFeed.subtracting(onPages).sorted()); only on the pages: \(onPages.subtracting(fromFeed).sorted())")

        // What the patterns mean, spelt out: the weekly club keeps 18:00 local time across both
        // clock changes, and skips 6 April.
        let weekly = expanded.filter { ($0["uid"] as? String)?.hasPrefix("opportunity-weekly-club@") == true }.compactMap { $0["start"] as? String }
        #expect(weekly.first == "2027-03-02T18:00:00+00:00")
        #expect(weekly.contains("2027-03-30T18:00:00+01:00") && weekly.contains("2027-11-02T18:00:00+00:00"))
        #expect(!weekly.contains { $0.hasPrefix("2027-04-06") })
        #expect(weekly.count == 37 - 1)
        // The fortnightly forum takes place 10 times: the date left out does not count.
        let fortnightly = expanded.filter { ($0["uid"] as? String)?.hasPrefix("opportunity-fortnightly@") == true }
        #expect(fortnightly.count == 10)
        // The 31st: only the months that have one (January, March, May, July, August, October, December).
        let monthEnd = expanded.filter { ($0["uid"] as? String)?.hasPrefix("opportunity-month-end@") == true }.compactMap { $0["start"] as? String }
        #expect(monthEnd == ["2027-01-31", "2027-03-31", "2027-05-31", "2027-07-31", "2027-08-31", "2027-10-31", "2027-12-31"])
        let lastFriday = expanded.filter { ($0["uid"] as? String)?.hasPrefix("opportunity-last-friday@") == true }.compactMap { $0["start"] as? String }
        #expect(lastFriday.map { String($0.prefix(10)) } == ["2027-01-29", "2027-02-26", "2027-03-26", "2027-04-30", "2027-05-28", "2027-06-25"])
        // One date cancelled, one moved: the overrides.
        let dropIn = expanded.filter { ($0["uid"] as? String)?.hasPrefix("opportunity-drop-in@") == true }
        #expect(dropIn.contains { $0["start"] as? String == "2027-03-09T18:00:00+00:00" && $0["status"] as? String == "CANCELLED" })
        #expect(dropIn.contains { $0["start"] as? String == "2027-04-14T18:30:00+01:00" && $0["end"] as? String == "2027-04-14T20:00:00+01:00" })
        #expect(!dropIn.contains { ($0["start"] as? String)?.hasPrefix("2027-04-13") == true })
    }

    @Test func theFeedWritesEachSeriesOnceWithItsPatternStatusAndSequence() throws {
        let (project, built) = try Self.build()
        defer { project.remove() }
        let ics = try String(contentsOf: built.output.appendingPathComponent("calendar.ics"), encoding: .utf8)
        #expect(ics.components(separatedBy: "UID:opportunity-weekly-club@").count == 2)
        #expect(ics.contains("RRULE:FREQ=WEEKLY;UNTIL=20271109T180000Z\r\n"))
        #expect(ics.contains("EXDATE;TZID=Europe/London:20270406T180000\r\n"))
        #expect(ics.contains("RRULE:FREQ=WEEKLY;INTERVAL=2;UNTIL=20270526T090000Z\r\n"))
        #expect(ics.contains("RRULE:FREQ=MONTHLY;BYMONTHDAY=31;UNTIL=20271231\r\n"))
        #expect(ics.contains("RRULE:FREQ=MONTHLY;BYDAY=-1FR;UNTIL=20270625T150000Z\r\n"))
        #expect(ics.contains("RECURRENCE-ID;TZID=Europe/London:20270309T180000\r\n"))
        // The cancelled talk stays in the feed, cancelled, with the change counted; so does the
        // cancelled date of the drop-in. Three parsers read the same.
        let files = ["opportunities/cancelled-talk/cancelled-talk.ics", "opportunities/drop-in/drop-in.ics"].map { built.output.appendingPathComponent($0).path }
        let parsers = try #require(try CalendarTests.parse("ics_statuses.py", files) as? [String: Any])
        let expected: [[String]] = [["opportunity-cancelled-talk", "CANCELLED", "1"], ["opportunity-drop-in", "-", "1"],
                                    ["opportunity-drop-in", "CANCELLED", "1"], ["opportunity-drop-in", "-", "1"]]
        for parser in ["icalendar", "vobject", "libical"] {
            let events = try #require(parsers[parser] as? [[Any]], "\(parser) could not read the files (make test installs it)")
            let seen = events.map { ["\(($0[0] as? String ?? "").split(separator: "@")[0])", ($0[1] as? String) ?? "-", "\($0[2])"] }
            #expect(seen == expected, "\(parser): \(seen)")
        }
        let talk = ics.components(separatedBy: "UID:opportunity-cancelled-talk@")[1].components(separatedBy: "END:VEVENT")[0]
        #expect(talk.contains("STATUS:CANCELLED\r\n") && talk.contains("SEQUENCE:1\r\n"))
    }

    @Test func thePageStatesThePatternListsTheNextDatesAndLinksToCalendars() throws {
        let (project, built) = try Self.build()
        defer { project.remove() }
        let html = try String(contentsOf: built.output.appendingPathComponent("opportunities/drop-in/index.html"), encoding: .utf8)
        #expect(html.contains("Every second Tuesday of the month, 18:00–19:30, until 14 December 2027"))
        #expect(html.contains("Tuesday 9 March 2027</time>, 18:00–19:30 <strong class=\"badge status\">Cancelled</strong>"))
        #expect(html.contains("Wednesday 14 April 2027</time>, 18:30–20:00 <strong class=\"badge status\">Rescheduled</strong>"))
        #expect(html.contains("<li>Cancelled on 9 March, moved from 13 to 14 April.</li>"))
        let weekly = try String(contentsOf: built.output.appendingPathComponent("opportunities/weekly-club/index.html"), encoding: .utf8)
        #expect(weekly.contains("Every Tuesday, 18:00–19:30, until 9 November 2027; not on 6 April 2027"))
        #expect(weekly.contains("The next 12 dates are listed; the calendar file has them all."))
        let cancelled = try String(contentsOf: built.output.appendingPathComponent("opportunities/cancelled-talk/index.html"), encoding: .utf8)
        #expect(cancelled.contains("<h1>Cancelled talk <strong class=\"badge status\">Cancelled</strong></h1>"))
        #expect(cancelled.contains("\"eventStatus\":\"https://schema.org/EventCancelled\""))
        // JSON-LD: one Event per listed date, each with its own status.
        let script = try #require(html.firstMatch(of: try Regex(#"<script type="application/ld\+json">(.*?)</script>"#).dotMatchesNewlines()))
        let events = try #require(try JSONSerialization.jsonObject(with: Data(String(script.output[1].substring!).utf8)) as? [[String: Any]])
        #expect(events.count == 12)
        #expect(events.contains { $0["startDate"] as? String == "2027-03-09T18:00:00+00:00" && $0["eventStatus"] as? String == "https://schema.org/EventCancelled" })
    }

    /// The links carry the first date in UTC: 18:00 on 12 January 2027 in London is 18:00Z;
    /// an all-day event is a date range ending the day after.
    @Test func addToCalendarLinksParseBackToTheEventInUTC() throws {
        let links = CalendarLinks(zone: ZonedTime(identifier: "Europe/London"))
        let summer = CalendarTests.event("a", "2027-06-08 18:00", "2027-06-08 19:30", title: "Drop-in, summer")
        let google = try #require(URLComponents(string: links.links(summer, details: "Details & more").google))
        let query = Dictionary(uniqueKeysWithValues: (google.queryItems ?? []).map { ($0.name, $0.value ?? "") })
        #expect(google.host == "calendar.google.com" && query["action"] == "TEMPLATE")
        #expect(query["dates"] == "20270608T170000Z/20270608T183000Z")
        #expect(query["text"] == "Drop-in, summer" && query["details"] == "Details & more" && query["ctz"] == "Europe/London")
        let outlook = try #require(URLComponents(string: links.links(summer, details: "Details").outlook))
        let oquery = Dictionary(uniqueKeysWithValues: (outlook.queryItems ?? []).map { ($0.name, $0.value ?? "") })
        #expect(oquery["startdt"] == "2027-06-08T17:00:00Z" && oquery["enddt"] == "2027-06-08T18:30:00Z")
        #expect(oquery["subject"] == "Drop-in, summer" && oquery["rru"] == "addevent")
        let allDay = CalendarTests.event("b", "2027-01-31")
        let gq = Dictionary(uniqueKeysWithValues: (URLComponents(string: links.links(allDay, details: "").google)?.queryItems ?? []).map { ($0.name, $0.value ?? "") })
        #expect(gq["dates"] == "20270131/20270201")
        let oq = Dictionary(uniqueKeysWithValues: (URLComponents(string: links.links(allDay, details: "").outlook)?.queryItems ?? []).map { ($0.name, $0.value ?? "") })
        #expect(oq["allday"] == "true" && oq["startdt"] == "2027-01-31" && oq["enddt"] == "2027-02-01")
    }

    /// UTC times (feeds' DTSTAMP and UNTIL, Atom, the links) are worked out by arithmetic;
    /// Foundation's calendar agrees.
    @Test func utcTimesAgreeWithFoundation() {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        for seconds in stride(from: -86_400.0 * 400, through: 86_400.0 * 365 * 80, by: 86_400.0 * 7.31 + 3_671) {
            let date = Date(timeIntervalSince1970: seconds)
            let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
            #expect(ZonedTime.utcStamp(date) == String(format: "%04d%02d%02dT%02d%02d%02dZ", c.year!, c.month!, c.day!, c.hour!, c.minute!, c.second!))
            #expect(ZonedTime.rfc3339(date) == String(format: "%04d-%02d-%02dT%02d:%02d:%02dZ", c.year!, c.month!, c.day!, c.hour!, c.minute!, c.second!))
        }
    }

    /// Nothing ambiguous is guessed: each of these is one located error with what to write.
    @Test(arguments: [
        ("repeat: {every: tuesday, until: 2027-07-15}", "'repeat.every' is \"tuesday\", which does not say how often in a way hubsite can read.",
         "Write 'every: week': a weekly opportunity falls on the weekday it starts on, so start it on a Tuesday."),
        ("repeat: {every: month, on: fifth Tuesday, until: 2027-07-15}", "'repeat.on' is \"fifth Tuesday\", which is not a day of the month hubsite can read.",
         "Not every month has a fifth one; write e.g. 'on: last Tuesday'."),
        ("repeat: {every: month, on: second Wednesday, until: 2027-07-15}",
         "The opportunity starts on 12 January 2027, which is not the second Wednesday of the month; the first time must be a day of the pattern.",
         "Start it on the first second Wednesday: 'start: 2027-01-13 18:00'."),
        ("repeat: {every: week}", "'repeat' does not say when the opportunity stops repeating.",
         "Add 'until: YYYY-MM-DD' (the last day it may take place) or 'times:' (how many times in all) under 'repeat:'."),
        ("repeat: {every: week, until: 2027-07-15, times: 4}", "'repeat' has both 'until' and 'times'; they could disagree.",
         "Keep one of them: 'until:' for a last day, or 'times:' for a number of times."),
        ("repeat: {every: week, until: 2027-03-01, except: [2027-01-20]}", "20 January 2027 is not one of the dates the opportunity repeats on, so it cannot be left out.",
         "The nearest date of the pattern is 19 January 2027: 'except: [2027-01-19]'."),
        ("repeat: {every: week, until: 2026-12-01}", "'repeat.until' (2026-12-01) is before the opportunity starts (2027-01-12).",
         "Write the last day it may take place, on or after the start."),
    ])
    func refusesWhatCouldBeReadTwoWays(_ written: String, _ message: String, _ hint: String) throws {
        let text = "---\ntitle: Drop-in\nstart: 2027-01-12 18:00\n\(written)\nhubs: [test]\naudience: [parents-carers]\nlocation: Library\n---\nText.\n"
        let result = ContentLoader.parse(text: text, file: "content/opportunities/x.md", kind: .opportunity, renderer: MarkdownRenderer())
        #expect(result.diagnostics.map(\.message) == [message])
        #expect(result.diagnostics.first?.hint == hint)
        #expect(result.diagnostics.first?.location.line == 4)
        #expect(result.opportunity?.recurrence == nil)
    }

    /// Patterns that run past the calendar's last year, or times that cannot all fit, end
    /// quietly instead of crashing.
    @Test(arguments: ["start: 9999-01-12 18:00\nrepeat: {every: 12 months, on: second Tuesday, times: 200}",
                      "start: 9999-12-31\nrepeat: {every: month, on: 31, times: 200}",
                      "start: 9999-12-27\nrepeat: {every: week, times: 200}"])
    func patternsAtTheEndOfTheCalendarDoNotCrash(_ fields: String) {
        let text = "---\ntitle: Far\n\(fields)\nhubs: [test]\naudience: [parents-carers]\nlocation: Library\n---\nText.\n"
        let result = ContentLoader.parse(text: text, file: "content/opportunities/far.md", kind: .opportunity, renderer: MarkdownRenderer())
        if let opportunity = result.opportunity, let recurrence = opportunity.recurrence {
            #expect(!recurrence.occurrences(from: opportunity.start!.date).isEmpty)
        }
    }

    @Test func listsAtMost18MonthsAheadAndSaysSo() throws {
        let project = TestProject(files: ["content/opportunities/long.md": Self.opportunity("Long series", """
            start: 2026-12-01 18:00
            repeat: {every: week, until: 2030-12-31}
            """)])
        defer { project.remove() }
        let checked = project.pipeline.check()
        let dates = checked.plan.events.filter { $0.series?.id == .opportunity("long") }.map(\.start.date)
        #expect(dates.first == LocalDate(iso: "2026-12-01"))
        #expect(dates.last! <= TestProject.today.adding(months: 18) && dates.last! > TestProject.today.adding(months: 17))
        let head = try #require(checked.plan.event(id: .opportunity("long")))
        #expect(head.series?.cut == true)
    }
}
