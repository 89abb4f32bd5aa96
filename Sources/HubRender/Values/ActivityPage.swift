/// What the `activity` template receives: the page of something a hub has done.
public struct ActivityPage: TemplateValue {
    public var common: CommonValues
    public var activity: ActivityCard
    /// What it reached, each a line ("27 schools").
    public var figures: [LineValue]
    public var funders: [HubPage.Supporter]
    public var partners: [HubPage.Supporter]
    public var photos: [PhotoValue]
    public var bodyHTML: String
    /// The page of the opportunity it reports on, when it is an opportunity's `activity:`.
    public var opportunityURL: String?
    /// Its first hub's activities.
    public var hubActivitiesURL: String?

    public static let variables = VariableTable<Self>("activity page",
        TemplateVariable.including { $0.common } + [
        .object("activity", "the activity (see activity card)") { $0.activity },
        .list("figures", "what it reached, each a `text` such as 27 schools") { $0.figures },
        .list("funders", "who paid for it (see supporter)") { $0.funders },
        .list("partners", "who ran it with the hub (see supporter)") { $0.partners },
        .flag("has_backers", "true when it has funders or partners") { !$0.funders.isEmpty || !$0.partners.isEmpty },
        .list("photos", "its photos (see photo)") { $0.photos },
        .html("body_html", "the write-up as HTML (use `{{{ }}}`)") { $0.bodyHTML },
        .text("opportunity_url", "the page of the opportunity it reports on (absent for an activity's own file)") { $0.opportunityURL },
        .text("hub_activities_url", "the list of its first hub's activities") { $0.hubActivitiesURL },
    ])

    /// One of an activity's photos.
    public struct PhotoValue: TemplateValue {
        public var src: String
        public var alt: String
        public var caption: String?
        public var width: Int?
        public var height: Int?

        public static let variables = VariableTable<Self>("photo", [
            .text("src", "link to the picture") { $0.src },
            .text("alt", "what it shows") { $0.alt },
            .text("caption", "its caption (absent when not given)") { $0.caption },
            .text("width", "its width in pixels, when read from the file (PNG, JPEG, WebP)") { $0.width.map(String.init) },
            .text("height", "its height in pixels, likewise") { $0.height.map(String.init) },
        ])
    }
}
