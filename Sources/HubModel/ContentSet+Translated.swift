extension ContentSet {
    /// The content as pages in `language` show it: each hub and opportunity with a translation
    /// into it has that translation's words in place of the original's (its title, text,
    /// roles, job titles, meeting titles, actions, aims, logo and picture texts); every fact
    /// stays the original's. What has no translation stays as it is, in the default language.
    public func translated(into language: String, words: Words) -> ContentSet {
        var copy = self
        copy.language = language
        copy.words = words
        var hubWords: [String: Translation] = [:]
        var opportunityWords: [String: Translation] = [:]
        var activityWords: [String: Translation] = [:]
        for translation in translations where translation.language == language {
            switch translation.kind {
            case .hub: hubWords[translation.slug] = translation
            case .opportunity: opportunityWords[translation.slug] = translation
            case .activity: activityWords[translation.slug] = translation
            }
        }
        copy.hubs = hubs.map { hub in
            guard let words = hubWords[hub.slug] else { return hub }
            var hub = hub
            if let title = words.title, !title.isEmpty { hub.title = title }
            if !words.body.plainText.isEmpty { hub.body = words.body }
            for (index, lead) in words.leads.enumerated() where index < hub.leads.count {
                if let role = lead.role, !role.isEmpty { hub.leads[index].role = role }
                if let jobTitle = lead.jobTitle, !jobTitle.isEmpty { hub.leads[index].jobTitle = jobTitle }
            }
            for (index, title) in words.meetingTitles.enumerated() where index < hub.meetings.count {
                if let title, !title.isEmpty { hub.meetings[index].title = title }
            }
            if var plan = hub.actionPlan {
                for (index, action) in words.actions.enumerated() where index < plan.actions.count {
                    if let text = action.action, !text.isEmpty { plan.actions[index].action = text }
                    if let aim = action.aim, !aim.isEmpty { plan.actions[index].aim = aim }
                }
                hub.actionPlan = plan
            }
            if let hashtags = words.hashtags, !hashtags.isEmpty { hub.hashtags = hashtags }
            if var involved = hub.getInvolved {
                if let text = words.getInvolved.text, !text.isEmpty { involved.text = text }
                if let person = words.getInvolved.person, !person.isEmpty { involved.person = person }
                for (index, line) in (words.getInvolved.commitments ?? []).enumerated() where index < involved.commitments.count && !line.isEmpty {
                    involved.commitments[index] = line
                }
                hub.getInvolved = involved
            }
            for (index, alt) in words.funderLogoAlts.enumerated() where index < hub.funders.count {
                if let alt, !alt.isEmpty { hub.funders[index].logoAlt = alt }
            }
            for (index, alt) in words.supporterLogoAlts.enumerated() where index < hub.supporters.count {
                if let alt, !alt.isEmpty { hub.supporters[index].logoAlt = alt }
            }
            for (index, figure) in words.figures.enumerated() where index < hub.localPicture.count {
                if let counts = figure.counts, !counts.isEmpty { hub.localPicture[index].counts = counts }
                if let name = figure.sourceName, !name.isEmpty, hub.localPicture[index].source != nil { hub.localPicture[index].source?.name = name }
            }
            for (index, resource) in words.resources.enumerated() where index < hub.resources.count {
                if let title = resource.title, !title.isEmpty { hub.resources[index].title = title }
                if let description = resource.description, !description.isEmpty { hub.resources[index].description = description }
            }
            if let text = words.submitOpportunityText, !text.isEmpty, hub.submitOpportunity != nil { hub.submitOpportunity?.text = text }
            for (index, alt) in words.logoAlts.enumerated() where index < hub.organisations.count {
                if let alt, !alt.isEmpty { hub.organisations[index].logoAlt = alt }
            }
            return hub
        }
        copy.opportunities = opportunities.map { opportunity in
            guard let words = opportunityWords[opportunity.slug] else { return opportunity }
            var opportunity = opportunity
            if let title = words.title, !title.isEmpty { opportunity.title = title }
            if !words.body.plainText.isEmpty { opportunity.body = words.body }
            if let alt = words.imageAlt, !alt.isEmpty { opportunity.imageAlt = alt }
            if let activity = opportunity.activity { opportunity.activity = activity.translated(by: words.activity) }
            return opportunity
        }
        copy.activities = activities.map { activity in
            guard let words = activityWords[activity.slug] else { return activity }
            var activity = activity.translated(by: words.activity)
            if let title = words.title, !title.isEmpty { activity.title = title }
            if !words.body.plainText.isEmpty { activity.body = words.body }
            return activity
        }
        return copy
    }
}

extension Activity {
    /// The activity with a translation's words of what happened in place of its own.
    func translated(by words: Translation.ActivityWords) -> Activity {
        var activity = self
        if let summary = words.summary, !summary.isEmpty { activity.summary = summary }
        for (index, photo) in words.photos.enumerated() where index < activity.photos.count {
            if let alt = photo.alt, !alt.isEmpty { activity.photos[index].alt = alt }
            if let caption = photo.caption, !caption.isEmpty { activity.photos[index].caption = caption }
        }
        for (index, alt) in words.funderLogoAlts.enumerated() where index < activity.funders.count {
            if let alt, !alt.isEmpty { activity.funders[index].logoAlt = alt }
        }
        for (index, alt) in words.partnerLogoAlts.enumerated() where index < activity.partners.count {
            if let alt, !alt.isEmpty { activity.partners[index].logoAlt = alt }
        }
        return activity
    }
}
