import HubModel
import Yams

/// Reads one opportunity's front matter into an `Opportunity`.
struct OpportunityLoader {
    static let keys = FrontMatterFields.names(FrontMatterFields.opportunity)

    static func load(root: Node, slug: String, reader: inout FieldReader, body: MarkdownDocument) -> Opportunity {
        let map = reader.mapping(root, path: "", allowed: keys, what: "an opportunity's front matter") ?? [:]
        let title = reader.string(map["title"], path: "title")
        if title == nil {
            reader.report("The opportunity has no 'title'.", at: reader.fields.location(of: "title"),
                          hint: "Add a line such as 'title: Thriving Lives Toolkit training' to the front matter.")
        }
        var opportunity = Opportunity(slug: slug, file: reader.file, title: title ?? slug,
                                      start: reader.dateTime(map["start"], path: "start"), body: body, fields: reader.fields)
        opportunity.end = reader.dateTime(map["end"], path: "end")
        opportunity.hubs = reader.strings(map["hubs"], path: "hubs")
        let audienceNodes = map["audience"]
        if case .scalar? = audienceNodes {
            opportunity.audience = reader.choice(audienceNodes, path: "audience", as: Audience.self, rule: "opportunity").map { [$0] } ?? []
        } else {
            opportunity.audience = reader.list(audienceNodes, path: "audience", itemName: "audiences").enumerated().compactMap { index, node in
                reader.choice(node, path: "audience[\(index)]", as: Audience.self, rule: "opportunity")
            }
        }
        opportunity.category = reader.string(map["category"], path: "category")
        opportunity.location = reader.string(map["location"], path: "location")
        opportunity.online = reader.bool(map["online"], path: "online") ?? false
        opportunity.bookingURL = reader.string(map["booking_url"], path: "booking_url")
        opportunity.deadline = reader.date(map["deadline"], path: "deadline")
        opportunity.cost = reader.string(map["cost"], path: "cost")
        if let node = map["repeat"], let (recurrence, changes) = RecurrenceReader.read(node, start: opportunity.start, reader: &reader) {
            opportunity.recurrence = recurrence
            opportunity.occurrenceChanges = changes
        }
        opportunity.status = reader.choice(map["status"], path: "status", as: EventStatus.self) ?? .scheduled
        opportunity.changes = reader.strings(map["changes"], path: "changes")
        opportunity.accessibility = reader.strings(map["accessibility"], path: "accessibility")
        opportunity.places = reader.integer(map["places"], path: "places", range: 1...100_000)
        opportunity.organiser = reader.string(map["organiser"], path: "organiser")
        opportunity.image = reader.string(map["image"], path: "image")
        opportunity.imageAlt = reader.string(map["image_alt"], path: "image_alt")
        opportunity.translationsRequired = HubLoader.translationsRequired(map["translations"], reader: &reader)
        opportunity.fields = reader.fields
        return opportunity
    }
}
