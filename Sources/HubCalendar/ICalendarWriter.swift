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
    private let timeZones = TimeZoneBlocks()

    /// How each event's piece is made (afresh, or kept from a rebuild before).
    let pieces: EventPieces
    /// Everything besides the event that a VEVENT shows: pieces made under other settings are not reused.
    private let settings: Int

    /// The words of a feed in another language than the site's default ("Archebwch erbyn …");
    /// nil for the default language, whose feeds say it as hubsite always has.
    let words: Words?

    public init(zone: ZonedTime, uidDomain: String, stamp: Date, pageURL: @escaping @Sendable (String) -> String?,
                pieces: EventPieces = .fresh, words: Words? = nil) {
        self.words = words
        self.zone = zone
        self.uidDomain = uidDomain
        self.stamp = ZonedTime.utcStamp(stamp)
        self.pageURL = pageURL
        self.pieces = pieces
        var hasher = Hasher()
        hasher.combine(zone.timeZone.identifier)
        hasher.combine(uidDomain)
        hasher.combine(self.stamp)
        hasher.combine(pageURL(""))
        hasher.combine(words)
        settings = hasher.finalize()
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
        var lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//SCiP Alliance hubs//hubsite//EN", "CALSCALE:GREGORIAN",
                     "X-WR-CALNAME:" + Self.escape(name), "X-WR-TIMEZONE:" + zone.timeZone.identifier]
        if events.contains(where: { !$0.start.isAllDay }) {
            lines += timeZoneLines(for: events)
        }
        guard sink(Self.contentLines(lines)) else { return false }
        // A repeating opportunity is written once, by its first date, with its pattern.
        for event in events where event.series?.isFirst != false && !sink(eventText(event)) { return false }
        return sink("END:VCALENDAR\r\n")
    }

    /// One event's VEVENT as folded content lines, each ending in CRLF.
    func eventText(_ event: CalendarEvent) -> String {
        pieces.text(for: event, .vevent, settings: settings) { Self.contentLines(eventLines(event)) }
    }

    static func contentLines(_ lines: [String]) -> String {
        var text = ""
        for line in lines {
            text += fold(line)
            text += "\r\n"
        }
        return text
    }

    /// The event's VEVENT; for a repeating opportunity, its pattern (RRULE, EXDATE) and a
    /// VEVENT for each single date that changed (RECURRENCE-ID).
    func eventLines(_ event: CalendarEvent) -> [String] {
        guard let series = event.series else { return veventLines(event) }
        var master = event
        master.start = series.start
        master.end = series.end
        master.status = series.status
        var lines = veventLines(master, pattern: patternLines(series, allDay: series.start.isAllDay))
        for change in series.changes {
            let original = master.moved(to: LocalDateTime(date: change.date, time: series.start.time))
            var changed = change.movedTo.map { original.moved(to: $0) } ?? original
            changed.status = change.status
            lines += veventLines(changed, pattern: ["RECURRENCE-ID" + dateValue(original.start)])
        }
        return lines
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

    func veventLines(_ event: CalendarEvent, pattern: [String] = []) -> [String] {
        var lines = ["BEGIN:VEVENT", "UID:\(Self.sanitiseUID(event.series?.id ?? event.id))@\(uidDomain)", "DTSTAMP:\(stamp)"]
        lines.append("DTSTART" + dateValue(event.start))
        if event.start.time != nil {
            if let end = event.end, end.time != nil { lines.append("DTEND" + dateValue(end)) }
        } else {
            // All-day ends are inclusive in content, exclusive in iCalendar.
            lines.append("DTEND" + dateValue(LocalDateTime(date: event.lastDay.adding(days: 1))))
        }
        lines.append("SUMMARY:" + Self.escape(event.title))
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
        if !description.isEmpty { lines.append("DESCRIPTION:" + Self.escape(description)) }
        if let location = event.location {
            lines.append("LOCATION:" + Self.escape(location))
        } else if event.online {
            lines.append("LOCATION:" + Self.escape(words?["where_online"] ?? "Online"))
        }
        if let url = pageURL(event.page) { lines.append("URL:" + Self.stripControls(url)) }
        if let category = event.category { lines.append("CATEGORIES:" + Self.escape(category)) }
        lines += pattern
        // Only what changed is written: a scheduled event's VEVENT is as it always was.
        switch event.status {
        case .cancelled: lines.append("STATUS:CANCELLED")
        case .postponed: lines.append("STATUS:TENTATIVE")
        default: break
        }
        if event.sequence > 0 { lines.append("SEQUENCE:\(event.sequence)") }
        lines.append("END:VEVENT")
        return lines
    }

    /// VTIMEZONE covering the events' years (one year either side), with each transition written out.
    func timeZoneLines(for events: [CalendarEvent]) -> [String] {
        let years = events.map(\.start.date.year)
        let first = (years.min() ?? 2000) - 1, last = (years.max() ?? 2000) + 1
        return timeZones.lines(first: first, last: last) { timeZoneLines(first: first, last: last) }
    }

    func timeZoneLines(first: Int, last: Int) -> [String] {
        let from = zone.instant(LocalDate(year: first, month: 1, day: 1)!, nil)
        let to = zone.instant(LocalDate(year: last, month: 12, day: 31)!, nil)
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
        // Most values need nothing: check the bytes first, and only rebuild when one does.
        if !text.utf8.contains(where: { $0 < 0x20 || $0 == 0x7F || $0 == UInt8(ascii: "\\") || $0 == UInt8(ascii: ";") || $0 == UInt8(ascii: ",") }) {
            return text
        }
        var out = [UInt8]()
        out.reserveCapacity(text.utf8.count + 8)
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\\"), UInt8(ascii: ";"), UInt8(ascii: ","):
                out.append(0x5C)
                out.append(byte)
            case UInt8(ascii: "\n"):
                out.append(0x5C)
                out.append(UInt8(ascii: "n"))
            case 0..<0x20, 0x7F: continue
            default: out.append(byte)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    static func stripControls(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.filter { $0.value >= 0x20 && $0.value != 0x7F }))
    }

    static func sanitiseUID(_ id: String) -> String {
        String(String.UnicodeScalarView(id.unicodeScalars.filter { $0.isASCII && $0.value > 0x20 && $0 != ";" && $0 != "," && $0 != "\\" }))
    }

    /// Folds a content line into 75-octet pieces, never inside a UTF-8 character.
    public static func fold(_ line: String) -> String {
        let bytes = Array(line.utf8)
        if bytes.count <= 75 { return line }
        var out = [UInt8]()
        out.reserveCapacity(bytes.count + bytes.count / 70 * 3)
        var start = 0
        var limit = 75
        while start < bytes.count {
            var end = min(bytes.count, start + limit)
            // Step back off UTF-8 continuation bytes (10xxxxxx) so no character is split.
            while end < bytes.count, end > start, bytes[end] & 0xC0 == 0x80 { end -= 1 }
            if start > 0 { // continuation lines start with a space
                out.append(13)
                out.append(10)
                out.append(32)
            }
            out += bytes[start..<end]
            start = end
            limit = 74
        }
        return String(decoding: out, as: UTF8.self)
    }
}

/// A small thread-safe memo of VTIMEZONE blocks (feeds are written in parallel).
final class TimeZoneBlocks: @unchecked Sendable {
    private let lock = NSLock()
    private var blocks: [Int: [String]] = [:]

    func lines(first: Int, last: Int, make: () -> [String]) -> [String] {
        let key = first * 10_000 + last
        lock.lock()
        if let cached = blocks[key] {
            lock.unlock()
            return cached
        }
        lock.unlock()
        let made = make()
        lock.lock()
        blocks[key] = made
        lock.unlock()
        return made
    }
}
