import Foundation
import Testing
import Yams
@testable import HubBuild
import HubModel

@Suite struct ScaffoldTests {
    static func folder() -> URL { FileManager.default.temporaryDirectory.appendingPathComponent("hubsite-new-\(UUID().uuidString)") }

    /// A new project passes `check` at once, whatever the day of the academic year.
    @Test(arguments: ["2026-11-25", "2027-01-05", "2027-06-30", "2027-08-31", "2027-09-01", "2028-02-29"])
    func newSiteChecksCleanly(_ day: String) throws {
        let today = LocalDate(iso: day)!
        let folder = Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let files = try Scaffold(today: today).site(at: folder)
        #expect(files.contains(".github/workflows/hubsite.yml") && files.contains(".gitignore") && files.contains("README.md"))
        let diagnostics = BuildPipeline(options: BuildOptions(source: folder, today: today)).check().diagnostics
        #expect(diagnostics.isEmpty, "\(diagnostics.summary)")
        let built = try BuildPipeline(options: BuildOptions(source: folder, today: today)).build()
        #expect(built.pages != nil)
    }

    /// What building leaves in a new project (the site, the copy the next build writes into,
    /// the lock) is ignored by git, so that `git add .` never commits a built site.
    @Test func buildingLeavesNothingForGitToCommit() throws {
        let folder = Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = try Scaffold(today: TestProject.today).site(at: folder)
        func git(_ arguments: [String]) throws -> String {
            let process = Process(), pipe = Pipe()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = ["git", "-C", folder.path] + arguments
            process.standardOutput = pipe
            try process.run()
            let output = pipe.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            return String(decoding: output, as: UTF8.self)
        }
        _ = try git(["init", "-q"])
        let before = try git(["status", "--porcelain", "--untracked-files=all"])
        for _ in 0..<2 { _ = try BuildPipeline(options: BuildOptions(source: folder, today: TestProject.today)).build() }
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent(".site.build").path), "the second build leaves its staging copy")
        #expect(try git(["status", "--porcelain", "--untracked-files=all"]) == before)
    }

    /// The commented example of a repeating opportunity, its comment marks taken away, is a
    /// valid repeat that the page then states.
    @Test(arguments: ["2026-11-25", "2027-01-05", "2027-06-30", "2028-02-29"])
    func theRepeatExampleWorksUncommented(_ day: String) throws {
        let today = LocalDate(iso: day)!
        let folder = Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = try Scaffold(today: today).site(at: folder)
        let file = folder.appendingPathComponent("content/opportunities/example-training.md")
        var text = try String(contentsOf: file, encoding: .utf8)
        for (commented, plain) in [("# repeat:", "repeat:"), ("#   every:", "  every:"), ("#   until:", "  until:"), ("#   except:", "  except:")] {
            text = text.replacingOccurrences(of: "\n" + commented, with: "\n" + plain)
        }
        try Data(text.utf8).write(to: file)
        let checked = BuildPipeline(options: BuildOptions(source: folder, today: today)).check()
        #expect(checked.diagnostics.isEmpty, "\(checked.diagnostics)")
        let series = checked.plan.events.filter { $0.series?.id == .opportunity("example-training") }
        #expect(series.count > 20 && series.count < 28)
    }

    @Test func newFilesNeverOverwrite() throws {
        let folder = Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let scaffold = Scaffold(today: TestProject.today)
        _ = try scaffold.site(at: folder)
        #expect(throws: Scaffold.Failure.self) { try scaffold.site(at: folder) }
        let hub = try scaffold.page(kind: "hub", slug: "south-west", in: folder)
        #expect(hub.lastPathComponent == "south-west.md")
        try Data("mine".utf8).write(to: hub)
        #expect(throws: Scaffold.Failure.exists(hub.path)) { try scaffold.page(kind: "hub", slug: "south-west", in: folder) }
        #expect(try String(contentsOf: hub, encoding: .utf8) == "mine")
        #expect(throws: Scaffold.Failure.badSlug("South West")) { try scaffold.page(kind: "hub", slug: "South West", in: folder) }
        let opportunity = try scaffold.page(kind: "opportunity", slug: "taster-day", in: folder)
        let text = try String(contentsOf: opportunity, encoding: .utf8)
        #expect(text.contains("hubs: [example]"))
        #expect(text.contains("start: 2026-12-25 10:00"))
    }

    @Test func everyHubFieldIsExplained() {
        let text = Scaffold(today: TestProject.today).hub(slug: "x", title: "X Hub")
        for key in ["title:", "region:", "updated:", "organisations:", "leads:", "contact:", "members:", "meetings:", "action_plan:", "terms_of_reference:"] {
            let line = text.components(separatedBy: "\n").first { $0.contains(key) }
            #expect(line?.contains("#") == true, "\(key) has no comment")
        }
    }

    @Test func workflowChecksPullRequestsAndPublishesMain() throws {
        let workflow = try #require(try Yams.load(yaml: Scaffold.workflow) as? [String: Any])
        let on = try #require(workflow["on"] as? [String: Any])
        #expect(on.keys.contains("pull_request") && on.keys.contains("push"))
        let steps = try #require(((workflow["jobs"] as? [String: Any])?["hubsite"] as? [String: Any])?["steps"] as? [[String: Any]])
        let runs = steps.compactMap { $0["run"] as? String }
        #expect(runs.contains("hubsite check --format github"))
        #expect(runs.contains { $0.hasPrefix("hubsite build --base-url") })
        #expect(steps.contains { ($0["uses"] as? String)?.hasPrefix("actions/deploy-pages") == true })
        // Every week, the outward links.
        #expect(((on["schedule"] as? [[String: Any]])?.first?["cron"] as? String) == "0 6 * * 1")
        let links = try #require((workflow["jobs"] as? [String: Any])?["links"] as? [String: Any])
        #expect(links["if"] as? String == "github.event_name == 'schedule'")
        #expect(((links["steps"] as? [[String: Any]]) ?? []).compactMap { $0["run"] as? String }.contains("hubsite check --links --format github"))
        #expect(Scaffold.gitignore.contains(".hubsite/"))
        // hubsite comes from its release files: no compiler, no container.
        for job in ["hubsite", "links"] {
            let steps = try #require(((workflow["jobs"] as? [String: Any])?[job] as? [String: Any])?["steps"] as? [[String: Any]])
            #expect(steps.compactMap { $0["run"] as? String }.contains { $0.contains("install.sh") && $0.contains("--version \"$HUBSITE_VERSION\"") })
            #expect(((workflow["jobs"] as? [String: Any])?[job] as? [String: Any])?["container"] == nil)
        }
        #expect((workflow["env"] as? [String: Any])?["HUBSITE_VERSION"] as? String == HubsiteVersion.current)
        #expect(!Scaffold.workflow.contains("swift build"))
    }

    /// The composite action at the repository's root installs the same way and runs a command.
    @Test func theActionInstallsTheReleaseAndRunsACommand() throws {
        let text = try String(contentsOf: CatalogueTests.repository.appendingPathComponent("action.yml"), encoding: .utf8)
        let action = try #require(try Yams.load(yaml: text) as? [String: Any])
        let inputs = try #require(action["inputs"] as? [String: [String: Any]])
        #expect(Set(inputs.keys) == ["version", "releases", "command", "format"])
        #expect(inputs["version"]?["default"] as? String == HubsiteVersion.current, "the action installs this version")
        let runs = try #require(action["runs"] as? [String: Any])
        #expect(runs["using"] as? String == "composite")
        let steps = try #require(runs["steps"] as? [[String: Any]])
        #expect((steps.first?["run"] as? String)?.contains("install.sh") == true)
    }

    @Test func progressOnlyWhenAskedOrOnATerminal() throws {
        let project = TestProject()
        defer { project.remove() }
        let plain = try CommandLineTests.run(["build", "--source", project.root.path, "--today", "2026-11-25"])
        #expect(plain.status == 0)
        #expect(!plain.stderr.contains("Rendered"))
        #expect(plain.stdout.contains("Wrote "))
        let verbose = try CommandLineTests.run(["build", "--source", project.root.path, "--today", "2026-11-25", "--verbose"])
        #expect(verbose.stderr.contains("] Checked: 0 errors, 0 warnings in 2 files"))
        #expect(verbose.stderr.contains("] Rendered "))
        let quiet = try CommandLineTests.run(["build", "--source", project.root.path, "--today", "2026-11-25", "--quiet"])
        #expect(quiet.stdout.isEmpty && quiet.stderr.isEmpty)
        let version = try CommandLineTests.run(["--version"])
        #expect(version.stdout == HubsiteVersion.current + "\n")
        let completion = try CommandLineTests.run(["--generate-completion-script", "bash"])
        #expect(completion.stdout.contains("complete") && completion.stdout.contains("serve"))
    }
}
