import Foundation
import HubModel

/// Every hub against every criterion of the Healthy Hub Framework, with the figures behind each
/// verdict, derived from the content hubsite already has.
public struct HealthReport: Sendable {
    public let today: LocalDate
    public let academicYear: AcademicYear
    public let hubs: [HubHealth]

    /// The rules whose problems make a webpage not "easily accessible".
    static let webpageRules = RuleID.webpage

    public init(content: ContentSet, diagnostics: [Diagnostic], today: LocalDate) {
        self.today = today
        let year = AcademicYear(containing: today, startMonth: content.config.academicYearStartMonth)
        academicYear = year
        // Each hub's activities of the last twelve months (003: "sharing of best practice
        // through events and projects"), counted in one pass.
        var recent: [String: Int] = [:]
        for activity in content.allActivities {
            guard let date = activity.date, date <= today, date > today.adding(months: -12) else { continue }
            for slug in Set(activity.hubs) { recent[slug, default: 0] += 1 }
        }
        hubs = content.hubs.sorted { $0.title < $1.title }.map { hub in
            // The hub's page, and for outward links its opportunities' pages too.
            let files = Set([hub.file] + content.opportunities.filter { $0.hubs.contains(hub.slug) }.map { $0.file })
            return Self.assess(hub, content: content,
                               diagnostics: diagnostics.filter { $0.location.file == hub.file || ($0.rule == RuleID.externalLinks && files.contains($0.location.file)) },
                               today: today, year: year, recentActivities: recent[hub.slug] ?? 0)
        }
    }

    static func plural(_ count: Int, _ word: String) -> String {
        if count == 1 { return "1 \(word)" }
        return "\(count) " + (word.hasSuffix("y") ? String(word.dropLast()) + "ies" : word + "s")
    }

