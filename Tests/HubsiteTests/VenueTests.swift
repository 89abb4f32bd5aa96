import Foundation
import Testing
@testable import HubBuild
import HubModel
import HubRules

/// Venues and online events (issue #31, items 8 and 9): `venue:` (name, street, town,
/// postcode, to_be_confirmed) and `join_url` / `join_on_booking` on opportunities and
/// meetings; shown with a map link and a join link whose texts are their own, carried into
/// iCalendar (read back by the `icalendar` package) and JSON-LD (read back by pyld), and
/// checked by the rule `venue` at the line and column of each mistake.
@Suite struct VenueTests {
    static let base = "https://hubs.example.org/"

    /// The valid opportunity with `location:` replaced by `fields` (from line 8 on).
    static func opportunity(_ fields: String) -> String {
        TestProject.validOpportunity.replacingOnce("location: Test University\n", with: fields)
    }

    static let venue = """
        venue:
          name: Events Centre
          street: One Canal Parade, Dumballs Road
          town: Cardiff
          postcode: CF10 5BF

        """

    static func read(_ project: TestProject, _ path: String) throws -> String {
        try String(contentsOf: project.root.appendingPathComponent(path), encoding: .utf8)
    }

    static func build(_ project: TestProject) throws {
        let built = try BuildPipeline(options: BuildOptions(source: project.root, baseURL: base, today: TestProject.today)).build()
        #expect(built.pages != nil, "\(built.checked.diagnostics.errors.summary)")
        #expect(built.checked.diagnostics.with(rule: RuleID.venue).isEmpty, "\(built.checked.diagnostics.summary)")
    }

    /// The one event of a calendar file, as the `icalendar` package reads it.
    static func icsEvent(_ project: TestProject, _ path: String) throws -> [String: Any] {
        let file = project.root.appendingPathComponent(path).path
        let read = try #require(try CalendarTests.parse("ics_parse.py", [file]) as? [String: [String: Any]])
        #expect((read[file]?["errors"] as? [String])?.isEmpty == true, "\(read[file]?["errors"] ?? "")")
        return try #require((read[file]?["events"] as? [[String: Any]])?.first)
    }

    /// The page's JSON-LD `location`s, as pyld expands them.
    static func locations(_ project: TestProject, _ path: String) throws -> [[String: Any]] {
        let file = project.root.appendingPathComponent(path).path
        let read = try #require(try CalendarTests.parse("jsonld_expand.py", [file]) as? [String: [[[String: Any]]]])
        let event = try #require(read[file]?.first?.first)
        return try #require(event["https://schema.org/location"] as? [[String: Any]])
    }

    static func value(_ node: [String: Any], _ key: String) -> String? {
        (node["https://schema.org/" + key] as? [[String: Any]])?.first?["@value"] as? String
    }

    @Test func aVenueIsShownWithItsFullAddressAndAMap() throws {
        let project = TestProject(files: ["content/opportunities/workshop.md": Self.opportunity(Self.venue)])
        defer { project.remove() }
        try Self.build(project)
        let page = try Self.read(project, "site/opportunities/workshop/index.html")
        let line = "Events Centre, One Canal Parade, Dumballs Road, Cardiff CF10 5BF"
        #expect(page.contains("<dt>Where</dt><dd>\(line) · <a href=\"https://www.openstreetmap.org/search?query=One%20Canal%20Parade%2C%20Dumballs%20Road%2C%20Cardiff%2C%20CF10%205BF\">Map of Events Centre, Cardiff (OpenStreetMap)</a></dd>"), "\(page)")
        // The hub page's card for it, and the calendar file, give the whole address too.
        #expect(try Self.read(project, "site/hubs/test/index.html").contains(line))
        let event = try Self.icsEvent(project, "site/opportunities/workshop/workshop.ics")
        #expect(event["location"] as? String == line)

        let places = try Self.locations(project, "site/opportunities/workshop/index.html")
        let place = try #require(places.first)
        #expect(place["@type"] as? [String] == ["https://schema.org/Place"] && Self.value(place, "name") == "Events Centre")
        let address = try #require((place["https://schema.org/address"] as? [[String: Any]])?.first)
        #expect(address["@type"] as? [String] == ["https://schema.org/PostalAddress"])
        #expect(Self.value(address, "streetAddress") == "One Canal Parade, Dumballs Road" && Self.value(address, "addressLocality") == "Cardiff")
        #expect(Self.value(address, "postalCode") == "CF10 5BF" && Self.value(address, "addressCountry") == "GB")
    }

