import Foundation
import Testing
import HubModel
@testable import HubRules

/// Every rule: a failing fixture asserting rule id, severity and exact place, and the valid
/// fixture passing. Dates are judged against TestProject.today (2026-11-25).
@Suite struct RuleTests {
    static let hubFile = "content/hubs/test.md"

    func diagnostics(hub: String, extra: [String: String?] = [:], today: LocalDate = TestProject.today) -> [Diagnostic] {
        var files = extra
        files["content/hubs/test.md"] = hub
        let project = TestProject(files: files)
        defer { project.remove() }
        return project.check(today: today)
    }

    func only(_ diagnostics: [Diagnostic], rule: String) -> Diagnostic? {
        let matching = diagnostics.with(rule: rule)
        return matching.count == 1 ? matching[0] : nil
    }

    func at(_ line: Int, _ column: Int, file: String = hubFile) -> SourceLocation {
        SourceLocation(file: file, line: line, column: column)
    }

    @Test func validProjectHasNoDiagnostics() {
        let result = diagnostics(hub: TestProject.validHub)
        #expect(result.isEmpty, "\(result.summary)")
    }

    // MARK: introduction

    @Test func introductionTooShort() throws {
        let hub = TestProject.validHub.components(separatedBy: "---\nThe Test Hub")[0] + "---\nA short intro.\n"
        let problem = try #require(only(diagnostics(hub: hub), rule: "introduction"))
        #expect(problem.severity == .error)
        #expect(problem.location == at(45, 1))
        #expect(problem.message.contains("only 3 words"))
    }

    // MARK: leads

    @Test func leadsMissing() throws {
        let hub = TestProject.validHub.replacingOnce("leads:\n  - name: Ada Lead\n    role: Hub Lead\n    email: ada@test-university.example\n    phone: 01632 960 111\n", with: "")
        let problem = try #require(only(diagnostics(hub: hub), rule: "leads"))
        #expect(problem.severity == .error)
        // Where the missing key belongs: the closing '---' of the front matter.
        #expect(problem.location == at(39, 1))
    }

    @Test func leadWithoutRoleAndNoDesignatedLead() {
        let hub = TestProject.validHub.replacingOnce("    role: Hub Lead\n", with: "")
        let problems = diagnostics(hub: hub).with(rule: "leads")
        #expect(problems.count == 2)
        #expect(problems.contains { $0.location == at(11, 11) && $0.message.contains("has no role") })
        #expect(problems.contains { $0.location == at(10, 1) && $0.message.contains("designated leadership role") })
    }

    @Test(arguments: ["Hub Lead", "Chair", "Co-Chair", "Vice Chair", "Co-Lead: Communications", "co lead", "HUB LEAD"])
    func designatedRoles(_ role: String) {
        #expect(Lead.isDesignated(role))
    }

    @Test func nonDesignatedRole() {
        #expect(!Lead.isDesignated("Member"))
        #expect(!Lead.isDesignated("Administrator"))
    }

    // MARK: contacts

    @Test func contactMissing() throws {
        let hub = TestProject.validHub.replacingOnce("contact:\n  email: hub@test-university.example\n  phone: \"+44 1632 960 000\"\n", with: "")
        let problem = try #require(only(diagnostics(hub: hub), rule: "contacts"))
        #expect(problem.severity == .error)
        #expect(problem.location == at(41, 1))
        #expect(problem.hint?.contains("email") == true)
    }

    @Test func malformedContactDetails() {
        let hub = TestProject.validHub
            .replacingOnce("email: hub@test-university.example", with: "email: hub at test-university")
            .replacingOnce("phone: \"+44 1632 960 000\"", with: "phone: call us")
            .replacingOnce("    url: https://www.test-university.example/\n", with: "    url: http://insecure.example/\n")
        let problems = diagnostics(hub: hub).with(rule: "contacts")
        #expect(problems.count == 3)
        #expect(problems.contains { $0.location == at(16, 10) && $0.message.contains("not an email address") })
        #expect(problems.contains { $0.location == at(17, 10) && $0.message.contains("not a phone number") })
        #expect(problems.contains { $0.location == at(9, 10) && $0.message.contains("not a secure web address") })
    }

