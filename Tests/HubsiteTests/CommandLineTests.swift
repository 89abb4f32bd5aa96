import Foundation
import Testing

/// Runs the real `hubsite` binary: exit statuses and output are the interface CI relies on.
@Suite struct CommandLineTests {
    /// The hubsite built alongside these tests (also under a sanitizer's own build folder).
    static let binary = Bundle.module.bundleURL.deletingLastPathComponent().appendingPathComponent("hubsite")

    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static func run(_ arguments: [String], in folder: URL? = nil, environment: [String: String] = [:]) throws -> Run {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        if let folder { process.currentDirectoryURL = folder }
        var env = ProcessInfo.processInfo.environment
        env["ASAN_OPTIONS"] = "detect_leaks=1" // under make test-sanitize: hubsite's own leaks fail
        for (key, value) in environment { env[key] = value }
        process.environment = env
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationReason == .exit, "hubsite was killed by a signal")
        return Run(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self), stderr: String(decoding: stderr, as: UTF8.self))
    }

    @Test func binaryExists() {
        #expect(FileManager.default.isExecutableFile(atPath: Self.binary.path), "build hubsite first (swift build)")
    }

    /// `check --fix --dry-run` prints the diff and changes nothing; `check --fix` makes the
    /// change, prints it, and checks the corrected files (exit 0 when nothing else is wrong);
    /// a mistake without a certain correction is left for the person.
    @Test func checkFixAndDryRun() throws {
        let mistake = try MistakeCorpusTests.site(for: try #require(MistakeCorpusTests.cases.first { $0.name == "25-date-slashes" }))
        defer { try? FileManager.default.removeItem(at: mistake) }
        let file = mistake.appendingPathComponent("content/hubs/example.md")
        let before = try String(contentsOf: file, encoding: .utf8)
        let dry = try Self.run(["check", "--fix", "--dry-run", "--today", "2026-11-30", "--source", mistake.path])
        #expect(dry.status == 1)
        #expect(dry.stdout.contains("@@ -37 +37 @@\n-  - date: 29/01/2027\n+  - date: 2027-01-29\n"), "\(dry.stdout)")
        #expect(dry.stdout.contains("Would fix 1 problem in 1 file"))
        #expect(try String(contentsOf: file, encoding: .utf8) == before)
        let fixed = try Self.run(["check", "--fix", "--today", "2026-11-30", "--source", mistake.path])
        #expect(fixed.status == 0, "\(fixed.stdout)")
        #expect(fixed.stdout.contains("Fixed 1 problem in 1 file.") && fixed.stdout.contains("0 errors, 0 warnings"))
        #expect(try String(contentsOf: file, encoding: .utf8) == before.replacingOccurrences(of: "29/01/2027", with: "2027-01-29"))
        #expect(try Self.run(["check", "--dry-run", "--source", mistake.path]).status == 2)

        let ambiguous = try MistakeCorpusTests.site(for: try #require(MistakeCorpusTests.cases.first { $0.name == "30-date-ambiguous" }))
        defer { try? FileManager.default.removeItem(at: ambiguous) }
        let untouched = try String(contentsOf: ambiguous.appendingPathComponent("content/hubs/example.md"), encoding: .utf8)
        let json = try Self.run(["check", "--fix", "--format", "json", "--today", "2026-11-30", "--source", ambiguous.path])
        #expect(json.status == 1)
        #expect(json.stderr.contains("Nothing to fix"))
        #expect((try? JSONSerialization.jsonObject(with: Data(json.stdout.utf8))) != nil, "the diff stays out of the JSON")
        #expect(try String(contentsOf: ambiguous.appendingPathComponent("content/hubs/example.md"), encoding: .utf8) == untouched)
    }

    /// `hubsite schema` prints what docs/schema/ publishes.
    /// `hubsite new hub SLUG --lang cy` writes the translation skeleton; removing a required
    /// translation fails `hubsite check` with the error at the original's first line.
    @Test func newTranslationAndAMissingOne() throws {
        let original = TestProject.validHub.replacingOnce("region: Testshire\n", with: "region: Testshire\ntranslations: required\n")
        let project = TestProject(files: ["hubsite.yml": TranslationTests.config, "content/hubs/test.md": original])
        defer { project.remove() }
        let missing = try Self.run(["check", "--source", project.root.path, "--today", "2026-11-25"], in: project.root)
        #expect(missing.status == 1 && (missing.stdout + missing.stderr).contains("content/hubs/test.md:1:1: error[translation]: This hub page has no translation into Welsh (cy)"),
                "\(missing.stdout)\(missing.stderr)")
        let made = try Self.run(["new", "hub", "test", "--lang", "cy", "--source", project.root.path])
        #expect(made.status == 0 && made.stdout.contains("content/hubs/test.cy.md"), "\(made.stderr)")
        // Its opportunity follows the hub.
        #expect(try Self.run(["new", "opportunity", "workshop", "--lang", "cy", "--source", project.root.path]).status == 0)
        let skeleton = try Self.run(["check", "--source", project.root.path, "--today", "2026-11-25"], in: project.root)
        #expect(skeleton.status == 0 && (skeleton.stdout + skeleton.stderr).contains("warning[translation]: The translation is not complete"),
                "\(skeleton.stdout)\(skeleton.stderr)")
        let wrong = try Self.run(["new", "hub", "test", "--lang", "gd", "--source", project.root.path])
        #expect(wrong.status == 1 && wrong.stderr.contains("'gd' is not one of the site's languages (en-GB, cy)"), "\(wrong.stderr)")
    }

    @Test func schemaCommandPrintsThePublishedSchemas() throws {
        for name in ["hub", "opportunity", "activity", "hub-translation", "opportunity-translation", "activity-translation"] {
            let run = try Self.run(["schema", name])
            #expect(run.status == 0)
            #expect(run.stdout == (try String(contentsOf: CatalogueTests.repository.appendingPathComponent("docs/schema/\(name).json"), encoding: .utf8)))
        }
        let wrong = try Self.run(["schema", "region"])
        #expect(wrong.status == 2 && wrong.stderr.contains("The value 'region' is invalid"), "\(wrong.stderr)")
        for name in ["hub", "opportunity", "activity", "hub-translation", "opportunity-translation", "activity-translation"] {
            #expect(wrong.stderr.contains("- \(name)\n"), "\(name) is offered: \(wrong.stderr)")
        }
    }

    @Test func checkExitStatuses() throws {
        let good = TestProject()
        defer { good.remove() }
        let ok = try Self.run(["check", "--source", good.root.path, "--today", "2026-11-25"])
        #expect(ok.status == 0, "\(ok.stdout)")
        #expect(ok.stdout.hasSuffix("0 errors, 0 warnings in 2 files\n"))

        let bad = TestProject(files: ["content/hubs/test.md": TestProject.validHub.replacingOnce("  email: hub@test-university.example\n", with: "  email: nope\n")])
        defer { bad.remove() }
        let failed = try Self.run(["check", "--today", "2026-11-25"], in: bad.root)
        #expect(failed.status == 1)
        #expect(failed.stdout.hasPrefix("content/hubs/test.md:16:10: error[contacts]: 'contact.email' is not an email address: \"nope\"."))
        #expect(failed.stdout.contains("\n 16 |   email: nope\n    |          ^\n  hint: "))

        let github = try Self.run(["check", "--today", "2026-11-25", "--format", "github"], in: bad.root)
        #expect(github.status == 1)
        #expect(github.stdout.hasPrefix("::error file=content/hubs/test.md,line=16,col=10,title=hubsite contacts::"))
    }

    @Test func strictTurnsWarningsIntoFailure() throws {
        let project = TestProject(files: ["content/hubs/test.md": TestProject.validHub.replacingOnce("  - name: Test Council\n    type: local-authority\n", with: "")])
        defer { project.remove() }
        #expect(try Self.run(["check", "--source", project.root.path, "--today", "2026-11-25"]).status == 0)
        #expect(try Self.run(["check", "--source", project.root.path, "--today", "2026-11-25", "--strict"]).status == 1)
    }

    @Test func usageErrorsExitWithTwo() throws {
        #expect(try Self.run(["check", "--today", "2026-02-30"]).status == 2)
        #expect(try Self.run(["check", "--format", "xml"]).status == 2)
        #expect(try Self.run(["frobnicate"]).status == 2)
        #expect(try Self.run(["check", "--source", "/no/such/folder"]).status == 2)
        #expect(try Self.run(["build", "--base-url", "not a url"]).status == 2)
        let help = try Self.run(["build", "--help"])
        #expect(help.status == 0)
        for option in ["--source", "--output", "--base-url", "--today"] { #expect(help.stdout.contains(option)) }
    }

    @Test func buildPrintsWhereAndHowManyPages() throws {
        let project = TestProject()
        defer { project.remove() }
        let output = project.root.appendingPathComponent("public")
        let built = try Self.run(["build", "--source", project.root.path, "--output", output.path, "--today", "2026-11-25"])
        #expect(built.status == 0, "\(built.stderr)")
        #expect(built.stdout.contains("Wrote "))
        #expect(built.stdout.contains(" pages ("))
        #expect(built.stdout.contains(output.path))
        #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("hubs/test/index.html").path))
    }

    @Test func noColourWhenNotATerminalOrNO_COLOR() throws {
        let bad = TestProject(files: ["content/hubs/test.md": TestProject.validHub.replacingOnce("  email: hub@test-university.example\n", with: "  email: nope\n")])
        defer { bad.remove() }
        let run = try Self.run(["check", "--source", bad.root.path, "--today", "2026-11-25"], environment: ["NO_COLOR": "1"])
        #expect(!run.stdout.contains("\u{1B}["))
    }

    @Test func rulesListsTheCatalogue() throws {
        let run = try Self.run(["rules"])
        #expect(run.status == 0)
        for id in ["introduction", "leads", "contacts", "logo", "action-plan", "meetings", "up-to-date", "membership", "front-matter", "opportunity", "links"] {
            #expect(run.stdout.contains("\n\(id) (") || run.stdout.hasPrefix("\(id) ("), "\(id)")
        }
        #expect(run.stdout.contains("source: Healthy Hub Framework"))
    }
}
