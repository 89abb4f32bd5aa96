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

    func record(_ outcome: PreviewBuild.Outcome) {
        latest = outcome
        if let site = outcome.site { self.site = site }
    }
}