    /// A venue not yet booked says so in the page's language, with its town, and has no map.
    @Test func aVenueToBeConfirmedSaysSoInEachLanguage() throws {
        let translation = """
            ---
            title: Gweithdy prawf
            ---
            Gweithdy i ymarferwyr.

            """
        let project = TestProject(files: [
            "content/opportunities/workshop.md": Self.opportunity("venue:\n  town: Cardiff\n  to_be_confirmed: true\n"),
            "content/opportunities/workshop.cy.md": translation,
            "hubsite.yml": "title: Test\nlanguages: [en-GB, cy]\n",
        ])
        defer { project.remove() }
        try Self.build(project)
        let english = try Self.read(project, "site/opportunities/workshop/index.html")
        #expect(english.contains("<dt>Where</dt><dd>Venue to be confirmed, Cardiff</dd>"), "\(english)")
        #expect(!english.contains("openstreetmap"))
        let welsh = try Self.read(project, "site/cy/opportunities/workshop/index.html")
        #expect(welsh.contains("<dt>Ble</dt><dd>Lleoliad i&#39;w gadarnhau, Cardiff</dd>") || welsh.contains("<dt>Ble</dt><dd>Lleoliad i&#x27;w gadarnhau, Cardiff</dd>"), "\(welsh)")
        #expect(try Self.icsEvent(project, "site/cy/opportunities/workshop/workshop.ics")["location"] as? String == "Lleoliad i'w gadarnhau, Cardiff")
        let place = try #require(try Self.locations(project, "site/opportunities/workshop/index.html").first)
        #expect(Self.value(place, "name") == "Venue to be confirmed, Cardiff")
        let address = try #require((place["https://schema.org/address"] as? [[String: Any]])?.first)
        #expect(Self.value(address, "addressLocality") == "Cardiff" && Self.value(address, "postalCode") == nil)
    }

    @Test func anOnlineEventSaysWhereToJoin() throws {
        let join = "https://meet.test-university.example/workshop"
        let project = TestProject(files: ["content/opportunities/workshop.md": Self.opportunity("join_url: \(join)\n")])
        defer { project.remove() }
        try Self.build(project)
        let page = try Self.read(project, "site/opportunities/workshop/index.html")
        #expect(page.contains("<dt>Where</dt><dd>Online · <a href=\"\(join)\">Join online</a></dd>"), "join_url alone makes it online: \(page)")
        let event = try Self.icsEvent(project, "site/opportunities/workshop/workshop.ics")
        #expect(event["location"] as? String == join)
        #expect(event["conference"] as? String == join)
        #expect(event["url"] as? String == "\(Self.base)opportunities/workshop/")
        #expect((event["description"] as? String)?.contains("Join online: \(join)") == true)
        let places = try Self.locations(project, "site/opportunities/workshop/index.html")
        #expect(places.count == 1 && places[0]["@type"] as? [String] == ["https://schema.org/VirtualLocation"])
        #expect(Self.value(places[0], "url") == join || (places[0]["https://schema.org/url"] as? [[String: Any]])?.first?["@id"] as? String == join)

        // Sent on booking: said, not linked; the booking page is where to go.
        project.write(Data(Self.opportunity("join_on_booking: true\n").utf8), to: "content/opportunities/workshop.md")
        try Self.build(project)
        let booked = try Self.read(project, "site/opportunities/workshop/index.html")
        #expect(booked.contains("<dt>Where</dt><dd>Online · The link to join online is sent when you book.</dd>"), "\(booked)")
        let description = try Self.icsEvent(project, "site/opportunities/workshop/workshop.ics")["description"] as? String
        #expect(description?.contains("The link to join online is sent when you book.") == true)
    }

