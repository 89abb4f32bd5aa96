import Foundation
import HubModel
import HubPlan
import HubReport

/// The values of the Healthy Hub report's pages: the table (one pre-sorted copy per criterion,
/// so it sorts without JavaScript) and the geometry of its two charts.
struct HealthPages {
    let report: HealthReport
    let contexts: PageContexts

    /// The report's pages in the site plan: `health/` sorted by hub name, and
    /// `health/<criterion>/` sorted by that criterion.
    var paths: [(path: String, criterion: String?)] {
        contexts.plan.files.compactMap { file in
            guard case .health(let criterion) = file.kind else { return nil }
            return (file.path, criterion)
        }
    }

    func page(path: String, sortedBy criterion: String?) -> HealthPage {
        let links = PageLinks(page: path, baseURL: contexts.content.config.baseURL)
        var hubs = report.hubs
        if let criterion = criterion {
            hubs.sort { (($0.assessment(criterion)?.status.rank ?? 9), $0.title) < (($1.assessment(criterion)?.status.rank ?? 9), $1.title) }
        }
        let title = criterion.flatMap { id in Criterion.all.first { $0.id == id }?.title }
        return HealthPage(
            common: contexts.common(links, title: "Healthy Hub report", description: "Every hub against the Healthy Hub Framework.", section: .health),
            report: HealthPage.Report(today: report.today.iso, academicYear: report.academicYear.description),
            sorts: paths.map { entry in
                HealthPage.Sort(label: entry.criterion.flatMap { id in Criterion.all.first { $0.id == id }?.title } ?? "Hub name",
                                url: links.to(entry.path), current: entry.path == path)
            },
            sortedBy: title.map { "Hubs sorted by “\($0)”, problems first" } ?? "Hubs sorted by name",
            criteria: Criterion.all.map { HealthPage.Criterion(id: $0.id, title: $0.title) },
            rows: hubs.map { hub in
                HealthPage.Row(title: hub.title, url: links.to(SitePaths.hub(hub.slug)),
                               average: hub.averageAttendance.map { String(format: "%.1f", $0) },
                               cells: Criterion.all.map { criterion in
                                   let assessment = hub.assessment(criterion.id)
                                   return HealthPage.Cell(status: assessment?.status.rawValue ?? "", figure: assessment?.figure ?? "",
                                                          cssClass: (assessment?.status.rawValue ?? "").replacingOccurrences(of: " ", with: "-"),
                                                          criterion: criterion.title)
                               })
            },
            meetingsChart: meetingsChart(), attendanceCharts: attendanceCharts())
    }

    static func number(_ value: Double) -> String { String(format: "%.1f", value) }

    /// Grouped bars: three academic years per hub.
    func meetingsChart() -> HealthPage.MeetingsChart {
        let barWidth = 16.0, gap = 3.0, groupGap = 70.0, axisX = 10.0, top = 34.0, plot = 130.0
        let most = max(3, report.hubs.flatMap { $0.meetingsPerYear.map(\.count) }.max() ?? 3)
        let scale = plot / Double(most)
        let colours = ["#9fb6d6", "#5b7fb4", "#1d4f91"]
        var bars: [HealthPage.Bar] = [], labels: [HealthPage.Label] = []
        var x = axisX + groupGap / 2
        for hub in report.hubs {
            let groupStart = x
            for (index, entry) in hub.meetingsPerYear.enumerated() {
                let height = Double(entry.count) * scale
                bars.append(HealthPage.Bar(x: Self.number(x), y: Self.number(top + plot - height), width: Self.number(barWidth),
                                           height: Self.number(height), fill: colours[index % colours.count],
                                           label: "\(hub.title), \(entry.year): \(entry.count) meeting\(entry.count == 1 ? "" : "s")"))
                x += barWidth + gap
            }
            let name = hub.title.count > 16 ? String(hub.title.prefix(15)) + "…" : hub.title
            labels.append(HealthPage.Label(x: Self.number((groupStart + x - gap) / 2), y: Self.number(top + plot + 16), text: name))
            x += groupGap
        }
        let years = report.hubs.first?.meetingsPerYear.map(\.year) ?? []
        // A legend: which colour is which academic year.
        for (index, year) in years.enumerated() {
            let legendX = axisX + Double(index) * 90
            bars.append(HealthPage.Bar(x: Self.number(legendX), y: "4", width: "12", height: "12", fill: colours[index % colours.count], label: year))
            labels.append(HealthPage.Label(x: Self.number(legendX + 40), y: "14", text: year))
        }
        let description = report.hubs.map { hub in
            "\(hub.title): " + hub.meetingsPerYear.map { "\($0.count) in \($0.year)" }.joined(separator: ", ")
        }.joined(separator: "; ") + "."
        return HealthPage.MeetingsChart(width: Self.number(max(x, 300)), height: Self.number(top + plot + 30), axisX: Self.number(axisX),
                                        targetY: Self.number(top + plot - 2 * scale), targetLabelY: Self.number(top - 6),
                                        bars: bars, labels: labels, years: years.joined(separator: ", "), description: description)
    }

    /// A small line chart per hub that records attendance.
    func attendanceCharts() -> [HealthPage.AttendanceChart] {
        report.hubs.filter { !$0.attendance.isEmpty }.map { hub in
            let most = max(1, hub.attendance.map(\.count).max() ?? 1)
            let step = hub.attendance.count > 1 ? 260.0 / Double(hub.attendance.count - 1) : 0
            let dots = hub.attendance.enumerated().map { index, entry in
                HealthPage.Dot(x: Self.number(30 + Double(index) * step), y: Self.number(110 - Double(entry.count) / Double(most) * 95),
                               label: "\(entry.date.iso): \(entry.count) attended")
            }
            let description = "attendance " + hub.attendance.map { "\($0.count) on \($0.date.iso)" }.joined(separator: ", ")
            return HealthPage.AttendanceChart(title: hub.title, description: description,
                                              points: dots.map { "\($0.x),\($0.y)" }.joined(separator: " "), dots: dots, max: String(most))
        }
    }
}
