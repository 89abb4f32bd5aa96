import HubModel

/// One hub's row of the report.
public struct HubHealth: Sendable, Hashable {
    public var slug: String
    public var title: String
    public var assessments: [Assessment]
    /// Meetings per academic year (held or booked), oldest first, for the chart.
    public var meetingsPerYear: [(year: String, count: Int)]
    /// Attendance at each meeting that records it, oldest first.
    public var attendance: [(date: LocalDate, count: Int)]
    public var averageAttendance: Double?

    public func assessment(_ criterion: String) -> Assessment? {
        assessments.first { $0.criterion == criterion }
    }

    public static func == (lhs: HubHealth, rhs: HubHealth) -> Bool {
        lhs.slug == rhs.slug && lhs.assessments == rhs.assessments
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(slug)
        hasher.combine(assessments)
    }
}