    /// A hub page lists several meetings: each join link's text names its meeting's date, and
    /// each map link's its venue, so no two links with different addresses read the same.
    @Test func eachMeetingsLinksHaveTextsOfTheirOwn() throws {
        let hub = TestProject.validHub
            .replacingOnce("  - date: 2026-12-09\n", with: "  - date: 2026-12-09\n    join_url: https://meet.test.example/december\n    venue:\n      name: Room 1\n      town: Portsmouth\n      postcode: PO1 2UP\n")
            .replacingOnce("  - date: 2027-03-10\n    online: true\n", with: "  - date: 2027-03-10\n    online: true\n    join_url: https://meet.test.example/march\n")
        let project = TestProject(files: ["content/hubs/test.md": hub])
        defer { project.remove() }
        try Self.build(project)
        let page = try Self.read(project, "site/hubs/test/index.html")
        let links = try NSRegularExpression(pattern: "<a href=\"(https://(?:meet|www\\.openstreetmap)[^\"]*)\">([^<]*)</a>")
            .matches(in: page, range: NSRange(page.startIndex..., in: page))
            .map { (String(page[Range($0.range(at: 1), in: page)!]), String(page[Range($0.range(at: 2), in: page)!])) }
        #expect(links.map(\.1) == ["Map of Room 1, Portsmouth (OpenStreetMap)", "Join the meeting of Wednesday 9 December 2026 online",
                                   "Join the meeting of Wednesday 10 March 2027 online"], "\(links)")
        #expect(page.contains("<p>Room 1, Portsmouth PO1 2UP and online · <a href="), "a meeting with a join address is online")
        let ics = try String(contentsOf: project.root.appendingPathComponent("site/hubs/test/calendar.ics"), encoding: .utf8)
        #expect(ics.replacingOccurrences(of: "\r\n ", with: "").contains("CONFERENCE;VALUE=URI;FEATURE=VIDEO:https://meet.test.example/march"))
        // Every join address is an outward link `check --links` asks for.
        let collected = ExternalLinks.collect(project.load().content).map(\.url)
        #expect(collected.contains("https://meet.test.example/december") && collected.contains("https://meet.test.example/march"))
    }

    /// Each mistake at its line and column (of the opportunity's file); advisories are warnings.
    @Test(arguments: [
        ("venue:\n  name: Events Centre\n  town: Cardiff\n  postcode: CF10 5B\n", 11, 13, Severity.error, "not a UK postcode"),
        ("venue:\n  to_be_confirmed: false\n", 8, 1, Severity.error, "gives no address"),
        ("join_url: http://meet.example.org/x\n", 8, 11, Severity.error, "'join_url' is not a secure web address"),
        ("venue:\n  name: Events Centre\n", 8, 1, Severity.warning, "no 'town' or 'postcode'"),
        ("location: Cardiff\nvenue:\n  town: Cardiff\n", 8, 11, Severity.warning, "Both 'location' and 'venue'"),
        ("join_url: https://meet.example.org/x\njoin_on_booking: true\n", 9, 18, Severity.warning, "Both 'join_url' and 'join_on_booking"),
        ("venue:\n  twon: Cardiff\n", 9, 3, Severity.error, "Unknown field 'twon'"),
    ] as [(String, Int, Int, Severity, String)])
    func eachMistakeIsReportedWhereItIs(fields: String, line: Int, column: Int, severity: Severity, message: String) throws {
        let project = TestProject(files: ["content/opportunities/workshop.md": Self.opportunity(fields)])
        defer { project.remove() }
        let found = project.check()
        let finding = try #require(found.first { $0.message.contains(message) }, "\(found.summary)")
        #expect(finding.location == SourceLocation(file: "content/opportunities/workshop.md", line: line, column: column), "\(finding)")
        #expect(finding.severity == severity && finding.hint?.isEmpty == false, "\(finding)")
        if !message.hasPrefix("Unknown") { #expect(finding.rule == RuleID.venue) }
    }

    @Test func aMeetingsVenueIsCheckedAtItsLine() throws {
        let hub = TestProject.validHub.replacingOnce("  - date: 2027-03-10\n    online: true\n",
                                                     with: "  - date: 2027-03-10\n    online: true\n    venue:\n      town: Cardiff\n      postcode: 12345\n")
        let project = TestProject(files: ["content/hubs/test.md": hub])
        defer { project.remove() }
        let finding = try #require(project.check().first { $0.rule == RuleID.venue }, "no venue finding")
        #expect(finding.message.contains("meeting on 2027-03-10") && finding.message.contains("not a UK postcode"), "\(finding)")
        #expect(finding.location == SourceLocation(file: "content/hubs/test.md", line: 39, column: 17), "\(finding)")
    }

    @Test(arguments: ["CF10 5BF", "cf10 5bf", "SW1A 1AA", "M1 1AE", "B33 8TH", "CR2 6XH", "DN55 1PT", "W1A 0AX", "EC1A 1BB", "PO12AB", "GIR 0AA"])
    func ukPostcodesAreTakenAsWritten(postcode: String) {
        #expect(Venue.isUKPostcode(postcode))
    }

    @Test(arguments: ["CF10 5B", "12345", "CF10  5BF", " CF10 5BF", "CF105BFF", "1F10 5BF", "CF10 55F", "ABC1 2DE", "CF10-5BF", "Cardiff"])
    func otherTextIsNotAPostcode(text: String) {
        #expect(!Venue.isUKPostcode(text))
    }
}
