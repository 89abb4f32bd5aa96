/// What the `activities` template receives: the network's activities, or one hub's, newest first.
public struct ActivitiesPage: TemplateValue {
    public var common: CommonValues
    public var heading: String
    public var intro: String
    public var activities: [ActivityCard]
    public var feedURL: String
    /// The hub whose activities these are; nil for the network's.
    public var hub: HubLink?

    public static let variables = VariableTable<Self>("activities page",
        TemplateVariable.including { $0.common } + [
        .text("heading", "the page's heading") { $0.heading },
        .text("intro", "a sentence on what the page lists") { $0.intro },
        .list("activities", "the activities, newest first (see activity card)") { $0.activities },
        .text("feed_url", "link to their Atom feed") { $0.feedURL },
        .object("hub", "the hub whose activities these are, absent on the network's page (see hub link)") { $0.hub },
    ])
}
