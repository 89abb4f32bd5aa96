import Foundation
import HubModel

/// Writes RFC 5545 calendars: CRLF endings, lines folded at 75 octets on character boundaries,
/// TEXT escaped, stable UIDs, reproducible DTSTAMP, and a VTIMEZONE with the zone's real
/// daylight-saving transitions for the years the events span.
public struct ICalendarWriter: Sendable {
    public let zone: ZonedTime
    /// Domain part of every UID (`opportunity-x@<domain>`), derived from the site.
    public let uidDomain: String
    /// `DTSTAMP`, UTC, fixed per build (from `--today` or `SOURCE_DATE_EPOCH`), never the wall clock.
    public let stamp: String
    /// Turns a site-relative page path into the URL written in `URL:` (absolute when a base URL is set).
    public let pageURL: @Sendable (String) -> String?
    /// VTIMEZONE blocks by year range: worked out once per build, not once per feed.
    private let timeZones = Memo<Int, [String]>()

    /// Each event's VEVENT, made once for all the feeds of this writer that list it (its own,
    /// its hub's, `calendar.ics`, its audiences', region's and category's): a writer serves
    /// one build's feeds in one language.
    private let made = Memo<EventID, String>()

    /// The words of a feed in another language than the site's default ("Archebwch erbyn …");
    /// nil for the default language, whose feeds say it as hubsite always has.
    let words: Words?

    public init(zone: ZonedTime, uidDomain: String, stamp: Date, pageURL: @escaping @Sendable (String) -> String?,
                words: Words? = nil) {
        self.words = words
        self.zone = zone
        self.uidDomain = uidDomain
        self.stamp = ZonedTime.utcStamp(stamp)
        self.pageURL = pageURL
    }

    public func calendar(named name: String, events: [CalendarEvent]) -> String {
        String(decoding: calendarData(named: name, events: events), as: UTF8.self)
    }

    /// The calendar as the bytes of its file, built event by event into one buffer.
    public func calendarData(named name: String, events: [CalendarEvent]) -> Data {
        var data = Data()
        _ = writeCalendar(named: name, events: events) { data.append(contentsOf: $0.utf8); return true }
        return data
    }

