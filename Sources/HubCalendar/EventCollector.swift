import HubModel

/// Turns opportunities and hub meetings into calendar events, soonest first.
public enum EventCollector {
    /// - Parameter today: repeating opportunities are listed up to 18 months after it.
    public static func events(from content: ContentSet, today: LocalDate) -> [CalendarEvent] {
        var events: [CalendarEvent] = []
        for opportunity in content.opportunities { events += Self.events(of: opportunity, today: today, words: content.words) }
        for hub in content.hubs { events += Self.events(ofMeetingsOf: hub, words: content.words) }
        return sorted(events)
    }

    /// An opportunity's events: one, or one for each listed date of a repeating one; none
    /// without a start.
    /// `words` names a venue to be confirmed in a translated copy of the content.
    static func events(of opportunity: Opportunity, today: LocalDate, words: Words? = nil) -> [CalendarEvent] {
        guard let start = opportunity.start else { return [] }
        var event = CalendarEvent(
            kind: .opportunity, id: opportunity.eventID, title: opportunity.title,
            start: start, end: validEnd(opportunity.end, after: start), hubs: opportunity.hubs,
            audience: opportunity.audience, category: opportunity.category,
            location: opportunity.place(toBeConfirmed: toBeConfirmed(words)),
            online: opportunity.isOnline, cost: opportunity.cost, deadline: opportunity.deadline,
            bookingURL: opportunity.bookingURL, page: SitePaths.opportunity(opportunity.slug),
            description: opportunity.body.plainText)
        event.status = opportunity.status
        event.sequence = opportunity.changes.count
        event.accessibility = opportunity.accessibility
        event.places = opportunity.places
        event.organiser = opportunity.organiser
        event.image = opportunity.image
        event.imageAlt = opportunity.imageAlt
        event.venue = opportunity.venue
        event.joinURL = opportunity.joinURL
        event.joinOnBooking = opportunity.joinOnBooking
        if let recurrence = opportunity.recurrence {
            return occurrences(of: event, recurrence: recurrence, changes: opportunity.occurrenceChanges, today: today)
        }
        return [event]
    }

    /// A hub's meetings as events; `words` names them in a translated copy of the content.
    static func events(ofMeetingsOf hub: Hub, words: Words?) -> [CalendarEvent] {
        var events: [CalendarEvent] = []
        let ids = meetingIDs(of: hub)
        for (meeting, id) in zip(hub.meetings, ids) {
            let start = LocalDateTime(date: meeting.date, time: meeting.start)
            var end: LocalDateTime?
            if let startTime = meeting.start, let endTime = meeting.end, endTime > startTime {
                end = LocalDateTime(date: meeting.date, time: endTime)
            }
            // A translated copy of the content names meetings in its own words.
            let named = words.map { $0.format("event_meeting", ["hub": hub.title]) } ?? "\(hub.title) meeting"
            var description = named + "."
            if let agenda = meeting.agendaURL { description += " " + (words?["event_agenda"] ?? "Agenda:") + " \(agenda)" }
            var event = CalendarEvent(
                kind: .meeting, id: id,
                title: meeting.title.map { "\(hub.title): \($0)" } ?? named,
                start: start, end: end, hubs: [hub.slug], audience: [.practitioners],
                category: words?["event_meeting_category"] ?? "Hub meeting", location: meeting.place(toBeConfirmed: toBeConfirmed(words)),
                online: meeting.isOnline, page: SitePaths.hub(hub.slug), description: description)
            event.sequence = max(meeting.changes.count, meeting.movedFrom == nil ? 0 : 1)
            event.venue = meeting.venue
            event.joinURL = meeting.joinURL
            event.joinOnBooking = meeting.joinOnBooking
            events.append(event)
        }
        return events
    }

    /// What a venue not yet booked is called, in a translated copy's words or in English.
    static func toBeConfirmed(_ words: Words?) -> String {
        words?["venue_to_be_confirmed"] ?? "Venue to be confirmed"
    }

    /// Each meeting's identity, in the hub's order: `meeting-<hub>-<date>`, by the date it was
    /// first planned for (`moved_from`), so that moving it keeps its UID; a second meeting on
    /// one day adds `-2`. A meeting that moved claims its date before one newly set on it, so
    /// that the new one is the event subscribers have not seen.
    static func meetingIDs(of hub: Hub) -> [EventID] {
        var ids = [EventID?](repeating: nil, count: hub.meetings.count)
        var seen: [LocalDate: Int] = [:]
        let order = hub.meetings.indices.filter { hub.meetings[$0].movedFrom != nil } + hub.meetings.indices.filter { hub.meetings[$0].movedFrom == nil }
        for index in order {
            let planned = hub.meetings[index].movedFrom ?? hub.meetings[index].date
            let n = seen[planned, default: 0]
            seen[planned] = n + 1
            ids[index] = .meeting(hub: hub.calendarSlug, planned: planned, ordinal: n + 1)
        }
        return ids.compactMap { $0 }
    }

    /// Soonest first; events that start together by title, then id.
    static func sorted(_ events: [CalendarEvent]) -> [CalendarEvent] {
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

    /// The dates of a repeating opportunity that are listed: from its first date to 18 months
    /// after today, at most 200 (the first date always, then those nearest today, upcoming
    /// first). Each is an event of its own for the pages; the feeds write the series once.
    static func occurrences(of first: CalendarEvent, recurrence: Recurrence, changes: [OccurrenceChange], today: LocalDate) -> [CalendarEvent] {
        let all = recurrence.occurrences(from: first.start.date)
        let horizon = today.adding(months: Recurrence.monthsAhead)
        var listed = all.filter { $0 <= horizon }
        if listed.count > Recurrence.maxListed {
            let upcoming = listed.filter { $0 >= today }
            let past = listed.filter { $0 < today }
            let kept = Array(upcoming.prefix(Recurrence.maxListed - 1))
            let room = Recurrence.maxListed - 1 - kept.count
            listed = [listed[0]] + (room > 0 ? Array(past.dropFirst().suffix(room)) : []) + kept
        }
        let series = CalendarEvent.Series(id: first.id, recurrence: recurrence, start: first.start, end: first.end,
                                          patternDate: first.start.date, changes: changes, status: first.status, cut: listed.count < all.count,
                                          lastListed: listed.last ?? first.start.date)
        let changed = Dictionary(changes.map { ($0.date, $0) }, uniquingKeysWith: { a, _ in a })
        let length = first.end.map { first.start.date.days(until: $0.date) }
        return listed.map { date in
            var event = first
            event.series = series
            event.series?.patternDate = date
            if date != first.start.date { event.id = first.id.occurrence(on: date) }
            event.start = LocalDateTime(date: date, time: first.start.time)
            if let end = first.end, let length { event.end = LocalDateTime(date: date.adding(days: length), time: end.time) }
            if let change = changed[date] {
                event.status = change.status
                if let moved = change.movedTo { event = event.moved(to: moved) }
            }
            return event
        }
    }

    /// Drops an end that is before the start or mixes timed and all-day (the rules report those).
    /// An end more than `CalendarLimits.maxDays` after the start is dropped too.
    static func validEnd(_ end: LocalDateTime?, after start: LocalDateTime) -> LocalDateTime? {
        guard let end, (end.time == nil) == (start.time == nil), end >= start,
              start.date.days(until: end.date) <= CalendarLimits.maxDays else { return nil }
        if end == start, start.time != nil { return nil }
        return end
    }
}
