import HubModel

/// A hub "is easily accessible" (003) to a network that works in two languages only when each
/// page exists in both: under the Welsh Language Standards a page is published in Welsh at the
/// same time as in English. This rule checks that every page that must be translated is, that
/// every translation has its original and holds only as many items as the original, and that
/// no translation was left behind by a change to the original's words.
public struct TranslationRule: SiteRule {
    public static let id = RuleID.translation
    public init() {}

    public func check(_ context: RuleContext, findings: inout Findings) {
        let content = context.content
        let languages = content.config.otherLanguages
        guard !languages.isEmpty || !content.translations.isEmpty else { return }
        var translated: [String: Translation] = [:]
        for translation in content.translations { translated[translation.originalFile + " " + translation.language] = translation }
        let hubs = Dictionary(content.hubs.map { ($0.file, $0) }, uniquingKeysWith: { a, _ in a })
        let opportunities = Dictionary(content.opportunities.map { ($0.file, $0) }, uniquingKeysWith: { a, _ in a })
        let activities = Dictionary(content.activities.map { ($0.file, $0) }, uniquingKeysWith: { a, _ in a })
        let requiringHubs = Set(content.hubs.filter { $0.translationsRequired ?? content.config.translationsRequired }.map { $0.slug })

        func missing(_ file: String, _ kind: ContentKind, _ slug: String, what: String, because reason: String) {
            for language in languages where translated[file + " " + language] == nil {
                let name = Translation.file(kind: kind, slug: slug, language: language)
                let command = "hubsite new \(kind.rawValue) \(slug) --lang \(language)"
                findings.report("This \(what) has no translation into \(Translation.languageName(language)), and \(reason).",
                                at: SourceLocation(file: file, line: 1, column: 1),
                                hint: "Create \(name) with the page's words in \(Translation.languageName(language)) ('\(command)' writes one to fill in, with this page's words beside each field).")
            }
        }
        for hub in content.hubs where hub.translationsRequired ?? content.config.translationsRequired {
            missing(hub.file, .hub, hub.slug, what: "hub page", because: hub.translationsRequired == true ? "it says 'translations: required'" : "the site requires translations (hubsite.yml)")
        }
        for opportunity in content.opportunities {
            let byHub = opportunity.hubs.first(where: requiringHubs.contains)
            guard opportunity.translationsRequired ?? (content.config.translationsRequired || byHub != nil) else { continue }
            let reason = opportunity.translationsRequired == true ? "it says 'translations: required'"
                : byHub.map { "its hub '\($0)' requires translations" } ?? "the site requires translations (hubsite.yml)"
            missing(opportunity.file, .opportunity, opportunity.slug, what: "opportunity", because: reason)
        }
        for activity in content.activities {
            let byHub = activity.hubs.first(where: requiringHubs.contains)
            guard content.config.translationsRequired || byHub != nil else { continue }
            missing(activity.file, .activity, activity.slug, what: "activity", because: byHub.map { "its hub '\($0)' requires translations" } ?? "the site requires translations (hubsite.yml)")
        }

        for translation in content.translations.sorted(by: { $0.file < $1.file }) {
            let start = SourceLocation(file: translation.file, line: 1, column: 1)
            let words: [String]
            switch translation.kind {
            case .hub:
                guard let hub = hubs[translation.originalFile] else {
                    orphan(translation, at: start, sources: content.sources, findings: &findings)
                    continue
                }
                words = TranslatedWords.of(hub)
                extra(translation.leads.count, hub.leads.count, "leads", "lead", translation, &findings)
                extra(translation.meetingTitles.count, hub.meetings.count, "meetings", "meeting", translation, &findings)
                extra(translation.actions.count, hub.actionPlan?.actions.count ?? 0, "action_plan.actions", "action", translation, &findings)
                extra(translation.logoAlts.count, hub.organisations.count, "organisations", "organisation", translation, &findings)
                incomplete(TranslatedWords.untranslated(translation, of: hub), translation, &findings)
            case .opportunity:
                guard let opportunity = opportunities[translation.originalFile] else {
                    orphan(translation, at: start, sources: content.sources, findings: &findings)
                    continue
                }
                words = TranslatedWords.of(opportunity)
                var missing: [String] = []
                if translation.title == nil { missing.append("the title") }
                if translation.body.plainText.isEmpty, !opportunity.body.plainText.isEmpty { missing.append("the description") }
                if translation.imageAlt == nil, opportunity.imageAlt != nil { missing.append("the picture's text") }
                if let activity = opportunity.activity {
                    missing += TranslatedWords.untranslated(translation.activity, of: activity)
                    extra(translation.activity.photos.count, activity.photos.count, "activity.photos", "photo", translation, &findings)
                } else if !translation.activity.isEmpty {
                    findings.report("The translation has 'activity:', but \(translation.originalFile) has none: it translates nothing.",
                                    at: translation.fields.keyLocation(of: "activity"),
                                    hint: "Remove 'activity:' here, or add it to \(translation.originalFile) once the opportunity has taken place.")
                }
                incomplete(missing, translation, &findings)
            case .activity:
                guard let activity = activities[translation.originalFile] else {
                    orphan(translation, at: start, sources: content.sources, findings: &findings)
                    continue
                }
                words = TranslatedWords.of(activity)
                extra(translation.activity.photos.count, activity.photos.count, "photos", "photo", translation, &findings)
                var missing: [String] = []
                if translation.title == nil { missing.append("the title") }
                if translation.body.plainText.isEmpty, !activity.body.plainText.isEmpty { missing.append("the write-up") }
                incomplete(missing + TranslatedWords.untranslated(translation.activity, of: activity), translation, &findings)
            }
            let current = TranslatedWords.fingerprint(words)
            guard translation.translates != current else { continue }
            if let recorded = translation.translates {
                findings.report("\(translation.originalFile) has changed since this translation was made: its words are no longer those this translation translates (\(recorded)).",
                                at: translation.fields.location(of: "translates"),
                                hint: "Bring the translation up to date with \(translation.originalFile), then write 'translates: \(current)'.",
                                advisory: true,
                                fix: nil)
            } else {
                findings.report("This translation does not say which version of \(translation.originalFile) it translates, so a later change there would go unnoticed.",
                                at: translation.fields.location(of: "translates"),
                                hint: "Check that it matches \(translation.originalFile) today, then add the line 'translates: \(current)'.",
                                advisory: true)
            }
        }
    }

