/// One activity in a list (a hub's page, the activities pages): what it was, when, and a
/// sentence on what happened, linking to its page.
public struct ActivityCard: TemplateValue {
    public var title: String
    public var url: String
    /// YYYY-MM-DD, for `<time datetime>`.
    public var date: String?
    public var dateHuman: String?
    public var summary: String?
    public var hubs: [HubLink]

    public static let variables = VariableTable<Self>("activity card", [
        .text("title", "what it was called") { $0.title },
        .text("url", "link to its page") { $0.url },
        .text("date", "the day it took place, YYYY-MM-DD (for `<time datetime>`)") { $0.date },
        .text("date_human", "the day it took place, e.g. Thursday 6 June 2024") { $0.dateHuman },
        .text("summary", "a sentence or two on what happened") { $0.summary },
        .list("hubs", "the hubs whose activity it was (see hub link)") { $0.hubs },
    ])
}
