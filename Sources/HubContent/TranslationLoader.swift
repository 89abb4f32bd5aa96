import HubModel
import Yams

/// Reads a translation's front matter (`content/hubs/<slug>.<language>.md`): the words of the
/// original in another language. A field that is a fact (a date, an address, a logo, a link) is
/// reported at its line: facts come from the original only.
struct TranslationLoader {
    typealias Tables = FieldTables

    /// The fields a translation may hold, level by level: those the tables mark translatable
    /// (and `translates`); every other field of the original's table is a fact.
    static func words<Root>(_ table: FieldTable<Root>) -> Set<String> { Set(table.specs.filter(\.translatable).map(\.name)) }
    static let hubWords = words(Tables.hub).union([Tables.translates.name])
    static let leadWords = words(Tables.lead)
    static let meetingWords = words(Tables.meeting)
    static let actionPlanWords = words(Tables.actionPlan)
    static let actionWords = words(Tables.action)
    static let organisationWords = words(Tables.organisation)
    static let getInvolvedWords = words(Tables.getInvolved)
    static let submitOpportunityWords = words(Tables.submitOpportunity)
    static let figureWords = words(Tables.figure)
    static let supporterWords = words(Tables.supporter)
    static let figureSourceWords = words(Tables.figureSource)
    static let resourceWords = words(Tables.resource)
    static let opportunityWords = words(Tables.opportunity).union([Tables.translates.name])
    static let activityWords = words(Tables.activity).union([Tables.translates.name])
    static let reportWords = words(Tables.opportunityActivity)
    static let photoWords = words(Tables.photo)

