import Testing
@testable import HubContent

@Suite struct FrontMatterTests {
    @Test func splitsYAMLAndBodyKeepingLines() throws {
        let text = "---\ntitle: A\nregion: B\n---\nBody line\n"
        let front = try FrontMatter.split(text).get()
        #expect(front.yaml == "title: A\nregion: B")
        #expect(front.yamlFirstLine == 2)
        #expect(front.body == "Body line")
        #expect(front.bodyFirstLine == 5)
    }

    @Test func reportsMissingAndUnclosed() {
        #expect(FrontMatter.split("title: A\n") == .failure(.missing))
        #expect(FrontMatter.split("") == .failure(.missing))
        #expect(FrontMatter.split("---\ntitle: A\nno end\n") == .failure(.unclosed(line: 3, beforeText: true)))
        #expect(FrontMatter.split("---\ntitle: A\n") == .failure(.unclosed(line: 1, beforeText: false)))
    }

    @Test func normalisesBOMAndLineEndings() throws {
        let bom: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("---\r\na: 1\r---\n".utf8)
        #expect(try TextNormaliser.normalise(bom).get() == "---\na: 1\n---\n")
    }

    @Test func locatesBinaryAndInvalidBytes() {
        #expect(TextNormaliser.normalise(Array("ab\ncd".utf8) + [0, 1]) == .failure(.binary(line: 2, column: 3)))
        #expect(TextNormaliser.normalise(Array("---\nt: é".utf8) + [0xFF]) == .failure(.notUTF8(line: 2, column: 5)))
    }
}
