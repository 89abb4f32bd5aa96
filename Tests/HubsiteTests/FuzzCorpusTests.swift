import Foundation
import Testing
import HubBuild
import HubModel

/// The fuzzer's seed corpus and every crash reproducer (Fuzz/corpus, Fuzz/crashes) go through
/// the same harness as `make fuzz`, so whatever the fuzzer once found stays fixed.
@Suite struct FuzzCorpusTests {
    static let folders = ["Fuzz/corpus", "Fuzz/crashes"].map { CatalogueTests.repository.appendingPathComponent($0) }

    static var inputs: [URL] {
        folders.flatMap { folder in
            ((try? FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)) ?? [])
                .filter { !$0.lastPathComponent.hasPrefix(".") }
        }.sorted { $0.path < $1.path }
    }

    /// Each kind of input the fuzzer reaches (settings, words, templates, translations, the
    /// link cache, repeat rules) has a seed that goes through its readers and renders.
    @Test func everyKindOfInputHasASeedThatRuns() throws {
        var kinds: Set<UInt8> = []
        for input in Self.inputs where input.lastPathComponent.hasPrefix("kind-") {
            let bytes = [UInt8](try Data(contentsOf: input))
            let result = FuzzHarness.run(bytes)
            #expect(result > 0 && result == FuzzHarness.run(bytes), "\(input.lastPathComponent): \(result)")
            kinds.insert(bytes[0])
        }
        #expect(kinds == Set(FuzzHarness.Kind.allCases.map(\.rawValue)).subtracting([FuzzHarness.Kind.page.rawValue]))
    }

    /// Every input runs to the end, twice with the same result; the valid pages among them
    /// render without errors, and the broken one is reported as broken.
    @Test func everyInputRunsThroughTheHarness() throws {
        let inputs = Self.inputs
        #expect(inputs.count >= 5)
        for input in inputs {
            let bytes = [UInt8](try Data(contentsOf: input))
            let first = FuzzHarness.evaluate(bytes), second = FuzzHarness.evaluate(bytes)
            let name = input.lastPathComponent
            #expect(first.diagnostics == second.diagnostics && first.rendered == second.rendered, "\(name) is not deterministic")
            switch name {
            case "valid-hub.md", "south.md", "northshire.md":
                // A good hub page is a bad opportunity: only the hub's own file must be free of
                // errors, but for its logos (the harness has no files to read them from).
                #expect(!first.diagnostics.contains { $0.severity == .error && $0.location.file.hasPrefix("content/hubs/") && $0.rule != "logo" },
                        "\(name): \(first.diagnostics.filter { $0.severity == .error }.map(\.message))")
                #expect(first.rendered > 5_000, "\(name) renders its hub page")
            case "broken-yaml.md":
                #expect(first.diagnostics.contains { $0.rule == "front-matter" && $0.severity == .error })
            default:
                break
            }
        }
    }
}
