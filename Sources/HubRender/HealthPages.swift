import Foundation
import HubModel
import HubReport

/// The values of the Healthy Hub report's pages: the table (one pre-sorted copy per criterion,
/// so it sorts without JavaScript) and the geometry of its two charts.
struct HealthPages {
    let report: HealthReport
    let contexts: PageContexts

    /// `health/` sorted by hub name, and `health/<criterion>/` sorted by that criterion.
    var paths: [(path: String, criterion: String?)] {
        [("health/", nil)] + Criterion.all.map { ("health/\($0.id)/", $0.id) }
    }

    func page(path: String, sortedBy criterion: String?) -> [String: Any] {
        let links = PageLinks(page: path, baseURL: contexts.content.config.baseURL)
        var context = contexts.common(links, title: "Healthy Hub report", description: "Every hub against the Healthy Hub Framework.", section: "health")
        context["report"] = ["today": report.today.iso, "academic_year": report.academicYear.description]
        context["sorts"] = paths.map { entry -> [String: Any] in
            ["label": entry.criterion.flatMap { id in Criterion.all.first { $0.id == id }?.title } ?? "Hub name",
             "url": links.to(entry.path), "current": entry.path == path]
        }
        var hubs = report.hubs
        if let criterion = criterion {
            hubs.sort { (($0.assessment(criterion)?.status.rank ?? 9), $0.title) < (($1.assessment(criterion)?.status.rank ?? 9), $1.title) }
        }
        let title = criterion.flatMap { id in Criterion.all.first { $0.id == id }?.title }
        context["sorted_by"] = title.map { "Hubs sorted by “\($0)”, problems first" } ?? "Hubs sorted by name"
        context["criteria"] = Criterion.all.map { ["id": $0.id, "title": $0.title] }
        context["rows"] = hubs.map { hub -> [String: Any] in
            var row: [String: Any] = ["title": hub.title, "url": links.to(SitePaths.hub(hub.slug)),
                                      "cells": Criterion.all.map { criterion -> [String: Any] in
                                          let assessment = hub.assessment(criterion.id)
                                          return ["status": assessment?.status.rawValue ?? "", "figure": assessment?.figure ?? "",
                                                  "class": (assessment?.status.rawValue ?? "").replacingOccurrences(of: " ", with: "-")]
                                      }]
            if let average = hub.averageAttendance { row["average"] = String(format: "%.1f", average) }
            return row
        }
        context["meetings_chart"] = meetingsChart()
        context["attendance_charts"] = attendanceCharts()
        return context
    }

    static func number(_ value: Double) -> String { String(format: "%.1f", value) }

    /// Grouped bars: three academic years per hub.
    func meetingsChart() -> [String: Any] {
        let barWidth = 16.0, gap = 3.0, groupGap = 70.0, axisX = 10.0, top = 34.0, plot = 130.0
        let most = max(3, report.hubs.flatMap { $0.meetingsPerYear.map(\.count) }.max() ?? 3)
        let scale = plot / Double(most)
        let colours = ["#9fb6d6", "#5b7fb4", "#1d4f91"]
        var bars: [[String: Any]] = [], labels: [[String: Any]] = []
        var x = axisX + groupGap / 2
        for hub in report.hubs {
            let groupStart = x
            for (index, entry) in hub.meetingsPerYear.enumerated() {
                let height = Double(entry.count) * scale
                bars.append(["x": Self.number(x), "y": Self.number(top + plot - height), "width": Self.number(barWidth),
                             "height": Self.number(height), "fill": colours[index % colours.count],
                             "label": "\(hub.title), \(entry.year): \(entry.count) meeting\(entry.count == 1 ? "" : "s")"])
                x += barWidth + gap
            }
            let name = hub.title.count > 16 ? String(hub.title.prefix(15)) + "…" : hub.title
            labels.append(["x": Self.number((groupStart + x - gap) / 2), "y": Self.number(top + plot + 16), "text": name])
            x += groupGap
        }
        let years = report.hubs.first?.meetingsPerYear.map(\.year) ?? []
        // A legend: which colour is which academic year.
        for (index, year) in years.enumerated() {
            let legendX = axisX + Double(index) * 90
            bars.append(["x": Self.number(legendX), "y": "4", "width": "12", "height": "12", "fill": colours[index % colours.count], "label": year])
            labels.append(["x": Self.number(legendX + 40), "y": "14", "text": year])
        }
        let description = report.hubs.map { hub in
            "\(hub.title): " + hub.meetingsPerYear.map { "\($0.count) in \($0.year)" }.joined(separator: ", ")
        }.joined(separator: "; ") + "."
        return ["width": Self.number(max(x, 300)), "height": Self.number(top + plot + 30), "axis_x": Self.number(axisX),
                "target_y": Self.number(top + plot - 2 * scale), "target_label_y": Self.number(top - 6),
                "bars": bars, "labels": labels, "years": years.joined(separator: ", "), "description": description]
    }

    /// A small line chart per hub that records attendance.
    func attendanceCharts() -> [[String: Any]] {
        report.hubs.filter { !$0.attendance.isEmpty }.map { hub in
            let most = max(1, hub.attendance.map(\.count).max() ?? 1)
            let step = hub.attendance.count > 1 ? 260.0 / Double(hub.attendance.count - 1) : 0
            let dots = hub.attendance.enumerated().map { index, entry -> [String: Any] in
                ["x": Self.number(30 + Double(index) * step), "y": Self.number(110 - Double(entry.count) / Double(most) * 95),
                 "label": "\(entry.date.iso): \(entry.count) attended"]
            }
            let description = "attendance " + hub.attendance.map { "\($0.count) on \($0.date.iso)" }.joined(separator: ", ")
            return ["title": hub.title, "description": description, "max": String(most), "dots": dots,
                    "points": dots.map { "\($0["x"]!),\($0["y"]!)" }.joined(separator: " ")]
        }
    }
}
