/// What the `health` template receives: the Healthy Hub report, sorted one way.
public struct HealthPage: TemplateValue {
    public var common: CommonValues
    public var report: Report
    public var sorts: [Sort]
    public var sortedBy: String
    public var criteria: [Criterion]
    public var rows: [Row]
    public var meetingsChart: MeetingsChart
    public var attendanceCharts: [AttendanceChart]

    public static let variables = VariableTable<Self>("health page",
        TemplateVariable.including { $0.common } + [
        .object("report", "the report's date and year") { $0.report },
        .list("sorts", "the pre-sorted versions of the table") { $0.sorts },
        .text("sorted_by", "the table's caption") { $0.sortedBy },
        .list("criteria", "the framework's criteria") { $0.criteria },
        .list("rows", "one per hub") { $0.rows },
        .object("meetings_chart", "the meetings-per-year chart") { $0.meetingsChart },
        .list("attendance_charts", "one per hub that records attendance") { $0.attendanceCharts },
    ])

    public struct Report: TemplateValue {
        public var today: String
        public var academicYear: String

        public static let variables = VariableTable<Self>("report", [
            .text("today", "the report's date") { $0.today },
            .text("academic_year", "e.g. 2026/27") { $0.academicYear },
        ])
    }

    public struct Sort: TemplateValue {
        public var label: String
        public var url: String
        public var current: Bool

        public static let variables = VariableTable<Self>("sort", [
            .text("label", "what the table is sorted by") { $0.label },
            .text("url", "link to that version") { $0.url },
            .flag("current", "true for this page's order") { $0.current },
        ])
    }

    public struct Criterion: TemplateValue {
        public var id: String
        public var title: String

        public static let variables = VariableTable<Self>("criterion", [
            .text("id", "the criterion's id") { $0.id },
            .text("title", "the criterion's title") { $0.title },
        ])
    }

    public struct Row: TemplateValue {
        public var title: String
        public var url: String
        public var average: String?
        public var cells: [Cell]

        public static let variables = VariableTable<Self>("row", [
            .text("title", "the hub's name") { $0.title },
            .text("url", "link to the hub page") { $0.url },
            .text("average", "average attendance") { $0.average },
            .list("cells", "one per criterion") { $0.cells },
        ])
    }

    public struct Cell: TemplateValue {
        public var status: String
        public var figure: String
        public var cssClass: String
        /// The criterion's title, which a phone's layout puts before each verdict.
        public var criterion: String = ""

        public static let variables = VariableTable<Self>("cell", [
            .text("criterion", "the criterion's title (a narrow screen shows it before the verdict)") { $0.criterion },
            .text("status", "the verdict") { $0.status },
            .text("figure", "the figure behind a verdict") { $0.figure },
            .text("class", "met, not-met or no-data (for CSS)") { $0.cssClass },
        ])
    }

    public struct MeetingsChart: TemplateValue {
        public var width: String
        public var height: String
        public var axisX: String
        public var targetY: String
        public var targetLabelY: String
        public var bars: [Bar]
        public var labels: [Label]
        public var years: String
        public var description: String

        public static let variables = VariableTable<Self>("meetings chart", [
            .text("width", "the chart's width") { $0.width },
            .text("height", "the chart's height") { $0.height },
            .text("axis_x", "where the bars start") { $0.axisX },
            .text("target_y", "height of the two-a-year line") { $0.targetY },
            .text("target_label_y", "its label's position") { $0.targetLabelY },
            .list("bars", "the bars, and the legend's squares") { $0.bars },
            .list("labels", "the hubs' names under the bars, and the legend's years") { $0.labels },
            .text("years", "the academic years shown") { $0.years },
            .text("description", "the chart's text alternative") { $0.description },
        ])
    }

    public struct Bar: TemplateValue {
        public var x: String
        public var y: String
        public var width: String
        public var height: String
        public var fill: String
        public var label: String

        public static let variables = VariableTable<Self>("bar", [
            .text("x", "horizontal position") { $0.x },
            .text("y", "vertical position") { $0.y },
            .text("width", "a bar's width") { $0.width },
            .text("height", "a bar's height") { $0.height },
            .text("fill", "a bar's colour") { $0.fill },
            .text("label", "what the bar shows, in words") { $0.label },
        ])
    }

    public struct Label: TemplateValue {
        public var x: String
        public var y: String
        public var text: String

        public static let variables = VariableTable<Self>("label", [
            .text("x", "horizontal position") { $0.x },
            .text("y", "vertical position") { $0.y },
            .text("text", "a label") { $0.text },
        ])
    }

    public struct AttendanceChart: TemplateValue {
        public var title: String
        public var description: String
        public var points: String
        public var dots: [Dot]
        public var max: String

        public static let variables = VariableTable<Self>("attendance chart", [
            .text("title", "the hub's name") { $0.title },
            .text("description", "the chart's text alternative") { $0.description },
            .text("points", "the line's points") { $0.points },
            .list("dots", "one per meeting") { $0.dots },
            .text("max", "the highest attendance") { $0.max },
        ])
    }

    public struct Dot: TemplateValue {
        public var x: String
        public var y: String
        public var label: String

        public static let variables = VariableTable<Self>("dot", [
            .text("x", "horizontal position") { $0.x },
            .text("y", "vertical position") { $0.y },
            .text("label", "the meeting's date and attendance") { $0.label },
        ])
    }
}
