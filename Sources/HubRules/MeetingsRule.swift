import HubModel

/// "a minimum of two meetings per academic year" (001), "ideally three times (termly)" (003),
/// agendas "at least 1 week prior" and minutes shared (000).
public struct MeetingsRule: HubRule {
    public static let id = RuleID.meetings
    public static let fields = ["meetings"]
    public init() {}

    public func check(_ hub: Hub, context: RuleContext, findings: inout Findings) {
        let year = context.academicYear
        let today = context.today
        let minimum = context.option("min_per_year", of: Self.id)
        let ideal = context.option("ideal_per_year", of: Self.id)
        let agendaDays = context.option("agenda_days", of: Self.id)
        let thisYear = hub.meetings.filter { year.contains($0.date) }
        let count = thisYear.count
        let listLocation = hub.fields.keyLocation(of: "meetings")
        let counted = count == 1 ? "only 1 meeting" : (count == 0 ? "no meetings" : "only \(count) meetings")

        if count < minimum {
            findings.report("The hub has \(counted) in the \(year) academic year; the Hub framework asks for at least \(minimum).",
                            at: listLocation,
                            hint: "Add this year's meeting dates under 'meetings:' (one '- date: YYYY-MM-DD' per meeting), including those booked ahead.")
        } else if count < ideal {
            findings.report("The hub has \(count) meetings in the \(year) academic year; the Healthy Hub Framework suggests \(ideal) (termly).",
                            at: listLocation, hint: "Consider booking a meeting each term.", advisory: true)
        }
        if !hub.meetings.contains(where: { $0.date > today }) {
            findings.report("No meeting is booked after today (\(today)).", at: listLocation,
                            hint: "Add the next meeting's date under 'meetings:' so members can plan for it.", advisory: true)
        }
        for meeting in hub.meetings {
            let path = "meetings[\(meeting.index)]"
            if let start = meeting.start, let end = meeting.end, end <= start {
                findings.report("Meeting on \(meeting.date) ends (\(end)) before it starts (\(start)).", at: hub.fields.location(of: path + ".end"),
                                hint: "Check the 'start' and 'end' times (24-hour clock, e.g. 14:00 to 16:00).")
            }
            for (key, value) in [("agenda_url", meeting.agendaURL), ("minutes_url", meeting.minutesURL)] {
                findings.requireSecureAddress(value, path: path + "." + key, in: hub.fields, example: "https://www.example.org/hub/agenda")
            }
            let daysAhead = today.days(until: meeting.date)
            if (0...agendaDays).contains(daysAhead), meeting.agendaURL == nil {
                findings.report("The meeting on \(meeting.date) is \(daysAhead == 0 ? "today" : "in \(daysAhead) day\(daysAhead == 1 ? "" : "s")") and has no agenda; agendas should go out at least a week before.",
                                at: hub.fields.location(of: path + ".date"),
                                hint: "Add 'agenda_url:' with a link to the agenda.", advisory: true)
            }
            if meeting.date < today, year.contains(meeting.date), meeting.minutesURL == nil {
                findings.report("The meeting on \(meeting.date) has no minutes; minutes should be recorded and shared.",
                                at: hub.fields.location(of: path + ".date"),
                                hint: "Add 'minutes_url:' with a link to the minutes.", advisory: true)
            }
        }
    }
}