    func incomplete(_ missing: [String], _ translation: Translation, _ findings: inout Findings) {
        guard !missing.isEmpty else { return }
        let list = missing.count == 1 ? missing[0] : missing.dropLast().joined(separator: ", ") + " and " + missing.last!
        findings.report("The translation is not complete; not translated yet: \(list). The page shows the original's words there.",
                        at: SourceLocation(file: translation.file, line: 1, column: 1),
                        hint: "Fill in the empty fields, and write the text below the front matter, in \(Translation.languageName(translation.language)).",
                        advisory: true)
    }

    func orphan(_ translation: Translation, at start: SourceLocation, sources: SourceTexts, findings: inout Findings) {
        // An original that exists but could not be read has its errors already.
        if sources.contains(translation.originalFile) {
            findings.note("This translates \(translation.originalFile), whose page has errors (see above), so it is not checked.", at: start)
            return
        }
        findings.report("This is a translation of \(translation.originalFile), which does not exist.", at: start,
                        hint: "Name the file after the page it translates (its name plus '.\(translation.language).md'), or delete it if that page was removed.")
    }

    /// Reports items of a translation's list beyond the original's.
    func extra(_ count: Int, _ originalCount: Int, _ path: String, _ item: String, _ translation: Translation, _ findings: inout Findings) {
        guard count > originalCount else { return }
        findings.report("The translation has \(count) items under '\(path)', but \(translation.originalFile) has \(originalCount): item \(originalCount + 1) translates nothing.",
                        at: translation.fields.location(of: "\(path)[\(originalCount)]"),
                        hint: "Each item translates the \(item) at the same place in the original's list; remove the items beyond it.")
    }
}