    /// Hands the calendar's pieces to `sink` as they are made, so that a large network's
    /// 20 MB `calendar.ics` is written one event at a time and never held whole. Stops when
    /// the sink refuses a piece; returns whether every piece was taken.
    public func writeCalendar(named name: String, events: [CalendarEvent], to sink: (String) -> Bool) -> Bool {
        var head = ContentLineBuffer()
        for line in ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//SCiP Alliance hubs//hubsite//EN", "CALSCALE:GREGORIAN"] {
            head.add(line)
        }
        head.add("X-WR-CALNAME:", name, as: .text)
        head.add("X-WR-TIMEZONE:", zone.timeZone.identifier)
        if events.contains(where: { !$0.start.isAllDay }) {
            for line in timeZoneLines(for: events) { head.add(line) }
        }
        guard sink(head.text) else { return false }
        // A repeating opportunity is written once, by its first date, with its pattern.
        for event in events where event.series?.isFirst != false && !sink(eventText(event)) { return false }
        return sink("END:VCALENDAR\r\n")
    }

    /// One event's VEVENT as folded content lines, each ending in CRLF.
    func eventText(_ event: CalendarEvent) -> String {
        made.value(for: event.id) {
            var buffer = ContentLineBuffer()
            write(event, into: &buffer)
            return buffer.text
        }
    }

    /// The event's VEVENT; for a repeating opportunity, its pattern (RRULE, EXDATE) and a
    /// VEVENT for each single date that changed (RECURRENCE-ID).
    func write(_ event: CalendarEvent, into buffer: inout ContentLineBuffer) {
        guard let series = event.series else { return writeVEvent(event, into: &buffer) }
        var master = event
        master.start = series.start
        master.end = series.end
        master.status = series.status
        writeVEvent(master, pattern: patternLines(series, allDay: series.start.isAllDay), into: &buffer)
        for change in series.changes {
            let original = master.moved(to: LocalDateTime(date: change.date, time: series.start.time))
            var changed = change.movedTo.map { original.moved(to: $0) } ?? original
            changed.status = change.status
            writeVEvent(changed, pattern: ["RECURRENCE-ID" + dateValue(original.start)], into: &buffer)
        }
    }

    /// `;TZID=Europe/London:20270216T180000`, or `;VALUE=DATE:20270216` for an all-day date.
    func dateValue(_ value: LocalDateTime) -> String {
        if let time = value.time { return ";TZID=\(zone.timeZone.identifier):\(value.date.basic)T\(Self.basic(time))" }
        return ";VALUE=DATE:\(value.date.basic)"
    }

    /// RRULE and EXDATE of a series. Its UNTIL is in UTC when the dates have a time (RFC 5545
    /// 3.3.10), so that a weekly 18:00 stays at 18:00 local time across the clock changes.
    func patternLines(_ series: CalendarEvent.Series, allDay: Bool) -> [String] {
        let recurrence = series.recurrence
        var parts = ["FREQ=" + (recurrence.unit == .week ? "WEEKLY" : "MONTHLY")]
        if recurrence.interval > 1 { parts.append("INTERVAL=\(recurrence.interval)") }
        switch recurrence.monthDay {
        case .date(let day)?: parts.append("BYMONTHDAY=\(day)")
        case .weekday(let ordinal, let weekday)?: parts.append("BYDAY=\(ordinal)\(["MO", "TU", "WE", "TH", "FR", "SA", "SU"][weekday])")
        case nil: break
        }
        if let time = series.start.time {
            parts.append("UNTIL=" + ZonedTime.utcStamp(zone.instant(recurrence.until, time)))
        } else {
            parts.append("UNTIL=" + recurrence.until.basic)
        }
        var lines = ["RRULE:" + parts.joined(separator: ";")]
        for date in recurrence.except.sorted() {
            lines.append("EXDATE" + dateValue(LocalDateTime(date: date, time: series.start.time)))
        }
        return lines
    }

    func writeVEvent(_ event: CalendarEvent, pattern: [String] = [], into buffer: inout ContentLineBuffer) {
        buffer.add("BEGIN:VEVENT")
        buffer.add("UID:", (event.series?.id ?? event.id).description, as: .uid, then: "@" + uidDomain)
        buffer.add("DTSTAMP:", stamp)
        buffer.add("DTSTART", dateValue(event.start))
        if event.start.time != nil {
            if let end = event.end, end.time != nil { buffer.add("DTEND", dateValue(end)) }
        } else {
            // All-day ends are inclusive in content, exclusive in iCalendar. The day after
            // 9999-12-31 has no iCalendar date (four-digit years), so such an event says how
            // many days it lasts instead (reached only with the opportunity rule off).
            let after = event.lastDay.adding(days: 1)
            if after.year <= 9999 { buffer.add("DTEND", dateValue(LocalDateTime(date: after))) }
            else { buffer.add("DURATION:P\(event.firstDay.days(until: event.lastDay) + 1)D") }
        }
        buffer.add("SUMMARY:", event.title, as: .text)
        var description = event.description
        if let booking = event.bookingURL {
            description += (description.isEmpty ? "" : "\n\n") + (words?["event_booking"] ?? "Booking:") + " \(booking)"
        }
        if let deadline = event.deadline {
            description += (description.isEmpty ? "" : "\n") + (words?.format("event_book_by", ["date": deadline.iso]) ?? "Book by \(deadline.iso).")
        }
        if let cost = event.cost { description += (description.isEmpty ? "" : "\n") + (words?["event_cost"] ?? "Cost:") + " \(cost)" }
        if !event.accessibility.isEmpty {
            description += (description.isEmpty ? "" : "\n") + (words?["event_access"] ?? "Access:") + " " + event.accessibility.joined(separator: ", ")
        }
        if let organiser = event.organiser {
            description += (description.isEmpty ? "" : "\n") + (words?.format("event_organised_by", ["organiser": organiser]) ?? "Organised by \(organiser).")
        }
        if let join = event.joinURL {
            description += (description.isEmpty ? "" : "\n") + (words?["event_join"] ?? "Join online:") + " \(join)"
        } else if event.joinOnBooking {
            description += (description.isEmpty ? "" : "\n") + (words?["join_on_booking"] ?? "The link to join online is sent when you book.")
        }
        if !description.isEmpty { buffer.add("DESCRIPTION:", description, as: .text) }
        if let location = event.location {
            buffer.add("LOCATION:", location, as: .text)
        } else if event.online {
            // An online event's place is where it is joined: calendar apps make the address a link.
            buffer.add("LOCATION:", event.joinURL ?? words?["where_online"] ?? "Online", as: .text)
        }
        if let url = pageURL(event.page) ?? event.joinURL { buffer.add("URL:", url, as: .uri) }
        // RFC 7986: the address to join at, for calendar apps that offer a "join" button.
        if let join = event.joinURL { buffer.add("CONFERENCE;VALUE=URI;FEATURE=VIDEO:", join, as: .uri) }
        if let category = event.category { buffer.add("CATEGORIES:", category, as: .text) }
        for line in pattern { buffer.add(line) }
        // Only what changed is written: a scheduled event's VEVENT is as it always was.
        switch event.status {
        case .cancelled: buffer.add("STATUS:CANCELLED")
        case .postponed: buffer.add("STATUS:TENTATIVE")
        default: break
        }
        if event.sequence > 0 { buffer.add("SEQUENCE:\(event.sequence)") }
        buffer.add("END:VEVENT")
    }

    /// VTIMEZONE covering the events' years (one year either side), with each transition written out.
    func timeZoneLines(for events: [CalendarEvent]) -> [String] {
        let years = events.map(\.start.date.year)
        // Within the years a date can have: an event in 9999 covers no year after it.
        let first = max(1, (years.min() ?? 2000) - 1), last = min(9999, (years.max() ?? 2000) + 1)
        return timeZones.value(for: first * 10_000 + last) { timeZoneLines(first: first, last: last) }
    }

    func timeZoneLines(first: Int, last: Int) -> [String] {
        let from = zone.instant(LocalDate(year: first, month: 1, day: 1) ?? LocalDate(year: 1, month: 1, day: 1)!, nil)
        let to = zone.instant(LocalDate(year: last, month: 12, day: 31) ?? LocalDate(year: 9999, month: 12, day: 31)!, nil)
        var lines = ["BEGIN:VTIMEZONE", "TZID:" + zone.timeZone.identifier]
        let transitions = zone.transitions(from: from, to: to)
        if transitions.isEmpty {
            let offset = zone.timeZone.secondsFromGMT(for: from)
            let name = zone.timeZone.abbreviation(for: from) ?? zone.timeZone.identifier
            lines += ["BEGIN:STANDARD", "DTSTART:19700101T000000",
                      "TZOFFSETFROM:" + ZonedTime.offsetText(offset, separator: ""),
                      "TZOFFSETTO:" + ZonedTime.offsetText(offset, separator: ""),
                      "TZNAME:" + Self.escape(name), "END:STANDARD"]
        }
        for transition in transitions {
            let kind = transition.daylight ? "DAYLIGHT" : "STANDARD"
            let name = zone.timeZone.abbreviation(for: transition.at) ?? kind
            lines += ["BEGIN:\(kind)", "DTSTART:" + ZonedTime.localBasic(transition.at, offset: transition.from),
                      "TZOFFSETFROM:" + ZonedTime.offsetText(transition.from, separator: ""),
                      "TZOFFSETTO:" + ZonedTime.offsetText(transition.to, separator: ""),
                      "TZNAME:" + Self.escape(name), "END:\(kind)"]
        }
        lines.append("END:VTIMEZONE")
        return lines
    }

    static func basic(_ time: LocalTime) -> String {
        Digits.padded(time.hour, width: 2) + Digits.padded(time.minute, width: 2) + "00"
    }

    /// TEXT escaping (RFC 5545 3.3.11); other control characters are dropped so no value can
    /// start a property of its own (CRLF injection).
    public static func escape(_ text: String) -> String {
        ContentLineBuffer.escaped(text)
    }
}
