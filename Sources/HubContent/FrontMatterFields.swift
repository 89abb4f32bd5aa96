import HubModel

/// The fields of hub and opportunity front matter as `FrontMatterSchema` and the translation
/// loader read them: the specs of the tables in `FieldTables` (HubModel), where each field is
/// declared once with the model property it fills.
public enum FrontMatterFields {
    public typealias Kind = FieldKind
    public typealias Field = FieldSpec

    public static let organisation = FieldTables.organisation.specs
    public static let lead = FieldTables.lead.specs
    public static let contact = FieldTables.contact.specs
    public static let member = FieldTables.member.specs
    public static let meeting = FieldTables.meeting.specs
    public static let action = FieldTables.action.specs
    public static let actionPlan = FieldTables.actionPlan.specs
    /// A hub page's front matter.
    public static let hub = FieldTables.hub.specs
    /// One date of a repeating opportunity that changed.
    public static let changedDate = FieldTables.changedDate
    /// How an opportunity repeats.
    public static let recurrence = FieldTables.recurrence
    /// An opportunity's front matter.
    public static let opportunity = FieldTables.opportunity.specs
    /// An activity's front matter.
    public static let activity = FieldTables.activity.specs
    /// The field only a translation has.
    public static let translates = FieldTables.translates

    /// The words a translation may hold, level by level (by the name of the field that holds
    /// them; `hub` and `opportunity` for the top level): the fields the tables mark
    /// translatable. Every other field of the original's table is a fact.
    public static let translationWords: [String: Set<String>] = {
        var words: [String: Set<String>] = [:]
        func collect(_ fields: [Field], level: String) {
            words[level] = Set(fields.filter(\.translatable).map(\.name))
            for field in fields where field.translatable && !field.kind.fields.isEmpty { collect(field.kind.fields, level: field.name) }
        }
        collect(hub + [translates], level: "hub")
        collect(opportunity + [translates], level: "opportunity")
        collect(activity + [translates], level: "activity")
        return words
    }()

    /// A translation's fields: the original's table cut to its words at every level, none
    /// required, with `translates` at the top.
    static func translation(of fields: [Field]) -> [Field] {
        fields.filter(\.translatable).map { field in
            var field = field
            field.required = false
            if !field.kind.fields.isEmpty { field.kind.fields = translation(of: field.kind.fields) }
            return field
        }
    }

    /// A hub page's translation (`content/hubs/<slug>.<language>.md`).
    public static var hubTranslation: [Field] { translation(of: hub) + [translates] }
    /// An opportunity's translation.
    public static var opportunityTranslation: [Field] { translation(of: opportunity) + [translates] }
    /// An activity's translation.
    public static var activityTranslation: [Field] { translation(of: activity) + [translates] }

    public static func names(_ fields: [Field]) -> [String] { fields.map(\.name) }

    /// The names of every level: what a line of a file's front matter may start with.
    public static func allNames(_ fields: [Field]) -> Set<String> {
        fields.reduce(into: Set<String>()) { names, field in
            names.insert(field.name)
            names.formUnion(allNames(field.kind.fields))
        }
    }
    public static let allHubNames = allNames(hub + [translates])
    public static let allOpportunityNames = allNames(opportunity + [translates])
    public static let allActivityNames = allNames(activity + [translates])

    /// Every name a line of a file of this kind may start with.
    public static func allNames(of kind: ContentKind) -> Set<String> {
        switch kind {
        case .hub: return allHubNames
        case .opportunity: return allOpportunityNames
        case .activity: return allActivityNames
        }
    }
}