    static func assess(_ hub: Hub, content: ContentSet, diagnostics: [Diagnostic], today: LocalDate, year: AcademicYear,
                       recentActivities: Int = 0) -> HubHealth {
        var results: [Assessment] = []

        // Meets regularly: at least two this academic year, ideally three.
        let thisYear = hub.meetings.filter { year.contains($0.date) }
        let held = thisYear.filter { $0.date < today }.count
        let booked = thisYear.count - held
        let lastTwelveMonths = hub.meetings.filter { $0.date < today && $0.date >= today.adding(months: -12) }.count
        results.append(Assessment(criterion: "meets-regularly", status: thisYear.count >= 2 ? .met : .notMet,
                                  figure: "\(plural(thisYear.count, "meeting")) in \(year) (\(held) held, \(booked) booked); \(lastTwelveMonths) in the last 12 months"))

        // Stable leadership: named, designated leads.
        let designated = hub.leads.filter { !$0.name.isEmpty && $0.isDesignated }
        results.append(Assessment(criterion: "stable-leadership", status: designated.isEmpty ? .notMet : .met,
                                  figure: designated.isEmpty ? "no designated lead" : designated.map(\.role).joined(separator: ", ")))

        // Hub Leads group.
        if let attended = hub.hubLeadsMeetingsAttended {
            results.append(Assessment(criterion: "hub-leads-group", status: attended > 0 ? .met : .notMet,
                                      figure: "\(plural(attended, "Hub Leads meeting")) attended this year"))
        } else {
            results.append(Assessment(criterion: "hub-leads-group", status: .noData, figure: "add hub_leads_meetings_attended"))
        }

        // Diverse partners.
        let present = Set(hub.members.map(\.type))
        let missing = MemberType.expected.filter { !present.contains($0) }.map(\.label)
        let types = Set(hub.members.map(\.type)).count
        results.append(Assessment(criterion: "diverse-partners", status: missing.isEmpty ? .met : .notMet,
                                  figure: "\(plural(hub.members.count, "member")) of \(plural(types, "type"))" + (missing.isEmpty ? "" : "; missing: " + missing.joined(separator: ", "))))

        // Easily accessible: the webpage meets the requirements.
        let problems = diagnostics.filter { $0.severity == .error && webpageRules.contains($0.rule) && $0.location.file == hub.file }
        let rules = Array(Set(problems.map(\.rule))).sorted()
        var figure = problems.isEmpty ? "webpage complete" : "\(plural(problems.count, "problem")) (\(rules.joined(separator: ", ")))"
        // Outward links found broken (when links were checked: `check --links`, `links: true`),
        // on the hub's page and its opportunities'.
        let broken = diagnostics.filter { $0.rule == RuleID.externalLinks && $0.severity != .note }.count
        if broken > 0 { figure += "; \(plural(broken, "outward link")) not working" }
        // In a site of several languages: each translation, complete and current or not.
        for language in content.config.otherLanguages {
            guard let translation = content.translations.first(where: { $0.originalFile == hub.file && $0.language == language }) else {
                // Only a translation the hub needs is missing: one it does not need is not news.
                if hub.translationsRequired ?? content.config.translationsRequired { figure += "; \(language): no translation" }
                continue
            }
            if !TranslatedWords.untranslated(translation, of: hub).isEmpty {
                figure += "; \(language): incomplete"
            } else if translation.translates != TranslatedWords.fingerprint(TranslatedWords.of(hub)) {
                figure += "; \(language): out of date"
            } else {
                figure += "; \(language): complete and current"
            }
        }
        results.append(Assessment(criterion: "easily-accessible", status: problems.isEmpty ? .met : .notMet, figure: figure))

        // Current action plan.
        if let plan = hub.actionPlan, let reviewed = plan.reviewed {
            let months = max(0, (today.year - reviewed.year) * 12 + today.month - reviewed.month - (today.day < reviewed.day ? 1 : 0))
            let overdue = plan.actions.filter { ($0.due.map { $0 < today } ?? false) && $0.status != .done }.count
            let withoutLead = plan.actions.filter { $0.lead == nil }.count
            let current = reviewed >= today.adding(months: -12) && reviewed <= today && !plan.actions.isEmpty && withoutLead == 0 && overdue == 0
            results.append(Assessment(criterion: "action-plan", status: current ? .met : .notMet,
                                      figure: "reviewed \(plural(months, "month")) ago; \(plural(plan.actions.count, "action")), \(overdue) overdue" + (withoutLead > 0 ? ", \(withoutLead) without a lead" : "")))
        } else {
            results.append(Assessment(criterion: "action-plan", status: .notMet, figure: hub.actionPlan == nil ? "no action plan" : "never reviewed"))
        }

        // Thriving Lives Toolkit.
        if let toolkit = hub.toolkit {
            results.append(Assessment(criterion: "toolkit", status: .met, figure: String(toolkit.prefix(80))))
        } else {
            results.append(Assessment(criterion: "toolkit", status: .noData, figure: "add toolkit"))
        }

        // Champions Service children: nothing in the content says so.
        results.append(Assessment(criterion: "champions", status: .noData, figure: "not recorded in the content"))

        // Promotes the hub: distribution list and opportunities shared this year.
        let shared = content.opportunities.filter { $0.hubs.contains(hub.slug) && ($0.start.map { year.contains($0.date) } ?? false) }.count
        let reach = hub.distributionList.map { "\($0) on the distribution list" } ?? "distribution list not recorded"
        let promotes: Assessment.Status = (hub.distributionList ?? 0) > 0 || shared > 0 || recentActivities > 0 ? .met
            : (hub.distributionList == nil ? .noData : .notMet)
        let join = hub.getInvolved.map { $0.actions.isEmpty ? "no way to join given" : "way to join on the page" } ?? "no way to join on the page"
        results.append(Assessment(criterion: "promotes", status: promotes,
                                  figure: "\(reach); \(plural(shared, "opportunity")) shared in \(year); \(plural(recentActivities, "activity")) in the last 12 months; \(join)"))

        // Charts: meetings in this and the two previous academic years; attendance over time.
        var perYear: [(String, Int)] = []
        for back in stride(from: 2, through: 0, by: -1) {
            let some = AcademicYear(containing: year.first.adding(months: -12 * back), startMonth: content.config.academicYearStartMonth)
            perYear.append((some.description, hub.meetings.filter { some.contains($0.date) }.count))
        }
        let attendance = hub.meetings.compactMap { meeting in meeting.attendance.map { (meeting.date, $0) } }.sorted { $0.0 < $1.0 }
        let average = attendance.isEmpty ? nil : Double(attendance.map(\.1).reduce(0, +)) / Double(attendance.count)
        return HubHealth(slug: hub.slug, title: hub.title, assessments: results, meetingsPerYear: perYear,
                         attendance: attendance, averageAttendance: average)
    }
}
