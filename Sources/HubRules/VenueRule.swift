import HubModel

/// "Organise logistics, such as a venue to meet and an agenda" (001): where a meeting or an
/// opportunity takes place is a place people can find (a venue's postcode is a UK postcode; a
/// venue says something, or that it is to be confirmed), and an online one says how to join
/// (a join address is a secure web address).
public struct VenueRule: SiteRule {
    public static let id = RuleID.venue
    public init() {}

    public func check(_ context: RuleContext, findings: inout Findings) {
        for hub in context.content.hubs {
            for meeting in hub.meetings {
                check(venue: meeting.venue, location: meeting.location, joinURL: meeting.joinURL, joinOnBooking: meeting.joinOnBooking,
                      at: "meetings[\(meeting.index)].", of: "The venue of the meeting on \(meeting.date)", fields: hub.fields, findings: &findings)
            }
        }
        for opportunity in context.content.opportunities {
            check(venue: opportunity.venue, location: opportunity.location, joinURL: opportunity.joinURL, joinOnBooking: opportunity.joinOnBooking,
                  at: "", of: "The venue", fields: opportunity.fields, findings: &findings)
        }
    }

    /// One event's venue and way to join; `prefix` is the path of its fields in the file
    /// (`meetings[2].` or nothing), `name` how a message names its venue.
    func check(venue: Venue?, location: String?, joinURL: String?, joinOnBooking: Bool, at prefix: String, of name: String,
               fields: FieldLocations, findings: inout Findings) {
        if let venue {
            if venue.isEmpty {
                findings.report("\(name) gives no address: no 'name', 'street', 'town' or 'postcode'.", at: fields.keyLocation(of: prefix + "venue"),
                                hint: "Add the venue's 'name', 'street', 'town' and 'postcode', or 'to_be_confirmed: true' until it is booked.")
            }
            if let postcode = venue.postcode, !Venue.isUKPostcode(postcode) {
                findings.report("\(name) has the postcode \"\(postcode.prefix(20))\", which is not a UK postcode.", at: fields.location(of: prefix + "venue.postcode"),
                                hint: "Write the postcode as Royal Mail does, e.g. 'postcode: CF10 5BF' (find it at https://www.royalmail.com/find-a-postcode).")
            }
            if !venue.toBeConfirmed, !venue.isEmpty, venue.town == nil, venue.postcode == nil {
                findings.report("\(name) has no 'town' or 'postcode', so a visitor may not find it and the page has no map link.",
                                at: fields.keyLocation(of: prefix + "venue"), hint: "Add 'town:' and 'postcode:' to the venue.", advisory: true)
            }
            if location != nil {
                findings.report("Both 'location' and 'venue' are given: the page and the calendars show the venue, not 'location'.",
                                at: fields.location(of: prefix + "location"), hint: "Remove 'location', or move what it says into the venue.", advisory: true)
            }
        }
        findings.requireSecureAddress(joinURL, path: prefix + "join_url", in: fields, example: "https://meet.example.org/hub-meeting")
        if joinURL != nil, joinOnBooking {
            findings.report("Both 'join_url' and 'join_on_booking: true' are given: the page publishes the link, so it is not only sent on booking.",
                            at: fields.location(of: prefix + "join_on_booking"),
                            hint: "Remove 'join_url' to keep the link for those who book, or remove 'join_on_booking'.", advisory: true)
        }
    }
}
