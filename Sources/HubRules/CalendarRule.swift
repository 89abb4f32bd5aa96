import HubModel

/// A communications co-lead "coordinates a virtual calendar" (000) that people subscribe to.
/// A subscribed calendar knows each event by its UID: when a UID changes, the calendar keeps the
/// old event beside the new one. This rule checks what keeps UIDs: the site's `site_id` (the
/// address it is published at may change) and, for a meeting that moved, the date it was first
/// planned for.
public struct CalendarRule: SiteRule {
    public static let id = RuleID.calendar
    public init() {}

    public func check(_ context: RuleContext, findings: inout Findings) {
        let content = context.content
        let config = content.config
        let hasEvents = !content.opportunities.isEmpty || content.hubs.contains { !$0.meetings.isEmpty }
        if config.siteID == nil, !config.fields.has("site_id"), hasEvents, content.sources.hasText(of: config.fields.document.file) {
            let location = config.baseURL == nil ? config.fields.document : config.fields.location(of: "base_url")
            findings.report("hubsite.yml has no 'site_id', so the calendar's events are known by \(config.baseURL == nil ? "the site's title" : "the site's address"): "
                            + "when \(config.baseURL == nil ? "it, or 'base_url'," : "it") changes, every subscriber's calendar shows each event twice.",
                            at: location,
                            hint: config.baseURL == nil
                                ? "Add a line 'site_id: …' to hubsite.yml with the part after '@' in the UIDs of the calendar.ics you publish: "
                                    + "'\(config.eventDomain)' if it is built without --base-url, the host of the address it is built with otherwise "
                                    + "(hubsite new site's workflow builds with https://OWNER.github.io/REPO/, so OWNER.github.io). "
                                    + "The calendar then keeps the identities subscribers' calendars hold today, wherever the site is published "
                                    + "(feed readers see the Atom entries once more, as new ids)."
                                : "Add the line 'site_id: \(config.eventDomain)' to hubsite.yml: it keeps the identities subscribers' calendars hold today, "
                                    + "and they stay the same wherever the site is published (feed readers see the Atom entries once more, as new ids).",
                            advisory: true)
        }
        for hub in content.hubs {
            var movedFrom: [LocalDate: Int] = [:]
            for meeting in hub.meetings {
                guard let from = meeting.movedFrom else { continue }
                let path = "meetings[\(meeting.index)].moved_from"
                if from == meeting.date {
                    findings.report("Meeting \(meeting.index + 1) says it moved from \(from.iso), its own date.", at: hub.fields.location(of: path),
                                    hint: "Write in 'moved_from' the date the meeting was first planned for, or remove 'moved_from' if it did not move.")
                } else if let first = movedFrom[from] {
                    findings.report("Meetings \(first + 1) and \(meeting.index + 1) both say they moved from \(from.iso).", at: hub.fields.location(of: path),
                                    hint: "Give each meeting the date it was first planned for: two meetings cannot have been the same one.")
                } else {
                    movedFrom[from] = meeting.index
                }
            }
        }
    }
}
