import Foundation
import Testing
@testable import HubBuild
import HubModel

/// A status or a change of date shows on every view that lists the event: its page, every
/// card and month page (in every language), iCalendar, Atom and JSON-LD. The test walks every
/// file the build wrote and checks each place that names a changed event.
@Suite struct ChangeMarksTests {
    static let files: [String: String?] = [
        "hubsite.yml": "title: Test Hubs\nsite_id: test.hubsite\nlanguages: [en-GB, cy]\n",
        "content/opportunities/zebra-talk.md": RecurrenceTests.opportunity("Zebra talk", """
            start: 2027-02-10 18:00
            status: cancelled
            changes: [Cancelled because the speaker is ill.]
            """),
        "content/opportunities/drop-in.md": RecurrenceTests.opportunity("Drop-in evening", """
            start: 2027-01-12 18:00
            end: 2027-01-12 19:30
            repeat:
              every: month
              on: second Tuesday
              until: 2027-06-30
              changed:
                - date: 2027-04-13
                  to: 2027-04-14 18:30
            changes:
              - Moved from 13 to 14 April.
            """),
    ]

    /// Every `<li>` (a card, a day's event) that links to `page`, from its start to its end.
    static func listItems(linkingTo page: String, in html: String) -> [Substring] {
        var items: [Substring] = []
        var search = html.startIndex
        while let link = html.range(of: "href=\"", range: search..<html.endIndex) {
            search = link.upperBound
            guard let close = html[link.upperBound...].firstIndex(of: "\"") else { break }
            let target = html[link.upperBound..<close]
            guard target.hasSuffix(page + "index.html") else { continue }
            guard let open = html.range(of: "<li", options: .backwards, range: html.startIndex..<link.lowerBound),
                  let end = html.range(of: "</li>", range: close..<html.endIndex) else { continue }
            // A link outside any list item (the menu's language switcher) has an earlier </li>.
            if html.range(of: "</li>", range: open.upperBound..<link.lowerBound) != nil { continue }
            items.append(html[open.lowerBound..<end.upperBound])
        }
        return items
    }

    /// The project built; its site folder.
    static func build(_ project: TestProject) throws -> URL {
        let built = try project.pipeline.build()
        #expect(built.pages != nil, "\(built.checked.diagnostics.summary)")
        return project.root.appendingPathComponent("site")
    }

    @Test func aCancelledEventIsMarkedWhereverItIsListed() throws {
        let project = TestProject(files: Self.files)
        defer { project.remove() }
        let site = try Self.build(project)
        var checked: [String: Int] = [:]
        for path in try FileManager.default.subpathsOfDirectory(atPath: site.path).sorted() {
            let url = site.appendingPathComponent(path)
            guard let text = try? String(contentsOf: url, encoding: .utf8), text.contains("Zebra talk") else { continue }
            if path.hasSuffix(".html") {
                let ownPage = path.hasSuffix("opportunities/zebra-talk/index.html")
                if ownPage {
                    #expect(text.contains("<h1>Zebra talk <strong class=\"badge status\">"), "\(path): the page's heading")
                    checked["page", default: 0] += 1
                }
                for item in Self.listItems(linkingTo: "opportunities/zebra-talk/", in: text) {
                    #expect(item.contains("class=\"badge status\"") && item.contains("is-cancelled"), "\(path): \(item)")
                    checked[path.contains("calendar/2027/") ? "month" : "card", default: 0] += 1
                }
                if text.contains("application/ld+json"), ownPage {
                    #expect(text.contains("\"eventStatus\":\"https://schema.org/EventCancelled\""), "\(path): JSON-LD")
                    checked["json-ld", default: 0] += 1
                }
            } else if path.hasSuffix(".ics") {
                let event = text.components(separatedBy: "UID:opportunity-zebra-talk@")[1].components(separatedBy: "END:VEVENT")[0]
                #expect(event.contains("STATUS:CANCELLED\r\n") && event.contains("SEQUENCE:1\r\n"), "\(path)")
                checked["ics", default: 0] += 1
            } else if path.hasSuffix(".xml"), text.contains("<feed") {
                let entry = text.components(separatedBy: "<entry>").first { $0.contains("Zebra talk") } ?? ""
                let cancelled = path.hasPrefix("cy/") ? "Wedi&apos;i ganslo" : "Cancelled"
                #expect(entry.contains("<title>\(cancelled): Zebra talk</title>"), "\(path): \(entry)")
                #expect(entry.contains("<summary>\(cancelled). 2027-02-10"), "\(path): \(entry)")
                checked["atom", default: 0] += 1
            }
        }
        // Its page (it has no Welsh one), both languages' month pages and feeds, and the cards
        // of every list.
        #expect(checked["page"] == 1 && checked["json-ld"] == 1, "\(checked)")
        #expect(checked["month", default: 0] >= 2 && checked["card", default: 0] >= 6, "\(checked)")
        #expect(checked["ics", default: 0] >= 4 && checked["atom"] == 2, "\(checked)")
    }

