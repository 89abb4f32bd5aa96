/// What the `calendar` template receives: the whole calendar, one audience's, or the past.
public struct CalendarPage: TemplateValue {
    public var common: CommonValues
    public var heading: String
    public var intro: String
    public var feedURL: String
    public var views: [View]
    public var months: [Month]
    public var emptyText: String
    public var regionViews: [View] = []
    public var categoryViews: [View] = []
    /// On a region's page: its hubs, each linking to the opportunities on its page.
    public var regionHubs: [HubLink] = []
    /// Every hub, each linking to the opportunities on its page: the filter by hub.
    public var hubs: [HubLink] = []
    public var subscribeURL: String?
    public var subscribeHelpURL: String = ""

    public static let variables = VariableTable<Self>("calendar page",
        TemplateVariable.including { $0.common } + [
        .text("heading", "page heading") { $0.heading },
        .text("intro", "introductory sentence") { $0.intro },
        .text("feed_url", "link to this view's iCalendar feed") { $0.feedURL },
        .list("views", "the calendar's views: all, each audience, past") { $0.views },
        .list("months", "the months that have events, in the view's order") { $0.months },
        .text("empty_text", "what to say when there is nothing") { $0.emptyText },
        .list("region_views", "a view per region") { $0.regionViews },
        .flag("has_regions", "true when `region_views` is not empty") { !$0.regionViews.isEmpty },
        .list("region_hubs", "on a region's page: its hubs, each linking to the opportunities on the hub's page") { $0.regionHubs },
        .flag("has_region_hubs", "true when `region_hubs` is not empty") { !$0.regionHubs.isEmpty },
        .list("hubs", "every hub by name, each linking to the opportunities on the hub's page: the filter by hub") { $0.hubs },
        .flag("has_hubs", "true when `hubs` is not empty") { !$0.hubs.isEmpty },
        .list("category_views", "a view per category of opportunity") { $0.categoryViews },
        .flag("has_categories", "true when `category_views` is not empty") { !$0.categoryViews.isEmpty },
        .text("subscribe_url", "this view's feed as a webcal:// address, which opens a calendar app (absent without `base_url`)") { $0.subscribeURL },
        .text("subscribe_help_url", "link to the page on how to subscribe") { $0.subscribeHelpURL },
    ])

    /// A link to one view of the calendar.
    public struct View: TemplateValue {
        public var label: String
        public var url: String
        public var current: Bool

        public static let variables = VariableTable<Self>("calendar view", [
            .text("label", "the view's name") { $0.label },
            .text("url", "link to the view") { $0.url },
            .flag("current", "true for the page's own view") { $0.current },
        ])
    }

    /// One month's events in a view.
    public struct Month: TemplateValue {
        public var id: String
        public var title: String
        public var url: String
        public var events: [EventCardValues]
        var cards: RenderedCard

        public static let variables = VariableTable<Self>("month section", [
            .text("id", "e.g. 2026-12, for anchors") { $0.id },
            .text("title", "e.g. December 2026") { $0.title },
            .text("url", "link to the month's page") { $0.url },
            .list("events", "the month's events (see event-card)") { $0.events },
            .rendered("cards", "the month's events rendered by event-card, one after another (use `{{{cards}}}`: one variable instead of one per event, much quicker on long lists)") { $0.cards },
        ])
    }
}
