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

    public init(zone: ZonedTime, uidDomain: String, stamp: Date, pageURL: @escaping @Sendable (String) -> String?) {
        self.zone = zone
        self.uidDomain = uidDomain
        self.stamp = ZonedTime.utcStamp(stamp)
        self.pageURL = pageURL
    }

    public func calendar(named name: String, events: [CalendarEvent]) -> String {
        var lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//SCiP Alliance hubs//hubsite//EN", "CALSCALE:GREGORIAN",
                     "X-WR-CALNAME:" + Self.escape(name), "X-WR-TIMEZONE:" + zone.timeZone.identifier]
        if events.contains(where: { !$0.start.isAllDay }) {
            lines += timeZoneLines(for: events)
        }
        for event in events {
            lines += eventLines(event)
        }
        lines.append("END:VCALENDAR")
        return lines.map(Self.fold).joined(separator: "\r\n") + "\r\n"
    }

    func eventLines(_ event: CalendarEvent) -> [String] {
        var lines = ["BEGIN:VEVENT", "UID:\(Self.sanitiseUID(event.id))@\(uidDomain)", "DTSTAMP:\(stamp)"]
        let tzid = zone.timeZone.identifier
        if let time = event.start.time {
            lines.append("DTSTART;TZID=\(tzid):\(event.start.date.basic)T\(Self.basic(time))")
            if let end = event.end, let endTime = end.time {
                lines.append("DTEND;TZID=\(tzid):\(end.date.basic)T\(Self.basic(endTime))")
            }
        } else {
            lines.append("DTSTART;VALUE=DATE:\(event.start.date.basic)")
            // All-day ends are inclusive in content, exclusive in iCalendar.
            lines.append("DTEND;VALUE=DATE:\(event.lastDay.adding(days: 1).basic)")
        }
        lines.append("SUMMARY:" + Self.escape(event.title))
        var description = event.description
        if let booking = event.bookingURL { description += (description.isEmpty ? "" : "\n\n") + "Booking: \(booking)" }
        if let deadline = event.deadline { description += (description.isEmpty ? "" : "\n") + "Book by \(deadline.iso)." }
        if let cost = event.cost { description += (description.isEmpty ? "" : "\n") + "Cost: \(cost)" }
        if !description.isEmpty { lines.append("DESCRIPTION:" + Self.escape(description)) }
        if let location = event.location {
            lines.append("LOCATION:" + Self.escape(location))
        } else if event.online {
            lines.append("LOCATION:Online")
        }
        if let url = pageURL(event.page) { lines.append("URL:" + Self.stripControls(url)) }
        if let category = event.category { lines.append("CATEGORIES:" + Self.escape(category)) }
        lines.append("END:VEVENT")
        return lines
    }

    /// VTIMEZONE covering the events' years (one year either side), with each transition written out.
    func timeZoneLines(for events: [CalendarEvent]) -> [String] {
        let years = events.map(\.start.date.year)
        let first = (years.min() ?? 2000) - 1, last = (years.max() ?? 2000) + 1
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
        String(format: "%02d%02d00", time.hour, time.minute)
    }

    /// TEXT escaping (RFC 5545 3.3.11); other control characters are dropped so no value can
    /// start a property of its own (CRLF injection).
    public static func escape(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case ";": out += "\\;"
            case ",": out += "\\,"
            case "\n": out += "\\n"
            case "\r": continue
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    static func stripControls(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.filter { $0.value >= 0x20 && $0.value != 0x7F }))
    }

    static func sanitiseUID(_ id: String) -> String {
        String(String.UnicodeScalarView(id.unicodeScalars.filter { $0.isASCII && $0.value > 0x20 && $0 != ";" && $0 != "," && $0 != "\\" }))
    }

    /// Folds a content line into 75-octet pieces, never inside a UTF-8 character.
    public static func fold(_ line: String) -> String {
        if line.utf8.count <= 75 { return line }
        var pieces: [String] = []
        var current = ""
        var currentOctets = 0
        var limit = 75
        for scalar in line.unicodeScalars {
            let octets = String(scalar).utf8.count
            if currentOctets + octets > limit {
                pieces.append(current)
                current = ""
                currentOctets = 0
                limit = 74 // continuation lines start with a space
            }
            current.unicodeScalars.append(scalar)
            currentOctets += octets
        }
        pieces.append(current)
        return pieces.joined(separator: "\r\n ")
    }
}
