import Foundation
import Testing
@testable import HubBuild

/// The bundled content and the test site, every file's front matter rewritten as the CMSs save
/// it (Tests/tools/cms_rewrite.py: by ruamel.yaml and by PyYAML with their default dumpers,
/// comments gone, keys shuffled with a fixed seed, dates as UTC instants, blank fields written
/// empty, quotes dropped and long texts folded): the site built from the rewritten files is
/// byte for byte the site built from the originals, every new finding is a warning with its
/// fix, and after `check --fix` the findings are the originals' again.
@Suite struct CMSRoundTripTests {
    static let projects: [String: URL] = [
        "bundled": CatalogueTests.repository,
        "test-site": CatalogueTests.repository.appendingPathComponent("Tests/HubsiteTests/Fixtures/test-site"),
    ]

    /// Every file under `folder`, by its path relative to it.
    static func tree(_ folder: URL) -> [String: Data] {
        var files: [String: Data] = [:]
        let base = folder.standardizedFileURL.path + "/"
        let walker = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey])
        while let url = walker?.nextObject() as? URL {
            guard (try? url.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile == true else { continue }
            files[String(url.standardizedFileURL.path.dropFirst(base.count))] = try? Data(contentsOf: url)
        }
        return files
    }

    /// The findings without their places (the keys moved): rule, severity and message, sorted.
    static func findings(_ stdout: String) -> [String] {
        stdout.split(separator: "\n").compactMap { line -> String? in
            guard let range = line.range(of: #": (error|warning|note)\["#, options: .regularExpression) else { return nil }
            return String(line[range.lowerBound...])
        }.sorted()
    }

    static func copy(_ project: URL, to folder: URL) throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for name in ["content", "hubsite.yml", "templates"] where FileManager.default.fileExists(atPath: project.appendingPathComponent(name).path) {
            try FileManager.default.copyItem(at: project.appendingPathComponent(name), to: folder.appendingPathComponent(name))
        }
    }

    static func rewrite(_ library: String, _ source: URL, _ target: URL) throws -> [String] {
        let data = try CalendarTests.runTool("cms_rewrite.py", [library, source.path, target.path])
        return String(decoding: data, as: UTF8.self).split(separator: "\n").map(String.init)
    }

    @Test(arguments: ["bundled", "test-site"], ["ruamel", "pyyaml"])
    func aProjectSavedByACMSBuildsTheSamePages(project name: String, library: String) throws {
        let project = try #require(Self.projects[name])
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("hubsite-roundtrip-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: work) }
        let original = work.appendingPathComponent("original"), saved = work.appendingPathComponent("saved")
        try Self.copy(project, to: original)
        let rewritten = try Self.rewrite(library, original, saved)
        #expect(rewritten.count >= 10, "every page is rewritten: \(rewritten)")

        // The rewrite did what the CMSs do, so that the test cannot pass by leaving files alone.
        let south = try String(contentsOf: saved.appendingPathComponent("content/hubs/south.md"), encoding: .utf8)
        let front = south.components(separatedBy: "\n---").first ?? ""
        #expect(!front.contains("\n#") && front.contains("T00:00:00.000Z"), "no comments, dates as instants: \(front.prefix(400))")
        if library == "ruamel" { #expect(front.contains(": 14:00") || front.contains(": 10:00") || front.contains(": 18:00"), "times unquoted") }

        let build = ["build", "--today", "2026-11-25", "--quiet", "--output"]
        let before = try CommandLineTests.run(build + [work.appendingPathComponent("site-original").path], in: original)
        let after = try CommandLineTests.run(build + [work.appendingPathComponent("site-saved").path], in: saved)
        #expect(before.status == 0 && after.status == 0, "\(after.stdout)\(after.stderr)")
        let pages = Self.tree(work.appendingPathComponent("site-original")), savedPages = Self.tree(work.appendingPathComponent("site-saved"))
        #expect(pages.count > 20 && Set(pages.keys).symmetricDifference(savedPages.keys).count == 0)
        let differing = pages.keys.filter { pages[$0] != savedPages[$0] }.sorted()
        #expect(differing.count == 0, "pages that differ: \(differing.prefix(10))")

        // Each new finding is a warning that says how hubsite writes the value, with its fix.
        let check = ["check", "--today", "2026-11-25"]
        let originalFindings = Self.findings(try CommandLineTests.run(check, in: original).stdout)
        let savedCheck = try CommandLineTests.run(check + ["--format", "json"], in: saved)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(savedCheck.stdout.utf8)) as? [String: Any])
        let diagnostics = json["diagnostics"] as? [[String: Any]] ?? []
        #expect(!diagnostics.contains { $0["severity"] as? String == "error" }, "\(savedCheck.stdout.prefix(2000))")
        let saves = diagnostics.filter { ($0["message"] as? String)?.contains("as a content tool saves") == true }
        #expect(saves.count >= 10 && saves.allSatisfy { $0["severity"] as? String == "warning" && $0["fix"] != nil }, "\(saves.first ?? [:])")

        let fixed = try CommandLineTests.run(check + ["--fix"], in: saved)
        #expect(fixed.status == 0, "\(fixed.stdout)\(fixed.stderr)")
        #expect(Self.findings(try CommandLineTests.run(check, in: saved).stdout) == originalFindings, "after the fixes, the originals' findings")
        let again = try CommandLineTests.run(build + [work.appendingPathComponent("site-fixed").path], in: saved)
        #expect(again.status == 0)
        let fixedPages = Self.tree(work.appendingPathComponent("site-fixed"))
        let fixedDiffering = Set(pages.keys).union(fixedPages.keys).filter { pages[$0] != fixedPages[$0] }.sorted()
        #expect(fixedDiffering.count == 0, "the fixed files build the same site; they differ in \(fixedDiffering.prefix(10))")
    }

    /// Decap CMS saves a bilingual site's pages in the main language as `name.en-GB.md` (its
    /// `multiple_files` structure always names the language): the bundled content (in English
    /// and Welsh), every page renamed so, builds the same site byte for byte.
    @Test func aBilingualProjectSavedByDecapBuildsTheSamePages() throws {
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("hubsite-decap-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: work) }
        let original = work.appendingPathComponent("original"), saved = work.appendingPathComponent("saved")
        try Self.copy(CatalogueTests.repository, to: original)
        try Self.copy(CatalogueTests.repository, to: saved)
        let config = try String(contentsOf: saved.appendingPathComponent("hubsite.yml"), encoding: .utf8)
        #expect(config.contains("languages: [en-GB, cy]"), "the bundled site is bilingual")
        var renamed = 0
        for folder in ["content/hubs", "content/opportunities", "content/activities"] {
            let url = saved.appendingPathComponent(folder)
            for name in try FileManager.default.contentsOfDirectory(atPath: url.path) where name.hasSuffix(".md") && !name.dropLast(3).contains(".") {
                try FileManager.default.moveItem(at: url.appendingPathComponent(name), to: url.appendingPathComponent(name.dropLast(3) + ".en-GB.md"))
                renamed += 1
            }
        }
        #expect(renamed >= 15)
        let build = ["build", "--today", "2026-11-25", "--quiet", "--output"]
        let before = try CommandLineTests.run(build + [work.appendingPathComponent("site-original").path], in: original)
        let after = try CommandLineTests.run(build + [work.appendingPathComponent("site-saved").path], in: saved)
        #expect(before.status == 0 && after.status == 0, "\(after.stdout)\(after.stderr)")
        let pages = Self.tree(work.appendingPathComponent("site-original")), savedPages = Self.tree(work.appendingPathComponent("site-saved"))
        #expect(pages.keys.contains("cy/hubs/cymru/index.html") && pages.count > 100)
        let differing = Set(pages.keys).union(savedPages.keys).filter { pages[$0] != savedPages[$0] }.sorted()
        #expect(differing.isEmpty, "pages that differ: \(differing.prefix(10))")
        // The findings are the same, at the renamed files.
        let check = ["check", "--today", "2026-11-25"]
        let originalFindings = try CommandLineTests.run(check, in: original).stdout
        let savedFindings = try CommandLineTests.run(check, in: saved).stdout
        #expect(savedFindings.replacingOccurrences(of: ".en-GB.md", with: ".md") == originalFindings)
    }

    /// The schema line `check --fix` puts back in a page Decap CMS named with the main
    /// language's code (`south.en-GB.md`) is the page's, not a translation's.
    @Test func thePutBackSchemaLineOfAPageNamedWithTheMainLanguageIsThePages() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("hubsite-schema-decap-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = try Scaffold(today: TestProject.today).site(at: folder)
        let fixer = ContentFixer(source: folder)
        #expect(fixer.schemaLine(for: "content/hubs/south.en-GB.md", mainLanguage: "en-GB") == "# yaml-language-server: $schema=../../schema/hub.json")
        #expect(fixer.schemaLine(for: "content/hubs/south.cy.md", mainLanguage: "en-GB") == "# yaml-language-server: $schema=../../schema/hub-translation.json")
        #expect(fixer.schemaLine(for: "content/opportunities/day.en-GB.md", mainLanguage: "en-GB") == "# yaml-language-server: $schema=../../schema/opportunity.json")
    }

    /// A CMS drops the schema line `hubsite new` writes (`# yaml-language-server: $schema=…`);
    /// `check --fix` puts it back after the opening `---`, with the file's own line ending,
    /// once, and `--dry-run` only shows it.
    @Test func checkFixPutsBackTheSchemaLine() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("hubsite-schema-line-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let original = folder.appendingPathComponent("original"), saved = folder.appendingPathComponent("saved")
        #expect(try CommandLineTests.run(["new", "site", original.path, "--today", "2026-11-25"]).status == 0)
        _ = try Self.rewrite("ruamel", original, saved)
        let hub = saved.appendingPathComponent("content/hubs/example.md"), opportunity = saved.appendingPathComponent("content/opportunities/example-training.md")
        // One file as a Windows tool saves it.
        let crlf = try String(contentsOf: opportunity, encoding: .utf8).replacingOccurrences(of: "\n", with: "\r\n")
        try Data(crlf.utf8).write(to: opportunity)
        let before = try String(contentsOf: hub, encoding: .utf8)
        #expect(!before.contains("yaml-language-server"), "the rewrite dropped it")

        let dry = try CommandLineTests.run(["check", "--fix", "--dry-run", "--today", "2026-11-25"], in: saved)
        #expect(dry.stdout.contains("+# yaml-language-server: $schema=../../schema/hub.json") && dry.stdout.contains("Would put back the schema line"), "\(dry.stdout)")
        #expect(try String(contentsOf: hub, encoding: .utf8) == before, "--dry-run changes nothing")

        let fixed = try CommandLineTests.run(["check", "--fix", "--today", "2026-11-25"], in: saved)
        #expect(fixed.status == 0 && fixed.stdout.contains("Put back the schema line"), "\(fixed.stdout)")
        let hubLines = try String(contentsOf: hub, encoding: .utf8).components(separatedBy: "\n")
        #expect(hubLines[0] == "---" && hubLines[1] == "# yaml-language-server: $schema=../../schema/hub.json")
        // Below it, the file as it was but for the dates the same --fix wrote in hubsite's form.
        let beforeLines = before.components(separatedBy: "\n"), rest = [hubLines[0]] + hubLines.dropFirst(2)
        #expect(rest.count == beforeLines.count)
        #expect(zip(beforeLines, rest).allSatisfy { $0 == $1 || $0.contains(".000Z") }, "\(zip(beforeLines, rest).filter { $0 != $1 })")
        let crlfLines = try String(contentsOf: opportunity, encoding: .utf8).components(separatedBy: "\r\n")
        #expect(crlfLines[1] == "# yaml-language-server: $schema=../../schema/opportunity.json" && !crlfLines.joined().contains("\n"), "CRLF kept")

        let again = try CommandLineTests.run(["check", "--fix", "--today", "2026-11-25"], in: saved)
        #expect(again.stdout.contains("Nothing to fix") && !again.stdout.contains("schema line"), "\(again.stdout)")
        #expect(try CommandLineTests.run(["build", "--today", "2026-11-25"], in: saved).status == 0)
    }
}
