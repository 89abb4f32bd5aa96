import HubBuild
import HubRebuild

/// The latest rebuild's outcome, shared between the rebuild loop and request handlers.
public actor PreviewState {
    public private(set) var latest: IncrementalBuild.Outcome?
    /// True once any build has succeeded (there is a site to show under the overlay).
    public private(set) var hasSite = false

    public init() {}

    func record(_ outcome: IncrementalBuild.Outcome) {
        latest = outcome
        if outcome.succeeded { hasSite = true }
    }
}
