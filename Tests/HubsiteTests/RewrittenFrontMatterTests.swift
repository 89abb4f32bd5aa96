import Foundation
import Testing
@testable import HubBuild
@testable import HubContent
import HubModel

/// Front matter as content tools write it back: a date and time saved as an instant
/// (`2027-03-10T10:00:00.000Z`, Decap CMS's default), with an offset, or with seconds, is read as
/// the moment it names on the site's clocks, with a warning and a fix to hubsite's own form; a
/// date-only field saved as the start of a day in UTC is that date.
@Suite struct RewrittenFrontMatterTests {
    static let london = TimeZone(identifier: "Europe/London")!

    static func opportunity(_ fields: String, zone: TimeZone = london) -> ContentLoader.FileResult {
        let text = "---\ntitle: Drop-in\nhubs: [test]\naudience: [parents-carers]\nlocation: Library\n\(fields)\n---\nText.\n"
        return ContentLoader.parse(text: text, file: "content/opportunities/drop-in.md", kind: .opportunity, renderer: MarkdownRenderer(), zone: zone)
    }

    @Test(arguments: [
        ("2027-03-10T10:00:00.000Z", "2027-03-10 10:00"),       // Decap CMS, winter: UTC is London's time
        ("2027-06-10T09:00:00.000Z", "2027-06-10 10:00"),       // summer: London is an hour ahead
        ("2027-06-10T10:00:00+01:00", "2027-06-10 10:00"),
        ("2027-06-10T10:00:00+0100", "2027-06-10 10:00"),
        ("2027-03-10T23:30:00-02:00", "2027-03-11 01:30"),     // the next day in London
        ("2027-03-10 10:00:00", "2027-03-10 10:00"),           // seconds, no offset: a local time
        ("2027-03-10T10:00:00", "2027-03-10 10:00"),
        ("2027-03-10T00:00:00.000Z", "2027-03-10"),             // a date picked without a time
    ])
    func anInstantIsReadOnTheSitesClocksWithAFix(written: String, meant: String) throws {
        let result = Self.opportunity("start: \(written)")
        let opportunity = try #require(result.opportunity, "\(result.diagnostics.summary)")
        #expect(opportunity.start?.description == meant, "\(written)")
        let warning = try #require(result.diagnostics.first { $0.message.contains("'start' is written") }, "\(result.diagnostics.summary)")
        #expect(warning.severity == .warning && warning.location.line == 6, "\(warning)")
        #expect(warning.hint?.contains("'start: \(meant)'") == true, "\(warning.hint ?? "")")
        // The fix writes hubsite's form, which reads the same with nothing to say.
        let fix = try #require(warning.fix)
        #expect(fix.original == written && fix.replacement == meant)
        let fixed = Self.opportunity("start: \(meant)")
        #expect(fixed.opportunity?.start == opportunity.start)
        #expect(!fixed.diagnostics.contains { $0.message.contains("'start'") }, "\(fixed.diagnostics.summary)")
    }

    @Test func theSitesTimeZoneDecides() throws {
        let newYork = TimeZone(identifier: "America/New_York")!
        let result = Self.opportunity("start: 2027-03-10T15:00:00Z\nend: 2027-03-10T16:30:00.000Z", zone: newYork)
        let opportunity = try #require(result.opportunity)
        // New York keeps standard time (UTC-5) until 14 March 2027.
        #expect(opportunity.start?.description == "2027-03-10 10:00" && opportunity.end?.description == "2027-03-10 11:30")
        #expect(result.diagnostics.allSatisfy { $0.severity == .warning }, "\(result.diagnostics.summary)")
        #expect(result.diagnostics.first?.message.contains("America/New_York") == true)
    }

    @Test func secondsAreAnErrorWithTheMinuteMeant() throws {
        let result = Self.opportunity("start: 2027-03-10T10:00:30Z")
        let error = try #require(result.diagnostics.first { $0.severity == .error }, "\(result.diagnostics.summary)")
        #expect(error.message.contains("with seconds") && error.hint?.contains("2027-03-10 10:00") == true, "\(error)")
        #expect(result.opportunity?.start == nil)
        #expect(Self.opportunity("start: 2027-03-10T10:00:00.250Z").diagnostics.contains { $0.severity == .error && $0.message.contains("with seconds") })
    }

    @Test func aDateOnlyFieldSavedAsTheStartOfADayIsThatDate() throws {
        for written in ["2027-03-01T00:00:00.000Z", "2027-03-01T00:00:00+01:00", "2027-03-01 00:00:00"] {
            let result = Self.opportunity("start: 2027-03-10 10:00\ndeadline: \(written)")
            #expect(result.opportunity?.deadline == LocalDate(iso: "2027-03-01"), "\(written): \(result.diagnostics.summary)")
            let warning = try #require(result.diagnostics.first { $0.message.contains("'deadline'") })
            #expect(warning.severity == .warning && warning.fix?.replacement == "2027-03-01", "\(warning)")
        }
        // A time of day in a date-only field is an error: the date it means depends on the zone.
        let result = Self.opportunity("start: 2027-03-10 10:00\ndeadline: 2027-03-01T23:30:00-02:00")
        let error = try #require(result.diagnostics.first { $0.message.contains("'deadline'") })
        #expect(error.severity == .error && error.fix?.replacement == "2027-03-02", "\(error)")
        #expect(result.opportunity?.deadline == nil)
    }

