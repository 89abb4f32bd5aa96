import Foundation
import HubContent
import HubModel

/// `hubsite new`: a ready project, or a new hub or opportunity file with every field explained.
/// Dates are worked out from today so that a new project passes `hubsite check` at once.
public struct Scaffold: Sendable {
    public let today: LocalDate
    public let academicYearStartMonth: Int

    public init(today: LocalDate, academicYearStartMonth: Int = 9) {
        self.today = today
        self.academicYearStartMonth = academicYearStartMonth
    }

    public enum Failure: Error, Equatable, CustomStringConvertible {
        case exists(String)
        case badSlug(String)
        case notWritable(String)

        public var description: String {
            switch self {
            case .exists(let path): return "\(path) already exists; hubsite never overwrites it. Choose another name or delete the file first."
            case .badSlug(let slug): return "'\(slug)' cannot be used in a web address: use lower-case letters, digits and hyphens, e.g. 'south-west'."
            case .notWritable(let path): return "Could not write \(path)."
            }
        }
    }

    // MARK: Dates

    /// Three meetings in the current academic year (autumn, spring, summer) and, when the
    /// summer one has passed, one booked in the next year.
    func meetingDates() -> [LocalDate] {
        let year = AcademicYear(containing: today, startMonth: academicYearStartMonth)
        var dates = [30, 150, 270].map { year.first.adding(days: $0) }
        if dates.last! <= today { dates.append(year.last.adding(days: 40)) }
        return dates
    }

    // MARK: Files

    /// A hub page: sample content written in the order of `FieldTables.hub`, each field with
    /// its note from the table (`AnnotatedFrontMatter`).
    public func hub(slug: String, title: String) -> String {
        typealias Sample = AnnotatedFrontMatter.Sample
        let meetings: [[String: Sample]] = meetingDates().enumerated().map { index, date in
            var meeting: [String: Sample] = ["date": .value(date.iso), "start": .value("\"14:00\""), "end": .value("\"16:00\""),
                                             "title": .value(["Autumn", "Spring", "Summer", "Autumn"][index] + " term meeting")]
            if index % 2 == 0 { meeting["location"] = .value("Main Hall, Example University") } else { meeting["online"] = .value("true") }
            if date < today {
                meeting["minutes_url"] = .value("https://www.example.org/hub/minutes-\(date.iso)")
            } else if today.days(until: date) <= 7 {
                meeting["agenda_url"] = .value("https://www.example.org/hub/agenda-\(date.iso)")
            }
            return meeting
        }
        let members: [[String: Sample]] = [("Example University", "higher-education"), ("Example College", "further-education"),
                                           ("Example Schools Partnership", "school"), ("Example County Council", "local-authority")]
            .map { ["name": .value($0.0), "type": .value($0.1)] }
        let sample: [String: Sample] = [
            "title": .value(title),
            "region": .value("Example Region"),
            "updated": .value(today.iso),
            "organisations": .items([["name": .value("Example University"), "logo": .value("logos/example.svg"),
                                      "logo_alt": .value("Example University logo"), "url": .value("https://www.example.org/")]]),
            "leads": .items([["name": .value("Alex Example"), "role": .value("Hub Lead"), "job_title": .value("Outreach Manager"),
                              "organisation": .value("Example University"), "email": .value("alex@example.org")]]),
            "contact": .fields(["email": .value("hub@example.org")]),
            "get_involved": .fields(["text": .value("Schools, colleges and charities in the region are welcome to join."),
                                     "person": .value("the hub chair, Alex Example"), "email": .value("hub@example.org"),
                                     "commitments": .value("[Come to at least two hub meetings a year]")]),
            "submit_opportunity": .fields(["email": .value("hub@example.org")]),
            "funders": .commented(.items([["name": .value("Example Trust"), "url": .value("https://www.example.org/trust")]])),
            "resources": .commented(.items([["file": .value("files/hub-flyer.pdf"), "title": .value("Hub flyer"),
                                             "description": .value("A one-page introduction to the hub to share with schools.")]])),
            "local_picture": .commented(.items([["value": .value("over 6,000"), "counts": .value("Service children in the region's schools"),
                                                  "source": .fields(["name": .value("Department for Education, school census"),
                                                                     "url": .value("https://explore-education-statistics.service.gov.uk/"),
                                                                     "year": .value(String(today.year))])]])),
            "members": .items(members),
            "meetings": .items(meetings),
            "action_plan": .fields(["reviewed": .value(today.iso), "actions": .items([[
                "action": .value("Invite local schools to join the hub"), "aim": .value("Stakeholder engagement"),
                "lead": .value("Alex Example"), "due": .value(today.adding(months: 6).iso), "status": .value("planned"),
            ]])]),
        ]
        return """
        ---
        # yaml-language-server: $schema=../../\(Self.schemaPath(.hub))
        # A hub page. Every field is explained; `hubsite check` says what is missing.
        # Replace every value that mentions "example" with your hub's own details.
        \(AnnotatedFrontMatter.text(FieldTables.hub.specs, sample))---
        Write the hub's introduction here, in Markdown: what the hub is, who it brings together
        (universities, colleges, schools, the local authority, charities), what it is working
        on this year and how people who support children from Armed Forces families can get
        involved. At least forty words: this paragraph is about that long, so replace it.

        """
    }

