import Foundation
import Testing
@testable import HubBuild
@testable import HubContent
import HubModel
@testable import HubRules

/// `social` and `hashtags` (issue #31, item 2): each address named by its network, with an
/// accessible name that says it; the hub's schema.org Organization with `sameAs`, read back by
/// pyld; a handle, a hashtag in the wrong place or one YAML takes for a comment reported where
/// it is written, with the address it may mean as a hint, never applied.
@Suite struct SocialLinksTests {
    static func hub(_ lines: String) -> String {
        TestProject.validHub.replacingOnce("title: Test Hub\n", with: "title: Test Hub\n" + lines)
    }

    @Test(arguments: [
        ("https://www.instagram.com/linchigher/", SocialNetwork.instagram), ("https://instagram.com/x", .instagram),
        ("https://www.facebook.com/linchigher", .facebook), ("https://m.facebook.com/x", .facebook), ("https://fb.me/x", .facebook),
        ("https://x.com/SSCECymru", .x), ("https://twitter.com/SSCECymru", .x), ("https://www.linkedin.com/company/scip", .linkedin),
        ("https://uk.linkedin.com/company/scip", .linkedin), ("https://www.youtube.com/@scip", .youtube), ("https://youtu.be/abc", .youtube),
        ("https://bsky.app/profile/scip.bsky.social", .bluesky), ("https://mastodon.social/@scip", .mastodon),
        ("https://toot.wales/@hubcymru", .mastodon), ("https://www.lincolnshire.gov.uk/@x/y", .website),
        ("https://www.linc-higher.example/", .website), ("https://notinstagram.com/x", .website), ("https://www.x.com.example/", .website),
    ] as [(String, SocialNetwork)])
    func theNetworkIsRecognisedFromTheAddress(address: String, network: SocialNetwork) {
        #expect(SocialNetwork.of(address) == network, "\(address)")
    }

    @Test func eachLinkSaysItsNetworkAndTheOrganisationSaysItsAccounts() throws {
        let project = TestProject(files: [
            "content/hubs/test.md": Self.hub("social:\n  - https://www.instagram.com/testhub/\n  - https://toot.wales/@testhub\n  - https://www.test-hub.example/about\nhashtags: [MyPMC, \"#TestHub\"]\n"),
            "hubsite.yml": "title: Test hubs\nbase_url: https://hubs.example.org/\n",
        ])
        defer { project.remove() }
        let built = try project.pipeline.build()
        #expect(built.pages != nil, "\(built.checked.diagnostics.errors.summary)")
        let path = project.root.appendingPathComponent("site/hubs/test/index.html")
        let page = try String(contentsOf: path, encoding: .utf8)
        #expect(page.contains("<a href=\"https://www.instagram.com/testhub/\" aria-label=\"Test Hub on Instagram\">Instagram</a>"))
        #expect(page.contains("<a href=\"https://toot.wales/@testhub\" aria-label=\"Test Hub on Mastodon\">Mastodon</a>"))
        #expect(page.contains("aria-label=\"Test Hub website: test-hub.example\">test-hub.example</a>"), "the accessible name holds the visible text")
        #expect(page.contains("<span>#MyPMC</span> <span>#TestHub</span>"), "each hashtag once with its #")

        let read = try #require(try CalendarTests.parse("jsonld_expand.py", [path.path]) as? [String: [[[String: Any]]]])
        let organisation = try #require(read[path.path]?.first?.first)
        let schema = "https://schema.org/"
        #expect(organisation["@type"] as? [String] == [schema + "Organization"])
        let values = { (key: String) in (organisation[schema + key] as? [[String: Any]])?.compactMap { $0["@value"] as? String } ?? [] }
        #expect(values("name") == ["Test Hub"] && values("url") == ["https://hubs.example.org/hubs/test/"])
        #expect(values("sameAs") == ["https://www.instagram.com/testhub/", "https://toot.wales/@testhub", "https://www.test-hub.example/about"])
        #expect(values("logo") == ["https://hubs.example.org/logos/test.png"])

        // Every address is an outward link `check --links` asks for.
        let collected = ExternalLinks.collect(project.load().content).map(\.url)
        #expect(collected.contains("https://toot.wales/@testhub"))
    }

    /// Each mistake at its line and character column (Welsh ŵ and an emoji before the value).
    @Test(arguments: [
        ("social:\n  - \"@linchigher\"\n", 4, 5, "is a handle", "'https://www.instagram.com/linchigher/', 'https://x.com/linchigher' or 'https://www.facebook.com/linchigher'"),
        ("social: [\"@hubcymru@toot.wales\"]\n", 3, 10, "is a handle", "'https://toot.wales/@hubcymru'"),
        ("social: [https://x.com/a, \"#MyPMC\"]\n", 3, 27, "is a hashtag", "'hashtags: [MyPMC]'"),
        ("social: [http://www.test-hub.example/]\n", 3, 10, "not a secure web address", "https://www.test-hub.example/"),
        ("hashtags: [Dŵr 🌊 Cymru]\n", 3, 12, "is not one hashtag", "one word"),
        ("hashtags: #MyPMC\n", 3, 11, "as a comment", "'hashtags: \"#MyPMC\"'"),
        ("hashtags:\n  - #MyPMC\n", 4, 5, "as a comment", "- \"#MyPMC\""),
    ] as [(String, Int, Int, String, String)])
    func eachMistakeIsReportedWhereItIs(lines: String, line: Int, column: Int, message: String, hint: String) throws {
        let project = TestProject(files: ["content/hubs/test.md": Self.hub(lines)])
        defer { project.remove() }
        let found = project.check()
        let finding = try #require(found.first { $0.message.contains(message) }, "\(found.summary)")
        #expect(finding.location.line == line && finding.location.column == column && finding.severity == .error, "\(finding)")
        #expect(finding.hint?.contains(hint) == true, "\(finding.hint ?? "")")
        #expect(finding.fix == nil, "a guess is never applied")
    }

    /// In Welsh the translation's hashtags replace the original's; an address there is a fact.
    @Test func aTranslationHasItsOwnHashtags() throws {
        let project = TestProject.welsh(hub: Self.hub("social: [https://www.instagram.com/testhub/]\nhashtags: [MonthOfTheMilitaryChild]\n"), translation: "---\ntitle: Hyb Prawf\nhashtags: [MisyPlentynMilwrolCymru]\n---\nTestun.\n")
        defer { project.remove() }
        _ = try project.pipeline.build()
        let welsh = try project.built("cy/hubs/test/index.html")
        #expect(welsh.contains("Hashnodau: <span>#MisyPlentynMilwrolCymru</span>") && !welsh.contains("MonthOfTheMilitaryChild"))
        #expect(welsh.contains("aria-label=\"Hyb Prawf ar Instagram\">Instagram</a>"))
        project.write(Data("---\ntitle: Hyb Prawf\nsocial: [https://www.instagram.com/hybprawf/]\n---\nTestun.\n".utf8), to: "content/hubs/test.cy.md")
        let fact = try #require(project.check().first { $0.message.contains("'social' is a fact") })
        #expect(fact.location.line == 3 && fact.location.column == 1)
    }
}
