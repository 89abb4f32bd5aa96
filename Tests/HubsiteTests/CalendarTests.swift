import Foundation
import Testing
@testable import HubCalendar
@testable import HubBuild
import HubModel

@Suite struct CalendarTests {
    static let python = CatalogueTests.repository.appendingPathComponent(".build/test-venv/bin/python")
    static let tools = CatalogueTests.repository.appendingPathComponent("Tests/tools")

    /// Runs an independent parser over files and decodes its JSON answer.
    /// Runs one of the Python checkers in Tests/tools/ and returns what it printed.
    static func runTool(_ script: String, _ arguments: [String]) throws -> Data {
        #expect(FileManager.default.isExecutableFile(atPath: python.path), "run 'make test' (it installs the Python checkers)")
        let process = Process()
        process.executableURL = python
        process.arguments = [tools.appendingPathComponent(script).path] + arguments
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        let errors = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(script): \(errors)")
        return data
    }

    /// Runs a checker that prints JSON, and reads it.
    static func parse(_ script: String, _ paths: [String]) throws -> Any {
        try JSONSerialization.jsonObject(with: try runTool(script, paths))
    }

    static func writer(zone: String = "Europe/London") -> ICalendarWriter {
        ICalendarWriter(zone: ZonedTime(identifier: zone), uidDomain: "example.org", stamp: Date(timeIntervalSince1970: 1_795_564_800),
                        pageURL: { "https://example.org/" + $0 })
    }

    static func event(_ id: String, _ start: String, _ end: String? = nil, title: String = "Event", description: String = "") -> CalendarEvent {
        CalendarEvent(kind: .opportunity, id: .opportunity(id), title: title, start: try! LocalDateTime.parse(start).get(),
                      end: end.map { try! LocalDateTime.parse($0).get() }, hubs: [], audience: [.practitioners],
                      category: "Training", location: "Hall; Room 1, Portsmouth", page: "opportunities/\(id)/", description: description)
    }

    @Test func foldsAt75OctetsWithoutSplittingCharacters() {
        let line = "DESCRIPTION:" + String(repeating: "é", count: 100)
        func fold(_ line: String) -> String {
            var buffer = ContentLineBuffer()
            buffer.add(line)
            #expect(buffer.text.hasSuffix("\r\n"))
            return String(buffer.text.dropLast())
        }
        let folded = fold(line)
        for piece in folded.components(separatedBy: "\r\n") {
            #expect(piece.utf8.count <= 75)
        }
        #expect(folded.replacingOccurrences(of: "\r\n ", with: "") == line)
        #expect(fold("SHORT:x") == "SHORT:x")
        // A three-byte character straddling octet 75 goes whole onto the next line.
        let straddling = String(repeating: "a", count: 74) + "€b"
        #expect(fold(straddling) == String(repeating: "a", count: 74) + "\r\n €b")
    }

