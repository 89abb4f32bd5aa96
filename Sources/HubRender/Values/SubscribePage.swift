/// What the `subscribe` template receives: how to subscribe to the calendars, and every feed.
public struct SubscribePage: TemplateValue {
    public var common: CommonValues
    public var groups: [FeedGroup]
    /// Whether the site's address is known (`base_url`), so that feeds have full addresses.
    public var published: Bool

    public static let variables = VariableTable<Self>("subscribe page",
        TemplateVariable.including { $0.common } + [
        .list("groups", "the feeds, in groups: the whole calendar, by region, by hub, by category") { $0.groups },
        .flag("published", "true when `base_url` is set, so each feed has a full and a webcal:// address") { $0.published },
    ])

    /// A group of feeds.
    public struct FeedGroup: TemplateValue {
        public var title: String
        public var feeds: [Feed]

        public static let variables = VariableTable<Self>("feed group", [
            .text("title", "the group's heading") { $0.title },
            .list("feeds", "its feeds") { $0.feeds },
        ])
    }

    /// One calendar feed.
    public struct Feed: TemplateValue {
        public var label: String
        public var url: String
        public var address: String?
        public var webcal: String?

        public static let variables = VariableTable<Self>("feed", [
            .text("label", "what the feed holds") { $0.label },
            .text("url", "link to the .ics file") { $0.url },
            .text("address", "its full address, to paste into a calendar (absent without `base_url`)") { $0.address },
            .text("webcal", "its webcal:// address, which opens a calendar app (absent without `base_url`)") { $0.webcal },
        ])
    }
}
