import Testing
import HubModel
@testable import HubContent

@Suite struct MarkdownTests {
    let renderer = MarkdownRenderer()

    @Test func rendersEveryGFMExtension() {
        let html = renderer.render("""
        | a | b |
        |---|---|
        | 1 | 2 |

        ~~gone~~ and www.example.org

        - [x] done
        - [ ] todo
        """).html
        #expect(html.contains("<table>"))
        #expect(html.contains("<td>1</td>"))
        #expect(html.contains("<del>gone</del>"))
        #expect(html.contains("<a href=\"http://www.example.org\">www.example.org</a>"))
        #expect(html.contains("type=\"checkbox\" checked=\"\" disabled=\"\""))
    }

    @Test func safeModeDropsRawHTMLAndDangerousLinks() {
        let html = renderer.render("""
        <script>alert(1)</script>

        [a](javascript:alert(1)) [b](JAVASCRIPT:alert(1)) [c](vbscript:x) [d](data:text/html,x) [e](https://ok.example/)

        <img src=x onerror=alert(1)>
        """).html
        #expect(!html.contains("<script"))
        #expect(!html.contains("onerror"))
        #expect(!html.lowercased().contains("javascript:"))
        #expect(!html.contains("vbscript:"))
        #expect(!html.contains("data:text/html"))
        #expect(html.contains("href=\"https://ok.example/\""))
        #expect(html.contains("raw HTML omitted"))
    }

    @Test func rawHTMLWhenAllowedStillFiltersTags() {
        let html = MarkdownRenderer(allowRawHTML: true).render("<b>bold</b>\n\n<script>x</script>\n").html
        #expect(html.contains("<b>bold</b>"))
        #expect(!html.contains("<script>"))
        #expect(html.contains("&lt;script>"))
    }

    @Test func rewritesSiteLinksForSubpathsAndDisk() {
        let html = renderer.render("[cal](/calendar/) [hub](/hubs/south/#meetings) [rel](../north/)", rootPrefix: "../../").html
        #expect(html.contains("href=\"../../calendar/index.html\""))
        #expect(html.contains("href=\"../../hubs/south/index.html#meetings\""))
        #expect(html.contains("href=\"../north/index.html\""))
    }

    @Test func countsProseWordsAndRecordsLinkPositions() {
        let document = renderer.render("# Heading words here\n\nOne two three.\n\n- four [five](/x/)\n\n```\ncode words\n```\n", firstLine: 10)
        #expect(document.proseWordCount == 5)
        #expect(document.links.count == 1)
        #expect(document.links[0].destination == "/x/")
        #expect(document.links[0].line == 14)
        #expect(document.links[0].column == 8)
        #expect(document.plainText.contains("One two three."))
    }

    @Test func parsesConcurrentlyWithoutCorruption() async {
        // cmark-gfm is not thread-safe; the renderer serialises it. Parallel use must still
        // produce the single-threaded result every time, links rewritten and words counted
        // (under the thread sanitizer in CI, too).
        let sources = ["~~strike~~ www.example.org\n\n| a |\n|---|\n| b |\n",
                       "# Dates\n\nSee [the calendar](/calendar/) and [a hub](/hubs/south/#meetings), <https://example.org>.\n\n- [x] done\n- [ ] not yet\n\n> quoted *words* here\n"]
        let expected = sources.map { renderer.render($0, firstLine: 5, rootPrefix: "../../") }
        await withTaskGroup(of: (Int, MarkdownDocument).self) { group in
            for index in 0..<800 {
                group.addTask { (index % 2, MarkdownRenderer().render(sources[index % 2], firstLine: 5, rootPrefix: "../../")) }
            }
            for await (which, document) in group {
                #expect(document.html == expected[which].html)
                #expect(document.plainText == expected[which].plainText)
                #expect(document.proseWordCount == expected[which].proseWordCount)
                #expect(document.links.map(\.destination) == expected[which].links.map(\.destination))
            }
        }
        #expect(expected[1].html.contains("href=\"../../calendar/index.html\""))
    }
}