    /// The last dates there are (a mistyped year a rule turned off lets through) are written,
    /// with a VTIMEZONE that stops at 9999, not a trap, and every one parses: an all-day event
    /// ending on 9999-12-31 says how long it lasts (DURATION), as its DTEND, the next day, would
    /// have a five-digit year no parser reads.
    @Test(arguments: [("9999-12-31 10:00", nil, nil), ("0001-01-01 10:00", nil, nil),
                      ("9999-12-31", nil, "DURATION:P1D"), ("9999-12-29", "9999-12-31", "DURATION:P3D"), ("9999-12-29", "9999-12-30", "DTEND;VALUE=DATE:99991231")] as [(String, String?, String?)])
    func eventsAtTheEdgesOfTheCalendarAreWritten(start: String, end: String?, length: String?) throws {
        let text = Self.writer().calendar(named: "Edge", events: [Self.event("edge", start, end)])
        #expect(text.contains("UID:opportunity-edge@example.org"), "\(start)")
        #expect(text.contains("BEGIN:VTIMEZONE") == start.contains(":"), "\(start)")
        if let length { #expect(text.contains(length + "\r\n") && text.components(separatedBy: "DTEND").count == (length.hasPrefix("DTEND") ? 2 : 1), "\(text)") }
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("edge-\(UUID().uuidString).ics")
        defer { try? FileManager.default.removeItem(at: file) }
        try Data(text.utf8).write(to: file)
        let parsed = try #require((try Self.parse("ics_parse.py", [file.path]) as? [String: Any])?[file.path] as? [String: Any])
        #expect(parsed["errors"] as? [String] == [], "\(start): \(parsed)")
        let events = try #require(parsed["events"] as? [[String: Any]])
        #expect(events.count == 1 && (events.first?["start"] as? String)?.hasPrefix(String(start.prefix(10))) == true, "\(events)")
    }

    /// A writer makes each event's VEVENT once, for every feed of its build that lists it, and
    /// the feeds are the same as when each is made afresh by a new writer.
    @Test func aWriterMakesEachVEventOnce() {
        let memo = Memo<String, String>()
        final class Counter: @unchecked Sendable { var made = 0 }
        let counter = Counter()
        for _ in 0..<3 { _ = memo.value(for: "one") { counter.made += 1; return "A" } }
        #expect(counter.made == 1)
        #expect(memo.value(for: "two") { counter.made += 1; return "B" } == "B")
        #expect(memo.value(for: "one") { "C" } == "A")
        #expect(counter.made == 2)
        let events = [Self.event("one", "2027-04-06 18:00"), Self.event("two", "2027-04-07"), Self.event("three", "2027-04-08 09:30", "2027-04-08 11:00")]
        let kept = Self.writer()
        let once = kept.calendar(named: "Test", events: events)
        #expect(kept.calendar(named: "Test", events: Array(events.reversed())).contains(once.components(separatedBy: "BEGIN:VEVENT")[1]))
        #expect(kept.calendar(named: "Test", events: events) == once)
        #expect(once == Self.writer().calendar(named: "Test", events: events))
    }

    /// Away from a clock change an instant is worked out from the zone's offset; the calendar
    /// arithmetic it replaced must agree at every half hour of two years, in zones with summer
    /// time at either end of the year, a half-hour change and none.
    @Test func instantsAgreeWithFoundationsCalendar() throws {
        for identifier in ["Europe/London", "America/New_York", "Australia/Lord_Howe", "Asia/Kolkata", "Pacific/Chatham"] {
            let zone = ZonedTime(identifier: identifier)
            let first = try #require(LocalDate(iso: "2026-01-01"))
            for day in 0..<730 {
                let date = first.adding(days: day)
                #expect(zone.instant(date, nil) == zone.calendarInstant(date, nil), "\(identifier) \(date.iso)")
                for minutes in stride(from: 0, to: 1440, by: 30) {
                    let time = try #require(LocalTime(hour: minutes / 60, minute: minutes % 60))
                    if zone.instant(date, time) != zone.calendarInstant(date, time) {
                        Issue.record("\(identifier) \(date.iso) \(time): \(zone.instant(date, time)) against \(zone.calendarInstant(date, time))")
                    }
                }
            }
        }
    }

    /// The schema.org data, made safe inside a script element, reads back through an
    /// independent JSON parser (JSONSerialization) as the text it was made from: every
    /// character below 0x80, and others that JSON or HTML treat specially, in every kind of
    /// field, alone and in lists; and no `</script>` survives to end the element.
    @Test func eventDataReadsBackAsItsText() throws {
        let awkward = String(String.UnicodeScalarView((0..<0x80).map { Unicode.Scalar(UInt8($0)) }))
            + "é ü ŵ — “quotes” \u{2028}\u{2029} \u{00A0} 😀 e\u{301} </script> & \\u0022"
        let zone = ZonedTime(identifier: "Europe/London")
        var events: [CalendarEvent] = []
        for (index, text) in [awkward, "", "plain", "a/b\\c\"d"].enumerated() {
            var event = Self.event("e\(index)", "2027-04-06 18:00", "2027-04-06 20:00", title: text, description: text)
            event.location = index == 1 ? nil : text
            event.online = index != 2
            event.cost = index == 3 ? nil : "£\(index) " + text
            event.bookingURL = index == 0 ? "https://example.org/book?a=1&b=\"2\"" : nil
            event.organiser = index == 2 ? text : nil
            event.places = index == 0 ? 12 : nil
            event.status = index == 0 ? .full : .scheduled
            event.audience = index == 1 ? [] : [.practitioners, .parentsCarers]
            events.append(event)
        }
        func parsed(_ script: String) throws -> Any {
            #expect(!script.lowercased().contains("</script"))
            return try JSONSerialization.jsonObject(with: Data(script.utf8), options: [.fragmentsAllowed])
        }
        for event in events {
            for language in [nil, "cy"] as [String?] {
                let script = EventJSONLD.render(event, zone: zone, pageURL: "https://example.org/opportunities/x/",
                                                organiser: (name: "Hub <South>", url: "https://example.org/"), imageURL: "https://example.org/a b.png",
                                                language: language)
                let object = try #require(try parsed(script) as? [String: Any])
                #expect(object["name"] as? String == event.title)
                #expect(object["@type"] as? String == "Event" && object["inLanguage"] as? String == language)
                #expect((object["organizer"] as? [String: Any])?["name"] as? String == (event.organiser ?? "Hub <South>"))
                #expect(object["url"] as? String == "https://example.org/opportunities/x/")
            }
        }
        let list = try #require(try parsed(EventJSONLD.render(events, zone: zone, pageURL: nil, organiser: (name: "Hub", url: nil))) as? [[String: Any]])
        #expect(list.map { $0["name"] as? String } == events.map(\.title))
    }

    @Test func escapesTextAndDropsControlCharacters() {
        #expect(ICalendarWriter.escape("a\\b;c,d\ne") == "a\\\\b\\;c\\,d\\ne")
        #expect(ICalendarWriter.escape("evil\r\nX-INJECTED:1") == "evil\\nX-INJECTED:1")
        #expect(ICalendarWriter.escape("bell\u{07}") == "bell")
    }

    @Test func allDayAndMultiDayEventsHaveExclusiveEnds() throws {
        let text = Self.writer().calendar(named: "Test", events: [Self.event("one-day", "2027-04-06"), Self.event("three-days", "2027-04-06", "2027-04-08")])
        #expect(text.contains("DTSTART;VALUE=DATE:20270406\r\nDTEND;VALUE=DATE:20270407\r\n"))
        #expect(text.contains("DTSTART;VALUE=DATE:20270406\r\nDTEND;VALUE=DATE:20270409\r\n"))
        #expect(!text.contains("BEGIN:VTIMEZONE"))
    }

    @Test func feedsParseInAnIndependentImplementation() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ics-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let events = [
            Self.event("autumn-change", "2026-10-25 01:30", "2026-10-25 03:00", title: "During the repeated hour"),
            Self.event("spring-change", "2027-03-28 00:30", "2027-03-28 03:30", title: "Across the spring change"),
            Self.event("summer", "2027-06-16 14:00", "2027-06-16 16:00", title: "Summer, with a long description",
                       description: String(repeating: "Service children’s voices, heard; ", count: 8) + "\nSecond line"),
            Self.event("midnight", "2027-01-31 22:00", "2027-02-01 01:00", title: "Spans midnight and a month end"),
            Self.event("all-day", "2027-04-06", "2027-04-08", title: "Taster days"),
        ]
        let path = folder.appendingPathComponent("test.ics")
        try Data(Self.writer().calendar(named: "Test calendar", events: events).utf8).write(to: path)
        let result = try #require((try Self.parse("ics_parse.py", [path.path]) as? [String: Any])?[path.path] as? [String: Any])
        #expect((result["errors"] as? [String]) == [], "\(result["errors"] ?? "")")
        #expect(result["timezones"] as? [String] == ["Europe/London"])
        let parsed = try #require(result["events"] as? [[String: Any]])
        #expect(parsed.count == 5)
        func event(_ slug: String) -> [String: Any]? { parsed.first { $0["uid"] as? String == "opportunity-\(slug)@example.org" } }
        // Summer time: +01:00; winter: +00:00; the repeated hour's first 01:30 is summer time.
        #expect(event("summer")?["start"] as? String == "2027-06-16T14:00:00+01:00")
        #expect(event("summer")?["offset"] as? Double == 3600)
        #expect(event("midnight")?["start"] as? String == "2027-01-31T22:00:00+00:00")
        #expect(event("midnight")?["end"] as? String == "2027-02-01T01:00:00+00:00")
        #expect(event("spring-change")?["end"] as? String == "2027-03-28T03:30:00+01:00")
        #expect((event("autumn-change")?["start"] as? String)?.hasPrefix("2026-10-25T01:30:00") == true)
        #expect(event("all-day")?["start"] as? String == "2027-04-06")
        #expect(event("all-day")?["end"] as? String == "2027-04-09")
        #expect(event("summer")?["description"] as? String == String(repeating: "Service children’s voices, heard; ", count: 8) + "\nSecond line")
        #expect(event("summer")?["location"] as? String == "Hall; Room 1, Portsmouth")
        #expect(event("summer")?["url"] as? String == "https://example.org/opportunities/summer/")
        #expect(event("summer")?["categories"] as? [String] == ["Training"])
        #expect(event("summer")?["dtstamp"] as? String == "2026-11-25T00:00:00+00:00")
    }

