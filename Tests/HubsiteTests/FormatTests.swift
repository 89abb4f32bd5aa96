import Foundation
import Testing
@testable import HubBuild
import HubModel

@Suite struct FormatTests {
    let diagnostics = [
        Diagnostic(severity: .error, rule: "contacts", location: SourceLocation(file: "content/hubs/south.md", line: 3, column: 10),
                   message: "'contact.email' is not an email address: \"a, b: c%\".", hint: "Write the address in full."),
        Diagnostic(severity: .warning, rule: "membership", location: SourceLocation(file: "content/hubs/south.md", line: 5, column: 1),
                   message: "No member is from a local authority.", hint: nil),
    ]

    var sources: SourceTexts {
        var sources = SourceTexts()
        sources.add("---\ntitle: South\ncontact: { email: nope }\n\nmembers: []\n---\n", for: "content/hubs/south.md")
        return sources
    }

    @Test func humanShowsLineCaretHintAndSummary() {
        let text = DiagnosticPrinter(format: .human, sources: sources).render(diagnostics, files: 7)
        let lines = text.components(separatedBy: "\n")
        #expect(lines[0] == "content/hubs/south.md:3:10: error[contacts]: 'contact.email' is not an email address: \"a, b: c%\".")
        #expect(lines[1] == " 3 | contact: { email: nope }")
        #expect(lines[2] == "   |          ^")
        #expect(lines[3] == "  hint: Write the address in full.")
        #expect(text.hasSuffix("1 error, 1 warning in 7 files\n"))
        #expect(!text.contains("\u{1B}["))
        #expect(DiagnosticPrinter(format: .human, colour: true, sources: sources).render(diagnostics, files: 7).contains("\u{1B}[1;31merror"))
    }

    @Test func githubWorkflowCommandsAreEscaped() {
        let text = DiagnosticPrinter(format: .github, pathPrefix: "site-src/").render(diagnostics, files: 1)
        let first = text.components(separatedBy: "\n")[0]
        #expect(first == "::error file=site-src/content/hubs/south.md,line=3,col=10,title=hubsite contacts::'contact.email' is not an email address: \"a, b: c%25\".%0AHint: Write the address in full.")
        #expect(text.contains("::warning file=site-src/content/hubs/south.md,line=5,col=1,title=hubsite membership::No member is from a local authority."))
    }

    /// A note (what follows from an error elsewhere) in every format, with a fix in JSON; it
    /// is counted apart and never makes the exit status fail.
    @Test func notesAndFixesInEveryFormat() throws {
        let note = Diagnostic(severity: .note, rule: "opportunity", location: SourceLocation(file: "content/opportunities/a.md", line: 5, column: 8),
                              message: "The opportunity refers to hub 'x', whose page has errors (see above).", hint: "Fix the hub first.",
                              fix: TextFix(line: 5, column: 8, original: "x.", replacement: "x"))
        let human = DiagnosticPrinter(format: .human).render([note], files: 1)
        #expect(human.hasPrefix("content/opportunities/a.md:5:8: note[opportunity]: The opportunity refers to hub 'x'"))
        #expect(human.hasSuffix("0 errors, 0 warnings in 1 file\n"))
        #expect(DiagnosticPrinter(format: .github).render([note], files: 1).hasPrefix("::notice file=content/opportunities/a.md,line=5,col=8,"))
        let json = try #require(JSONSerialization.jsonObject(with: Data(DiagnosticPrinter(format: .json).render([note], files: 1).utf8)) as? [String: Any])
        #expect((json["summary"] as? [String: Int]) == ["errors": 0, "warnings": 0, "notes": 1, "files": 1])
        let item = try #require((json["diagnostics"] as? [[String: Any]])?.first)
        #expect(item["severity"] as? String == "note")
        let fix = try #require(item["fix"] as? [String: Any])
        #expect(fix["line"] as? Int == 5 && fix["column"] as? Int == 8 && fix["original"] as? String == "x." && fix["replacement"] as? String == "x")
        #expect(DiagnosticPrinter(format: .sarif).render([note], files: 1).contains("\"level\" : \"note\""))
    }

    @Test func jsonParsesBack() throws {
        let text = DiagnosticPrinter(format: .json).render(diagnostics, files: 2)
        let object = try #require(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(object["version"] as? Int == 1)
        let summary = try #require(object["summary"] as? [String: Int])
        #expect(summary == ["errors": 1, "warnings": 1, "notes": 0, "files": 2])
        let items = try #require(object["diagnostics"] as? [[String: Any]])
        #expect(items.count == 2)
        #expect(items[0]["rule"] as? String == "contacts")
        #expect(items[0]["line"] as? Int == 3 && items[0]["column"] as? Int == 10)
        #expect(items[0]["file"] as? String == "content/hubs/south.md")
        #expect(items[0]["hint"] as? String == "Write the address in full.")
        #expect(items[1]["severity"] as? String == "warning")
        #expect(items[1]["hint"] == nil)
    }

    /// SARIF 2.1.0's required structure: version, runs[].tool.driver.name, results with
    /// ruleId, level from the allowed set, message.text and physical locations; every ruleId
    /// is declared in the driver's rules.
    @Test func sarifHasTheRequiredStructure() throws {
        let text = DiagnosticPrinter(format: .sarif).render(diagnostics, files: 2)
        let object = try #require(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(object["version"] as? String == "2.1.0")
        #expect((object["$schema"] as? String)?.contains("sarif-2.1.0") == true)
        let run = try #require((object["runs"] as? [[String: Any]])?.first)
        let driver = try #require((run["tool"] as? [String: Any])?["driver"] as? [String: Any])
        #expect(driver["name"] as? String == "hubsite")
        let ruleIDs = Set(try #require(driver["rules"] as? [[String: Any]]).compactMap { $0["id"] as? String })
        #expect(ruleIDs.contains("contacts") && ruleIDs.contains("membership"))
        let results = try #require(run["results"] as? [[String: Any]])
        #expect(results.count == 2)
        for result in results {
            #expect(ruleIDs.contains(result["ruleId"] as? String ?? ""))
            #expect(["error", "warning", "note", "none"].contains(result["level"] as? String ?? ""))
            #expect((result["message"] as? [String: Any])?["text"] is String)
            let location = try #require((result["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])
            #expect((location["artifactLocation"] as? [String: Any])?["uri"] as? String == "content/hubs/south.md")
            let region = try #require(location["region"] as? [String: Int])
            #expect(region["startLine"]! >= 1 && region["startColumn"]! >= 1)
        }
    }
}
