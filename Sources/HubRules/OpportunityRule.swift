import HubModel

/// The "calendar of opportunities for service children and practitioners" (000) can only be
/// trusted if every entry has real dates, real hubs and a working booking link.
public struct OpportunityRule: PerOpportunityRule {
    public static let id = RuleID.opportunity
    public init() {}

    /// The hubs there are and each picture's verdict, found once for all the opportunities.
    public struct Facts: Sendable {
        let hubSlugs: [String]
        /// A set for the lookups: 8,000 opportunities against 2,000 hubs made the list scan quadratic.
        let known: Set<String>
        let unreadHubs: [String: String]
        let images: [String: LogoVerdict]
        let today: LocalDate
        /// The last day a start may be on (`maxYearsAhead` after today).
        let horizon: LocalDate
    }

    /// How far ahead a start may be: a year further off is a mistyped year (2207 for 2027).
    public static let maxYearsAhead = 10

    public func facts(_ context: RuleContext) -> Facts {
        // Closures, not key paths: a key path through Hub's dynamic members is applied at run
        // time and copied each hub's details.
        let slugs = context.content.hubs.map { $0.slug }
        // Each picture inspected once, like logos (same checks and size limit).
        let maxKB = context.option("max_kb", of: LogoRule.id)
        let paths = Set(context.content.opportunities.compactMap { $0.image })
        let images = Dictionary(uniqueKeysWithValues: paths.map { ($0, LogoVerdict.inspect($0, source: context.source, maxKB: maxKB, what: "image")) })
        return Facts(hubSlugs: slugs, known: Set(slugs), unreadHubs: context.content.unreadHubs, images: images, today: context.today,
                     horizon: context.today.adding(months: 12 * Self.maxYearsAhead))
    }

    public func check(_ opportunity: Opportunity, facts: Facts, findings: inout Findings) {
        let hubSlugs = facts.hubSlugs, known = facts.known, unreadHubs = facts.unreadHubs, images = facts.images
        let fields = opportunity.fields
        // A start that was written but could not be read is reported by the loader, at its value.
        if opportunity.start == nil, !fields.hasValue("start") {
            let empty = fields.has("start")
            findings.report(empty ? "The opportunity's 'start' is empty, so it cannot appear in the calendar."
                                  : "The opportunity has no 'start' date, so it cannot appear in the calendar.",
                            at: fields.location(of: "start"),
                            hint: empty ? "Write the day it takes place after 'start:', e.g. 'start: 2027-01-29' (all day) or 'start: 2027-01-29 14:00'."
                                        : "Add 'start: YYYY-MM-DD' (all day) or 'start: YYYY-MM-DD HH:MM'.")
        }
        if let start = opportunity.start, start.date > facts.horizon {
            findings.report("The opportunity starts on \(start.date.iso), more than \(Self.maxYearsAhead) years from now: is the year mistyped?",
                            at: fields.location(of: "start"), hint: "Write the year it takes place in 'start', e.g. \(facts.today.year + 1).")
        }
        for change in opportunity.occurrenceChanges {
            guard let to = change.movedTo, to.date > facts.horizon else { continue }
            findings.report("A date of the opportunity moves to \(to.date.iso), more than \(Self.maxYearsAhead) years from now: is the year mistyped?",
                            at: fields.location(of: "repeat.changed[\(change.index)].to"), hint: "Write the date it moves to in 'to', e.g. \(change.date.iso) with another time.")
        }
        if let start = opportunity.start, let end = opportunity.end, start.date.days(until: end.date) > CalendarLimits.maxDays {
            findings.report("The opportunity ends on \(end.date.iso), more than a year after it starts (\(start.date.iso)): is the year mistyped?",
                            at: fields.location(of: "end"),
                            hint: "An opportunity lasts at most a year: check the year in 'end'; for one that takes place again and again, use 'repeat:'.")
        } else if let start = opportunity.start, let end = opportunity.end {
            // `start: 2027-01-18 10:00` with `end: 2027-01-18` is a missing time, not an end before the start.
            let mixed = (start.time == nil) != (end.time == nil)
            let endsBefore = end.date < start.date || (!mixed && (end < start || (end == start && start.time != nil)))
            if endsBefore {
                findings.report("The opportunity ends (\(end)) before it starts (\(start)).", at: fields.location(of: "end"),
                                hint: "Check the 'start' and 'end' dates and times.")
            } else if mixed {
                findings.report("'start' and 'end' must both have a time, or neither (got \(start) and \(end)).", at: fields.location(of: "end"),
                                hint: "Write both as 'YYYY-MM-DD HH:MM', or both as dates for an all-day event.")
            }
        }
        if let deadline = opportunity.deadline, let start = opportunity.start, deadline > start.date {
            findings.report("The booking deadline \(deadline) is after the opportunity starts (\(start.date)).", at: fields.location(of: "deadline"),
                            hint: "Set 'deadline:' on or before the start date.")
        }
        for (index, hub) in opportunity.hubs.enumerated() where !known.contains(hub) {
            if let file = unreadHubs[hub] {
                findings.note("The opportunity refers to hub '\(hub.prefix(60))', whose page has errors (see above).",
                              at: fields.location(of: "hubs[\(index)]"),
                              hint: "Once \(file) is corrected, the opportunity is listed on that hub's page.")
                continue
            }
            var hint = "Use the file name of a hub page in content/hubs/ without '.md'."
            if let guess = Suggestion.closest(to: hub, in: hubSlugs) { hint = "Did you mean '\(guess)'? " + hint }
            findings.report("'\(hub.prefix(60))' is not a hub of this site.", at: fields.location(of: "hubs[\(index)]"), hint: hint)
        }
        if opportunity.audience.isEmpty, !fields.has("audience") {
            findings.report("The opportunity does not say who it is for.", at: fields.location(of: "audience"),
                            hint: "Add 'audience:' with one or more of: \(Audience.allCases.map(\.rawValue).joined(separator: ", ")).")
        }
        findings.requireSecureAddress(opportunity.bookingURL, path: "booking_url", in: fields, example: "https://www.example.org/book")
        if let image = opportunity.image {
            if opportunity.imageAlt == nil {
                findings.report("The image has no alt text, so people using screen readers cannot tell what it shows.", at: fields.location(of: "image"),
                                hint: "Add 'image_alt:' saying what the picture shows, e.g. 'image_alt: Pupils at a campus taster day'.")
            }
            (images[image] ?? .fine).report(image, as: "The image", at: fields.location(of: "image"), into: &findings)
        }
        if !opportunity.isOnline, opportunity.location == nil, opportunity.venue == nil {
            findings.report("The opportunity has neither a 'location' nor 'online: true'.", at: fields.location(of: "location"),
                            hint: "Add 'venue:' with the venue's name, street, town and postcode (or 'location:' with the venue and town), or 'online: true'.")
        }
    }
}