    /// The default language's feed is written in the project's words too: a project that calls
    /// a cancelled event "Called off" sees that in its Atom entries, as on its pages.
    @Test func theDefaultLanguagesFeedUsesTheProjectsWords() throws {
        var files = Self.files
        files["templates/words/en-GB.ftl"] = "status_cancelled = Called off\nfeed_opportunities = events\n"
        let project = TestProject(files: files)
        defer { project.remove() }
        let site = try Self.build(project)
        let feed = try String(contentsOf: site.appendingPathComponent("opportunities.xml"), encoding: .utf8)
        #expect(feed.contains("<title>Test Hubs – events</title>"), "\(feed.prefix(400))")
        #expect(feed.contains("<title>Called off: Zebra talk</title>") && feed.contains("<summary>Called off. 2027-02-10"))
        #expect(!feed.contains("xml:lang"), "the default language's feed names no language, as before")
        let page = try String(contentsOf: site.appendingPathComponent("opportunities/zebra-talk/index.html"), encoding: .utf8)
        #expect(page.contains("Called off"))
    }

    @Test func aMovedDateIsMarkedWhereverItIsListed() throws {
        let project = TestProject(files: Self.files)
        defer { project.remove() }
        let site = try Self.build(project)
        var checked: [String: Int] = [:]
        for path in try FileManager.default.subpathsOfDirectory(atPath: site.path).sorted() where path.hasSuffix(".html") {
            let text = try String(contentsOf: site.appendingPathComponent(path), encoding: .utf8)
            for item in Self.listItems(linkingTo: "opportunities/drop-in/", in: text) {
                let month = path.contains("calendar/2027/04/")
                // The moved date: its card says when (14 April), and every view marks it.
                guard item.contains("datetime=\"2027-04-14T18:30") || (month && item.contains("18:30 Drop-in")) else {
                    #expect(!item.contains("2027-04-13T18:00"), "\(path): the date it left is listed: \(item)")
                    continue
                }
                #expect(item.contains("class=\"badge status\""), "\(path): \(item)")
                checked[month ? "month" : "card", default: 0] += 1
            }
            if path.hasSuffix("opportunities/drop-in/index.html") {
                let script = try #require(text.firstMatch(of: try Regex(#"<script type="application/ld\+json">(.*?)</script>"#).dotMatchesNewlines()))
                let events = try #require(try JSONSerialization.jsonObject(with: Data(String(script.output[1].substring!).utf8)) as? [[String: Any]])
                let moved = try #require(events.first { $0["startDate"] as? String == "2027-04-14T18:30:00+01:00" }, "\(events)")
                #expect(moved["eventStatus"] as? String == "https://schema.org/EventRescheduled")
                #expect(moved["previousStartDate"] as? String == "2027-04-13T18:00:00+01:00")
                #expect(events.filter { $0["previousStartDate"] != nil }.count == 1, "only the moved date has one")
                checked["json-ld", default: 0] += 1
            }
        }
        #expect(checked["month", default: 0] >= 2 && checked["card", default: 0] >= 2 && checked["json-ld"] == 1, "\(checked)")
        // The feeds move it: the date it left is overridden by the one it moved to.
        let ics = try String(contentsOf: site.appendingPathComponent("opportunities/drop-in/drop-in.ics"), encoding: .utf8)
        #expect(ics.contains("RECURRENCE-ID;TZID=Europe/London:20270413T180000\r\n") && ics.contains("DTSTART;TZID=Europe/London:20270414T183000\r\n"))
    }
}