    @Test(arguments: ["023 9284 5566", "07700 900123", "+44 23 9284 5566", "+1 202 555 0143", "(023) 9284-5566"])
    func acceptsPhoneNumbers(_ number: String) { #expect(Formats.isPhone(number)) }

    @Test(arguments: ["12345", "call us", "0800 CALL NOW", "+44 1", "023 9284 5566 1234 56"])
    func rejectsPhoneNumbers(_ number: String) { #expect(!Formats.isPhone(number)) }

    @Test func emailAndURLShapes() {
        #expect(Formats.isEmail("a.b+c@example.ac.uk"))
        #expect(!Formats.isEmail("a@b"))
        #expect(!Formats.isEmail("mailto:a@b.example"))
        #expect(!Formats.isEmail("a..b@example.org"))
        #expect(Formats.isEmail("Ada.Lead_1@Test-University.EXAMPLE"))
        #expect(!Formats.isEmail(".a@example.org"))
        #expect(!Formats.isEmail("a.@example.org"))
        #expect(!Formats.isEmail("a b@example.org"))
        #expect(!Formats.isEmail("adä@example.org"))
        #expect(!Formats.isEmail("a@-example.org"))
        #expect(!Formats.isEmail("a@example-.org"))
        #expect(!Formats.isEmail("a@example.org2"))
        #expect(!Formats.isEmail("a@exämple.org"))
        #expect(!Formats.isEmail("a@example..org"))
        #expect(!Formats.isEmail("a@[example].org"))
        #expect(!Formats.isEmail("a@b@example.org"))
        #expect(Formats.isHTTPSURL("https://www.example.org/path?q=1"))
        #expect(!Formats.isHTTPSURL("http://www.example.org/"))
        #expect(!Formats.isHTTPSURL("www.example.org"))
        #expect(!Formats.isHTTPSURL("https://exa mple.org"))
        #expect(!Formats.isHTTPSURL("https://example.org/a\tb") && !Formats.isHTTPSURL("https://example.org/\r\n"))
        #expect(!Formats.isHTTPSURL("https://example.org/caf\u{E9}\u{A0}menu"), "a no-break space after a non-ASCII letter")
        #expect(Formats.isHTTPSURL("https://example.org/caf%C3%A9"))
    }

    // MARK: logo

    @Test func logoProblems() {
        let svgScript = "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"
        let cases: [(String, [String: Data], String)] = [
            ("logos/missing.png", [:], "does not exist"),
            ("logos/fake.png", ["content/logos/fake.png": Data("GIF89a".utf8)], "named .png but its contents are not an image"),
            ("logos/jpeg.png", ["content/logos/jpeg.png": Data([0xFF, 0xD8, 0xFF, 0xE0, 0, 0])], "its contents are a JPEG image"),
            ("logos/bad.svg", ["content/logos/bad.svg": Data("<svg".utf8)], "not well-formed XML"),
            ("logos/html.svg", ["content/logos/html.svg": Data("<html></html>".utf8)], "root element is <html>"),
            ("logos/script.svg", ["content/logos/script.svg": Data(svgScript.utf8)], "contains a <script> element"),
            ("logos/onload.svg", ["content/logos/onload.svg": Data("<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"x()\"/>".utf8)], "event-handler attribute"),
            ("../outside.png", [:], "uses '..'"),
            ("/etc/passwd", [:], "is absolute"),
            ("logos", [:], "is a folder"),
            ("logos/test.gif", ["content/logos/test.gif": Data("GIF89a".utf8)], "not a PNG, JPEG, SVG or WebP"),
        ]
        for (path, files, expected) in cases {
            let project = TestProject(files: ["content/hubs/test.md": TestProject.validHub.replacingOnce("logo: logos/test.png", with: "logo: \(path)")], data: files)
            defer { project.remove() }
            let problems = project.check().with(rule: "logo")
            #expect(problems.count == 1, "\(path): \(problems.summary)")
            #expect(problems.first?.location == at(7, 11), "\(path)")
            #expect(problems.first?.message.contains(expected) == true, "\(path): \(problems.summary)")
            #expect(problems.first?.severity == .error)
        }
    }

    /// A logo file is inspected once however many hubs name it, and every one of those hubs
    /// still gets its own diagnostic, with its own organisation's name.
    @Test func aSharedBadLogoIsReportedOnEveryHubThatUsesIt() {
        let bad = TestProject.validHub.replacingOnce("logo: logos/test.png", with: "logo: logos/shared.png")
        let other = bad.replacingOnce("title: Test Hub", with: "title: Other Hub").replacingOnce("  - name: Test University\n    logo:", with: "  - name: Other College\n    logo:")
        let project = TestProject(files: ["content/hubs/test.md": bad, "content/hubs/other.md": other],
                                  data: ["content/logos/shared.png": Data("GIF89a".utf8)])
        defer { project.remove() }
        let problems = project.check().with(rule: "logo")
        #expect(problems.map(\.location.file).sorted() == ["content/hubs/other.md", "content/hubs/test.md"], "\(problems.summary)")
        #expect(problems.allSatisfy { $0.message.contains("named .png but its contents are not an image") })
        let missing = TestProject(files: ["content/hubs/test.md": TestProject.validHub.replacingOnce("logo: logos/test.png", with: "logo: logos/gone.png"),
                                          "content/hubs/other.md": other.replacingOnce("logo: logos/shared.png", with: "logo: logos/gone.png")])
        defer { missing.remove() }
        let messages = missing.check().with(rule: "logo").map(\.message).sorted()
        #expect(messages.count == 2)
        #expect(messages.first?.hasPrefix("The logo of Other College:") == true, "\(messages)")
        #expect(messages.last?.hasPrefix("The logo of Test University:") == true, "\(messages)")
    }

    @Test func logoSymlinksAreChecked() throws {
        let project = TestProject(files: ["content/hubs/test.md": TestProject.validHub.replacingOnce("logo: logos/test.png", with: "logo: logos/link.png")])
        defer { project.remove() }
        let outside = FileManager.default.temporaryDirectory.appendingPathComponent("outside-\(UUID().uuidString).png")
        try TestProject.fixtureData("test.png").write(to: outside)
        defer { try? FileManager.default.removeItem(at: outside) }
        let link = project.root.appendingPathComponent("content/logos/link.png")
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: outside)
        #expect(project.check().with(rule: "logo").first?.message.contains("outside the content folder") == true)
        try FileManager.default.removeItem(at: outside)
        #expect(project.check().with(rule: "logo").first?.message.contains("link to a file that does not exist") == true)
    }

    @Test func logoAltAndCountAndSize() {
        let noAlt = TestProject.validHub.replacingOnce("    logo_alt: Test University logo\n", with: "")
        #expect(only(diagnostics(hub: noAlt), rule: "logo")?.message.contains("no alt text") == true)
        let three = TestProject.validHub.replacingOnce("organisations:\n", with: "organisations:\n  - name: A\n    logo: logos/test.png\n    logo_alt: A\n  - name: B\n    logo: logos/test.png\n    logo_alt: B\n")
        #expect(diagnostics(hub: three).with(rule: "logo").contains { $0.message.contains("3 lead organisations") })
        let big = TestProject(files: [:], data: ["content/logos/test.png": TestProject.fixtureData("test.png") + Data(count: 600 * 1024)])
        defer { big.remove() }
        let warning = big.check().with(rule: "logo")
        #expect(warning.count == 1 && warning.first?.severity == .warning && warning.first?.message.contains("KB") == true)
    }

    // MARK: action-plan

    @Test func actionPlanMissingAndStale() throws {
        let plan = "action_plan:\n  reviewed: 2026-09-20\n  actions:\n    - action: Invite local schools\n      lead: Ada Lead\n      due: 2027-01-31\n      status: in-progress\n"
        let none = TestProject.validHub.replacingOnce(plan, with: "")
        #expect(only(diagnostics(hub: none), rule: "action-plan")?.location == at(37, 1))
        let stale = TestProject.validHub.replacingOnce("reviewed: 2026-09-20", with: "reviewed: 2025-11-24")
        let problem = try #require(only(diagnostics(hub: stale), rule: "action-plan"))
        #expect(problem.location == at(38, 13) && problem.severity == .error)
        // Exactly twelve months is still current.
        let boundary = TestProject.validHub.replacingOnce("reviewed: 2026-09-20", with: "reviewed: 2025-11-25")
        #expect(diagnostics(hub: boundary).with(rule: "action-plan").isEmpty)
    }

    @Test func actionWithoutLeadOrDueAndOverdue() {
        let noLead = TestProject.validHub.replacingOnce("      lead: Ada Lead\n", with: "").replacingOnce("      due: 2027-01-31\n", with: "")
        let problems = diagnostics(hub: noLead).with(rule: "action-plan")
        #expect(problems.count == 2)
        #expect(problems.allSatisfy { $0.location == at(40, 7) && $0.severity == .error })
        let overdue = TestProject.validHub.replacingOnce("due: 2027-01-31", with: "due: 2026-11-24")
        let warning = only(diagnostics(hub: overdue), rule: "action-plan")
        #expect(warning?.severity == .warning && warning?.location == at(42, 12))
        let done = overdue.replacingOnce("status: in-progress", with: "status: done")
        #expect(diagnostics(hub: done).with(rule: "action-plan").isEmpty)
    }

    // MARK: meetings

    func hub(meetings: String) -> String {
        let start = TestProject.validHub.range(of: "meetings:\n")!.lowerBound
        let end = TestProject.validHub.range(of: "action_plan:\n")!.lowerBound
        return TestProject.validHub.replacingCharacters(in: start..<end, with: "meetings:\n" + meetings)
    }

    @Test func fewerThanTwoMeetingsIsAnError() throws {
        let text = hub(meetings: "  - date: 2027-03-10\n    agenda_url: https://a.example/x\n")
        let problem = try #require(only(diagnostics(hub: text), rule: "meetings").map { $0 } ?? diagnostics(hub: text).with(rule: "meetings").first { $0.severity == .error })
        #expect(problem.severity == .error)
        #expect(problem.location == at(27, 1))
        #expect(problem.message == "The hub has only 1 meeting in the 2026/27 academic year; the Hub framework asks for at least 2.")
    }

    @Test func twoMeetingsIsAWarningAndAcademicYearBoundary() {
        // 31 August belongs to the previous academic year; 1 September to this one.
        let text = hub(meetings: "  - date: 2026-08-31\n  - date: 2026-09-01\n    minutes_url: https://a.example/m\n  - date: 2027-08-31\n")
        let problems = diagnostics(hub: text).with(rule: "meetings")
        #expect(problems.errors.isEmpty, "\(problems.summary)")
        #expect(problems.warnings.contains { $0.message.contains("has 2 meetings in the 2026/27 academic year") })
        let before = diagnostics(hub: text, today: LocalDate(iso: "2026-08-31")!).with(rule: "meetings")
        #expect(before.errors.contains { $0.message.contains("2025/26") })
    }

    @Test func meetingAdvisories() {
        let text = hub(meetings: "  - date: 2026-10-01\n  - date: 2026-11-01\n    minutes_url: https://a.example/m\n  - date: 2026-11-30\n")
        let problems = diagnostics(hub: text).with(rule: "meetings")
        #expect(problems.allSatisfy { $0.severity == .warning })
        #expect(problems.contains { $0.location == at(28, 11) && $0.message.contains("no minutes") })
        #expect(problems.contains { $0.location == at(31, 11) && $0.message.contains("in 5 days and has no agenda") })
        let none = hub(meetings: "  - date: 2026-10-01\n    minutes_url: https://a.example/m\n  - date: 2026-11-01\n    minutes_url: https://a.example/m\n  - date: 2026-11-02\n    minutes_url: https://a.example/m\n")
        #expect(diagnostics(hub: none).with(rule: "meetings").contains { $0.message.contains("No meeting is booked after today") })
    }

    @Test func meetingEndingBeforeStart() {
        let text = TestProject.validHub.replacingOnce("  - date: 2026-12-09\n    start: \"10:00\"\n    end: \"12:00\"\n", with: "  - date: 2026-12-09\n    start: \"10:00\"\n    end: \"09:00\"\n")
        let problem = only(diagnostics(hub: text), rule: "meetings")
        #expect(problem?.location == at(34, 10) && problem?.severity == .error)
    }

    // MARK: up-to-date

    @Test func updatedDate() {
        #expect(only(diagnostics(hub: TestProject.validHub.replacingOnce("updated: 2026-11-01", with: "updated: 2026-12-01")), rule: "up-to-date")?.message.contains("in the future") == true)
        let old = only(diagnostics(hub: TestProject.validHub.replacingOnce("updated: 2026-11-01", with: "updated: 2025-11-01")), rule: "up-to-date")
        #expect(old?.severity == .error && old?.location == at(4, 10))
        let ageing = only(diagnostics(hub: TestProject.validHub.replacingOnce("updated: 2026-11-01", with: "updated: 2026-05-01")), rule: "up-to-date")
        #expect(ageing?.severity == .warning)
        #expect(only(diagnostics(hub: TestProject.validHub.replacingOnce("updated: 2026-11-01\n", with: "")), rule: "up-to-date")?.location == at(43, 1))
    }

    // MARK: membership

    @Test func membershipGaps() {
        let text = TestProject.validHub.replacingOnce("  - name: Test Council\n    type: local-authority\n", with: "")
        let problem = only(diagnostics(hub: text), rule: "membership")
        #expect(problem?.severity == .warning)
        #expect(problem?.location == at(18, 1))
        #expect(problem?.message.contains("local authority") == true)
    }

    // MARK: opportunity

    @Test func opportunityProblems() {
        let bad = TestProject.validOpportunity
            .replacingOnce("end: 2027-01-15 12:00", with: "end: 2027-01-15 09:00")
            .replacingOnce("deadline: 2027-01-08", with: "deadline: 2027-01-20")
            .replacingOnce("hubs: [test]", with: "hubs: [tset]")
            .replacingOnce("audience: [practitioners]", with: "audience: [teachers]")
            .replacingOnce("booking_url: https://www.test-university.example/book", with: "booking_url: www.example.org")
        let project = TestProject(files: ["content/opportunities/workshop.md": bad])
        defer { project.remove() }
        let problems = project.check().with(rule: "opportunity")
        let file = "content/opportunities/workshop.md"
        #expect(problems.count == 5, "\(problems.summary)")
        #expect(problems.contains { $0.location == at(4, 6, file: file) && $0.message.contains("ends") })
        #expect(problems.contains { $0.location == at(10, 11, file: file) && $0.message.contains("deadline") })
        #expect(problems.contains { $0.location == at(5, 8, file: file) && $0.hint?.contains("Did you mean 'test'?") == true })
        #expect(problems.contains { $0.location == at(6, 12, file: file) && $0.message.contains("teachers") })
        #expect(problems.contains { $0.location == at(9, 14, file: file) && $0.message.contains("booking_url") })
    }

    @Test func opportunityWithoutStartOrPlace() {
        let text = TestProject.validOpportunity.replacingOnce("start: 2027-01-15 10:00\n", with: "").replacingOnce("location: Test University\n", with: "")
        let project = TestProject(files: ["content/opportunities/workshop.md": text])
        defer { project.remove() }
        let problems = project.check().with(rule: "opportunity")
        #expect(problems.contains { $0.message.contains("no 'start' date") })
        #expect(problems.contains { $0.message.contains("neither a 'location' nor 'online: true'") })
    }

    // MARK: links

    @Test func brokenInternalLinksAndCaseCollisions() {
        let body = TestProject.validHub + "\nSee [the calendar](/calendar/), [north](/hubs/nroth/) and [workshop](../../opportunities/workshop/).\n"
        let project = TestProject(files: ["content/hubs/test.md": body, "content/hubs/Test.md": TestProject.validHub])
        defer { project.remove() }
        let problems = project.check().with(rule: "links")
        #expect(problems.contains { $0.location == at(50, 33) && $0.message.contains("/hubs/nroth/") })
        #expect(problems.contains { $0.location.file == "content/hubs/test.md" && $0.location.line == 1 && $0.message.contains("same address") }
                || problems.contains { $0.location.file == "content/hubs/Test.md" && $0.message.contains("same address") })
        #expect(problems.count == 2, "\(problems.summary)")
    }