    /// An opportunity: sample content in the order of `FieldTables.opportunity`, with the
    /// fields only some opportunities need (venue, join_url, repeat, status, changes) commented out.
    public func opportunity(slug: String, title: String, hub: String) -> String {
        typealias Sample = AnnotatedFrontMatter.Sample
        let start = today.adding(days: 30)
        let sample: [String: Sample] = [
            "title": .value(title),
            "start": .value(start.iso + " 10:00"),
            "end": .value(start.iso + " 12:00"),
            "hubs": .value("[\(hub)]"),
            "audience": .value("[practitioners]"),
            "category": .value("Training"),
            "location": .value("Main Hall, Example University"),
            "venue": .commented(.fields(["name": .value("Main Hall, Example University"), "street": .value("1 University Road"),
                                         "town": .value("Exampleton"), "postcode": .value("EX1 2AB")])),
            "join_url": .commented(.value("https://meet.example.org/taster-session")),
            "booking_url": .value("https://www.example.org/book"),
            "deadline": .value(start.adding(days: -7).iso),
            "cost": .value("Free"),
            "repeat": .commented(.fields(["every": .value("week"), "until": .value(start.adding(months: 6).iso),
                                          "except": .value("[\(start.adding(days: 7).iso)]")])),
            "status": .commented(.value("cancelled")),
            "changes": .commented(.texts(["Moved from 10:00 to 10:30."])),
        ]
        return """
        ---
        # yaml-language-server: $schema=../../\(Self.schemaPath(.opportunity))
        # An opportunity for the calendar. Every field is explained.
        \(AnnotatedFrontMatter.text(FieldTables.opportunity.specs, sample))---
        Describe the opportunity here, in Markdown: who it is for, what will happen and how to
        book.

        """
    }

    public func activity(slug: String, title: String, hub: String) -> String {
        typealias Sample = AnnotatedFrontMatter.Sample
        let sample: [String: Sample] = [
            "title": .value(title),
            "date": .value(today.adding(days: -14).iso),
            "hubs": .value("[\(hub)]"),
            "summary": .value("A day of science and engineering for service children from 27 schools."),
            "figures": .fields(["people": .value("350"), "schools": .value("27")]),
            "funders": .commented(.items([["name": .value("Example Trust"), "url": .value("https://www.example.org/")]])),
            "partners": .commented(.items([["name": .value("Example County Council")]])),
            "photos": .commented(.items([["file": .value("images/festival.jpg"), "alt": .value("Pupils from three schools at the festival"),
                                          "caption": .value("Building bridges in the engineering tent")]])),
        ]
        return """
        ---
        # yaml-language-server: $schema=../../\(Self.schemaPath(.activity))
        # Something the hub has done, for its page and the network's activities. Every field is explained.
        \(AnnotatedFrontMatter.text(FieldTables.activity.specs, sample))---
        Write up what happened here, in Markdown: who took part, what they did and what came of it.

        """
    }

