import Foundation
import Testing
import HubBuild

/// The test site checked by tools nobody on this project wrote (installed by `make test`):
/// the Nu Html Checker, axe-core in headless Chromium at phone and desktop widths, and
/// LinkChecker, with the site served under a subpath and at a domain root. Screenshots are
/// saved to .build/screenshots/ for a person to look at.
@Suite(.serialized) struct SiteQualityTests {
    static let screenshots = CatalogueTests.repository.appendingPathComponent(".build/screenshots")

    static func check(baseURL: String?, mount: String, skip: [String] = []) throws -> [String: Any] {
        let (built, output) = try BuildTests.buildFixture(baseURL: baseURL)
        defer { try? FileManager.default.removeItem(at: output) }
        #expect(built.pages != nil)
        let arguments = [output.path, "--mount", mount, "--shots", screenshots.path] + skip.flatMap { ["--skip", $0] }
        return try #require(try CalendarTests.parse("site_checks.py", arguments) as? [String: Any])
    }

    @Test func validAccessibleAndLinkedUnderASubpath() throws {
        let result = try Self.check(baseURL: "https://example.org/hubs/", mount: "/hubs/")
        let vnuErrors = try #require((result["vnu"] as? [String: Any])?["errors"] as? [[String: Any]])
        #expect(vnuErrors.isEmpty, "vnu: \(vnuErrors)")
        let axe = try #require(result["axe"] as? [String: Any])
        let violations = try #require(axe["violations"] as? [[String: Any]])
        #expect(violations.isEmpty, "axe: \(violations)")
        #expect(axe["widths"] as? [Int] == [390, 1280])
        // No page is wider than the window at a phone's width (390 px) or a laptop's (1280 px),
        // and the Healthy Hub report's matrix fits without scrolling sideways (a month's grid
        // may scroll in its own region, as a data table may).
        let overflow = try #require(axe["overflow"] as? [[String: Any]])
        let wide = overflow.filter { ($0["scroll"] as? Int ?? 0) > ($0["window"] as? Int ?? 0) }
        #expect(wide.isEmpty, "wider than the window: \(wide)")
        let report = overflow.filter { ($0["page"] as? String)?.hasPrefix("health/") == true }
        #expect(report.isEmpty, "the report scrolls sideways: \(report)")
        #expect((axe["pages"] as? Int ?? 0) >= 30)
        let links = try #require(result["links"] as? [String: Any])
        #expect(links["exit"] as? Int == 0, "links: \(links)")
        #expect((links["summary"] as? String)?.contains(" 0 errors found") == true, "links: \(links)")
        let shots = try #require(result["screenshots"] as? [String])
        #expect(shots.count == 10)
        for shot in shots {
            let size = (try? FileManager.default.attributesOfItem(atPath: shot)[.size] as? NSNumber)?.intValue ?? 0
            #expect(size > 10_000, "\(shot) looks empty")
        }
    }

    @Test func linkedAtADomainRoot() throws {
        let result = try Self.check(baseURL: nil, mount: "/", skip: ["vnu", "axe"])
        let links = try #require(result["links"] as? [String: Any])
        #expect(links["exit"] as? Int == 0, "links: \(links)")
        #expect((links["summary"] as? String)?.contains(" 0 errors found") == true, "links: \(links)")
    }
}
