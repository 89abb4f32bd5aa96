/// A meeting on a hub page (the meeting partial).
public struct MeetingValues: TemplateValue {
    public var dateHuman: String
    public var datetime: String
    public var timeRange: String?
    public var title: String?
    /// For a meeting that moved: the date it was first planned for.
    public var movedFromHuman: String?
    public var whereText: String
    public var agendaURL: String?
    public var minutesURL: String?
    /// A map of its venue (OpenStreetMap), and the link's text naming the venue.
    public var mapURL: String?
    public var mapText: String?
    /// Where to join it online, and the link's text naming the meeting's date.
    public var joinURL: String?
    public var joinText: String?
    /// True when the link to join online is sent on booking (and not published).
    public var joinOnBooking = false
    /// For an upcoming meeting: links that add it to a calendar.
    public var googleURL: String?
    public var outlookURL: String?
    public var icsURL: String?
    public var icsName: String?

    public static let variables = VariableTable<Self>("meeting", [
        .text("date_human", "the meeting's date") { $0.dateHuman },
        .text("datetime", "ISO 8601 with offset") { $0.datetime },
        .text("time_range", "e.g. 14:00–16:00") { $0.timeRange },
        .text("title", "the meeting's title") { $0.title },
        .text("moved_from_human", "for a meeting that moved, the date it was first planned for (`moved_from`)") { $0.movedFromHuman },
        .text("where", "location, \"Online\", or both") { $0.whereText },
        .text("agenda_url", "link to the agenda") { $0.agendaURL },
        .text("minutes_url", "link to the minutes") { $0.minutesURL },
        .text("map_url", "link to a map of the venue (OpenStreetMap), when `venue` gives its address") { $0.mapURL },
        .text("map_text", "the map link's text, naming the venue, e.g. Map of Events Centre, Cardiff (OpenStreetMap)") { $0.mapText },
        .text("join_url", "where to join the meeting online (`join_url`)") { $0.joinURL },
        .text("join_text", "the join link's text, naming the meeting's date") { $0.joinText },
        .flag("join_on_booking", "true when the link to join online is sent on booking") { $0.joinOnBooking },
        .text("google_url", "for an upcoming meeting: adds it to Google Calendar") { $0.googleURL },
        .text("outlook_url", "for an upcoming meeting: adds it to Outlook.com") { $0.outlookURL },
        .text("ics_url", "for an upcoming meeting: the meeting as a calendar file, a `data:` address (use with `download=\"{{ics_name}}\"`)") { $0.icsURL },
        .text("ics_name", "the file name for `ics_url`, e.g. south-2027-01-20.ics") { $0.icsName },
    ])
}
