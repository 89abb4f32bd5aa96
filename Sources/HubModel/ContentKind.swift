/// The kinds of content file, each in a folder of its own under `content/`: hub pages,
/// opportunities (the calendar) and activities (what the hubs have done).
public enum ContentKind: String, Hashable, Sendable, CaseIterable {
    case hub, opportunity, activity

    /// The folder its files live in, relative to the project: `content/hubs`.
    public var folder: String {
        switch self {
        case .hub: return "content/hubs"
        case .opportunity: return "content/opportunities"
        case .activity: return "content/activities"
        }
    }
}
