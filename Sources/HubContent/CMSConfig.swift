import HubModel

/// The configuration of a git-based CMS for a hubsite project, made from the field tables
/// (`FieldTables`) as the JSON Schemas are: every field of a hub page and an opportunity, with
/// its kind, whether a page needs it, its meaning as the hint, and whether a translation holds
/// it. `hubsite cms` writes it; run it again when hubsite adds fields.
public enum CMSConfig {
    /// The CMSs hubsite configures.
    public enum Target: String, CaseIterable, Sendable {
        /// Decap CMS: `content/admin/config.yml` and the page that loads it.
        case decap
        /// Sveltia CMS: Decap's configuration, loaded by Sveltia's page.
        case sveltia
        /// Pages CMS: `.pages.yml`.
        case pages
        /// Front Matter CMS (a VS Code extension): `frontmatter.json`.
        case frontmatter
    }

    /// A file of the configuration, by its path in the project.
    public struct File: Equatable, Sendable {
        public var path: String
        public var text: String
    }

    /// What the configuration needs to know of the project.
    public struct Project: Sendable {
        /// The site's languages, the main one first (one: no translations).
        public var languages: [String]
        /// Where the site is published, if known (the CMS links to it).
        public var baseURL: String?
        /// The IANA time zone dates and times are written in.
        public var timeZone: String
        /// The GitHub repository the CMS saves to, OWNER/NAME (nil: a placeholder to replace).
        public var repository: String?
        public var branch: String

        public init(languages: [String], baseURL: String? = nil, timeZone: String = "Europe/London", repository: String? = nil,
                    branch: String = "main") {
            self.languages = languages.isEmpty ? ["en-GB"] : languages
            self.baseURL = baseURL
            self.timeZone = timeZone
            self.repository = repository
            self.branch = branch
        }

        public init(_ config: SiteConfig, repository: String? = nil, branch: String = "main") {
            self.init(languages: config.languages.isEmpty ? [config.language] : config.languages, baseURL: config.baseURL,
                      timeZone: config.timeZone, repository: repository, branch: branch)
        }

        var translated: Bool { languages.count > 1 }
    }

    /// A kind of page the co-lead edits: a folder of Markdown files with front matter.
    struct Collection {
        var name: String
        var label: String
        var singular: String
        var folder: String
        var fields: [FieldSpec]
        /// What the Markdown text below the front matter is.
        var body: String
    }

    static let collections = [
        Collection(name: "hubs", label: "Hub pages", singular: "Hub page", folder: "content/hubs", fields: FieldTables.hub.specs,
                   body: "The hub's introduction: who it is for, what it does and how to take part (Markdown)."),
        Collection(name: "opportunities", label: "Opportunities", singular: "Opportunity", folder: "content/opportunities",
                   fields: FieldTables.opportunity.specs,
                   body: "What the opportunity is, who it is for and how to take part (Markdown)."),
        Collection(name: "activities", label: "Activities", singular: "Activity", folder: "content/activities", fields: FieldTables.activity.specs,
                   body: "The write-up: who took part, what they did and what came of it (Markdown)."),
    ]

    /// Where pictures go: logos into content/logos/, other images into content/images/, files
    /// to download into content/files/, each written as its path under content/, as the pages
    /// read it.
    static func mediaFolder(of field: FieldSpec) -> String {
        field.document ? "files" : field.name == "logo" ? "logos" : "images"
    }

    /// The YYYY-MM-DD or YYYY-MM-DD HH:MM of a start or an end: a text with a pattern,
    /// since a date picker cannot leave the time out for an all-day event.
    static let dateTimePattern = "^[0-9]{4}-[0-9]{2}-[0-9]{2}( [0-9]{2}:[0-9]{2})?$"
    static let dateTimeMessage = "Write the date as YYYY-MM-DD for all day, or YYYY-MM-DD HH:MM with a time, e.g. 2027-03-10 14:00."

    /// The header of each configuration file: where it comes from.
    static func header(_ command: String) -> String {
        "Written by `hubsite cms \(command)` from hubsite's field table (hubsite \(HubsiteVersion.current)). "
            + "Run the command again after updating hubsite rather than editing the fields here."
    }

    /// `logo_alt` → "Logo alt", `booking_url` → "Booking URL": the field's name as a form label.
    static func label(_ name: String) -> String {
        let words = name.split(separator: "_").map { $0 == "url" ? "URL" : String($0) }
        guard let first = words.first else { return name }
        return ([first.prefix(1).uppercased() + first.dropFirst()] + words.dropFirst()).joined(separator: " ")
    }

    /// The files of `target`'s configuration for `project`.
    public static func files(for target: Target, project: Project) -> [File] {
        switch target {
        case .decap, .sveltia: return DecapConfig(project: project, target: target).files
        case .pages: return [PagesCMSConfig(project: project).file]
        case .frontmatter: return [FrontMatterCMSConfig(project: project).file]
        }
    }
}
