/// The words of a page that a translation translates, and their fingerprint: eight hex digits
/// that change whenever any of those words changes (and not when a fact does). A translation
/// records the fingerprint it was made from (`translates: 3f9a1c2e`); the `translation` rule
/// compares it with the original's, so a co-lead learns which translations an edit left behind
/// and copies the new value from the hint once the translation is brought up to date.
public enum TranslatedWords {
    /// The hub's words, in a fixed order: title, introduction, each lead's role and job title,
    /// each meeting's title, each action and its aim, each logo's text; then, where the page
    /// has them, how to get involved, the hashtags, how to send an opportunity, the local picture and the resources (so that a
    /// page without them keeps its fingerprint).
    public static func of(_ hub: Hub) -> [String] {
        var words = [hub.title, hub.body.plainText]
        for lead in hub.leads { words += [lead.role, lead.jobTitle ?? ""] }
        for meeting in hub.meetings { words.append(meeting.title ?? "") }
        for action in hub.actionPlan?.actions ?? [] { words += [action.action, action.aim ?? ""] }
        for organisation in hub.organisations { words.append(organisation.logoAlt ?? "") }
        if let involved = hub.getInvolved { words += ["get_involved", involved.text ?? "", involved.person ?? ""] + involved.commitments }
        if !hub.hashtags.isEmpty { words += ["hashtags"] + hub.hashtags }
        if let text = hub.submitOpportunity?.text { words += ["submit_opportunity", text] }
        for (list, organisations) in [("funders", hub.funders), ("supporters", hub.supporters)] where organisations.contains(where: { $0.logoAlt != nil }) {
            words += [list] + organisations.map { $0.logoAlt ?? "" }
        }
        if !hub.localPicture.isEmpty { words += ["local_picture"] + hub.localPicture.flatMap { [$0.counts ?? "", $0.source?.name ?? ""] } }
        if !hub.resources.isEmpty { words += ["resources"] + hub.resources.flatMap { [$0.title ?? "", $0.description ?? ""] } }
        return words
    }

    /// The opportunity's words: title, description, picture text; then, where it has one,
    /// its activity's (so that an opportunity without one keeps its fingerprint).
    public static func of(_ opportunity: Opportunity) -> [String] {
        [opportunity.title, opportunity.body.plainText, opportunity.imageAlt ?? ""]
            + (opportunity.activity.map { ["activity"] + report($0) } ?? [])
    }

    /// An activity's words: title, write-up, then what happened.
    public static func of(_ activity: Activity) -> [String] {
        [activity.title, activity.body.plainText] + report(activity)
    }

    /// The words of what happened: summary, each photo's texts, each logo's text.
    static func report(_ activity: Activity) -> [String] {
        [activity.summary ?? ""] + activity.photos.flatMap { [$0.alt ?? "", $0.caption ?? ""] }
            + (activity.funders + activity.partners).map { $0.logoAlt ?? "" }
    }

    /// What of an activity's words (its own, or an opportunity's `activity:`) a translation leaves untranslated.
    public static func untranslated(_ words: Translation.ActivityWords, of activity: Activity) -> [String] {
        var missing: [String] = []
        if activity.summary != nil, words.summary == nil { missing.append("the summary") }
        let photos = activity.photos.indices.filter { i in activity.photos[i].alt != nil && (i >= words.photos.count || words.photos[i].alt == nil) }.count
        if photos > 0 { missing.append(photos == 1 ? "a photo's text" : "\(photos) photos' texts") }
        let captions = activity.photos.indices.filter { i in activity.photos[i].caption != nil && (i >= words.photos.count || words.photos[i].caption == nil) }.count
        if captions > 0 { missing.append(captions == 1 ? "a photo's caption" : "\(captions) photos' captions") }
        let logos = [(activity.funders, words.funderLogoAlts), (activity.partners, words.partnerLogoAlts)].map { organisations, alts in
            organisations.indices.filter { i in organisations[i].logoAlt != nil && (i >= alts.count || alts[i] == nil) }.count
        }.reduce(0, +)
        if logos > 0 { missing.append(logos == 1 ? "a logo's text" : "\(logos) logos' texts") }
        return missing
    }

    /// FNV-1a (64 bits) over the words, each ended by a zero byte, as eight hex digits: the same
    /// on every machine and in every run (Swift's `Hasher` is seeded per process).
    public static func fingerprint(_ words: [String]) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for word in words {
            for byte in word.utf8 {
                hash ^= UInt64(byte)
                hash &*= 0x0000_0100_0000_01B3
            }
            hash ^= 0
            hash &*= 0x0000_0100_0000_01B3
        }
        let folded = UInt32(truncatingIfNeeded: hash ^ (hash >> 32))
        let hex = String(folded, radix: 16)
        return String(repeating: "0", count: 8 - hex.count) + hex
    }

    /// What of the hub's words the translation leaves untranslated (the page shows the original's).
    public static func untranslated(_ translation: Translation, of hub: Hub) -> [String] {
        var missing: [String] = []
        if translation.title == nil { missing.append("the title") }
        if translation.body.plainText.isEmpty, !hub.body.plainText.isEmpty { missing.append("the introduction") }
        func count(_ n: Int, _ one: String, _ many: String) { if n > 0 { missing.append(n == 1 ? one : "\(n) \(many)") } }
        count(hub.leads.indices.filter { i in i >= translation.leads.count || translation.leads[i].role == nil }.count, "a lead's role", "leads' roles")
        count(hub.leads.indices.filter { i in hub.leads[i].jobTitle != nil && (i >= translation.leads.count || translation.leads[i].jobTitle == nil) }.count,
              "a job title", "job titles")
        count(hub.meetings.indices.filter { i in hub.meetings[i].title != nil && (i >= translation.meetingTitles.count || translation.meetingTitles[i] == nil) }.count,
              "a meeting's title", "meetings' titles")
        let actions = hub.actionPlan?.actions ?? []
        count(actions.indices.filter { i in i >= translation.actions.count || translation.actions[i].action == nil }.count, "an action", "actions")
        count(hub.organisations.indices.filter { i in hub.organisations[i].logoAlt != nil && (i >= translation.logoAlts.count || translation.logoAlts[i] == nil) }.count,
              "a logo's text", "logos' texts")
        if let involved = hub.getInvolved {
            if involved.text != nil, translation.getInvolved.text == nil { missing.append("how to get involved") }
            if involved.person != nil, translation.getInvolved.person == nil { missing.append("who to email to join") }
            if !involved.commitments.isEmpty, (translation.getInvolved.commitments ?? []).count < involved.commitments.count { missing.append("what joining commits to") }
        }
        if hub.submitOpportunity?.text != nil, translation.submitOpportunityText == nil { missing.append("how to send an opportunity") }
        let backers = [(hub.funders, translation.funderLogoAlts), (hub.supporters, translation.supporterLogoAlts)]
        count(backers.map { organisations, alts in organisations.indices.filter { i in organisations[i].logoAlt != nil && (i >= alts.count || alts[i] == nil) }.count }
              .reduce(0, +), "a funder's or supporter's logo text", "funders' and supporters' logo texts")
        count(hub.localPicture.indices.filter { i in hub.localPicture[i].counts != nil && (i >= translation.figures.count || translation.figures[i].counts == nil) }.count,
              "what a figure counts", "figures' words")
        count(hub.resources.indices.filter { i in hub.resources[i].title != nil && (i >= translation.resources.count || translation.resources[i].title == nil) }.count,
              "a resource's title", "resources' titles")
        return missing
    }

}
