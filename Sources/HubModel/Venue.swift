import Foundation

/// Where an event takes place, as an address (`venue:`): "organise logistics, such as a venue
/// to meet" (001). A venue not yet booked says so (`to_be_confirmed: true`), with the town when
/// it is known. Free text in `location` still works; a venue gives calendars the full address
/// and the page a map link.
public struct Venue: Hashable, Sendable {
    /// The building or room, e.g. Events Centre.
    public var name: String?
    public var street: String?
    public var town: String?
    public var postcode: String?
    /// True while the venue is not yet booked: shown as "Venue to be confirmed".
    public var toBeConfirmed = false

    public init(name: String? = nil, street: String? = nil, town: String? = nil, postcode: String? = nil, toBeConfirmed: Bool = false) {
        self.name = name
        self.street = street
        self.town = town
        self.postcode = postcode
        self.toBeConfirmed = toBeConfirmed
    }

    /// True when it gives nothing to show: no part of an address, and not to be confirmed.
    public var isEmpty: Bool { !toBeConfirmed && [name, street, town, postcode].allSatisfy { $0 == nil } }

    /// The address on one line, as pages, calendars and feeds show it: "Events Centre, One Canal
    /// Parade, Cardiff CF10 5BF"; `toBeConfirmed` names a venue not yet booked ("Venue to be
    /// confirmed, Cardiff").
    public func line(toBeConfirmed words: String) -> String {
        if toBeConfirmed { return ([words] + [town].compactMap { $0 }).joined(separator: ", ") }
        let place = [town, postcode].compactMap { $0 }.joined(separator: " ")
        return ([name, street].compactMap { $0 } + (place.isEmpty ? [] : [place])).joined(separator: ", ")
    }

    /// The venue in a few words, for a link to its map: its name (or street) and town, e.g.
    /// "Events Centre, Cardiff".
    public var label: String {
        let parts = [name ?? street, town].compactMap { $0 }
        return parts.isEmpty ? postcode ?? "" : parts.joined(separator: ", ")
    }

    /// A map of the address on OpenStreetMap (a plain link: the page needs no script), searched
    /// by street, town and postcode; nil for a venue to be confirmed or with none of them.
    public var mapURL: String? {
        let parts = [street, town, postcode].compactMap { $0 }
        guard !toBeConfirmed, !parts.isEmpty else { return nil }
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        let query = parts.joined(separator: ", ").addingPercentEncoding(withAllowedCharacters: allowed) ?? ""
        return "https://www.openstreetmap.org/search?query=" + query
    }

    /// Whether `text` is a UK postcode (outward code, a space or none, inward code), as Royal
    /// Mail writes them, in either letter case; GIR 0AA too.
    public static func isUKPostcode(_ text: String) -> Bool {
        let compact = text.uppercased().filter { $0 != " " }
        if compact == "GIR0AA" { return true }
        guard text.trimmingCharacters(in: .whitespaces) == text, !text.contains("  "),
              (5...7).contains(compact.count), compact.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) }) else { return false }
        let inward = Array(compact.suffix(3)), outward = Array(compact.dropLast(3))
        guard inward[0].isNumber, inward[1].isLetter, inward[2].isLetter else { return false }
        // Outward: A9, A99, AA9, AA99, A9A, AA9A.
        let shape = String(outward.map { $0.isLetter ? "A" : "9" })
        return ["A9", "A99", "AA9", "AA99", "A9A", "AA9A"].contains(shape)
    }
}