    // MARK: configuration

    @Test func configOverridesSeverityAndThresholds() {
        let short = TestProject.validHub.replacingOnce("  - name: Test Council\n    type: local-authority\n", with: "")
        var project = TestProject(files: ["content/hubs/test.md": short, "hubsite.yml": "rules:\n  membership: off\n  introduction: { min_words: 60 }\n"])
        var problems = project.check()
        #expect(problems.with(rule: "membership").isEmpty)
        #expect(problems.with(rule: "introduction").first?.message.contains("at least 60 words") == true)
        project.remove()

        project = TestProject(files: ["content/hubs/test.md": short, "hubsite.yml": "rules:\n  membership: error\n  meetings: { ideal_per_year: 4, severity: warning }\n"])
        problems = project.check()
        #expect(problems.with(rule: "membership").first?.severity == .error)
        #expect(problems.with(rule: "meetings").first?.message.contains("suggests 4") == true)
        project.remove()

        project = TestProject(files: ["hubsite.yml": "rules:\n  membrship: off\n  logo: { max_words: 3 }\n"])
        problems = project.check()
        #expect(problems.contains { $0.location == SourceLocation(file: "hubsite.yml", line: 2, column: 3) && $0.hint?.contains("Did you mean 'membership'?") == true })
        #expect(problems.contains { $0.location == SourceLocation(file: "hubsite.yml", line: 3, column: 11) && $0.message.contains("'max_words' is not an option") })
        project.remove()
    }

    @Test func todayMakesResultsReproducible() {
        let project = TestProject()
        defer { project.remove() }
        #expect(project.check(today: LocalDate(iso: "2026-11-25")!) == project.check(today: LocalDate(iso: "2026-11-25")!))
        #expect(!project.check(today: LocalDate(iso: "2028-01-10")!).with(rule: "up-to-date").isEmpty)
    }
}
