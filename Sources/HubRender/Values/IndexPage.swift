/// What the `index` template receives: the hub index and each region's page.
public struct IndexPage: TemplateValue {
    public var common: CommonValues
    public var heading: String
    public var intro: String
    public var listHeading: String
    public var hubs: [HubCardValues]
    public var hasRegions: Bool
    public var regionSelected: Bool
    public var regions: [Region]
    public var upcoming: [EventCardValues]

    public static let variables = VariableTable<Self>("index page",
        TemplateVariable.including { $0.common } + [
        .text("heading", "page heading") { $0.heading },
        .text("intro", "introductory sentence") { $0.intro },
        .text("list_heading", "heading above the hub cards") { $0.listHeading },
        .list("hubs", "the hubs listed (see hub-card)") { $0.hubs },
        .flag("has_regions", "true when there is more than one region") { $0.hasRegions },
        .flag("region_selected", "true on a region's page") { $0.regionSelected },
        .list("regions", "every region, for the filter") { $0.regions },
        .list("upcoming", "up to six upcoming events (see event-card)") { $0.upcoming },
    ])

    /// A region in the filter.
    public struct Region: TemplateValue {
        public var name: String
        public var url: String
        public var current: Bool
        public var count: Int

        public static let variables = VariableTable<Self>("region", [
            .text("name", "a region's name") { $0.name },
            .text("url", "link to the region's page") { $0.url },
            .flag("current", "true for the page's own region") { $0.current },
            .number("count", "number of hubs in a region") { $0.count },
        ])
    }
}
