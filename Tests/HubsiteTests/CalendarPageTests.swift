import Foundation
import Testing
@testable import HubCalendar
@testable import HubBuild
import HubModel

/// The calendar as people see it: pages, event data and stable identities.
@Suite struct CalendarPageTests {
    @Test func calendarPagesForTheBundledContent() throws {
        let (_, output) = try BuildTests.buildFixture(baseURL: "https://example.org/")
        defer { try? FileManager.default.removeItem(at: output) }
        let months = try FileManager.default.contentsOfDirectory(atPath: output.appendingPathComponent("calendar/2027").path).sorted()
        #expect(months == ["01", "02", "03", "04", "05", "06", "07"]) // the homework club repeats until July
        // The current month has a page even when nothing happens in it.
        #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("calendar/2026/11/index.html").path))

        let calendar = try BuildTests.read(output, "calendar/index.html")
        #expect(calendar.contains("<h2 id=\"m-2026-12\"><a href=\"../calendar/2026/12/index.html\">December 2026</a></h2>"))
        let webinar = try #require(calendar.components(separatedBy: "<li class=\"card event-card").first { $0.contains("Webinar: supporting pupils") })
        #expect(webinar.contains("Thursday 3 December 2026</time>, 16:00–17:00"))
        #expect(webinar.contains("<strong class=\"badge\">Closing soon</strong>"))
        #expect(webinar.contains(">London Hub</a>, <a href=\"../hubs/scotland/index.html\">Scotland Hub</a>"))
        #expect(webinar.contains("<dt>For</dt><dd>Practitioners</dd>"))
        #expect(webinar.contains("<dt>Where</dt><dd>Online</dd>"))
        #expect(webinar.contains("<dt>Cost</dt><dd>Free</dd>"))

        let children = try BuildTests.read(output, "calendar/service-children/index.html")
        #expect(children.contains("Service children&#39;s voice forum"))
        #expect(!children.contains("Thriving Lives Toolkit training"))
        #expect(!children.contains("hub meeting (placeholder date)"))

        let april = try BuildTests.read(output, "calendar/2027/04/index.html")
        #expect(april.components(separatedBy: "Campus taster days for service children</a>").count - 1 == 3)
        #expect(april.contains("rel=\"prev\">← March 2027</a>") && april.contains("rel=\"next\">May 2027 →</a>"))

        let south = try BuildTests.read(output, "hubs/south/index.html")
        #expect(south.contains("Thriving Lives Toolkit training for practitioners"))
        #expect(!south.contains("Campus taster days"))
        let page = try BuildTests.read(output, "opportunities/thriving-lives-toolkit-training/index.html")
        #expect(page.contains("href=\"../../opportunities/thriving-lives-toolkit-training/thriving-lives-toolkit-training.ics\" download>Download (.ics)</a>"))
        #expect(page.contains("href=\"https://calendar.google.com/calendar/render?action=TEMPLATE&amp;text=Thriving%20Lives%20Toolkit%20training"))
        #expect(page.contains(">Add to Google Calendar</a>") && page.contains(">Add to Outlook.com</a>"))
        #expect(page.contains("href=\"https://south-hub.placeholder.example/book/tlt-training\">Book a place</a>"))
    }

