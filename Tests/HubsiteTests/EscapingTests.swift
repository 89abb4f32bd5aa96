import Foundation
import Testing
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Hostile values in every field never survive into any output file: HTML text and
/// attributes, URLs, JSON-LD, iCalendar, XML.
@Suite struct EscapingTests {
    static let tag = "\\\"><script>alert(1)</script>"
    static let close = "</script><b>x"
    static let crlf = "Evil\\r\\nX-INJECTED:1\\r\\nBEGIN:VEVENT"
    static let js = "javascript:alert(1)"

    static let hub = """
    ---
    title: "Hub \(tag)"
    region: "Region \(close) \(crlf)"
    updated: 2026-11-01
    organisations:
      - name: "Org \(tag)"
        logo: logos/test.png
        logo_alt: "Alt \(tag)"
        url: "\(js)"
    leads:
      - name: "Lead \(tag)"
        role: "Hub Lead \(close)"
        job_title: "\(crlf)"
        organisation: "\(tag)"
        email: "lead@example.org\\"><script>alert(1)</script>"
        phone: "01632 960 111\\"><script>"
    contact:
      email: "\(js)"
      phone: "\(tag)"
      url: "JAVASCRIPT:alert(1)"
    members:
      - name: "Member \(tag)"
        type: school
    meetings:
      - date: 2026-12-09
        start: "10:00"
        end: "12:00"
        title: "Meeting \(tag) \(crlf)"
        location: "Room \(close)"
        agenda_url: "\(js)"
        minutes_url: "data:text/html,<script>alert(1)</script>"
    action_plan:
      reviewed: 2026-09-20
      actions:
        - action: "Act \(tag)"
          lead: "\(close)"
          due: 2027-01-31
          status: planned
          aim: "\(crlf)"
    terms_of_reference: "\(js)"
    ---
    Intro with <script>alert(1)</script> raw HTML, [a link](javascript:alert(1)), [b](JaVaScRiPt:alert(1)),
    <img src=x onerror=alert(1)> and an autolink javascript:alert(1).

    """

    static let opportunity = """
    ---
    title: "Opportunity \(tag) \(crlf)"
    start: 2027-01-15 10:00
    end: 2027-01-15 12:00
    hubs: [test]
    audience: [practitioners]
    category: "Cat \(tag) \(crlf)"
    location: "Place \(close) \(crlf)"
    booking_url: "\(js)"
    cost: "£5 \(tag)"
    ---
    Description </script><script>alert(1)</script> and \(crlf).

    """

    @Test func nothingSurvivesInAnyOutputFile() throws {
        let project = TestProject(files: [
            "content/hubs/test.md": Self.hub,
            "content/opportunities/workshop.md": Self.opportunity,
            "hubsite.yml": """
            base_url: https://example.org/hubs/
            rules: { introduction: off, leads: off, contacts: off, logo: off, action-plan: off, meetings: off,
                     up-to-date: off, membership: off, opportunity: off, links: off }

            """,
        ])
        defer { project.remove() }
        let built = try project.pipeline.build()
        #expect(built.pages != nil, "\(built.checked.diagnostics.summary)")
        let site = project.root.appendingPathComponent("site")
        var checkedFiles = 0
        for case let path as String in FileManager.default.enumerator(atPath: site.path)! {
            let url = site.appendingPathComponent(path)
            guard let data = FileManager.default.contents(atPath: url.path), let text = String(data: data, encoding: .utf8) else { continue }
            checkedFiles += 1
            let lower = text.lowercased()
            if !path.hasSuffix(".ics") {
                // Markup contexts (HTML, XML): iCalendar TEXT is plain text, where '<' is inert.
                #expect(!lower.contains("<script>alert"), "\(path): a script survived")
                #expect(!lower.contains("onerror=alert"), "\(path): an event handler survived")
                #expect(!lower.contains("<b>x"), "\(path): markup survived")
            }
            #expect(!lower.contains("href=\"javascript:") && !lower.contains("src=\"javascript:"), "\(path): a javascript: link survived")
            // The one data: link is hubsite's own: a meeting's calendar file, saved with `download`.
            let dataLinks = lower.components(separatedBy: "href=\"data:").dropFirst()
            #expect(dataLinks.allSatisfy { $0.hasPrefix("text/calendar;charset=utf-8,") && $0.prefix { $0 != ">" }.contains("\" download=\"") },
                    "\(path): a data: link survived")
            #expect(!lower.contains("url:javascript:"), "\(path): a javascript: URL survived")
            if path.hasSuffix(".html") {
                // The only scripts are JSON-LD blocks, each closed by its own </script>.
                let scripts = lower.components(separatedBy: "<script").count - 1
                let jsonLD = lower.components(separatedBy: "<script type=\"application/ld+json\">").count - 1
                #expect(scripts == jsonLD, "\(path): a script element that is not JSON-LD")
                #expect(lower.components(separatedBy: "</script>").count - 1 == jsonLD, "\(path): a stray </script>")
            }
            if path.hasSuffix(".ics") {
                let lines = text.components(separatedBy: "\r\n")
                for line in lines {
                    #expect(!line.hasPrefix("X-INJECTED"), "\(path): CRLF injection")
                    #expect(!line.contains("\r") && !line.contains("\n"), "\(path): a bare line break")
                }
                #expect(lines.filter { $0 == "BEGIN:VEVENT" }.count == lines.filter { $0 == "END:VEVENT" }.count)
            }
            if path.hasSuffix(".xml") || path.hasSuffix(".svg") {
                let parser = XMLParser(data: data)
                #expect(parser.parse() && parser.parserError == nil, "\(path) is not well-formed XML")
            }
        }
        #expect(checkedFiles > 25)
        // The events' JSON-LD still parses, with the hostile title as plain data.
        let page = try String(contentsOf: site.appendingPathComponent("opportunities/workshop/index.html"), encoding: .utf8)
        let data = try CalendarPageTests.jsonLD(in: page)
        #expect((data["name"] as? String)?.contains("<script>alert(1)</script>") == true)
        #expect((data["offers"] as? [String: Any])?["url"] == nil)
    }
}
