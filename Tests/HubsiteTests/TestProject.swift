import Testing
import Foundation
@testable import HubBuild
@testable import HubContent
import HubModel
@testable import HubRules

/// A throw-away project folder for one test, made from the fixtures and edits to them.
struct TestProject {
    static let today = LocalDate(iso: "2026-11-25")!
    let root: URL

    static func fixture(_ name: String) -> String {
        let url = Bundle.module.url(forResource: "Fixtures/\(name)", withExtension: nil)!
        return try! String(contentsOf: url, encoding: .utf8)
    }

    static func fixtureData(_ name: String) -> Data {
        try! Data(contentsOf: Bundle.module.url(forResource: "Fixtures/\(name)", withExtension: nil)!)
    }

    static var validHub: String { fixture("valid-hub.md") }
    static var validOpportunity: String { fixture("valid-opportunity.md") }

    /// A project with one valid hub (`test`), its logo and one valid opportunity, changed by `files`
    /// (a nil value removes a file).
    init(files: [String: String?] = [:], data: [String: Data] = [:], bare: Bool = false) {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("hubsite-test-\(UUID().uuidString)")
        var all: [String: String?] = bare ? [:] : [
            "content/hubs/test.md": Self.validHub,
            "content/opportunities/workshop.md": Self.validOpportunity,
        ]
        for (path, text) in files { all[path] = text }
        var binary = bare ? [:] : ["content/logos/test.png": Self.fixtureData("test.png")]
        for (path, bytes) in data { binary[path] = bytes }
        for (path, text) in all {
            guard let text else { continue }
            write(Data(text.utf8), to: path)
        }
        for (path, bytes) in binary { write(bytes, to: path) }
        try? FileManager.default.createDirectory(at: root.appendingPathComponent("content"), withIntermediateDirectories: true)
        // Written a while ago, as a project is when serve starts: a file saved in the last two
        // seconds is always looked at again (`FileStamp.isSettled`).
        let earlier = Date().addingTimeInterval(-10)
        for path in Array(all.keys) + Array(binary.keys) where FileManager.default.fileExists(atPath: root.appendingPathComponent(path).path) {
            try? FileManager.default.setAttributes([.modificationDate: earlier], ofItemAtPath: root.appendingPathComponent(path).path)
        }
    }

    func write(_ data: Data, to path: String) {
        let url = root.appendingPathComponent(path)
        try! FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try! data.write(to: url)
    }

    func remove() { try? FileManager.default.removeItem(at: root) }

    var pipeline: BuildPipeline { BuildPipeline(options: BuildOptions(source: root, today: Self.today)) }

    func check(today: LocalDate = TestProject.today) -> [Diagnostic] {
        BuildPipeline(options: BuildOptions(source: root, today: today)).check().diagnostics
    }

    func load() -> ContentLoader.Result { ContentLoader(source: root).load() }

    /// A site in English and Welsh whose hub `test` is `hub`, translated by `translation`
    /// (`content/hubs/test.cy.md`), with the fixtures' opportunity and logo and `data`.
    static func welsh(hub: String, translation: String, data: [String: Data] = [:]) -> TestProject {
        TestProject(files: ["content/hubs/test.md": hub, "content/hubs/test.cy.md": translation,
                            "hubsite.yml": "title: Test\nlanguages: [en-GB, cy]\n"], data: data)
    }

    /// A file of the site built into `site/`, e.g. `cy/hubs/test/index.html`.
    func built(_ path: String) throws -> String {
        try String(contentsOf: root.appendingPathComponent("site/" + path), encoding: .utf8)
    }
}

extension Array where Element == Diagnostic {
    func with(rule: String) -> [Diagnostic] { filter { $0.rule == rule } }
    var errors: [Diagnostic] { filter { $0.severity == .error } }
    var warnings: [Diagnostic] { filter { $0.severity == .warning } }
    /// The advisory that a translation (by default the test hub's) is not complete.
    func incompleteTranslation(_ file: String = "content/hubs/test.cy.md") -> Diagnostic? {
        first { $0.location.file == file && $0.message.contains("not translated yet") }
    }
    var summary: String { map { "\($0.location): \($0.severity.rawValue)[\($0.rule)]: \($0.message)" }.joined(separator: "\n") }
}

extension String {
    /// Replaces exactly one occurrence, so a test edit cannot silently miss.
    func replacingOnce(_ old: String, with new: String) -> String {
        if components(separatedBy: old).count != 2 {
            Issue.record("test edit: '\(old)' must occur exactly once")
        }
        return replacingOccurrences(of: old, with: new)
    }
}
typealias SourceLocation = HubModel.SourceLocation
