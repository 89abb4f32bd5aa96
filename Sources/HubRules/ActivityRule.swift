import Foundation
import HubModel

/// "Encourage and facilitate the sharing of best practice through events and projects" (003):
/// each activity (a file of `content/activities/`, or an opportunity's `activity:`) says when it
/// took place, whose it was and what happened; its photos say what they show, and its funders'
/// and partners' logos are checked as a hub's are.
public struct ActivityRule: SiteRule {
    public static let id = RuleID.activity
    public init() {}

    public func check(_ context: RuleContext, findings: inout Findings) {
        let content = context.content
        let hubSlugs = content.hubs.map(\.slug)
        let known = Set(hubSlugs)
        let maxKB = context.option("max_kb", of: LogoRule.id)
        let photoMaxKB = context.option("photo_max_kb", of: Self.id)
        for activity in content.allActivities {
            let fields = activity.fields, prefix = activity.prefix
            if activity.opportunity != nil {
                // Its title, date and hubs are the opportunity's, which the rule opportunity checks.
                if let date = activity.date, date > context.today {
                    findings.report("The opportunity says what happened at it ('activity:'), but it starts on \(date.iso), which has not come yet.",
                                    at: fields.keyLocation(of: "activity"),
                                    hint: "Write 'activity:' once it has taken place, or correct 'start'.")
                }
            } else {
                if let date = activity.date {
                    if date > context.today {
                        findings.report("The activity is dated \(date.iso), which has not come yet: an activity is something the hub has done.",
                                        at: fields.location(of: "date"),
                                        hint: "Write the day it took place; for something still to come, write an opportunity (content/opportunities/).")
                    }
                } else if !fields.hasValue("date") {
                    findings.report("The activity has no 'date'.", at: fields.location(of: "date"),
                                    hint: "Add the day it took place, e.g. 'date: \(context.today.iso)'.")
                }
                if activity.hubs.isEmpty {
                    findings.report("The activity does not say whose it was.", at: fields.location(of: "hubs"),
                                    hint: "Add 'hubs:' with the file name of its hub in content/hubs/ without '.md', e.g. 'hubs: [\(hubSlugs.first ?? "south")]'.")
                }
                for (index, hub) in activity.hubs.enumerated() where !known.contains(hub) {
                    var hint = "Use the file name of a hub page in content/hubs/ without '.md'."
                    if let guess = Suggestion.closest(to: hub, in: hubSlugs) { hint = "Did you mean '\(guess)'? " + hint }
                    findings.report("'\(hub.prefix(60))' is not a hub of this site.", at: fields.location(of: "hubs[\(index)]"), hint: hint)
                }
            }
            if activity.summary == nil {
                findings.report("The activity has no summary: its hub's page and the activities' lists show one.", at: fields.location(of: prefix + "summary"),
                                hint: "Add 'summary:' with a sentence or two on what happened, e.g. 'summary: A day of science for service children from 27 schools.'")
            }
            for photo in activity.photos {
                let path = prefix + "photos[\(photo.index)]"
                guard let file = photo.file else {
                    findings.report("Photo \(photo.index + 1) has no 'file'.", at: fields.location(of: path),
                                    hint: "Add 'file:' with the path of the photo under content/, e.g. 'file: images/festival.jpg'.")
                    continue
                }
                if photo.alt == nil {
                    findings.report("The photo \"\(file.prefix(80))\" has no alt text, so people using screen readers cannot tell what it shows.",
                                    at: fields.location(of: path + ".file"), hint: "Add 'alt:' saying what the photo shows, e.g. 'alt: Pupils at the science festival'.")
                }
                checkPicture(file, what: "photo", path: path + ".file", maxKB: photoMaxKB, context: context, fields: fields, findings: &findings)
            }
            for (list, organisations) in [("funders", activity.funders), ("partners", activity.partners)] {
                for (index, organisation) in organisations.enumerated() {
                    let path = prefix + "\(list)[\(index)]"
                    findings.requireSecureAddress(organisation.url, path: path + ".url", in: fields, example: "https://www.example.org/")
                    guard let logo = organisation.logo else { continue }
                    if organisation.logoAlt == nil {
                        findings.report("The logo of \(organisation.name) has no alt text, so people using screen readers cannot tell what it shows.",
                                        at: fields.location(of: path + ".logo"), hint: "Add 'logo_alt:', e.g. 'logo_alt: \(organisation.name) logo'.")
                    }
                    checkPicture(logo, what: "logo", path: path + ".logo", maxKB: maxKB, context: context, fields: fields, findings: &findings)
                }
            }
        }
    }

    /// A logo or photo: a real picture under content/ (as a hub's logos are checked).
    func checkPicture(_ file: String, what: String, path: String, maxKB: Int, context: RuleContext, fields: FieldLocations, findings: inout Findings) {
        LogoVerdict.inspect(file, source: context.source, maxKB: maxKB, what: what)
            .report(file, as: "The \(what)", at: fields.location(of: path), into: &findings)
    }
}