    @Test func vtimezoneHasTheRealTransitions() {
        let text = Self.writer().calendar(named: "T", events: [Self.event("x", "2027-06-16 14:00")])
        #expect(text.contains("BEGIN:DAYLIGHT\r\nDTSTART:20270328T010000\r\nTZOFFSETFROM:+0000\r\nTZOFFSETTO:+0100\r\n"))
        #expect(text.contains("BEGIN:STANDARD\r\nDTSTART:20271031T020000\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0000\r\n"))
        let utc = Self.writer(zone: "UTC").calendar(named: "T", events: [Self.event("x", "2027-06-16 14:00")])
        #expect(utc.contains("BEGIN:STANDARD\r\nDTSTART:19700101T000000\r\nTZOFFSETFROM:+0000\r\nTZOFFSETTO:+0000\r\n"))
    }

    @Test func zonedTimesCarryTheRightOffset() {
        let zone = ZonedTime(identifier: "Europe/London")
        #expect(zone.iso8601(try! LocalDateTime.parse("2027-06-16 14:00").get()) == "2027-06-16T14:00:00+01:00")
        #expect(zone.iso8601(try! LocalDateTime.parse("2027-01-16 14:00").get()) == "2027-01-16T14:00:00+00:00")
        #expect(zone.iso8601(try! LocalDateTime.parse("2026-10-25 01:30").get()) == "2026-10-25T01:30:00+01:00")
        #expect(zone.iso8601(try! LocalDateTime.parse("2027-01-16").get()) == "2027-01-16")
    }

