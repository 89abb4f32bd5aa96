import HubModel
import Yams

/// Reads one hub page's front matter into a `Hub` by `FieldTables.hub`, keeping every key's
/// position. Each field is read by the kind its table declares; the table's `missing` says
/// what a required field left out is reported as.
struct HubLoader {
    static let table = FieldTables.hub
    static let keys = table.names
    static let meetingKeys = FieldTables.meeting.names

    /// Where each field of a lower level belongs, for one written at the top level by mistake.
    static let lowerLevels: [String: String] = {
        var homes: [String: String] = [:]
        let levels: [(String, [String])] = [("an action of 'action_plan'", FieldTables.action.names), ("'action_plan'", FieldTables.actionPlan.names),
                                            ("a member under 'members'", FieldTables.member.names),
                                            ("an organisation under 'organisations'", FieldTables.organisation.names),
                                            ("a lead under 'leads'", FieldTables.lead.names), ("a meeting under 'meetings'", FieldTables.meeting.names),
                                            ("'contact'", FieldTables.contact.names)]
        for (home, keys) in levels {
            for key in keys where !table.names.contains(key) {
                homes[key] = homes[key].map { "\(home) or \($0)" } ?? home
            }
        }
        return homes
    }()

    static func load(root: Node, slug: String, reader: inout FieldReader, body: MarkdownDocument) -> Hub {
        let map = reader.mapping(root, path: "", allowed: table.names, what: table.what, elsewhere: lowerLevels) ?? [:]
        var hub = Hub.Details(slug: slug, file: reader.file, title: slug, body: body, fields: reader.fields)
        _ = reader.read(table, map, path: "", into: &hub)
        hub.fields = reader.fields
        return Hub(details: hub)
    }
}