    static func load(root: Node, kind: Translation.Kind, slug: String, language: String,
                     reader: inout FieldReader, body: MarkdownDocument) -> Translation {
        let original = kind.folder + "/" + slug + ".md"
        var translation = Translation(kind: kind, slug: slug, language: language, file: reader.file, body: body, fields: reader.fields)
        let keys: [String], what: String, words: Set<String>
        switch kind {
        case .hub: (keys, what, words) = (Tables.hub.names, "a hub page's translation", hubWords)
        case .opportunity: (keys, what, words) = (Tables.opportunity.names, "an opportunity's translation", opportunityWords)
        case .activity: (keys, what, words) = (Tables.activity.names, "an activity's translation", activityWords)
        }
        let map = reader.mapping(root, path: "", allowed: keys + [Tables.translates.name], what: what) ?? [:]
        facts(in: map, path: "", words: words, original: original, reader: &reader)
        translation.title = reader.string(map["title"], path: "title")
        translation.translates = reader.string(map["translates"], path: "translates")
        if kind == .activity {
            translation.activity = activityWords(map, path: "", original: original, reader: &reader)
        } else if kind == .opportunity {
            translation.imageAlt = reader.string(map["image_alt"], path: "image_alt")
            if let node = map["activity"],
               let report = reader.mapping(node, path: "activity", allowed: Tables.opportunityActivity.names, what: "the words of what happened (summary, photos' alt and caption)") {
                facts(in: report, path: "activity", words: reportWords, original: original, reader: &reader)
                translation.activity = activityWords(report, path: "activity", original: original, reader: &reader)
            }
        } else {
            translation.leads = items(map["leads"], path: "leads", keys: Tables.lead.names, words: leadWords,
                                      what: "a person's words (role, job_title)", original: original, reader: &reader) { fields, path, reader in
                Translation.LeadWords(role: reader.string(fields["role"], path: path + ".role"),
                                      jobTitle: reader.string(fields["job_title"], path: path + ".job_title"))
            }.map { $0 ?? Translation.LeadWords() }
            translation.meetingTitles = items(map["meetings"], path: "meetings", keys: Tables.meeting.names, words: meetingWords,
                                              what: "a meeting's title", original: original, reader: &reader) { fields, path, reader in
                reader.string(fields["title"], path: path + ".title")
            }.map { $0 ?? nil }
            translation.logoAlts = items(map["organisations"], path: "organisations", keys: Tables.organisation.names,
                                         words: organisationWords, what: "a logo's text (logo_alt)", original: original,
                                         reader: &reader) { fields, path, reader in
                reader.string(fields["logo_alt"], path: path + ".logo_alt")
            }.map { $0 ?? nil }
            if let node = map["hashtags"] { translation.hashtags = reader.strings(node, path: "hashtags") }
            if let node = map["get_involved"],
               let involved = reader.mapping(node, path: "get_involved", allowed: Tables.getInvolved.names, what: "the words of how to get involved (text, person, commitments)") {
                facts(in: involved, path: "get_involved", words: getInvolvedWords, original: original, reader: &reader)
                translation.getInvolved = Translation.GetInvolvedWords(
                    text: reader.string(involved["text"], path: "get_involved.text"),
                    person: reader.string(involved["person"], path: "get_involved.person"),
                    commitments: involved["commitments"].map { reader.strings($0, path: "get_involved.commitments") })
            }
            for (list, key) in [("funders", \Translation.funderLogoAlts), ("supporters", \Translation.supporterLogoAlts)] {
                translation[keyPath: key] = items(map[list], path: list, keys: Tables.supporter.names, words: supporterWords,
                                                  what: "a logo's text (logo_alt)", original: original, reader: &reader) { fields, path, reader in
                    reader.string(fields["logo_alt"], path: path + ".logo_alt")
                }.map { $0 ?? nil }
            }
            translation.figures = items(map["local_picture"], path: "local_picture", keys: Tables.figure.names, words: figureWords,
                                        what: "a figure's words (counts, source name)", original: original, reader: &reader) { fields, path, reader in
                var sourceName: String?
                if let node = fields["source"],
                   let source = reader.mapping(node, path: path + ".source", allowed: Tables.figureSource.names, what: "a source's words (name)") {
                    facts(in: source, path: path + ".source", words: figureSourceWords, original: original, reader: &reader)
                    sourceName = reader.string(source["name"], path: path + ".source.name")
                }
                return Translation.FigureWords(counts: reader.string(fields["counts"], path: path + ".counts"), sourceName: sourceName)
            }.map { $0 ?? Translation.FigureWords() }
            translation.resources = items(map["resources"], path: "resources", keys: Tables.resource.names, words: resourceWords,
                                          what: "a resource's words (title, description)", original: original, reader: &reader) { fields, path, reader in
                Translation.ResourceWords(title: reader.string(fields["title"], path: path + ".title"),
                                          description: reader.string(fields["description"], path: path + ".description"))
            }.map { $0 ?? Translation.ResourceWords() }
            if let node = map["submit_opportunity"],
               let submit = reader.mapping(node, path: "submit_opportunity", allowed: Tables.submitOpportunity.names, what: "the words of how to send an opportunity (text)") {
                facts(in: submit, path: "submit_opportunity", words: submitOpportunityWords, original: original, reader: &reader)
                translation.submitOpportunityText = reader.string(submit["text"], path: "submit_opportunity.text")
            }
            if let node = map["action_plan"],
               let plan = reader.mapping(node, path: "action_plan", allowed: Tables.actionPlan.names, what: "an action plan's words (actions)") {
                facts(in: plan, path: "action_plan", words: actionPlanWords, original: original, reader: &reader)
                translation.actions = items(plan["actions"], path: "action_plan.actions", keys: Tables.action.names,
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

    /// The words of what happened, at `path` (the top of an activity's file, or an
    /// opportunity's `activity:`).
    static func activityWords(_ map: [String: Node], path: String, original: String, reader: inout FieldReader) -> Translation.ActivityWords {
        var words = Translation.ActivityWords()
        words.summary = reader.string(map["summary"], path: FieldReader.join(path, "summary"))
        words.photos = items(map["photos"], path: FieldReader.join(path, "photos"), keys: Tables.photo.names, words: photoWords,
                             what: "a photo's words (alt, caption)", original: original, reader: &reader) { fields, path, reader in
            Translation.PhotoWords(alt: reader.string(fields["alt"], path: path + ".alt"), caption: reader.string(fields["caption"], path: path + ".caption"))
        }.map { $0 ?? Translation.PhotoWords() }
        for (list, key) in [("funders", \Translation.ActivityWords.funderLogoAlts), ("partners", \Translation.ActivityWords.partnerLogoAlts)] {
            words[keyPath: key] = items(map[list], path: FieldReader.join(path, list), keys: Tables.supporter.names, words: supporterWords,
                                        what: "a logo's text (logo_alt)", original: original, reader: &reader) { fields, path, reader in
                reader.string(fields["logo_alt"], path: path + ".logo_alt")
            }.map { $0 ?? nil }
        }
        return words
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
