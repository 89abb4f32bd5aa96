import Foundation
import Testing
@testable import HubBuild
@testable import HubContent
import HubModel

/// The checks that scan a string's bytes (written so for speed) give the answers their
/// definitions give.
struct ByteScanTests {
    /// An output path is safe when it is relative and each of its names is a real name: not
    /// empty, not "." or "..", with no backslash or NUL anywhere.
    @Test func safeOutputPathsAreRelativeAndNameRealFolders() {
        let safe = ["index.html", "hubs/south/index.html", ".well-known/security.txt", "a/.../b", "a/b..c/d", "..a/b", "a/.b", "cy/hubs/de/index.html"]
        let unsafe = ["", "/index.html", "a//b", "a/", "./a", "a/./b", "a/../b", "..", ".", "a/..", "a\\b", "a\0b", "/"]
        for path in safe { #expect(SiteWriter.isSafe(path), "\(path)") }
        for path in unsafe { #expect(!SiteWriter.isSafe(path), "\(path.debugDescription)") }
    }

    /// A word is a run of non-space characters holding a letter or digit, in any script.
    @Test func wordsAreRunsHoldingALetterOrDigit() {
        #expect(MarkdownRenderer.countWords("") == 0)
        #expect(MarkdownRenderer.countWords("  \n\t ") == 0)
        #expect(MarkdownRenderer.countWords("Hello – world 3 ünïcode — ¿qué?") == 5)
        #expect(MarkdownRenderer.countWords("Croeso i Gymru, 2026!") == 4)
        #expect(MarkdownRenderer.countWords("— – … ”") == 0)
        #expect(MarkdownRenderer.countWords("日本語 テキスト") == 2)
        #expect(MarkdownRenderer.countWords("a\u{0B}b\u{0C}c\rd") == 4)
    }

    /// Text is escaped for HTML when it holds one of the five special characters, wherever its
    /// bytes are (a bridged or a slice-made string too), and returned as it is otherwise.
    @Test func htmlEscapingFindsSpecialCharactersAnywhere() {
        #expect(Escaping.html("plain text, ünïcode") == "plain text, ünïcode")
        #expect(Escaping.html(String("xx<y>"[...].dropFirst(2))) == "&lt;y&gt;")
        #expect(Escaping.html(NSString(string: "a & b") as String) == "a &amp; b")
        #expect(Escaping.jsonForScript("{\"a\":\"</script>\"}") == "{\"a\":\"\\u003c/script\\u003e\"}")
        #expect(Escaping.jsonForScript("{\"a\":1}") == "{\"a\":1}")
    }
}

extension ByteScanTests {
    /// `leadingCharacters(n)` is `prefix(n)` for every n, where the shortcut applies and where
    /// it must not: a CR LF pair, a combining mark or an emoji at the cut.
    @Test func leadingCharactersAreThePrefix() {
        let texts = ["", "plain ascii text", "line one\r\nline two", "cafe\u{301} and more", "e\u{301}\u{301}x", "abc\u{301}",
                     "👩‍👩‍👧 family 🇬🇧 flag", "Croeso i Gymru – dyma'r hyb", "\r\n\r\n", String(repeating: "ab ", count: 50) + "é"]
        for text in texts {
            for count in 0...(text.utf8.count + 2) {
                #expect(text.leadingCharacters(count) == text.prefix(count), "\(text.debugDescription) cut at \(count)")
            }
        }
    }
}
