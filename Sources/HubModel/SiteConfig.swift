import Foundation

/// Site settings from `hubsite.yml`, with defaults that make a folder with no config build.
public struct SiteConfig: Hashable, Sendable {
    public var title: String
    /// Absolute URL the site is published at, e.g. `https://example.org/hubs/`. Optional:
    /// without it every link is relative and only canonical/sitemap URLs are omitted.
    public var baseURL: String?
    /// The site's own name in every event's UID and every feed entry's id (`site_id:`),
    /// written once by `hubsite new site`, so that those never change when the site moves to
    /// another address. Without it they are made from `base_url` (or the title), as before.
    public var siteID: String?
    public var language: String
    /// IANA time zone for all date logic and iCalendar times.
    public var timeZone: String
    public var accentColour: String
    public var footer: String?
    /// The picture a page is shared with when it has none of its own (`share_image:`, a PNG,
    /// JPEG or WebP file under `content/`), and what it shows (`share_image_alt:`).
    public var shareImage: String?
    public var shareImageAlt: String?
    public var nationalName: String
    public var nationalURL: String?
    /// Month the academic year starts (1–12); 9 = September.
    public var academicYearStartMonth: Int
    /// Pass raw HTML in Markdown through (the GFM tagfilter still applies). Off by default.
    public var allowRawHTML: Bool
    /// Publish the Healthy Hub report under `health/`.
    public var report: Bool
    /// Full-text search with Pagefind (`search/`), when Pagefind is installed.
    public var search = false
    /// `links: true`: every build also checks the outward links over the network, as
    /// `hubsite check --links` does (the `external-links` rule).
    public var checkLinks = false
    /// The site's languages, the default first (`languages: [en-GB, cy]`); one language, the
    /// default, is `[language]`.
    public var languages: [String] = []
    /// Every hub and opportunity must have a translation in each other language
    /// (`translations: required`); a hub may ask for it alone.
    public var translationsRequired = false
    public var rules: [String: RuleSetting]
    /// What the accessibility statement says that hubsite cannot know (`accessibility:`).
    public var accessibility = AccessibilityStatement()
    /// Where each setting was written, for diagnostics about the config itself.
    public var fields: FieldLocations

    /// The site's name after the '@' of every event's UID and in every feed entry's id: its
    /// `site_id`; a site without one (made before 0.3) keeps what it had, the base URL's
    /// host, else a name made from the title, which change when the site moves.
    public var eventDomain: String {
        if let siteID { return siteID }
        if let base = baseURL, let host = URLComponents(string: base)?.host, !host.isEmpty { return host }
        return SitePaths.slugify(title) + ".hubsite"
    }

    /// Where hubsite.yml names the site's languages: `languages`, else `language`.
    public var languagesLocation: SourceLocation {
        fields.location(of: fields.has("languages") || !fields.has("language") ? "languages" : "language")
    }

    public init(title: String = "SCiP Alliance Hubs", baseURL: String? = nil, language: String = "en-GB",
                timeZone: String = "Europe/London", accentColour: String = "#1d4f91", footer: String? = nil,
                nationalName: String = "SCiP Alliance", nationalURL: String? = "https://www.scipalliance.org/",
                academicYearStartMonth: Int = 9, allowRawHTML: Bool = false, report: Bool = false,
                rules: [String: RuleSetting] = [:],
                fields: FieldLocations = FieldLocations(document: SourceLocation(file: "hubsite.yml", line: 1, column: 1))) {
        self.title = title
        self.baseURL = baseURL
        self.language = language
        self.timeZone = timeZone
        self.accentColour = accentColour
        self.footer = footer
        self.nationalName = nationalName
        self.nationalURL = nationalURL
        self.academicYearStartMonth = academicYearStartMonth
        self.allowRawHTML = allowRawHTML
        self.report = report
        self.rules = rules
        self.fields = fields
        self.languages = [language]
    }

    /// The languages other than the default, into which pages may be translated.
    public var otherLanguages: [String] { Array(languages.dropFirst()) }
}
