import HubModel
import Yams

/// Reads a translation's front matter (`content/hubs/<slug>.<language>.md`): the words of the
/// original in another language. A field that is a fact (a date, an address, a logo, a link) is
/// reported at its line: facts come from the original only.
struct TranslationLoader {
    typealias Fields = FrontMatterFields

    /// The fields a translation may hold, level by level (FrontMatterFields.translationWords);
    /// every other field of the original's table is a fact.
    static let hubWords = Fields.translationWords["hub"] ?? []
    static let leadWords = Fields.translationWords["leads"] ?? []
    static let meetingWords = Fields.translationWords["meetings"] ?? []
    static let actionPlanWords = Fields.translationWords["action_plan"] ?? []
    static let actionWords = Fields.translationWords["actions"] ?? []
    static let organisationWords = Fields.translationWords["organisations"] ?? []
    static let opportunityWords = Fields.translationWords["opportunity"] ?? []

    static func load(root: Node, kind: Translation.Kind, slug: String, language: String,
                     reader: inout FieldReader, body: MarkdownDocument) -> Translation {
        let original = kind.folder + "/" + slug + ".md"
        var translation = Translation(kind: kind, slug: slug, language: language, file: reader.file, body: body, fields: reader.fields)
        let keys = Fields.names(kind == .hub ? Fields.hub : Fields.opportunity) + ["translates"]
        let what = kind == .hub ? "a hub page's translation" : "an opportunity's translation"
        let map = reader.mapping(root, path: "", allowed: keys, what: what) ?? [:]
        let words = kind == .hub ? hubWords : opportunityWords
        facts(in: map, path: "", words: words, original: original, reader: &reader)
        translation.title = reader.string(map["title"], path: "title")
        translation.translates = reader.string(map["translates"], path: "translates")
        if kind == .opportunity {
            translation.imageAlt = reader.string(map["image_alt"], path: "image_alt")
        } else {
            translation.leads = items(map["leads"], path: "leads", keys: Fields.names(Fields.lead), words: leadWords,
                                      what: "a person's words (role, job_title)", original: original, reader: &reader) { fields, path, reader in
                Translation.LeadWords(role: reader.string(fields["role"], path: path + ".role"),
                                      jobTitle: reader.string(fields["job_title"], path: path + ".job_title"))
            }.map { $0 ?? Translation.LeadWords() }
            translation.meetingTitles = items(map["meetings"], path: "meetings", keys: Fields.names(Fields.meeting), words: meetingWords,
                                              what: "a meeting's title", original: original, reader: &reader) { fields, path, reader in
                reader.string(fields["title"], path: path + ".title")
            }.map { $0 ?? nil }
            translation.logoAlts = items(map["organisations"], path: "organisations", keys: Fields.names(Fields.organisation),
                                         words: organisationWords, what: "a logo's text (logo_alt)", original: original,
                                         reader: &reader) { fields, path, reader in
                reader.string(fields["logo_alt"], path: path + ".logo_alt")
            }.map { $0 ?? nil }
            if let node = map["action_plan"],
               let plan = reader.mapping(node, path: "action_plan", allowed: Fields.names(Fields.actionPlan), what: "an action plan's words (actions)") {
                facts(in: plan, path: "action_plan", words: actionPlanWords, original: original, reader: &reader)
                translation.actions = items(plan["actions"], path: "action_plan.actions", keys: Fields.names(Fields.action),
                                            words: actionWords, what: "an action's words (action, aim)", original: original,
                                            reader: &reader) { fields, path, reader in
                    Translation.ActionWords(action: reader.string(fields["action"], path: path + ".action"),
                                            aim: reader.string(fields["aim"], path: path + ".aim"))
                }.map { $0 ?? Translation.ActionWords() }
            }
        }
        translation.fields = reader.fields
        return translation
    }

    /// A list of the original's items, each holding only words; an item left empty (`- {}`)
    /// keeps the original's words.
    static func items<T>(_ node: Node?, path: String, keys: [String], words: Set<String>, what: String, original: String,
                         reader: inout FieldReader, read: (_ fields: [String: Node], _ path: String, _ reader: inout FieldReader) -> T?) -> [T?] {
        reader.list(node, path: path, itemName: "items").enumerated().map { index, item in
            let itemPath = "\(path)[\(index)]"
            if FieldReader.isNull(item) { return nil }
            guard let fields = reader.mapping(item, path: itemPath, allowed: keys, what: what) else { return nil }
            facts(in: fields, path: itemPath, words: words, original: original, reader: &reader)
            return read(fields, itemPath, &reader)
        }
    }

    /// Reports each field of `map` that is a fact.
    static func facts(in map: [String: Node], path: String, words: Set<String>, original: String, reader: inout FieldReader) {
        for key in map.keys.sorted() where !words.contains(key) {
            let field = FieldReader.join(path, key)
            reader.report("'\(field)' is a fact, and a translation holds only words: facts come from \(original), so that the two pages always agree.",
                          at: reader.fields.keyLocation(of: field),
                          hint: "Delete this line here; to change the fact, change it in \(original).", rule: RuleID.translation)
        }
    }
}