    @Test func monthGridPlacesMultiDayEventsOnEveryDay() {
        let grid = MonthGrid(year: 2027, month: 4, events: [Self.event("t", "2027-04-06", "2027-04-08"), Self.event("m", "2027-03-31 22:00", "2027-04-01 01:00")])
        #expect(grid.weeks.count == 5) // 29 March – 2 May
        #expect(grid.weeks.allSatisfy { $0.count == 7 })
        #expect(grid.weeks[0][0].date.iso == "2027-03-29" && !grid.weeks[0][0].inMonth)
        let days = grid.weeks.flatMap { $0 }.filter { $0.events.contains { $0.id == .opportunity("t") } }.map(\.date.iso)
        #expect(days == ["2027-04-06", "2027-04-07", "2027-04-08"])
        let midnight = grid.weeks.flatMap { $0 }.filter { $0.events.contains { $0.id == .opportunity("m") } }.map(\.date.iso)
        #expect(midnight == ["2027-03-31", "2027-04-01"])
    }

    @Test func upcomingClosingSoonAndMonths() {
        let today = LocalDate(iso: "2026-11-25")!
        var event = Self.event("x", "2026-11-20", "2026-11-26")
        #expect(event.isUpcoming(today: today))
        event.deadline = LocalDate(iso: "2026-12-09")
        #expect(event.closesSoon(today: today))
        event.deadline = LocalDate(iso: "2026-12-10")
        #expect(!event.closesSoon(today: today))
        let months = MonthGrid.months(for: [Self.event("y", "2027-02-27", "2027-03-02")], today: today)
        #expect(months.map { "\($0.year)-\($0.month)" } == ["2026-11", "2027-2", "2027-3"])
    }

    /// The test site's feeds all parse cleanly, with stable UIDs and the events they should have.
    @Test func fixtureFeedsParseCleanly() throws {
        let (_, output) = try BuildTests.buildFixture(baseURL: "https://example.org/hubs/")
        defer { try? FileManager.default.removeItem(at: output) }
        let files = FileManager.default.enumerator(atPath: output.path)!.compactMap { $0 as? String }.filter { $0.hasSuffix(".ics") }
        #expect(files.count >= 15)
        let result = try #require(try Self.parse("ics_parse.py", files.map { output.appendingPathComponent($0).path }) as? [String: [String: Any]])
        for (path, calendar) in result {
            #expect((calendar["errors"] as? [String]) == [], "\(path): \(calendar["errors"] ?? "")")
        }
        let everything = try #require(result[output.appendingPathComponent("calendar.ics").path]?["events"] as? [[String: Any]])
        #expect(everything.contains { $0["uid"] as? String == "opportunity-thriving-lives-toolkit-training@example.org" && $0["start"] as? String == "2027-01-20T13:30:00+00:00" })
        #expect(everything.contains { $0["uid"] as? String == "meeting-south-2027-06-16@example.org" && $0["start"] as? String == "2027-06-16T14:00:00+01:00" })
        let feed = try #require(try Self.parse("feed_parse.py", [output.appendingPathComponent("opportunities.xml").path]) as? [String: Any])
        #expect(feed["bozo"] as? Bool == false, "\(feed["bozo_exception"] ?? "")")
        #expect(feed["version"] as? String == "atom10")
        let entries = try #require(feed["entries"] as? [[String: Any]])
        #expect(entries.count == 7) // the repeating homework club is one entry, not one per date
        #expect(entries.first?["title"] as? String == "Families' information evening on college and university")
        #expect(entries.allSatisfy { ($0["link"] as? String)?.hasPrefix("https://example.org/hubs/opportunities/") == true })
    }
}