    /// The region and category pages list exactly the matching upcoming events, worked out
    /// here from the content itself; their feeds hold exactly the matching events; the
    /// subscribe page offers every feed with a webcal:// address.
    @Test func filterPagesAndFeedsListExactlyTheMatchingEvents() throws {
        let (built, output) = try BuildTests.buildFixture(baseURL: "https://example.org/hubs/")
        defer { try? FileManager.default.removeItem(at: output) }
        let content = built.checked.content
        let events = built.checked.plan.events
        func titles(onPage path: String) throws -> Set<String> {
            let html = try BuildTests.read(output, path)
            let cards = html.components(separatedBy: "<li class=\"card event-card").dropFirst()
            return Set(cards.compactMap { card in
                card.firstMatch(of: /<h3><a href="[^"]*">([^<]*)<\/a>/).map { String($0.output.1).replacingOccurrences(of: "&#39;", with: "'") }
            })
        }
        func uids(inFeed path: String) throws -> Set<String> {
            let text = try BuildTests.read(output, path)
            return Set(text.components(separatedBy: "\r\n").filter { $0.hasPrefix("UID:") }.map { String($0.dropFirst(4).split(separator: "@")[0]) })
        }
        let regions = Set(content.hubs.compactMap(\.region))
        #expect(regions.count >= 3)
        for region in regions {
            let hubs = Set(content.hubs.filter { $0.region == region }.map(\.slug))
            let matching = events.filter { $0.hubs.contains(where: hubs.contains) }
            let slug = SitePaths.slugify(region)
            let upcoming = Set(matching.filter { $0.isUpcoming(today: BuildTests.today) }.map(\.title))
            #expect(try titles(onPage: "calendar/regions/\(slug)/index.html") == upcoming, "\(region)")
            #expect(try uids(inFeed: "calendar/regions/\(slug).ics") == Set(matching.map { ($0.series?.id ?? $0.id).description }), "\(region)")
            // The region's hubs, each linking to the opportunities on its page.
            let page = try BuildTests.read(output, "calendar/regions/\(slug)/index.html")
            for hub in hubs { #expect(page.contains("<a href=\"../../../hubs/\(hub)/index.html#opportunities\">"), "\(region): \(hub)") }
            #expect(page.components(separatedBy: "index.html#opportunities\">").count - 1 == hubs.count)
        }
        let categories = Set(content.opportunities.compactMap(\.category))
        #expect(categories.count >= 3)
        for category in categories {
            let matching = events.filter { $0.kind == .opportunity && $0.category == category }
            let slug = SitePaths.slugify(category)
            #expect(try titles(onPage: "calendar/categories/\(slug)/index.html") == Set(matching.filter { $0.isUpcoming(today: BuildTests.today) }.map(\.title)))
            #expect(try uids(inFeed: "calendar/categories/\(slug).ics") == Set(matching.map { ($0.series?.id ?? $0.id).description }))
        }
        let calendar = try BuildTests.read(output, "calendar/index.html")
        // The filter by hub: every hub, linking to the opportunities its page lists, which are
        // exactly its upcoming ones. A region's page lists its own hubs instead.
        for hub in content.hubs {
            #expect(calendar.contains("<li><a href=\"../hubs/\(hub.slug)/index.html#opportunities\">\(hub.title)</a></li>"), "\(hub.slug)")
            let page = try BuildTests.read(output, "hubs/\(hub.slug)/index.html")
            let section = String(page.split(separator: "<section aria-labelledby=\"opportunities\">").last?.split(separator: "</section>").first ?? "")
            let listed = Set(section.matches(of: /<h3><a href="[^"]*">([^<]*)<\/a>/).map { String($0.output.1).replacingOccurrences(of: "&#39;", with: "'") })
            let own = events.filter { $0.kind == .opportunity && $0.hubs.contains(hub.slug) && $0.isUpcoming(today: BuildTests.today) }
            #expect(listed == Set(own.map(\.title)), "\(hub.slug)")
        }
        #expect(calendar.contains("<details class=\"filter-hubs\">"))
        #expect(try BuildTests.read(output, "calendar/categories/club/index.html").contains("<details class=\"filter-hubs\">"))
        #expect(!(try BuildTests.read(output, "calendar/regions/london/index.html")).contains("filter-hubs"))
        #expect(calendar.contains("<a href=\"webcal://example.org/hubs/calendar.ics\">Subscribe in your calendar app</a>"))
        #expect(calendar.contains("<h2 class=\"filter-title\">Region</h2>") && calendar.contains("<h2 class=\"filter-title\">Category</h2>"))
        let subscribe = try BuildTests.read(output, "calendar/subscribe/index.html")
        for feed in ["calendar.ics", "calendar/practitioners.ics", "hubs/south/calendar.ics"] + regions.map({ "calendar/regions/\(SitePaths.slugify($0)).ics" }) {
            #expect(subscribe.contains("<a href=\"webcal://example.org/hubs/\(feed)\">Subscribe</a>"), "\(feed)")
        }
        #expect(subscribe.contains("From URL") && subscribe.contains("Subscribe from web") && subscribe.contains("New Calendar Subscription"))
    }

    /// Every upcoming hub meeting has its add-to-calendar links: Google's and Outlook's with the
    /// times in UTC on both sides of the clock change, and a "Download (.ics)" file that the
    /// independent `icalendar` parser reads back to the meeting. Past meetings have none.
    @Test func upcomingMeetingsCanBeAddedToACalendar() throws {
        let (_, output) = try BuildTests.buildFixture(baseURL: "https://example.org/hubs/")
        defer { try? FileManager.default.removeItem(at: output) }
        let page = try BuildTests.read(output, "hubs/south/index.html")
        func unescaped(_ text: Substring) -> String {
            text.replacingOccurrences(of: "&amp;", with: "&").replacingOccurrences(of: "&#39;", with: "'").replacingOccurrences(of: "&quot;", with: "\"")
        }
        let google = page.matches(of: /<a href="(https:\/\/calendar\.google\.com[^"]*)">Google Calendar<\/a>/).map { unescaped($0.output.1) }
        let dates = google.compactMap { URLComponents(string: $0)?.queryItems?.first { $0.name == "dates" }?.value }
        // 14:00 in London on 10 February (GMT) and on 16 June (BST); the meeting of October is past.
        #expect(dates == ["20270210T140000Z/20270210T160000Z", "20270616T130000Z/20270616T150000Z"], "\(dates)")
        let details = URLComponents(string: google[0])?.queryItems?.first { $0.name == "details" }?.value
        #expect(details?.hasSuffix("https://example.org/hubs/hubs/south/") == true, "\(details ?? "")")
        let outlook = page.matches(of: /<a href="(https:\/\/outlook\.live\.com[^"]*)">Outlook\.com<\/a>/).map { unescaped($0.output.1) }
        #expect(outlook.compactMap { URLComponents(string: $0)?.queryItems?.first { $0.name == "startdt" }?.value }
                == ["2027-02-10T14:00:00Z", "2027-06-16T13:00:00Z"])
        let downloads = page.matches(of: /<a href="data:text\/calendar;charset=utf-8,([^"]*)" download="([^"]*)">Download \(\.ics\)<\/a>/)
        #expect(downloads.map { String($0.output.2) } == ["south-2027-02-10.ics", "south-2027-06-16.ics"])
        let folder = BuildTests.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        var files: [String] = []
        for download in downloads {
            let file = folder.appendingPathComponent(String(download.output.2))
            try Data(try #require(unescaped(download.output.1).removingPercentEncoding).utf8).write(to: file)
            files.append(file.path)
        }
        let parsed = try #require(try CalendarTests.parse("ics_parse.py", files) as? [String: [String: Any]])
        let starts = try files.map { path -> String in
            let result = try #require(parsed[path])
            #expect((result["errors"] as? [String]) == [], "\(result["errors"] ?? "")")
            let events = try #require(result["events"] as? [[String: Any]])
            #expect(events.count == 1 && (events.first?["summary"] as? String)?.hasPrefix("South Hub: ") == true)
            return events.first?["start"] as? String ?? ""
        }
        #expect(starts == ["2027-02-10T14:00:00+00:00", "2027-06-16T14:00:00+01:00"])
    }

    /// Accessibility, places, organiser and a picture with its alt text: on the page, in
    /// search data and in the calendar file; a picture without alt text is an error.
    @Test func detailsPeopleLookFor() throws {
        let (_, output) = try BuildTests.buildFixture(baseURL: "https://example.org/hubs/")
        defer { try? FileManager.default.removeItem(at: output) }
        let page = try BuildTests.read(output, "opportunities/homework-club/index.html")
        #expect(page.contains("<img class=\"opportunity-image\" src=\"../../logos/northshire-university.svg\" alt=\"The Northshire University crest (fictional)\">"))
        #expect(page.contains("<div><dt>Places</dt><dd>24 places</dd></div><div><dt>Access</dt><dd>Step-free access, Quiet room</dd></div><div><dt>Organised by</dt><dd>Northshire Library volunteers (fictional)</dd></div>"))
        let data = try #require(try Self.jsonLDList(in: page).first)
        #expect(data["maximumAttendeeCapacity"] as? Int == 24)
        #expect(data["image"] as? String == "https://example.org/hubs/logos/northshire-university.svg")
        #expect((data["organizer"] as? [String: Any])?["name"] as? String == "Northshire Library volunteers (fictional)")
        let ics = try BuildTests.read(output, "opportunities/homework-club/homework-club.ics")
        #expect(ics.replacingOccurrences(of: "\r\n ", with: "").contains("Access: Step-free access\\, Quiet room\\nOrganised by Northshire Library volunteers (fictional)."))

        let project = TestProject(files: ["content/opportunities/pictured.md": TestProject.validOpportunity
            .replacingOnce("cost: Free", with: "cost: Free\nimage: images/missing.png")])
        defer { project.remove() }
        let problems = project.check().filter { $0.location.file == "content/opportunities/pictured.md" }.map(\.message)
        #expect(problems.contains("The image has no alt text, so people using screen readers cannot tell what it shows."))
        #expect(problems.contains { $0.hasPrefix("The image: ") })
    }

    static func jsonLDList(in html: String) throws -> [[String: Any]] {
        let script = try #require(html.firstMatch(of: /<script type="application\/ld\+json">(.*?)<\/script>/.dotMatchesNewlines()))
        let object = try JSONSerialization.jsonObject(with: Data(String(script.output.1).utf8))
        return (object as? [[String: Any]]) ?? [(object as? [String: Any]) ?? [:]]
    }

    static func jsonLD(in html: String) throws -> [String: Any] {
        let start = try #require(html.range(of: "<script type=\"application/ld+json\">"))
        let end = try #require(html.range(of: "</script>", range: start.upperBound..<html.endIndex))
        let json = String(html[start.upperBound..<end.lowerBound])
        return try #require(JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    }

    @Test func eventJSONLDIsValidAndSafe() throws {
        let evil = "Evil </script><script>alert(1)</script> & co"
        let opportunity = TestProject.validOpportunity
            .replacingOnce("title: Test workshop", with: "title: '\(evil)'")
            .replacingOnce("location: Test University", with: "location: '\(evil)'")
            .replacingOnce("cost: Free", with: "cost: £12.50 per person")
        let project = TestProject(files: ["content/opportunities/workshop.md": opportunity, "hubsite.yml": "base_url: https://example.org/"])
        defer { project.remove() }
        let built = try project.pipeline.build()
        #expect(built.pages != nil, "\(built.checked.diagnostics.summary)")
        let html = try String(contentsOf: project.root.appendingPathComponent("site/opportunities/workshop/index.html"), encoding: .utf8)
        #expect(html.components(separatedBy: "</script>").count == 2, "only the JSON-LD's own </script>")
        let data = try Self.jsonLD(in: html)
        #expect(data["@type"] as? String == "Event")
        #expect(data["name"] as? String == evil)
        #expect(data["startDate"] as? String == "2027-01-15T10:00:00+00:00")
        #expect(data["endDate"] as? String == "2027-01-15T12:00:00+00:00")
        #expect(data["eventAttendanceMode"] as? String == "https://schema.org/OfflineEventAttendanceMode")
        #expect((data["location"] as? [String: Any])?["name"] as? String == evil)
        #expect((data["offers"] as? [String: Any])?["price"] as? String == "12.50")
        #expect((data["organizer"] as? [String: Any])?["name"] as? String == "Test Hub")
        #expect(data["url"] as? String == "https://example.org/opportunities/workshop/")
    }

    @Test func uidsSurviveEditsOfOtherFields() throws {
        func uids(_ opportunity: String) throws -> [String] {
            let project = TestProject(files: ["content/opportunities/workshop.md": opportunity])
            defer { project.remove() }
            _ = try project.pipeline.build()
            let ics = try String(contentsOf: project.root.appendingPathComponent("site/calendar.ics"), encoding: .utf8)
            return ics.components(separatedBy: "\r\n").filter { $0.hasPrefix("UID:") }.sorted()
        }
        let before = try uids(TestProject.validOpportunity)
        let after = try uids(TestProject.validOpportunity.replacingOnce("title: Test workshop", with: "title: Renamed workshop")
            .replacingOnce("start: 2027-01-15 10:00", with: "start: 2027-01-15 11:00"))
        #expect(before == after)
        #expect(before.contains("UID:opportunity-workshop@scip-alliance-hubs.hubsite"))
    }

    @Test func stampComesFromTodayOrSourceDateEpoch() throws {
        let project = TestProject()
        defer { project.remove() }
        let run = try CommandLineTests.run(["build", "--source", project.root.path, "--today", "2026-11-25"], environment: ["SOURCE_DATE_EPOCH": "1800000000"])
        #expect(run.status == 0)
        let ics = try String(contentsOf: project.root.appendingPathComponent("site/calendar.ics"), encoding: .utf8)
        #expect(ics.contains("DTSTAMP:20270115T080000Z"))
        let plain = try CommandLineTests.run(["build", "--source", project.root.path, "--today", "2026-11-25"], environment: ["SOURCE_DATE_EPOCH": ""])
        #expect(plain.status == 0)
        #expect(try String(contentsOf: project.root.appendingPathComponent("site/calendar.ics"), encoding: .utf8).contains("DTSTAMP:20261125T000000Z"))
    }
}
