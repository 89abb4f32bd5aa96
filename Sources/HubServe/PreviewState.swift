import HubBuild

/// The latest rebuild's outcome and the site to serve, shared between the rebuild loop and
/// request handlers.
public actor PreviewState {
    public private(set) var latest: PreviewBuild.Outcome?
    /// The last good site; nil until a build has succeeded.
    public private(set) var site: PreviewSite?

    public init() {}

    /// True once any build has succeeded (there is a site to show under the overlay).
    public var hasSite: Bool { site != nil }

    /// Keeps `outcome` and its site, and hands back what they replace, for the caller to let go
    /// of once the new site is served: freeing a large network's site (its plan, events and
    /// page values) takes tens of milliseconds, which the actor would otherwise spend before
    /// it answers the request for the edited page.
    func record(_ outcome: PreviewBuild.Outcome) -> Replaced {
        let replaced = Replaced(outcome: latest, site: site)
        latest = outcome
        if let site = outcome.site { self.site = site }
        return replaced
    }

    /// An outcome and a site no longer served.
    struct Replaced: Sendable {
        var outcome: PreviewBuild.Outcome?
        var site: PreviewSite?
    }
}
