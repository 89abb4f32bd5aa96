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

    public func hub(slug: String, title: String) -> String {
        var meetings = ""
        for (index, date) in meetingDates().enumerated() {
            meetings += "  - date: \(date.iso)\(index == 0 ? "            # YYYY-MM-DD" : "")\n"
            meetings += "    start: \"14:00\"\(index == 0 ? "            # optional, 24-hour clock, in quotes" : "")\n"
            meetings += "    end: \"16:00\"\n"
            meetings += "    title: \(["Autumn", "Spring", "Summer", "Autumn"][index]) term meeting\n"
            meetings += index % 2 == 0 ? "    location: Main Hall, Example University   # or online: true (or both)\n" : "    online: true\n"
            if date < today {
                meetings += "    minutes_url: https://www.example.org/hub/minutes-\(date.iso)   # share the minutes after the meeting\n"
            } else if today.days(until: date) <= 7 {
                meetings += "    agenda_url: https://www.example.org/hub/agenda-\(date.iso)     # circulate the agenda a week before\n"
            }
        }
        return """
        ---
        # yaml-language-server: $schema=../../\(Self.schemaPath(.hub))
        # A hub page. Every field is explained; `hubsite check` says what is missing.
        # Replace every value that mentions "example" with your hub's own details.
        title: \(title)                       # the hub's name
        region: Example Region               # groups hubs on the index page
        updated: \(today.iso)                  # the day you last checked this page (YYYY-MM-DD)
        organisations:                       # the lead organisation(s): one or two
          - name: Example University
            logo: logos/example.svg          # a PNG, JPEG, SVG or WebP file under content/
            logo_alt: Example University logo
            url: https://www.example.org/
        leads:                               # the people who lead the hub
          - name: Alex Example
            role: Hub Lead                   # Hub Lead, Chair, Co-Chair, Vice Chair or Co-Lead: …
            job_title: Outreach Manager      # optional
            organisation: Example University # optional
            email: alex@example.org          # optional
        contact:                             # how the public reaches the hub: at least one of these
          email: hub@example.org
          # phone: 01632 960 000
          # url: https://www.example.org/hub
        members:                             # organisations taking part; type is one of
          - name: Example University         # higher-education, further-education, school,
            type: higher-education           # local-authority, charity, armed-forces, other
          - name: Example College
            type: further-education
          - name: Example Schools Partnership
            type: school
          - name: Example County Council
            type: local-authority
        meetings:                            # hub meetings: at least two each academic year, ideally one a term
        \(meetings)action_plan:                         # reviewed every year; every action has a lead
          reviewed: \(today.iso)
          actions:
            - action: Invite local schools to join the hub
              aim: Stakeholder engagement    # optional: groups actions under the aim they serve
              lead: Alex Example
              due: \(today.adding(months: 6).iso)
              status: planned                # planned, in-progress or done
        # terms_of_reference: https://www.example.org/hub/terms   # optional: a link, or a file under content/
        ---
        Write the hub's introduction here, in Markdown: what the hub is, who it brings together
        (universities, colleges, schools, the local authority, charities), what it is working
        on this year and how people who support children from Armed Forces families can get
        involved. At least forty words: this paragraph is about that long, so replace it.

        """
    }

    public func opportunity(slug: String, title: String, hub: String) -> String {
        let start = today.adding(days: 30)
        return """
        ---
        # yaml-language-server: $schema=../../\(Self.schemaPath(.opportunity))
        # An opportunity for the calendar. Every field is explained.
        title: \(title)
        start: \(start.iso) 10:00              # a date (all day) or a date and time
        end: \(start.iso) 12:00                # optional; for an all-day event, its last day
        hubs: [\(hub)]                        # the hubs it belongs to: file names in content/hubs/
        audience: [practitioners]            # service-children, young-people, parents-carers, practitioners
        category: Training
        location: Main Hall, Example University   # or online: true (or both)
        booking_url: https://www.example.org/book   # optional
        deadline: \(start.adding(days: -7).iso)             # optional: when booking closes
        cost: Free                           # optional
        # repeat:                            # optional: for an opportunity that takes place again and again
        #   every: week                      # week, 2 weeks, month, 3 months, …
        #   until: \(start.adding(months: 6).iso)               # the last day it may take place (or: times: 6)
        #   except: [\(start.adding(days: 7).iso)]            # dates of the pattern when it does not take place
        #   # monthly: 'every: month' and 'on: 15' or 'on: second Tuesday' (start on such a day)
        # status: cancelled                  # only when it does not go ahead as planned: cancelled,
        #                                    # postponed, rescheduled, moved-online or full
        # changes:                           # one line per change, so that subscribed calendars update
        #   - Moved from 10:00 to 10:30.
        ---
        Describe the opportunity here, in Markdown: who it is for, what will happen and how to
        book.

        """
    }

    public static let exampleLogo = """
    <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 240 80" role="img"><title>Example University logo</title><rect width="240" height="80" rx="8" fill="#1d4f91"/><text x="120" y="48" font-family="Arial, sans-serif" font-size="20" font-weight="700" fill="#ffffff" text-anchor="middle">Example University</text></svg>

    """

    public static let config = """
    # Site settings: every key is optional (see the hubsite documentation, docs/content.md).
    title: Our SCiP Alliance Hub
    language: en-GB
    # languages: [en-GB, cy]   # instead of language, for pages in Welsh too (hubsite new hub NAME --lang cy)
    timezone: Europe/London
    accent_colour: "#1d4f91"
    # base_url: https://example.org/hub/   # where the site is published
    # footer: Maintained by the hub's communications co-lead.

    """

    public static let gitignore = """
    # The built site: hubsite writes it, nobody edits it.
    site/
    # hubsite's own working files (the results of link checks).
    .hubsite/

    """

    /// The steps every job of the workflow starts with: the content, and hubsite installed
    /// from its release files by scripts/install.sh (checksum verified; no compiler).
    static let installSteps = """
          - uses: actions/checkout@v4
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
          - uses: actions/upload-pages-artifact@v3
            if: github.event_name == 'push'
            with:
              path: site
          - uses: actions/deploy-pages@v4
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
    public func site(at folder: URL) throws -> [String] {
        let files: [(String, String)] = [
            ("hubsite.yml", Self.config),
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
        if kind == "hub" {
            url = project.appendingPathComponent("content/hubs/\(slug).md")
            text = hub(slug: slug, title: title + " Hub")
        } else {
            url = project.appendingPathComponent("content/opportunities/\(slug).md")
            let hubs = (try? FileManager.default.contentsOfDirectory(atPath: project.appendingPathComponent("content/hubs").path)) ?? []
            let firstHub = hubs.filter { $0.hasSuffix(".md") && $0 != "README.md" }.sorted().first.map { String($0.dropLast(3)) } ?? "example"
            text = opportunity(slug: slug, title: title, hub: firstHub)
        }
        guard !FileManager.default.fileExists(atPath: url.path) else { throw Failure.exists(url.path) }
        try write(text, to: url)
        // The schema the new file's first comment names, for a project made before it existed.
        let document: FrontMatterSchema.Document = kind == "hub" ? .hub : .opportunity
        let schema = project.appendingPathComponent(Self.schemaPath(document))
        if !FileManager.default.fileExists(atPath: schema.path) { try? write(FrontMatterSchema.json(for: document), to: schema) }
        return url
    }

    /// Creates the translation of `content/hubs/<slug>.md` (or of an opportunity) into
    /// `language`: `content/hubs/<slug>.<language>.md`, a skeleton with the original's words.
    public func translation(kind: String, slug: String, language: String, in project: URL) throws -> URL {
        let folder = kind == "hub" ? "content/hubs" : "content/opportunities"
        let file = "\(folder)/\(slug).md"
        let loaded = ContentLoader(source: project).load().content
        guard let original = try? String(contentsOf: project.appendingPathComponent(file), encoding: .utf8) else {
            throw TranslationScaffold.Failure.noOriginal(file)
        }
        let text = try TranslationScaffold.text(for: file, in: loaded, originalText: original, language: language)
        let url = project.appendingPathComponent(Translation.file(translating: file, into: language))
        guard !FileManager.default.fileExists(atPath: url.path) else { throw Failure.exists(url.path) }
        try write(text, to: url)
        // The schema its first comment names (words only), for a project made before it existed.
        let document: FrontMatterSchema.Document = kind == "hub" ? .hubTranslation : .opportunityTranslation
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
