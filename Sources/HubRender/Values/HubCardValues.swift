/// A hub in a list (the hub-card partial).
public struct HubCardValues: TemplateValue {
    public var title: String
    public var url: String
    public var region: String?
    public var regionURL: String?
    public var leadOrganisations: String?
    public var nextMeeting: String?

    public static let variables = VariableTable<Self>("hub card", [
        .text("title", "the hub's name") { $0.title },
        .text("url", "link to the hub page") { $0.url },
        .text("region", "region") { $0.region },
        .text("region_url", "link to the region's hub list") { $0.regionURL },
        .text("lead_organisations", "e.g. King's College London and Royal British Legion") { $0.leadOrganisations },
        .text("next_meeting", "date and time of the next meeting") { $0.nextMeeting },
    ])
}
