import Foundation
import HubModel

/// schema.org `Event` data for an opportunity page, as JSON safe to put in a `<script>`.
public enum EventJSONLD {
    public static func render(_ event: CalendarEvent, zone: ZonedTime, pageURL: String?, organiser: (name: String, url: String?)) -> String {
        var object: [String: Any] = [
            "@context": "https://schema.org",
            "@type": "Event",
            "name": event.title,
            "startDate": zone.iso8601(event.start),
            "eventStatus": "https://schema.org/EventScheduled",
            "eventAttendanceMode": event.online
                ? (event.location == nil ? "https://schema.org/OnlineEventAttendanceMode" : "https://schema.org/MixedEventAttendanceMode")
                : "https://schema.org/OfflineEventAttendanceMode",
        ]
        if let end = event.end { object["endDate"] = zone.iso8601(end) }
        if !event.description.isEmpty { object["description"] = String(event.description.prefix(1000)) }
        if let pageURL { object["url"] = pageURL }
        var locations: [[String: Any]] = []
        if let location = event.location {
            locations.append(["@type": "Place", "name": location, "address": location])
        }
        if event.online {
            var virtual: [String: Any] = ["@type": "VirtualLocation"]
            if let url = event.bookingURL.flatMap(Escaping.safeURL) ?? pageURL { virtual["url"] = url }
            locations.append(virtual)
        }
        if locations.count == 1 { object["location"] = locations[0] } else if !locations.isEmpty { object["location"] = locations }
        var organizer: [String: Any] = ["@type": "Organization", "name": organiser.name]
        if let url = organiser.url { organizer["url"] = url }
        object["organizer"] = organizer
        if let cost = event.cost {
            var offer: [String: Any] = ["@type": "Offer", "priceCurrency": "GBP", "description": cost]
            offer["price"] = price(from: cost)
            if let booking = event.bookingURL.flatMap(Escaping.safeURL) { offer["url"] = booking }
            object["offers"] = offer
        }
        if let audience = event.audience.first {
            object["audience"] = ["@type": "Audience", "audienceType": audience.label]
        }
        let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])) ?? Data("{}".utf8)
        return Escaping.jsonForScript(String(decoding: data, as: UTF8.self))
    }

    /// "Free" → "0"; "£25 per delegate" → "25"; otherwise the text's first number, or "0".
    static func price(from cost: String) -> String {
        if cost.lowercased().contains("free") { return "0" }
        var number = ""
        for character in cost {
            if character.isNumber || (character == "." && !number.isEmpty) { number.append(character) }
            else if !number.isEmpty { break }
        }
        return number.isEmpty ? "0" : number
    }
}
