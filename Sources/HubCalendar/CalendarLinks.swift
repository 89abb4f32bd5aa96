import Foundation
import HubModel

/// "Add to Google Calendar" and "Add to Outlook.com" links for one event: their documented
/// query parameters, with times in UTC (Google's `dates`, Outlook's `startdt`/`enddt`) so that
/// neither service guesses a zone, and all-day events as dates (the end exclusive for Google,
/// as in iCalendar).
public struct CalendarLinks: Sendable {
    public let zone: ZonedTime

    public init(zone: ZonedTime) {
        self.zone = zone
    }

    public func google(_ event: CalendarEvent, details: String) -> String {
        let dates: String
        if let time = event.start.time {
            let start = zone.instant(event.start.date, time)
            let end = event.end?.time.map { zone.instant(event.end!.date, $0) } ?? start
            dates = ZonedTime.utcStamp(start) + "/" + ZonedTime.utcStamp(end)
        } else {
            dates = event.start.date.basic + "/" + event.lastDay.adding(days: 1).basic
        }
        var query = [("action", "TEMPLATE"), ("text", event.title), ("dates", dates), ("details", details)]
        if let location = Self.location(event) { query.append(("location", location)) }
        query.append(("ctz", zone.timeZone.identifier))
        return "https://calendar.google.com/calendar/render?" + Self.encode(query)
    }

    public func outlook(_ event: CalendarEvent, details: String) -> String {
        var query = [("path", "/calendar/action/compose"), ("rru", "addevent"), ("subject", event.title)]
        if let time = event.start.time {
            let start = zone.instant(event.start.date, time)
            let end = event.end?.time.map { zone.instant(event.end!.date, $0) } ?? start
            query += [("startdt", ZonedTime.rfc3339(start)), ("enddt", ZonedTime.rfc3339(end))]
        } else {
            query += [("allday", "true"), ("startdt", event.start.date.iso), ("enddt", event.lastDay.adding(days: 1).iso)]
        }
        query.append(("body", details))
        if let location = Self.location(event) { query.append(("location", location)) }
        return "https://outlook.live.com/calendar/0/deeplink/compose?" + Self.encode(query)
    }

    static func location(_ event: CalendarEvent) -> String? {
        event.location ?? (event.online ? "Online" : nil)
    }

    /// `name=value&…`, each value percent-encoded but for the characters RFC 3986 leaves alone.
    static func encode(_ query: [(String, String)]) -> String {
        var allowed = CharacterSet.alphanumerics.intersection(CharacterSet(charactersIn: Unicode.Scalar(0)..<Unicode.Scalar(128)))
        allowed.insert(charactersIn: "-._~")
        return query.map { "\($0)=\($1.addingPercentEncoding(withAllowedCharacters: allowed) ?? "")" }.joined(separator: "&")
    }
}
