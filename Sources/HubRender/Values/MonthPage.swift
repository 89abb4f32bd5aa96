/// What the `month` template receives: a month as a grid of weeks.
public struct MonthPage: TemplateValue {
    public var common: CommonValues
    public var title: String
    public var previous: MonthLink?
    public var next: MonthLink?
    public var weekdays: [Weekday]
    public var weeks: [Week]

    public static let variables = VariableTable<Self>("month page",
        TemplateVariable.including { $0.common } + [
        .text("title", "e.g. April 2027") { $0.title },
        .object("previous", "the previous month with a page") { $0.previous },
        .object("next", "the next month with a page") { $0.next },
        .list("weekdays", "the days of the week, Monday first") { $0.weekdays },
        .list("weeks", "the grid's weeks") { $0.weeks },
    ])

    public struct MonthLink: TemplateValue {
        public var title: String
        public var url: String

        public static let variables = VariableTable<Self>("month link", [
            .text("title", "e.g. March 2027") { $0.title },
            .text("url", "link to its page") { $0.url },
        ])
    }

    public struct Weekday: TemplateValue {
        public var name: String
        public var short: String

        public static let variables = VariableTable<Self>("weekday", [
            .text("name", "e.g. Monday") { $0.name },
            .text("short", "e.g. Mon") { $0.short },
        ])
    }

    public struct Week: TemplateValue {
        public var days: [Day]

        public static let variables = VariableTable<Self>("week", [
            .list("days", "its seven days") { $0.days },
        ])
    }

    public struct Day: TemplateValue {
        public var day: Int
        public var inMonth: Bool
        public var today: Bool
        public var events: [DayEvent]

        public static let variables = VariableTable<Self>("day", [
            .number("day", "day of the month") { $0.day },
            .flag("in_month", "false for days of the neighbouring months") { $0.inMonth },
            .flag("today", "true for today") { $0.today },
            .list("events", "the events on that day") { $0.events },
        ])
    }

    public struct DayEvent: TemplateValue {
        public var title: String
        public var url: String
        public var time: String?
        /// What became of it (absent when it takes place as planned).
        public var status: String?
        public var isCancelled = false

        public static let variables = VariableTable<Self>("day's event", [
            .text("title", "the event's title") { $0.title },
            .text("url", "link to the event's page") { $0.url },
            .text("time", "start time of an event on its first day") { $0.time },
            .text("status", "what became of it, e.g. Cancelled, Rescheduled (absent when it takes place as planned)") { $0.status },
            .flag("is_cancelled", "true when it was cancelled") { $0.isCancelled },
        ])
    }
}
