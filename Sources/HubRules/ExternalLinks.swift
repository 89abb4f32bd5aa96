import HubModel

/// Every outward link of the content, each with every place it is written: the addresses in
/// front matter (organisations' and contacts' sites, agendas, minutes, terms of reference,
/// booking pages) and the links of Markdown bodies. `hubsite check --links` requests each
/// address once, however often it is written.
public enum ExternalLinks {
    /// One address and where it is written.
    public struct Link: Hashable, Sendable {
        public var url: String
        public var locations: [SourceLocation]
    }

    /// The http(s) addresses, in the order first written (hubs, then opportunities), with the
    /// content's field locations.
    public static func collect(_ content: ContentSet) -> [Link] {
        var order: [String] = []
        var places: [String: [SourceLocation]] = [:]
        func add(_ url: String?, _ location: SourceLocation) {
            guard let url, isWeb(url) else { return }
            if places[url] == nil { order.append(url) }
            places[url, default: []].append(location)
        }
        func addBody(_ document: MarkdownDocument, file: String) {
            for link in document.links where !link.isImage {
                add(link.destination, SourceLocation(file: file, line: link.line, column: link.column))
            }
        }
        for hub in content.hubs {
            for (list, organisations) in hub.organisationLists {
                for (index, organisation) in organisations.enumerated() {
                    add(organisation.url, hub.fields.location(of: "\(list)[\(index)].url"))
                }
            }
            add(hub.contact.url, hub.fields.location(of: "contact.url"))
            add(hub.termsOfReference, hub.fields.location(of: "terms_of_reference"))
            add(hub.getInvolved?.formURL, hub.fields.location(of: "get_involved.form_url"))
            add(hub.getInvolved?.mailingListURL, hub.fields.location(of: "get_involved.mailing_list_url"))
            add(hub.submitOpportunity?.formURL, hub.fields.location(of: "submit_opportunity.form_url"))
            for figure in hub.localPicture { add(figure.source?.url, hub.fields.location(of: "local_picture[\(figure.index)].source.url")) }
            for (index, address) in hub.social.enumerated() { add(address, hub.fields.location(of: "social[\(index)]")) }
            for meeting in hub.meetings {
                add(meeting.agendaURL, hub.fields.location(of: "meetings[\(meeting.index)].agenda_url"))
                add(meeting.minutesURL, hub.fields.location(of: "meetings[\(meeting.index)].minutes_url"))
                add(meeting.joinURL, hub.fields.location(of: "meetings[\(meeting.index)].join_url"))
            }
            addBody(hub.body, file: hub.file)
        }
        for opportunity in content.opportunities {
            add(opportunity.bookingURL, opportunity.fields.location(of: "booking_url"))
            add(opportunity.joinURL, opportunity.fields.location(of: "join_url"))
            addBody(opportunity.body, file: opportunity.file)
        }
        for activity in content.allActivities {
            for (list, organisations) in [("funders", activity.funders), ("partners", activity.partners)] {
                for (index, organisation) in organisations.enumerated() {
                    add(organisation.url, activity.fields.location(of: activity.prefix + "\(list)[\(index)].url"))
                }
            }
            if activity.opportunity == nil { addBody(activity.body, file: activity.file) }
        }
        return order.map { Link(url: $0, locations: places[$0] ?? []) }
    }

    /// `mailto:` and `tel:` links of Markdown bodies, which are checked for their form only.
    public static func contactLinks(_ content: ContentSet) -> [(destination: String, location: SourceLocation)] {
        let documents = content.hubs.map { ($0.body, $0.file) } + content.opportunities.map { ($0.body, $0.file) }
            + content.activities.map { ($0.body, $0.file) }
        return documents.flatMap { document, file in
            document.links.compactMap { link in
                guard let scheme = LinkSchemes.scheme(of: link.destination), scheme == "mailto" || scheme == "tel" else { return nil }
                return (link.destination, SourceLocation(file: file, line: link.line, column: link.column))
            }
        }
    }

    /// An http or https address.
    public static func isWeb(_ url: String) -> Bool {
        let lower = url.lowercased()
        return lower.hasPrefix("http://") || lower.hasPrefix("https://")
    }
}
