import Foundation
import Testing
@testable import HubBuild
import HubModel

/// Builds for real into temporary folders and reads the pages back.
@Suite struct BuildTests {
    static let repository = CatalogueTests.repository
    /// The test site (Tests/HubsiteTests/Fixtures/test-site): every kind of page, never edited by co-leads.
    static let fixtureSite = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/test-site")
    static let today = LocalDate(iso: "2026-11-25")!

    static func temporaryFolder() -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("hubsite-site-\(UUID().uuidString)")
    }

    static func read(_ folder: URL, _ path: String) throws -> String {
        try String(contentsOf: folder.appendingPathComponent(path), encoding: .utf8)
    }

    /// The Pagefind of the test set-up (PyPI pagefind-bin in .build/test-venv), so that the
    /// test site, which asks for search, is built with it.
    static let pagefind = Pagefind(command: [CalendarTests.python.path, "-m", "pagefind_bin"])

    /// Options for the test site, with the test set-up's Pagefind.
    static func fixtureOptions(output: URL? = nil, baseURL: String? = nil) -> BuildOptions {
        var options = BuildOptions(source: fixtureSite, output: output, baseURL: baseURL, today: today)
        options.pagefind = pagefind
        return options
    }

    static func buildFixture(baseURL: String? = nil) throws -> (BuildPipeline.Built, URL) {
        let output = temporaryFolder()
        let pipeline = BuildPipeline(options: fixtureOptions(output: output, baseURL: baseURL))
        return (try pipeline.build(), output)
    }

    /// The content that ships (and that `make site` publishes) has no errors: CI fails when a
    /// change to it would.
    @Test func bundledContentChecksWithoutErrors() {
        let checked = BuildPipeline(options: BuildOptions(source: Self.repository, today: Self.today)).check()
        #expect(checked.diagnostics.errors.isEmpty, "\(checked.diagnostics.errors.summary)")
        #expect(checked.content.hubs.count >= 5)
        #expect(checked.content.opportunities.count >= 5)
    }

    @Test func fixtureSiteRendersTheSouthHub() throws {
        let (built, output) = try Self.buildFixture()
        defer { try? FileManager.default.removeItem(at: output) }
        #expect(built.pages != nil)
        let south = try Self.read(output, "hubs/south/index.html")
        for lead in ["Tian Barratt", "Jodie Anthony", "Alex Blower", "Nadia Morad"] {
            #expect(south.contains("<p class=\"person-name\">\(lead)</p>"))
        }
        #expect(south.contains("Co-Lead: Pupil Tracking"))
        #expect(south.contains("Access and Outreach Manager, Arts University Bournemouth"))
        #expect(south.contains("<img src=\"../../logos/portsmouth.svg\" alt=\"University of Portsmouth (placeholder logo)\""))
        #expect(south.contains("hosted by the <strong>University of Portsmouth</strong>"))
        #expect(south.contains("<a href=\"mailto:south-hub@placeholder.example\">"))
        #expect(south.contains("<caption>Actions, reviewed 30 September 2026</caption>"))
        #expect(south.contains("<title>South Hub – SCiP Alliance Hubs</title>"))
        // Upcoming meetings first, past ones after, decided by --today.
        let upcoming = try #require(south.range(of: "Spring term hub meeting"))
        let past = try #require(south.range(of: "Autumn term hub meeting"))
        #expect(upcoming.lowerBound < past.lowerBound)
        // Logos are copied next to the pages that use them.
        #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("logos/portsmouth.svg").path))

        let index = try Self.read(output, "index.html")
        #expect(index.contains("<a href=\"hubs/south/index.html\">South Hub</a>"))
        #expect(index.contains("University of Portsmouth"))
        #expect(index.contains("Wednesday 10 February 2027, 14:00"))

        let calendar = try Self.read(output, "calendar/index.html")
        let webinar = try #require(calendar.range(of: "Webinar: supporting pupils who move school mid-year"))
        let training = try #require(calendar.range(of: "Thriving Lives Toolkit training for practitioners"))
        #expect(webinar.lowerBound < training.lowerBound)
        #expect(!calendar.contains("Autumn network conference"))
        #expect(try Self.read(output, "calendar/past/index.html").contains("Autumn network conference"))
    }

    /// Every href and src in every page names a file of the site (relative links, so this also
    /// holds under a subpath and from disk), and no page links to the domain root.
    @Test func everyInternalLinkResolves() throws {
        let (_, output) = try Self.buildFixture(baseURL: "https://example.org/hubs/")
        defer { try? FileManager.default.removeItem(at: output) }
        let enumerator = FileManager.default.enumerator(at: output, includingPropertiesForKeys: nil)!
        var checked = 0
        for case let url as URL in enumerator where url.pathExtension == "html" && url.lastPathComponent != "404.html" {
            let html = try String(contentsOf: url, encoding: .utf8)
            for link in Self.links(in: html) {
                if link.hasPrefix("https://") || link.hasPrefix("http://") || link.hasPrefix("webcal://") || link.hasPrefix("mailto:") || link.hasPrefix("tel:") || link.hasPrefix("#")
                    || link.hasPrefix("data:text/calendar;") { continue }
                #expect(!link.hasPrefix("/"), "\(url.path): rooted link \(link)")
                let path = String(link.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)[0])
                let target = url.deletingLastPathComponent().appendingPathComponent(path).standardizedFileURL
                var isDirectory: ObjCBool = false
                #expect(FileManager.default.fileExists(atPath: target.path, isDirectory: &isDirectory) && !isDirectory.boolValue,
                        "\(url.path): \(link) does not name a file")
                checked += 1
            }
        }
        #expect(checked > 500)
        let south = try Self.read(output, "hubs/south/index.html")
        #expect(south.contains("<link rel=\"canonical\" href=\"https://example.org/hubs/hubs/south/\">"))
        #expect(try Self.read(output, "sitemap.xml").contains("<loc>https://example.org/hubs/hubs/south/</loc>"))
        #expect(try Self.read(output, "404.html").contains("href=\"/hubs/index.html\""))
    }

    static func links(in html: String) -> [String] {
        var links: [String] = []
        for attribute in ["href=\"", "src=\""] {
            var rest = html[...]
            while let start = rest.range(of: attribute) {
                let after = rest[start.upperBound...]
                guard let end = after.firstIndex(of: "\"") else { break }
                links.append(String(after[..<end]))
                rest = after[end...]
            }
        }
        return links
    }

    @Test func failedBuildKeepsThePreviousSite() throws {
        let project = TestProject()
        defer { project.remove() }
        let first = try project.pipeline.build()
        #expect(first.pages != nil)
        let page = project.root.appendingPathComponent("site/hubs/test/index.html")
        let before = try Data(contentsOf: page)
        project.write(Data(TestProject.validHub.replacingOnce("updated: 2026-11-01", with: "updated: someday").utf8), to: "content/hubs/test.md")
        let second = try project.pipeline.build()
        #expect(second.pages == nil)
        #expect(second.checked.diagnostics.errors.count == 1) // the bad date, and no second error for the date it leaves out
        #expect(try Data(contentsOf: page) == before)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: project.root.path).filter { $0.contains(".new-") || $0.contains(".old-") }
        #expect(leftovers.isEmpty)
        // The failed build did not touch the live site; the staging copy is not the site.
        #expect(FileManager.default.fileExists(atPath: project.root.appendingPathComponent("site/index.html").path))
    }

    @Test func rebuildReplacesTheSiteWholly() throws {
        let project = TestProject()
        defer { project.remove() }
        _ = try project.pipeline.build()
        let stray = project.root.appendingPathComponent("site/stray.html")
        try Data("old".utf8).write(to: stray)
        _ = try project.pipeline.build()
        #expect(!FileManager.default.fileExists(atPath: stray.path))
        #expect(FileManager.default.fileExists(atPath: project.root.appendingPathComponent("site/hubs/test/index.html").path))
        // The third build writes over the second's staging copy (the first build's site, with
        // the stray file): what it does not make is pruned; a deleted opportunity goes too.
        let page = project.root.appendingPathComponent("site/opportunities/workshop/index.html")
        #expect(FileManager.default.fileExists(atPath: page.path))
        try FileManager.default.removeItem(at: project.root.appendingPathComponent("content/opportunities/workshop.md"))
        let third = try project.pipeline.build()
        #expect(third.pages != nil)
        #expect(!FileManager.default.fileExists(atPath: stray.path))
        #expect(!FileManager.default.fileExists(atPath: page.path))
        #expect(!FileManager.default.fileExists(atPath: page.deletingLastPathComponent().path))
        _ = try project.pipeline.build()
        #expect(!FileManager.default.fileExists(atPath: page.path))
        #expect(FileManager.default.fileExists(atPath: project.root.appendingPathComponent("site/hubs/test/index.html").path))
    }

    @Test func refusesToWriteOverTheProject() {
        let project = TestProject()
        defer { project.remove() }
        for output in [project.root, project.root.appendingPathComponent("content"), project.root.deletingLastPathComponent()] {
            let pipeline = BuildPipeline(options: BuildOptions(source: project.root, output: output, today: TestProject.today))
            #expect(throws: BuildError.self) { try pipeline.build() }
        }
        #expect(FileManager.default.fileExists(atPath: project.root.appendingPathComponent("content/hubs/test.md").path))
    }

    /// Two separate processes (each with its own hash seed, so nothing may depend on the
    /// order of a dictionary or set) write the same bytes.
    @Test func buildsAreDeterministicAcrossProcesses() throws {
        let a = Self.temporaryFolder(), b = Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: a); try? FileManager.default.removeItem(at: b) }
        for output in [a, b] {
            let run = try MeasuredRun.hubsite(["build", "--source", Self.fixtureSite.path, "--output", output.path,
                                               "--base-url", "https://example.org/hubs/", "--today", "2026-11-25", "--quiet"])
            #expect(run.exitStatus == 0)
        }
        let first = PreviewBuildTests.files(in: a), second = PreviewBuildTests.files(in: b)
        #expect(first.count > 50)
        #expect(Set(first.keys) == Set(second.keys))
        for (path, data) in first where second[path] != data { Issue.record("\(path) differs between two processes") }
    }
}

/// The story of the validation issue: a pull request that removes the South Hub's contact
/// email fails CI with an annotation on the right line.
@Suite struct SouthHubContactTests {
    @Test func removingTheSouthHubEmailFailsWithAnAnnotationOnItsLine() throws {
        let south = try String(contentsOf: BuildTests.fixtureSite.appendingPathComponent("content/hubs/south.md"), encoding: .utf8)
        let lines = south.components(separatedBy: "\n")
        let contactLine = try #require(lines.firstIndex(of: "contact:")) + 1
        let edited = south.replacingOnce("  email: south-hub@placeholder.example\n", with: "")
        let project = TestProject(files: ["content/hubs/south.md": edited, "content/hubs/test.md": nil, "content/opportunities/workshop.md": nil])
        defer { project.remove() }
        let run = try CommandLineTests.run(["check", "--format", "github", "--today", "2026-11-25"], in: project.root)
        #expect(run.status == 1)
        #expect(run.stdout.contains("::error file=content/hubs/south.md,line=\(contactLine),col=1,title=hubsite contacts::The hub has no public contact route"))
    }
}
