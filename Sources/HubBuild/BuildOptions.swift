import Foundation
import HubContent
import HubModel
import HubParallel

/// What a build or check is asked to do.
public struct BuildOptions: Sendable {
    /// The project folder holding `content/`, optional `templates/` and `hubsite.yml`.
    public var source: URL
    /// Where the site goes; defaults to `source/site`.
    public var output: URL
    /// Overrides `base_url` from `hubsite.yml`.
    public var baseURL: String?
    /// Fixes "today" for everything date-dependent; nil means today in the site's time zone.
    public var today: LocalDate?
    /// The Pagefind that indexes the site when it asks for search; nil: look for one
    /// (`Pagefind.find`) when it is needed.
    public var pagefind: Pagefind?
    /// The environment the command line started in, read once there: `SOURCE_DATE_EPOCH`
    /// (the build stamp of a reproducible build), `HUBSITE_PAGEFIND` and `PATH` (where
    /// Pagefind is) and `HUBSITE_THREADS` (`workers`). The library reads no environment of its own.
    public var environment: [String: String]
    /// The threads the steps use: `HUBSITE_THREADS` from `environment`, else one per core.
    public var workers: Workers

    public init(source: URL, output: URL? = nil, baseURL: String? = nil, today: LocalDate? = nil, environment: [String: String] = [:]) {
        self.source = source.standardizedFileURL
        self.output = (output ?? source.appendingPathComponent("site")).standardizedFileURL
        self.baseURL = baseURL
        self.today = today
        self.environment = environment
        self.workers = Workers(environment: environment)
    }

    /// `https://example.org/hubs` → `https://example.org/hubs/`; nil when not an absolute http(s) URL.
    public static func normalisedBaseURL(_ url: String) -> String? {
        ConfigLoader.normaliseBaseURL(url)
    }
}
