import Foundation
import Testing
import HubBuild

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

    @Test func everyInputRunsThroughTheHarness() throws {
        let inputs = Self.inputs
        #expect(inputs.count >= 5)
        for input in inputs {
            let work = FuzzHarness.run([UInt8](try Data(contentsOf: input)))
            #expect(work > 0, "\(input.lastPathComponent)")
        }
    }
}
