import HubModel
import Yams

/// Reads one activity's front matter (`content/activities/<slug>.md`) into an `Activity` by
/// `FieldTables.activity`: every field by the kind its table declares.
struct ActivityLoader {
    static let table = FieldTables.activity

    static func load(root: Node, slug: String, reader: inout FieldReader, body: MarkdownDocument) -> Activity {
        let map = reader.mapping(root, path: "", allowed: table.names, what: table.what) ?? [:]
        var activity = Activity(slug: slug, file: reader.file, title: slug, body: body, fields: reader.fields)
        _ = reader.read(table, map, path: "", into: &activity)
        activity.fields = reader.fields
        return activity
    }
}