    @Test(arguments: ["2027-03-10", "2027-03-10 10:00", "2027-03-10T10:00", "2027-03-10T25:00:00Z", "2027-03-10T10:00:00+25:00",
                      "2027-03-10T10:00:00Zulu", "2027-03-10T10:00:00.Z", "2027-13-10T10:00:00Z", "10/03/2027 10:00:00", "2027-03-10T10:00:00 +01:00"])
    func whatIsNotAnInstantIsNotReadAsOne(text: String) {
        #expect(WrittenInstant.parse(text) == nil, "\(text)")
    }

    /// A field a form left blank is saved empty (Sveltia CMS writes `''`), or null: either is
    /// read as not written, whatever the field's kind, with nothing to say.
    @Test func aFieldLeftBlankIsNotWritten() throws {
        let blanks = ["cost", "organiser", "deadline", "places", "online", "image", "image_alt", "repeat", "changes", "status", "accessibility", "translations"]
        for blank in ["''", "\"\"", "null", ""] {
            let result = Self.opportunity("start: 2027-03-10 10:00\n" + blanks.map { "\($0): \(blank)" }.joined(separator: "\n"))
            let opportunity = try #require(result.opportunity, "\(blank): \(result.diagnostics.summary)")
            #expect(result.diagnostics.isEmpty, "\(blank): \(result.diagnostics.summary)")
            #expect(opportunity.cost == nil && opportunity.deadline == nil && opportunity.places == nil && !opportunity.online
                    && opportunity.recurrence == nil && opportunity.status == .scheduled && opportunity.accessibility.isEmpty)
        }
    }

    /// A tool that reads YAML 1.1 (PyYAML) takes a repeat's `on:` for the boolean true and writes
    /// it back as `true:`; hubsite reads it as `on`, with a warning and the fix.
    @Test func onRewrittenAsTrueIsReadAsOn() throws {
        let meant = Self.opportunity("start: 2027-03-09 16:00\nrepeat:\n  every: month\n  on: second Tuesday\n  times: 3")
        let saved = Self.opportunity("start: 2027-03-09 16:00\nrepeat:\n  every: month\n  true: second Tuesday\n  times: 3")
        #expect(meant.diagnostics.isEmpty, "\(meant.diagnostics.summary)")
        #expect(saved.opportunity?.recurrence == meant.opportunity?.recurrence && saved.opportunity?.recurrence != nil)
        let warning = try #require(saved.diagnostics.first, "\(saved.diagnostics.summary)")
        #expect(saved.diagnostics.count == 1 && warning.severity == .warning && warning.location.line == 9 && warning.location.column == 3, "\(warning)")
        #expect(warning.fix?.original == "true" && warning.fix?.replacement == "on")
        // Elsewhere `true` is no field at all.
        #expect(Self.opportunity("start: 2027-03-09 16:00\ntrue: x").diagnostics.contains { $0.severity == .error && $0.message.contains("Unknown field 'true'") })
    }

    /// Through the whole project: a file a CMS saved builds (warnings only), the page shows the
    /// local time, and `check --fix` rewrites the file in hubsite's form.
    @Test func aProjectSavedByACMSBuildsAndIsFixed() throws {
        let file = "content/opportunities/workshop.md"
        let saved = TestProject.validOpportunity
            .replacingOccurrences(of: "start: 2027-01-15 10:00", with: "start: 2027-01-15T10:00:00.000Z")
            .replacingOccurrences(of: "end: 2027-01-15 12:00", with: "end: '2027-01-15T12:00:00.000Z'")
            .replacingOccurrences(of: "deadline: 2027-01-08", with: "deadline: 2027-01-08T00:00:00.000Z")
        let project = TestProject(files: [file: saved])
        defer { project.remove() }
        let built = try project.pipeline.build()
        #expect(built.pages != nil && !built.checked.hasErrors, "\(built.checked.diagnostics.summary)")
        #expect(built.checked.diagnostics.filter { $0.location.file == file }.count == 3, "\(built.checked.diagnostics.summary)")
        let page = try String(contentsOf: project.root.appendingPathComponent("site/opportunities/workshop/index.html"), encoding: .utf8)
        #expect(page.contains("10:00") && page.contains("12:00"))
        let fixer = ContentFixer(source: project.root)
        try fixer.write(fixer.plan(built.checked.diagnostics))
        let rewritten = try String(contentsOf: project.root.appendingPathComponent(file), encoding: .utf8)
        #expect(rewritten == TestProject.validOpportunity.replacingOccurrences(of: "end: 2027-01-15 12:00", with: "end: '2027-01-15 12:00'"),
                "\(rewritten)")
        #expect(project.check().filter { $0.location.file == file }.isEmpty)
    }

    /// The time zone an instant is read in comes from hubsite.yml, and serve's cache of parsed
    /// files is kept only while it stays the same: a changed `timezone` reads the file again.
    @Test func aChangedTimeZoneReadsTheFilesAgain() throws {
        let file = "content/opportunities/workshop.md"
        let saved = TestProject.validOpportunity.replacingOccurrences(of: "start: 2027-01-15 10:00", with: "start: 2027-06-15T09:00:00Z")
            .replacingOccurrences(of: "end: 2027-01-15 12:00\n", with: "")
        let project = TestProject(files: [file: saved, "hubsite.yml": "title: Test hubs\n"])
        defer { project.remove() }
        let loader = ContentLoader(source: project.root)
        let (first, cache) = loader.load(reusing: nil)
        #expect(first.content.opportunities.first?.start?.description == "2027-06-15 10:00", "London, in summer")
        project.write(Data("title: Test hubs\ntimezone: Etc/UTC\n".utf8), to: "hubsite.yml")
        let (second, _) = loader.load(reusing: cache)
        #expect(second.content.config.timeZone == "Etc/UTC")
        #expect(second.content.opportunities.first?.start?.description == "2027-06-15 09:00", "read again in the new zone")
    }
}
