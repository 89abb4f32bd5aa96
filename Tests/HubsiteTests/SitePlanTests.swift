import Foundation
import Testing
import HubBuild
import HubModel
@testable import HubPlan

/// The site plan is the one list of the site's files: what is built, linked, mapped and
/// rebuilt all comes from it.
@Suite struct SitePlanTests {
    static func fixturePlan(baseURL: String? = "https://example.org/hubs/") -> BuildPipeline.Checked {
        BuildPipeline(options: BuildTests.fixtureOptions(baseURL: baseURL)).check()
    }

    @Test func theBuiltSiteIsExactlyThePlanAndTheAssets() throws {
        let checked = Self.fixturePlan()
        let (built, output) = try BuildTests.buildFixture(baseURL: "https://example.org/hubs/")
        defer { try? FileManager.default.removeItem(at: output) }
        #expect(built.pages != nil)
        // Pagefind's index (pagefind/) is Pagefind's own output, written after the plan's files.
        let all = Set(PreviewBuildTests.files(in: output).keys)
        let written = all.filter { !$0.hasPrefix(SitePaths.searchIndex) }
        #expect(all.contains(SitePaths.searchIndex + "pagefind-ui.js"))
        let planned = Set(checked.plan.files.map(\.outputPath)).union(checked.content.assets.map(SitePaths.asset))
        #expect(written == planned, "written but not planned: \(written.subtracting(planned).sorted()); planned but not written: \(planned.subtracting(written).sorted())")
    }

    /// The test site exercises every kind of file hubsite makes.
    @Test func theTestSiteHasEveryKindOfFile() {
        let kinds = Set(Self.fixturePlan().plan.files.map { "\($0.kind)".prefix { $0 != "(" } })
        let every = ["index", "region", "hub", "hubFeed", "opportunity", "opportunityFeed", "calendarView", "audienceFeed", "viewFeed", "subscribe", "search", "month",
                     "calendarFeed", "atomFeed", "stylesheet", "favicon", "notFound", "robots", "sitemap", "health", "healthJSON", "alias", "redirects", "accessibility",
                     "activity", "activities", "activitiesFeed"]
        #expect(kinds == Set(every.map { Substring($0) }))
    }

    @Test func theSitemapListsThePlansPages() throws {
        let checked = Self.fixturePlan()
        let (_, output) = try BuildTests.buildFixture(baseURL: "https://example.org/hubs/")
        defer { try? FileManager.default.removeItem(at: output) }
        let sitemap = try BuildTests.read(output, "sitemap.xml")
        let listed = Set(sitemap.components(separatedBy: "<loc>").dropFirst().map { String($0.prefix { $0 != "<" }.dropFirst("https://example.org/hubs/".count)) })
        #expect(listed == Set(checked.plan.files.filter(\.inSitemap).map(\.path)))
        #expect(listed.contains("calendar/2027/04/") && listed.contains("regions/london/") && !listed.contains("health/"))
    }

    @Test func twoRegionsAtOneAddressAreAnErrorNamingBothFiles() throws {
        let other = TestProject.validHub.replacingOnce("region: Testshire", with: "region: South West")
        let mine = TestProject.validHub.replacingOnce("region: Testshire", with: "region: South-West").replacingOnce("title: Test Hub", with: "title: Other Hub")
        let project = TestProject(files: ["content/hubs/a.md": other, "content/hubs/b.md": mine])
        defer { project.remove() }
        let problems = project.check().with(rule: "links")
        let problem = try #require(problems.first)
        #expect(problems.count == 1, "\(problems.summary)")
        let regionLine = mine.components(separatedBy: "\n").firstIndex { $0.hasPrefix("region:") }! + 1
        #expect(problem.location == SourceLocation(file: "content/hubs/b.md", line: regionLine, column: 9))
        #expect(problem.message.contains("'South-West'") && problem.message.contains("content/hubs/a.md") && problem.message.contains("regions/south-west/"))
        #expect(problem.hint == "Write the region exactly as content/hubs/a.md does: 'region: South West'.")
        #expect(try project.pipeline.build().pages == nil)
    }

    @Test func linksAreCheckedAgainstThePlan() {
        let body = TestProject.validHub + "\n[Report](/health/), [icon](/favicon.svg), [robots](/robots.txt), [January](/calendar/2027/01/), [May 2031](/calendar/2031/05/).\n"
        let plain = TestProject(files: ["content/hubs/test.md": body])
        defer { plain.remove() }
        let problems = plain.check().with(rule: "links")
        // No report without `report: true`; no page for a month without events.
        #expect(Set(problems.compactMap { $0.message.split(separator: "\"").dropFirst().first }) == ["/health/", "/calendar/2031/05/"], "\(problems.summary)")
        let reporting = TestProject(files: ["content/hubs/test.md": body, "hubsite.yml": "report: true\n"])
        defer { reporting.remove() }
        #expect(reporting.check().with(rule: "links").map(\.message).allSatisfy { $0.contains("/calendar/2031/05/") })
        #expect(reporting.check().with(rule: "links").count == 1)
    }
}