    public static let exampleLogo = """
    <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 240 80" role="img"><title>Example University logo</title><rect width="240" height="80" rx="8" fill="#1d4f91"/><text x="120" y="48" font-family="Arial, sans-serif" font-size="20" font-weight="700" fill="#ffffff" text-anchor="middle">Example University</text></svg>

    """

    /// The settings a new site starts with; `siteID` names its calendar events for good.
    public static func config(siteID: String) -> String {
        """
        # Site settings: every key is optional (see the hubsite documentation, docs/content.md).
        title: Our SCiP Alliance Hub
        # The site's name in its calendar events' identities: keep it as it is, even when the
        # site moves to another address, or subscribers' calendars show every event twice.
        site_id: \(siteID)
        language: en-GB
        # languages: [en-GB, cy]   # instead of language, for pages in Welsh too (hubsite new hub NAME --lang cy)
        timezone: Europe/London
        accent_colour: "#1d4f91"
        # base_url: https://example.org/hub/   # where the site is published
        # footer: Maintained by the hub's communications co-lead.
        # The accessibility statement (accessibility/, linked from every page): fill it in once
        # you have checked the site, and review it every year.
        # accessibility:
        #   organisation: the hub's communications co-lead
        #   email: hub@example.org
        #   prepared: YYYY-MM-DD

        """
    }

    /// A new site's id: random, so that two networks' events never share a UID in a calendar
    /// that subscribes to both.
    public static func newSiteID() -> String {
        var generator = SystemRandomNumberGenerator()
        let digits = (0..<10).map { _ in String(Int.random(in: 0..<16, using: &generator), radix: 16) }.joined()
        return "scip-hub-" + digits
    }

    public static let gitignore = """
    # The built site: hubsite writes it, nobody edits it; beside it, the copy the next build
    # writes into before swapping it in, and the lock that keeps two builds apart.
    site/
    .site.build/
    .site.lock
    # hubsite's own working files (the results of link checks).
    .hubsite/

    """

    /// The steps every job of the workflow starts with: the content, and hubsite installed
    /// from its release files by scripts/install.sh (checksum verified; no compiler).
    static let installSteps = """
          - uses: \(WorkflowActions.checkout)
          - name: Install hubsite
            run: curl -fsSL "$HUBSITE_RELEASES/v$HUBSITE_VERSION/install.sh" | sh -s -- --version "$HUBSITE_VERSION" --base-url "$HUBSITE_RELEASES/v$HUBSITE_VERSION"
    """

    public static let workflow = """
    # Checks every pull request (problems appear on the changed lines) and publishes the site
    # to GitHub Pages from main; every Monday morning, checks that the pages' outward links
    # (booking pages, agendas, partners' sites) still work. hubsite is installed from its
    # release files (a package, checked against SHA256SUMS): set HUBSITE_RELEASES to where
    # your organisation publishes them.
    name: hubsite
    on:
      pull_request:
      push:
        branches: [main]
      schedule:
        - cron: "0 6 * * 1"
    permissions:
      contents: read
    env:
      HUBSITE_VERSION: "\(HubsiteVersion.current)"
      HUBSITE_RELEASES: https://github.com/YOUR-ORGANISATION/hubsite/releases/download
    jobs:
      hubsite:
        if: github.event_name != 'schedule'
        runs-on: ubuntu-latest
        permissions:
          contents: read
          pages: write
          id-token: write
        steps:
    \(installSteps)
          - name: Check the hub pages
            run: hubsite check --format github
          - name: Build the site
            if: github.event_name == 'push'
            run: hubsite build --base-url "https://${{ github.repository_owner }}.github.io/${{ github.event.repository.name }}/"
          - uses: \(WorkflowActions.uploadPagesArtifact)
            if: github.event_name == 'push'
            with:
              path: site
          - uses: \(WorkflowActions.deployPages)
            if: github.event_name == 'push'
      links:
        if: github.event_name == 'schedule'
        runs-on: ubuntu-latest
        steps:
    \(installSteps)
          - name: Check the outward links
            run: hubsite check --links --format github

    """

