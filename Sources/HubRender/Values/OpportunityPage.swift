import HubModel

/// What the `opportunity` template receives: an opportunity's page.
public struct OpportunityPage: TemplateValue {
    public var common: CommonValues
    public var event: EventCardValues
    public var bodyHTML: String
    /// The plain fields `FieldTables.opportunity` shows on the page (`booking_url`, …).
    public var shown: ShownFields
    public var icsURL: String
    public var jsonLD: String
    /// A repeating opportunity's next dates.
    public var dates: [EventCardValues] = []
    public var datesNote: String?
    public var changes: [ChangeValues] = []
    public var googleURL: String
    public var outlookURL: String
    /// The regions of the opportunity's hubs (for search filters).
    public var regions: [NameValue] = []
    /// What happened at it, once it has taken place (its `activity:`).
    public var activityURL: String?

    public static let variables = VariableTable<Self>("opportunity page",
        TemplateVariable.including { $0.common } + [
        .object("event", "the event (see event-card)") { $0.event },
        .html("body_html", "the description as HTML (use `{{{ }}}`)") { $0.bodyHTML },
    ] + ShownFields.variables(FieldTables.opportunity) { $0.shown } + [
        .text("ics_url", "link to the event's .ics file") { $0.icsURL },
        .html("json_ld", "schema.org Event data, already safe inside `<script>` (use `{{{ }}}`)") { $0.jsonLD },
        .list("dates", "for a repeating opportunity: its next dates (up to 12), each with the event-card values") { $0.dates },
        .flag("repeats", "true for a repeating opportunity") { !$0.dates.isEmpty || $0.event.event.series != nil },
        .text("dates_note", "when more dates follow than are listed, e.g. Dates are listed up to 30 May 2028") { $0.datesNote },
        .list("changes", "what changed, oldest first (each has `text`)") { $0.changes },
        .flag("has_changes", "true when `changes` is not empty") { !$0.changes.isEmpty },
        .text("google_url", "adds the event (its next date, for a repeating one) to Google Calendar") { $0.googleURL },
        .text("outlook_url", "adds the event (its next date, for a repeating one) to Outlook.com") { $0.outlookURL },
        .list("regions", "the regions of the opportunity's hubs, each once (each has `name`): what search filters by region") { $0.regions },
        .text("activity_url", "the page of what happened at it, once it has taken place (`activity:`; absent before)") { $0.activityURL },
    ])

    /// One line of `changes:`.
    public struct ChangeValues: TemplateValue {
        public var text: String
        public static let variables = VariableTable<Self>("change", [.text("text", "what changed") { $0.text }])
    }
}
