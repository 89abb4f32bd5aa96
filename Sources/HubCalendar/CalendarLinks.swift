import Foundation
import HubModel

/// "Add to Google Calendar" and "Add to Outlook.com" links for one event: their documented
/// query parameters, with times in UTC (Google's `dates`, Outlook's `startdt`/`enddt`) so that
/// neither service guesses a zone, and all-day events as dates (the end exclusive, as in
/// iCalendar).
public struct CalendarLinks: Sendable {
    public let zone: ZonedTime
    /// What an online event's location is called in the page's language.
    public let online: String

    public init(zone: ZonedTime, online: String = "Online") {
        self.zone = zone
        self.online = online
    }

    /// Both links; the event's times are worked out once for the two (every opportunity page
    /// has them, and Foundation's calendar arithmetic is slow).
    public func links(_ event: CalendarEvent, details: String) -> (google: String, outlook: String) {
        var google = [("action", "TEMPLATE"), ("text", event.title)]
        var outlook = [("path", "/calendar/action/compose"), ("rru", "addevent"), ("subject", event.title)]
        if let time = event.start.time {
            let start = zone.instant(event.start.date, time)
            let end = event.end?.time.map { zone.instant(event.end!.date, $0) } ?? start
            google.append(("dates", ZonedTime.utcStamp(start) + "/" + ZonedTime.utcStamp(end)))
            outlook += [("startdt", ZonedTime.rfc3339(start)), ("enddt", ZonedTime.rfc3339(end))]
        } else {
            let after = event.lastDay.adding(days: 1)
            google.append(("dates", event.start.date.basic + "/" + after.basic))
            outlook += [("allday", "true"), ("startdt", event.start.date.iso), ("enddt", after.iso)]
        }
        google.append(("details", details))
        outlook.append(("body", details))
        if let location = event.location ?? (event.online ? online : nil) {
            google.append(("location", location))
            outlook.append(("location", location))
        }
        google.append(("ctz", zone.timeZone.identifier))
        return ("https://calendar.google.com/calendar/render?" + Self.encode(google),
                "https://outlook.live.com/calendar/0/deeplink/compose?" + Self.encode(outlook))
    }

    /// A calendar file as a `data:` address, for a "Download (.ics)" link (with `download`) to an
    /// event that has no file of its own (a hub meeting): the browser saves the text as a file.
    public static func dataURL(calendar text: String) -> String {
        "data:text/calendar;charset=utf-8," + percentEncoded(text)
    }

    /// `name=value&…`, each value percent-encoded.
    static func encode(_ query: [(String, String)]) -> String {
        query.map { $0.0 + "=" + percentEncoded($0.1) }.joined(separator: "&")
    }

    /// Percent-encoded in UTF-8 but for what RFC 3986 leaves alone.
    static func percentEncoded(_ value: String) -> String {
        var out = [UInt8]()
        out.reserveCapacity(value.utf8.count + value.utf8.count / 2)
        // Appended byte by byte: an array literal per escaped byte was an allocation each.
        func hex(_ digit: UInt8) -> UInt8 { digit < 10 ? digit + UInt8(ascii: "0") : digit - 10 + UInt8(ascii: "A") }
        for byte in value.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                 UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"):
                out.append(byte)
            default:
                out.append(UInt8(ascii: "%"))
                out.append(hex(byte >> 4))
                out.append(hex(byte & 15))
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