    public static let readme = """
    # Our hub's webpages

    This folder holds the hub's webpages, built with hubsite.

    - Each hub is one file in `content/hubs/`, each opportunity one file in `content/opportunities/`.
      Open one in any text editor: every field is explained in the file.
    - Preview while you edit: `hubsite serve`, then open the address it prints. The page updates
      when you save; if something is wrong, the page says what and where.
    - Check everything: `hubsite check`. Build the site into `site/`: `hubsite build`.
    - New pages: `hubsite new hub SLUG`, `hubsite new opportunity SLUG` (SLUG is the page's
      address, e.g. `south-west`).

    The SCiP Alliance's Healthy Hub Framework asks for an up-to-date webpage with leadership
    names, contact details, organisation logos, a hub introduction, an action plan and meeting
    dates: `hubsite check` tells you when any of these is missing or out of date.

    """

    // MARK: Writing

    /// Creates a new project in `folder`; refuses to touch a file that exists.
    public func site(at folder: URL, siteID: String = Scaffold.newSiteID()) throws -> [String] {
        let files: [(String, String)] = [
            ("hubsite.yml", Self.config(siteID: siteID)),
            ("content/hubs/example.md", hub(slug: "example", title: "Example Hub")),
            ("content/opportunities/example-training.md", opportunity(slug: "example-training", title: "Example training session", hub: "example")),
            ("content/logos/example.svg", Self.exampleLogo),
            (".gitignore", Self.gitignore),
            (".github/workflows/hubsite.yml", Self.workflow),
            ("README.md", Self.readme),
            (Self.schemaPath(.hub), FrontMatterSchema.json(for: .hub)),
            (Self.schemaPath(.opportunity), FrontMatterSchema.json(for: .opportunity)),
            (Self.schemaPath(.hubTranslation), FrontMatterSchema.json(for: .hubTranslation)),
            (Self.schemaPath(.opportunityTranslation), FrontMatterSchema.json(for: .opportunityTranslation)),
            (Self.schemaPath(.activity), FrontMatterSchema.json(for: .activity)),
            (Self.schemaPath(.activityTranslation), FrontMatterSchema.json(for: .activityTranslation)),
        ]
        for (path, _) in files where FileManager.default.fileExists(atPath: folder.appendingPathComponent(path).path) {
            throw Failure.exists(folder.appendingPathComponent(path).path)
        }
        for (path, text) in files { try write(text, to: folder.appendingPathComponent(path)) }
        return files.map(\.0)
    }

