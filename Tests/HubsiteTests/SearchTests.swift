import Foundation
import Testing
@testable import HubBuild
import HubModel

/// Full-text search: pages marked up for Pagefind, indexed by PyPI's pagefind-bin after the
/// build writes them, and searched as a reader would, in headless Chromium over HTTP.
@Suite struct SearchTests {
    @Test func aSearchForAKnownTitleFindsItInChromium() throws {
        let output = BuildTests.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: output) }
        let built = try BuildPipeline(options: BuildTests.fixtureOptions(output: output)).build()
        #expect(built.pages != nil && built.notices.isEmpty, "\(built.notices)")
        #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("pagefind/pagefind-ui.js").path))
        let page = try BuildTests.read(output, "opportunities/homework-club/index.html")
        #expect(page.contains("<article class=\"wrap opportunity\" data-pagefind-body data-pagefind-filter=\"type:Opportunity\">"))
        let found = try #require(try CalendarTests.parse("search_check.py", [output.path, "homework club"]) as? [String: Any])
        #expect(found["error"] is NSNull, "\(found["error"] ?? "")")
        let results = try #require(found["results"] as? [[String: Any]])
        #expect(results.first?["title"] as? String == "Homework club for service children", "\(results)")
        #expect((results.first?["url"] as? String)?.hasSuffix("/opportunities/homework-club/") == true)
        #expect(Set(found["filters"] as? [String] ?? []).isSuperset(of: ["Audience", "Category", "Hub", "Region", "Type"]))
    }

    /// The search page's filters combine (region and audience; hub and type), and each
    /// audience of an opportunity is a value of its own, not the joined text.
    @Test func searchFiltersCombineInChromium() throws {
        let output = BuildTests.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: output) }
        _ = try BuildPipeline(options: BuildTests.fixtureOptions(output: output)).build()
        func titles(_ arguments: [String]) throws -> [String] {
            let found = try #require(try CalendarTests.parse("search_check.py", [output.path, "service"] + arguments) as? [String: Any])
            #expect(found["error"] is NSNull, "\(arguments): \(found["error"] ?? "")")
            return (found["results"] as? [[String: Any]] ?? []).compactMap { $0["title"] as? String }
        }
        // Of the South's three opportunities, one is for service children; the others are for practitioners.
        #expect(try titles(["Region=South of England", "Audience=Service children"]) == ["Service children's voice forum"])
        let northshire = try titles(["Hub=Northshire Hub (fictional example)", "Type=Opportunity"])
        #expect(Set(northshire.filter { $0 != "Changes" }) == ["Homework club for service children", "Families' information evening on college and university"])
    }

    /// Without Pagefind the site is built without search (no search page, no link to it) and
    /// a warning at `search:` in hubsite.yml says how to install it; a Pagefind that fails
    /// leaves a site whose search page says search is not available.
    @Test func withoutPagefindTheBuildSaysSo() throws {
        #expect(Pagefind.find(environment: ["PATH": "/nonexistent"]) == nil)
        #expect(Pagefind.find(environment: ["HUBSITE_PAGEFIND": "/nonexistent/pagefind"]) == nil)
        // PyPI's pagefind-bin, found through the python3 on the PATH.
        let venv = CalendarTests.python.deletingLastPathComponent().path
        #expect(Pagefind.find(environment: ["PATH": venv]) == Pagefind(command: [venv + "/python3", "-m", "pagefind_bin"]))
        let project = TestProject(files: ["hubsite.yml": "title: Test\nsearch: true\nsite_id: test.hubsite\n"])
        defer { project.remove() }
        var options = BuildOptions(source: project.root, today: TestProject.today)
        options.pagefind = nil
        let warnings = BuildPipeline(options: options).check().diagnostics.filter { $0.location.file == "hubsite.yml" }
        if Pagefind.find(environment: options.environment) == nil {
            #expect(warnings.map(\.message) == ["The site asks for search, but Pagefind is not installed, so it is built without search."])
            #expect(warnings.first?.location.line == 2 && warnings.first?.hint?.contains("pip install pagefind-bin") == true)
            let built = try BuildPipeline(options: options).build()
            #expect(!FileManager.default.fileExists(atPath: project.root.appendingPathComponent("site/search").path))
            #expect(!(try String(contentsOf: project.root.appendingPathComponent("site/index.html"), encoding: .utf8)).contains("search/index.html"))
            #expect(built.pages != nil)
        }
        let output = BuildTests.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: output) }
        var failing = BuildOptions(source: BuildTests.fixtureSite, output: output, today: BuildTests.today)
        failing.pagefind = Pagefind(command: ["/nonexistent/pagefind"])
        let built = try BuildPipeline(options: failing).build()
        #expect(built.pages != nil)
        #expect(built.notices.count == 1 && built.notices[0].hasPrefix("Pagefind could not index the site"))
        #expect(!FileManager.default.fileExists(atPath: output.appendingPathComponent("pagefind").path))
        #expect(try BuildTests.read(output, "search/index.html").contains("id=\"search-missing\" hidden"))
    }
}
