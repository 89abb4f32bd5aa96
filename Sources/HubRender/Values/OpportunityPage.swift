/// What the `opportunity` template receives: an opportunity's page.
public struct OpportunityPage: TemplateValue {
    public var common: CommonValues
    public var event: EventCardValues
    public var bodyHTML: String
    public var bookingURL: String?
    public var icsURL: String
    public var jsonLD: String

    public static let variables = VariableTable<Self>("opportunity page",
        TemplateVariable.including { $0.common } + [
        .object("event", "the event (see event-card)") { $0.event },
        .html("body_html", "the description as HTML (use `{{{ }}}`)") { $0.bodyHTML },
        .text("booking_url", "booking link") { $0.bookingURL },
        .text("ics_url", "link to the event's .ics file") { $0.icsURL },
        .html("json_ld", "schema.org Event data, already safe inside `<script>` (use `{{{ }}}`)") { $0.jsonLD },
    ])
}
