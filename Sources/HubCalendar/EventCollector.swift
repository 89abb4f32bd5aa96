import HubModel

/// Turns opportunities and hub meetings into calendar events, soonest first.
public enum EventCollector {
    public static func events(from content: ContentSet) -> [CalendarEvent] {
        var events: [CalendarEvent] = []
        for opportunity in content.opportunities {
            guard let start = opportunity.start else { continue }
            events.append(CalendarEvent(
                kind: .opportunity, id: "opportunity-\(opportunity.slug)", title: opportunity.title,
                start: start, end: validEnd(opportunity.end, after: start), hubs: opportunity.hubs,
                audience: opportunity.audience, category: opportunity.category, location: opportunity.location,
                online: opportunity.online, cost: opportunity.cost, deadline: opportunity.deadline,
                bookingURL: opportunity.bookingURL, page: SitePaths.opportunity(opportunity.slug),
                description: opportunity.body.plainText))
        }
        for hub in content.hubs {
            var seen: [LocalDate: Int] = [:]
            for meeting in hub.meetings {
                let n = seen[meeting.date, default: 0]
                seen[meeting.date] = n + 1
                let start = LocalDateTime(date: meeting.date, time: meeting.start)
                var end: LocalDateTime?
                if let startTime = meeting.start, let endTime = meeting.end, endTime > startTime {
                    end = LocalDateTime(date: meeting.date, time: endTime)
                }
                var description = "\(hub.title) meeting."
                if let agenda = meeting.agendaURL { description += " Agenda: \(agenda)" }
                events.append(CalendarEvent(
                    kind: .meeting, id: "meeting-\(hub.slug)-\(meeting.date.iso)" + (n > 0 ? "-\(n + 1)" : ""),
                    title: meeting.title.map { "\(hub.title): \($0)" } ?? "\(hub.title) meeting",
                    start: start, end: end, hubs: [hub.slug], audience: [.practitioners],
                    category: "Hub meeting", location: meeting.location, online: meeting.online,
                    page: SitePaths.hub(hub.slug), description: description))
            }
        }
        // Sorting positions rather than the events themselves: an event is a large value, and
        // moving 10,000 of them around took a tenth of a second in every rebuild. Starts are
        // compared as one number each, so titles are compared only between events that start
        // together (comparing dates field by field was half of the plan's time).
        let starts = events.map(\.start.sortKey)
        let order = events.indices.sorted {
            starts[$0] != starts[$1] ? starts[$0] < starts[$1] : (events[$0].title, events[$0].id) < (events[$1].title, events[$1].id)
        }
        return order.map { events[$0] }
    }

    /// Drops an end that is before the start or mixes timed and all-day (the rules report those).
    static func validEnd(_ end: LocalDateTime?, after start: LocalDateTime) -> LocalDateTime? {
        guard let end, (end.time == nil) == (start.time == nil), end >= start else { return nil }
        if end == start, start.time != nil { return nil }
        return end
    }
}
