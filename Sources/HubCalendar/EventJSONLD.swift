import Foundation
import HubModel

/// schema.org `Event` data for an opportunity page, as JSON safe to put in a `<script>`.
public enum EventJSONLD {
    struct Event: Encodable {
        var context = "https://schema.org"
        var type = "Event"
        var name: String
        var startDate: String
        var endDate: String?
        var eventStatus = "https://schema.org/EventScheduled"
        /// For a date that moved, when it was to start.
        var previousStartDate: String?
        var eventAttendanceMode: String
        var description: String?
        var url: String?
        var location: [Location]?
        var organizer: Organization
        var offers: Offer?
        var audience: Audience?
        var image: String?
        var maximumAttendeeCapacity: Int?
        /// The page's language, on a site with more than one.
        var inLanguage: String?

        enum CodingKeys: String, CodingKey {
            case context = "@context", type = "@type"
            case name, startDate, endDate, eventStatus, previousStartDate, eventAttendanceMode, description, url, location, organizer, offers, audience
            case image, maximumAttendeeCapacity, inLanguage
        }

        /// By hand for `location`: one place as an object, several as a list.
        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(context, forKey: .context)
            try container.encode(type, forKey: .type)
            try container.encode(name, forKey: .name)
            try container.encode(startDate, forKey: .startDate)
            try container.encodeIfPresent(endDate, forKey: .endDate)
            try container.encode(eventStatus, forKey: .eventStatus)
            try container.encodeIfPresent(previousStartDate, forKey: .previousStartDate)
            try container.encode(eventAttendanceMode, forKey: .eventAttendanceMode)
            try container.encodeIfPresent(description, forKey: .description)
            try container.encodeIfPresent(url, forKey: .url)
            // One location as an object, several as a list, as schema.org examples write them.
            if let location, location.count == 1 { try container.encode(location[0], forKey: .location) }
            else if let location, !location.isEmpty { try container.encode(location, forKey: .location) }
            try container.encode(organizer, forKey: .organizer)
            try container.encodeIfPresent(offers, forKey: .offers)
            try container.encodeIfPresent(audience, forKey: .audience)
            try container.encodeIfPresent(image, forKey: .image)
            try container.encodeIfPresent(maximumAttendeeCapacity, forKey: .maximumAttendeeCapacity)
            try container.encodeIfPresent(inLanguage, forKey: .inLanguage)
        }
    }

    struct Location: Encodable {
        var type: String
        var name: String?
        var address: Address?
        var url: String?
        enum CodingKeys: String, CodingKey { case type = "@type", name, address, url }
    }

    /// A place's address: the text of `location`, or a venue's parts as a `PostalAddress`.
    enum Address: Encodable {
        case text(String)
        case postal(PostalAddress)

        func encode(to encoder: Encoder) throws {
            var container = encoder.singleValueContainer()
            switch self {
            case .text(let text): try container.encode(text)
            case .postal(let address): try container.encode(address)
            }
        }
    }

    struct PostalAddress: Encodable {
        var type = "PostalAddress"
        var streetAddress: String?
        var addressLocality: String?
        var postalCode: String?
        var addressCountry = "GB"
        enum CodingKeys: String, CodingKey { case type = "@type", streetAddress, addressLocality, postalCode, addressCountry }
    }

    /// Where an event is held: its venue's address, else its `location` text.
    static func place(_ event: CalendarEvent) -> Location? {
        guard let location = event.location else { return nil }
        guard let venue = event.venue else { return Location(type: "Place", name: location, address: .text(location)) }
        let address = PostalAddress(streetAddress: venue.toBeConfirmed ? nil : venue.street, addressLocality: venue.town,
                                    postalCode: venue.toBeConfirmed ? nil : venue.postcode)
        let hasAddress = address.streetAddress != nil || address.addressLocality != nil || address.postalCode != nil
        return Location(type: "Place", name: venue.toBeConfirmed ? location : venue.name ?? location, address: hasAddress ? .postal(address) : nil)
    }

    /// An organisation an item names (an event's organiser; a hub's funder or the national
    /// organisation it belongs to): public, as the hub pages' JSON-LD uses it too.
    public struct Organization: Encodable {
        var type = "Organization"
        var name: String
        var url: String?
        enum CodingKeys: String, CodingKey { case type = "@type", name, url }
        public init(name: String, url: String?) {
            self.name = name
            self.url = url
        }
    }

    struct Offer: Encodable {
        var type = "Offer"
        var price: String
        var priceCurrency = "GBP"
        var description: String
        var url: String?
        /// Only for a fully booked event: schema.org's SoldOut.
        var availability: String?
        enum CodingKeys: String, CodingKey { case type = "@type", price, priceCurrency, description, url, availability }
    }

    struct Audience: Encodable {
        var type = "Audience"
        var audienceType: String
        enum CodingKeys: String, CodingKey { case type = "@type", audienceType }
    }

    /// Keys sorted, so that a page's data is the same from build to build; slashes as they are.
    public static var encoder: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }

    /// One Event, or for the listed dates of a repeating opportunity one Event per date (as
    /// Google's event guidelines ask for events on several dates), in a list.
    public static func render(_ events: [CalendarEvent], zone: ZonedTime, pageURL: String?, organiser: (name: String, url: String?),
                              imageURL: String? = nil, language: String? = nil) -> String {
        guard events.count > 1 else {
            return events.first.map { render($0, zone: zone, pageURL: pageURL, organiser: organiser, imageURL: imageURL, language: language) } ?? "{}"
        }
        let values = events.map { value($0, zone: zone, pageURL: pageURL, organiser: organiser, imageURL: imageURL, language: language) }
        return Escaping.jsonForScript(String(decoding: (try? encoder.encode(values)) ?? Data("[]".utf8), as: UTF8.self))
    }

    public static func render(_ event: CalendarEvent, zone: ZonedTime, pageURL: String?, organiser: (name: String, url: String?),
                              imageURL: String? = nil, language: String? = nil) -> String {
        let value = value(event, zone: zone, pageURL: pageURL, organiser: organiser, imageURL: imageURL, language: language)
        return Escaping.jsonForScript(String(decoding: (try? encoder.encode(value)) ?? Data("{}".utf8), as: UTF8.self))
    }

    /// schema.org's eventStatus for a status (a full event still takes place).
    static func status(_ status: EventStatus) -> String {
        switch status {
        case .scheduled, .full: return "https://schema.org/EventScheduled"
        case .cancelled: return "https://schema.org/EventCancelled"
        case .postponed: return "https://schema.org/EventPostponed"
        case .rescheduled: return "https://schema.org/EventRescheduled"
        case .movedOnline: return "https://schema.org/EventMovedOnline"
        }
    }

    static func value(_ event: CalendarEvent, zone: ZonedTime, pageURL: String?, organiser: (name: String, url: String?),
                      imageURL: String? = nil, language: String? = nil) -> Event {
        var locations: [Location] = []
        if let place = place(event) { locations.append(place) }
        if event.online {
            let url = event.joinURL.flatMap(Escaping.safeURL) ?? event.bookingURL.flatMap(Escaping.safeURL) ?? pageURL
            locations.append(Location(type: "VirtualLocation", url: url))
        }
        let mode = event.online
            ? (event.location == nil ? "https://schema.org/OnlineEventAttendanceMode" : "https://schema.org/MixedEventAttendanceMode")
            : "https://schema.org/OfflineEventAttendanceMode"
        // A named organiser runs it; the hub (or the site) otherwise.
        let organizer = event.organiser.map { Organization(name: $0, url: nil) } ?? Organization(name: organiser.name, url: organiser.url)
        var offer = event.cost.map { Offer(price: price(from: $0), description: $0, url: event.bookingURL.flatMap(Escaping.safeURL)) }
        if event.status == .full { offer?.availability = "https://schema.org/SoldOut" }
        return Event(name: event.title, startDate: zone.iso8601(event.start), endDate: event.end.map(zone.iso8601),
                          eventStatus: status(event.status), previousStartDate: event.previousStart.map(zone.iso8601), eventAttendanceMode: mode, description: event.description.isEmpty ? nil : String(event.description.leadingCharacters(1000)),
                          url: pageURL, location: locations.isEmpty ? nil : locations,
                          organizer: organizer, offers: offer,
                          audience: event.audience.first.map { Audience(audienceType: $0.label) },
                          image: imageURL, maximumAttendeeCapacity: event.places, inLanguage: language)
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
