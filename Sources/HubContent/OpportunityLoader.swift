import HubModel
import Yams

/// Reads one opportunity's front matter into an `Opportunity` by `FieldTables.opportunity`:
/// every field by the kind its table declares, and `repeat:` by `RecurrenceReader`.
struct OpportunityLoader {
    static let table = FieldTables.opportunity
    static let keys = table.names

    static func load(root: Node, slug: String, reader: inout FieldReader, body: MarkdownDocument) -> Opportunity {
        let map = reader.mapping(root, path: "", allowed: table.names, what: table.what) ?? [:]
        var opportunity = Opportunity.Details(slug: slug, file: reader.file, title: slug, body: body, fields: reader.fields)
        _ = reader.read(table, map, path: "", into: &opportunity)
        if let node = map["repeat"], let (recurrence, changes) = RecurrenceReader.read(node, start: opportunity.start, reader: &reader) {
            opportunity.recurrence = recurrence
            opportunity.occurrenceChanges = changes
        }
        opportunity.fields = reader.fields
        return Opportunity(details: opportunity)
    }
}