    /// Creates `content/hubs/<slug>.md` or `content/opportunities/<slug>.md` in `project`.
    public func page(kind: String, slug: String, in project: URL) throws -> URL {
        guard ContentLoader.isValidSlug(slug), slug == slug.lowercased() else { throw Failure.badSlug(slug) }
        let title = slug.split(separator: "-").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: " ")
        let url: URL
        let text: String
        let loaded = ContentLoader(source: project).load().content
        let firstHub = loaded.hubs.min { $0.file < $1.file }?.slug ?? "example"
        // A project whose pages are named with the main language's code, as Decap CMS saves
        // them (`south.en-GB.md`), gets its new page named so, or the CMS would not list it.
        let main = loaded.config.languages.first
        let pages = loaded.hubs.map(\.file) + loaded.opportunities.map(\.file) + loaded.activities.map(\.file)
        let coded = main.map { language in pages.contains { $0.hasSuffix(".\(language).md") } } ?? false
        let contentKind = ContentKind(rawValue: kind) ?? .opportunity
        url = project.appendingPathComponent(Translation.file(kind: contentKind, slug: slug, language: coded ? main : nil))
        switch contentKind {
        case .hub: text = hub(slug: slug, title: title + " Hub")
        case .activity: text = activity(slug: slug, title: title, hub: firstHub)
        case .opportunity: text = opportunity(slug: slug, title: title, hub: firstHub)
        }
        if let existing = Self.existingFile(of: contentKind, slug: slug, mainLanguage: main, in: project) {
            throw Failure.exists(project.appendingPathComponent(existing).path)
        }
        try write(text, to: url)
        // The schema the new file's first comment names, for a project made before it existed.
        let document: FrontMatterSchema.Document = kind == "hub" ? .hub : kind == "activity" ? .activity : .opportunity
        let schema = project.appendingPathComponent(Self.schemaPath(document))
        if !FileManager.default.fileExists(atPath: schema.path) { try? write(FrontMatterSchema.json(for: document), to: schema) }
        return url
    }

    /// The file the page `slug` of `kind` is in, named as hubsite names it (`south.md`) or
    /// with the main language's code as Decap CMS does (`south.en-GB.md`); nil when neither is.
    static func existingFile(of kind: ContentKind, slug: String, mainLanguage: String?, in project: URL) -> String? {
        [nil, mainLanguage].map { Translation.file(kind: kind, slug: slug, language: $0) }
            .first { FileManager.default.fileExists(atPath: project.appendingPathComponent($0).path) }
    }

    /// Creates the translation of `content/hubs/<slug>.md` (or of an opportunity) into
    /// `language`: `content/hubs/<slug>.<language>.md`, a skeleton with the original's words.
    public func translation(kind: String, slug: String, language: String, in project: URL) throws -> URL {
        let contentKind = ContentKind(rawValue: kind) ?? .opportunity
        let loaded = ContentLoader(source: project).load().content
        // The original as the loader found it: `south.md`, or `south.en-GB.md` as Decap CMS names it.
        let found: String? = switch contentKind {
        case .hub: loaded.hubs.first { $0.slug == slug }?.file
        case .opportunity: loaded.opportunities.first { $0.slug == slug }?.file
        case .activity: loaded.activities.first { $0.slug == slug }?.file
        }
        // One that could not be read is named as it is on disk, for the message.
        let file = found ?? Self.existingFile(of: contentKind, slug: slug, mainLanguage: loaded.config.languages.first, in: project)
            ?? Translation.file(kind: contentKind, slug: slug, language: nil)
        // Read as the loader reads it (LF endings, no byte order mark), so that the original's
        // text is found below its front matter whatever line endings it was saved with.
        guard let data = FileManager.default.contents(atPath: project.appendingPathComponent(file).path),
              case .success(let original) = TextNormaliser.normalise(Array(data)) else {
            throw TranslationScaffold.Failure.noOriginal(file)
        }
        let text = try TranslationScaffold.text(for: file, in: loaded, originalText: original, language: language)
        let url = project.appendingPathComponent(Translation.file(kind: contentKind, slug: slug, language: language))
        guard !FileManager.default.fileExists(atPath: url.path) else { throw Failure.exists(url.path) }
        try write(text, to: url)
        // The schema its first comment names (words only), for a project made before it existed.
        let document: FrontMatterSchema.Document = kind == "hub" ? .hubTranslation : kind == "activity" ? .activityTranslation : .opportunityTranslation
        let schema = project.appendingPathComponent(Self.schemaPath(document))
        if !FileManager.default.fileExists(atPath: schema.path) { try? write(FrontMatterSchema.json(for: document), to: schema) }
        return url
    }

    /// The JSON Schema of `hub` or `opportunity` front matter (what `hubsite schema` prints).
    public static func schema(named name: String) -> String? {
        FrontMatterSchema.Document(rawValue: name).map(FrontMatterSchema.json(for:))
    }

    /// Where a project keeps the JSON Schema its content files name for editors.
    public static func schemaPath(_ document: FrontMatterSchema.Document) -> String {
        "schema/\(document.rawValue).json"
    }

    func write(_ text: String, to url: URL) throws {
        do {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            // withoutOverwriting: a file that appeared meanwhile is still never replaced.
            try Data(text.utf8).write(to: url, options: .withoutOverwriting)
        } catch {
            throw Failure.notWritable(url.path)
        }
    }
}
