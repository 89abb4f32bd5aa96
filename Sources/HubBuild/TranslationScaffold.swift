import Foundation
import HubContent
import HubModel

/// Writes the skeleton of a translation (`hubsite new hub cymru --lang cy`): every field a
/// translation may hold, each with the original's words in a comment above it, and the
/// original's text as comments where the translated text goes. Fields left empty keep the
/// original's words on the page.
struct TranslationScaffold {
    let original: String
    let language: String

    enum Failure: Error, Equatable, CustomStringConvertible {
        case noOriginal(String)
        case notASiteLanguage(String, [String])

        var description: String {
            switch self {
            case .noOriginal(let path): return "\(path) does not exist or cannot be read; a translation translates an existing page."
            case .notASiteLanguage(let language, let languages):
                return "'\(language)' is not one of the site's languages (\(languages.joined(separator: ", "))); add it to 'languages:' in hubsite.yml first, after the main language."
            }
        }
    }

    /// The skeleton for the hub or opportunity `file` of `content`.
    static func text(for file: String, in content: ContentSet, originalText: String, language: String) throws -> String {
        guard content.config.otherLanguages.contains(language) else {
            throw Failure.notASiteLanguage(language, content.config.languages)
        }
        let name = (file as NSString).lastPathComponent
        let languageName = Translation.languageName(language)
        let schema: FrontMatterSchema.Document = file.hasPrefix("content/hubs/") ? .hubTranslation
            : file.hasPrefix("content/activities/") ? .activityTranslation : .opportunityTranslation
        var lines = ["---",
                     "# yaml-language-server: $schema=../../\(Scaffold.schemaPath(schema))",
                     "# The \(languageName) words of \(name). Only words go here: dates, times, addresses, logos and",
                     "# links come from \(name). Above each field is the original's text; a field left empty",
                     "# keeps it. When done, run hubsite check: it gives the value of 'translates'."]
        func field(_ indent: String, _ key: String, _ value: String?, item: Bool = false) {
            guard let value, !value.isEmpty else { return }
            lines.append(indent + "# " + key + ": " + value)
            lines.append(indent + (item ? "- " : "") + key + ":")
        }
        /// What happened: the summary and each photo's words (an activity's, or an opportunity's `activity:`).
        func report(_ activity: Activity, indent: String) {
            field(indent, "summary", activity.summary)
            guard activity.photos.contains(where: { $0.alt != nil || $0.caption != nil }) else { return }
            lines.append(indent + "photos:")
            for photo in activity.photos {
                if photo.alt == nil, photo.caption == nil { lines.append(indent + "  - {}"); continue }
                if photo.alt != nil { field(indent + "  ", "alt", photo.alt, item: true) } else { field(indent + "  ", "caption", photo.caption, item: true); continue }
                field(indent + "    ", "caption", photo.caption)
            }
        }
        if let hub = content.hubs.first(where: { $0.file == file }) {
            field("", "title", hub.title)
            lines.append("translates:")
            if hub.organisations.contains(where: { $0.logoAlt != nil }) {
                lines.append("organisations:")
                for organisation in hub.organisations {
                    if organisation.logoAlt == nil { lines.append("  - {}") } else { field("  ", "logo_alt", organisation.logoAlt, item: true) }
                }
            }
            if !hub.leads.isEmpty {
                lines.append("leads:")
                for lead in hub.leads {
                    lines.append("  # \(lead.name)")
                    field("  ", "role", lead.role, item: true)
                    if let title = lead.jobTitle { field("    ", "job_title", title) }
                }
            }
            if hub.meetings.contains(where: { $0.title != nil }) {
                lines.append("meetings:")
                for meeting in hub.meetings {
                    if meeting.title == nil { lines.append("  - {}   # \(meeting.date.iso)") } else { field("  ", "title", meeting.title, item: true) }
                }
            }
            if let actions = hub.actionPlan?.actions, !actions.isEmpty {
                lines += ["action_plan:", "  actions:"]
                for action in actions {
                    field("    ", "action", action.action, item: true)
                    if let aim = action.aim { field("      ", "aim", aim) }
                }
            }
        } else if let opportunity = content.opportunities.first(where: { $0.file == file }) {
            field("", "title", opportunity.title)
            lines.append("translates:")
            field("", "image_alt", opportunity.imageAlt)
            if let activity = opportunity.activity {
                lines.append("activity:")
                report(activity, indent: "  ")
            }
        } else if let activity = content.activities.first(where: { $0.file == file }) {
            field("", "title", activity.title)
            lines.append("translates:")
            report(activity, indent: "")
        } else {
            throw Failure.noOriginal(file)
        }
        let body: String
        if case .success(let front) = FrontMatter.split(originalText) { body = front.body } else { body = "" }
        let quoted = TextLines(body).all.map { $0.isEmpty ? "#" : "#   " + $0 }
        while lines.last == "#" { lines.removeLast() }
        lines.append("# The text goes below the closing line, in \(languageName). The original's:")
        lines += quoted.reversed().drop { $0 == "#" }.reversed()
        lines += ["---", ""]
        return lines.joined(separator: "\n")
    }
}
