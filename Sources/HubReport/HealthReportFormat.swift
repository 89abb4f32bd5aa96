import Foundation
import HubModel

/// `hubsite report --format table|json|csv`.
public enum HealthReportFormat: String, CaseIterable, Sendable {
    case table, json, csv

    public func render(_ report: HealthReport) -> String {
        switch self {
        case .table: return Self.table(report)
        case .json: return Self.json(report)
        case .csv: return Self.csv(report)
        }
    }

    static func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text : text + String(repeating: " ", count: width - text.count)
    }

    /// A row per hub and a column per criterion, then the figures behind each verdict.
    static func table(_ report: HealthReport) -> String {
        let criteria = Criterion.all
        let nameWidth = max(4, report.hubs.map(\.title.count).max() ?? 0)
        var out = "Healthy Hub report, \(report.today.iso) (academic year \(report.academicYear)). A sense-check, not a test.\n\n"
        out += pad("Hub", nameWidth) + "  " + criteria.enumerated().map { pad("C\($0.offset + 1)", 8) }.joined(separator: " ") + "\n"
        for hub in report.hubs {
            out += pad(hub.title, nameWidth) + "  " + criteria.map { pad(hub.assessment($0.id)?.status.rawValue ?? "", 8) }.joined(separator: " ") + "\n"
        }
        out += "\n" + criteria.enumerated().map { "C\($0.offset + 1) \($0.element.title)" }.joined(separator: "\n") + "\n"
        for hub in report.hubs {
            out += "\n\(hub.title)\n"
            for criterion in criteria {
                guard let assessment = hub.assessment(criterion.id) else { continue }
                out += "  " + pad(criterion.title, 38) + pad(assessment.status.rawValue, 9) + assessment.figure + "\n"
            }
            if let average = hub.averageAttendance { out += "  " + pad("Average attendance", 38) + String(format: "%.1f", average) + "\n" }
        }
        return out
    }

    static func object(_ report: HealthReport) -> [String: Any] {
        [
            "version": 1,
            "today": report.today.iso,
            "academic_year": report.academicYear.description,
            "criteria": Criterion.all.map { ["id": $0.id, "title": $0.title, "quote": $0.quote] },
            "hubs": report.hubs.map { hub -> [String: Any] in
                var item: [String: Any] = [
                    "slug": hub.slug, "title": hub.title,
                    "criteria": Dictionary(uniqueKeysWithValues: hub.assessments.map { ($0.criterion, ["status": $0.status.rawValue, "figure": $0.figure]) }),
                    "meetings_per_year": hub.meetingsPerYear.map { ["year": $0.year, "count": $0.count] },
                    "attendance": hub.attendance.map { ["date": $0.date.iso, "count": $0.count] },
                ]
                if let average = hub.averageAttendance { item["average_attendance"] = (average * 10).rounded() / 10 }
                return item
            },
        ]
    }

    public static func json(_ report: HealthReport) -> String {
        let data = (try? JSONSerialization.data(withJSONObject: object(report), options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])) ?? Data()
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    /// RFC 4180: fields with commas, quotes or line breaks are quoted, quotes doubled; CRLF rows.
    static func field(_ text: String) -> String {
        if text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) {
            return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }
        return text
    }

    static func csv(_ report: HealthReport) -> String {
        var header = ["hub", "slug"]
        for criterion in Criterion.all { header += [criterion.id, criterion.id + " figure"] }
        header.append("average attendance")
        var rows = [header]
        for hub in report.hubs {
            var row = [hub.title, hub.slug]
            for criterion in Criterion.all {
                let assessment = hub.assessment(criterion.id)
                row += [assessment?.status.rawValue ?? "", assessment?.figure ?? ""]
            }
            row.append(hub.averageAttendance.map { String(format: "%.1f", $0) } ?? "")
            rows.append(row)
        }
        return rows.map { $0.map(field).joined(separator: ",") }.joined(separator: "\r\n") + "\r\n"
    }
}
