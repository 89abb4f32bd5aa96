import Foundation
import Testing
@testable import HubBuild
import HubModel
@testable import HubRender

/// The test site in English and Welsh (`languages: [en-GB, cy]`, with the South hub and the
/// homework club translated): Welsh pages under `cy/`, each linked to its counterpart, in
/// Welsh words and dates, with Welsh feeds. SiteQualityTests runs vnu, axe-core and
/// LinkChecker over the same site, Welsh pages included.
@Suite(.serialized) struct BilingualSiteTests {
    static let base = "https://example.org/hubs/"

    static func built() throws -> URL {
        let (built, output) = try BuildTests.buildFixture(baseURL: base)
        #expect(built.pages != nil, "\(built.checked.diagnostics.errors.summary)")
        return output
    }

    @Test func welshPagesExistWhereThereIsATranslationAndLinkToWelshPages() throws {
        let output = try Self.built()
        defer { try? FileManager.default.removeItem(at: output) }
        let exists = { FileManager.default.fileExists(atPath: output.appendingPathComponent($0).path) }
        #expect(exists("cy/hubs/south/index.html"))
        #expect(exists("cy/opportunities/homework-club/index.html"))
        #expect(!exists("cy/hubs/london/index.html"), "London has no Welsh translation, so no Welsh page")
        #expect(!exists("cy/assets/site.css") && !exists("cy/health/index.html") && !exists("cy/404.html"))
        for page in ["cy/index.html", "cy/calendar/index.html", "cy/calendar/practitioners/index.html", "cy/calendar/subscribe/index.html",
                     "cy/calendar/2027/01/index.html", "cy/calendar.ics", "cy/opportunities.xml", "cy/hubs/south/calendar.ics"] {
            #expect(exists(page), "\(page)")
        }

        let index = try BuildTests.read(output, "cy/index.html")
        #expect(index.contains("<html lang=\"cy\">"))
        #expect(index.contains("href=\"../cy/hubs/south/index.html\">Hyb y De</a>"), "a Welsh page links to the Welsh page")
        #expect(index.contains("href=\"../hubs/london/index.html\">London Hub</a>"), "and to the English one where there is no Welsh")
        #expect(index.contains("<a href=\"../cy/calendar/index.html\""), "the menu stays in Welsh")
        #expect(index.contains("<link rel=\"stylesheet\" href=\"../assets/site.css\">"), "every language shares the stylesheet")

        let south = try BuildTests.read(output, "cy/hubs/south/index.html")
        #expect(south.contains("<html lang=\"cy\">"))
        #expect(south.contains("Hyb y De</h1>"))
        #expect(south.contains("<h2 id=\"leadership\">Arweinyddiaeth</h2>"))
        #expect(south.contains("<p class=\"person-role\">Arweinydd yr Hyb</p>"))
        #expect(south.contains("<p class=\"person-role\">Co-Lead: Pupil Tracking</p>"), "an untranslated role shows the original's words")
        #expect(south.contains("<p class=\"person-name\">Tian Barratt</p>"), "names are facts, from the original")
        #expect(south.contains("Dydd Mercher 10 Chwefror 2027</time>, 14:00–16:00: Cyfarfod tymor y gwanwyn (dyddiad dalfan)"))
        #expect(south.contains("Adolygwyd y dudalen ddiwethaf 20 Tachwedd 2026."))
        // The switcher links to the same page in English, not to the home page.
        #expect(south.contains("<li><a href=\"../../../hubs/south/index.html\" lang=\"en-GB\" hreflang=\"en-GB\">English</a></li>"))
        let english = try BuildTests.read(output, "hubs/south/index.html")
        #expect(english.contains("<html lang=\"en-GB\">"))
        #expect(english.contains("<li><a href=\"../../cy/hubs/south/index.html\" lang=\"cy\" hreflang=\"cy\">Cymraeg</a></li>"))
        let london = try BuildTests.read(output, "hubs/london/index.html")
        #expect(!london.contains("hreflang"), "a page in one language has no alternates and no switcher")

        let club = try BuildTests.read(output, "cy/opportunities/homework-club/index.html")
        #expect(club.contains("Clwb gwaith cartref i blant y lluoedd arfog"))
        #expect(club.contains("Y ail Dydd Mawrth o bob mis, 16:00–17:30, tan 13 Gorffennaf 2027; ac eithrio 9 Chwefror 2027"))
        #expect(club.contains("alt=\"Arfbais Prifysgol Northshire (ffuglennol)\""))
        #expect(club.contains("<dt>Ar gyfer</dt><dd>Plant y lluoedd arfog"))
        #expect(club.contains("\"inLanguage\":\"cy\""))
        #expect(try BuildTests.read(output, "opportunities/homework-club/index.html").contains("\"inLanguage\":\"en-GB\""))

        let month = try BuildTests.read(output, "cy/calendar/2027/01/index.html")
        #expect(month.contains("<h1>Ionawr 2027</h1>"))
        #expect(month.contains("<abbr title=\"Dydd Llun\">Llun</abbr>"))
        let calendar = try BuildTests.read(output, "cy/calendar/index.html")
        #expect(calendar.contains("<h1>Calendr cyfleoedd</h1>"))
        #expect(calendar.contains(">Ar gyfer ymarferwyr</a>"))
    }

    /// Every alternate link of every page resolves to a page of the site that links back, and
    /// every page of a group names the same x-default, the page in the default language.
    @Test func hreflangLinksAreReciprocalOnEveryPage() throws {
        let output = try Self.built()
        defer { try? FileManager.default.removeItem(at: output) }
        let pages = FileManager.default.enumerator(atPath: output.path)!.compactMap { $0 as? String }.filter { $0.hasSuffix(".html") }
        var alternates: [String: [String: String]] = [:]
        let link = try Regex(#"<link rel="alternate" hreflang="([^"]+)" href="([^"]+)">"#)
        for page in pages {
            let html = try BuildTests.read(output, page)
            var found: [String: String] = [:]
            for match in html.matches(of: link) {
                let language = String(match.output[1].substring ?? ""), href = String(match.output[2].substring ?? "")
                #expect(href.hasPrefix(Self.base), "\(page): an absolute address with a base URL: \(href)")
                var path = String(href.dropFirst(Self.base.count))
                if path.isEmpty || path.hasSuffix("/") { path += "index.html" }
                found[language] = path
            }
            if !found.isEmpty { alternates[page] = found }
        }
        #expect(alternates.count >= 20, "the Welsh pages and their English counterparts: \(alternates.count)")
        #expect(alternates.keys.contains { $0.hasPrefix("cy/") } && alternates.keys.contains { !$0.hasPrefix("cy/") })
        for (page, links) in alternates {
            #expect(Set(links.keys) == ["en-GB", "cy", "x-default"], "\(page): \(links)")
            #expect(links["x-default"] == links["en-GB"], "\(page)")
            #expect(links[page.hasPrefix("cy/") ? "cy" : "en-GB"] == page, "\(page) names itself")
            for (language, target) in links where language != "x-default" {
                #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent(target).path), "\(page) → \(target)")
                #expect(alternates[target] == links, "\(target) links back to \(page) with the same set")
            }
        }
        let sitemap = try BuildTests.read(output, "sitemap.xml")
        #expect(sitemap.contains("xmlns:xhtml=\"http://www.w3.org/1999/xhtml\""))
        #expect(sitemap.contains("<loc>\(Self.base)cy/hubs/south/</loc><lastmod>2026-11-20</lastmod><xhtml:link rel=\"alternate\" hreflang=\"en-GB\" href=\"\(Self.base)hubs/south/\"/><xhtml:link rel=\"alternate\" hreflang=\"cy\" href=\"\(Self.base)cy/hubs/south/\"/><xhtml:link rel=\"alternate\" hreflang=\"x-default\" href=\"\(Self.base)hubs/south/\"/>"))
        #expect(sitemap.contains("<loc>\(Self.base)hubs/london/</loc><lastmod>2026-11-12</lastmod></url>"), "a page in one language lists no alternates")
    }

    @Test func welshFeedsParseInIndependentParsers() throws {
        let output = try Self.built()
        defer { try? FileManager.default.removeItem(at: output) }
        let paths = ["cy/calendar.ics", "cy/calendar/practitioners.ics", "cy/hubs/south/calendar.ics"].map { output.appendingPathComponent($0).path }
        let parsed = try #require(try CalendarTests.parse("ics_parse.py", paths) as? [String: [String: Any]])
        for path in paths { #expect(parsed[path]?["errors"] as? [String] == [], "\(path): \(parsed[path]?["errors"] ?? "")") }
        #expect(parsed[paths[0]]?["name"] as? String == "SCiP Alliance Hubs – calendr")
        #expect(parsed[paths[1]]?["name"] as? String == "SCiP Alliance Hubs – ar gyfer ymarferwyr")
        #expect(parsed[paths[2]]?["name"] as? String == "Hyb y De – SCiP Alliance Hubs")
        let events = try #require(parsed[paths[0]]?["events"] as? [[String: Any]])
        // Known by its first address (aliases: [opportunities/after-school-club/]) in calendars.
        let club = try #require(events.first { ($0["uid"] as? String)?.hasPrefix("opportunity-after-school-club") == true })
        #expect(club["summary"] as? String == "Clwb gwaith cartref i blant y lluoedd arfog")
        #expect((club["description"] as? String)?.hasPrefix("Clwb gwaith cartref misol") == true)
        #expect((club["description"] as? String)?.contains("Hygyrchedd: Step-free access") == true)
        #expect(club["url"] as? String == "\(Self.base)cy/opportunities/homework-club/")
        let meeting = try #require(events.first { $0["uid"] as? String == "meeting-south-2027-06-16@example.org" })
        #expect(meeting["summary"] as? String == "Hyb y De: Summer term hub meeting (placeholder date)", "an untranslated meeting title stays")
        #expect(meeting["location"] as? String == "Ar-lein")
        #expect(meeting["categories"] as? [String] == ["Cyfarfod hyb"])
        let london = try #require(events.first { ($0["uid"] as? String)?.hasPrefix("meeting-london-") == true })
        #expect((london["summary"] as? String)?.hasPrefix("London Hub") == true)
        #expect(london["url"] as? String == "\(Self.base)hubs/london/", "no Welsh page: the English one")

        let atom = try #require(try CalendarTests.parse("feed_parse.py", [output.appendingPathComponent("cy/opportunities.xml").path]) as? [String: Any])
        #expect(atom["bozo"] as? Bool == false, "\(atom["bozo_exception"] ?? "")")
        #expect(atom["title"] as? String == "SCiP Alliance Hubs – cyfleoedd")
        #expect(atom["id"] as? String == "\(Self.base)cy/opportunities.xml")
        let entries = try #require(atom["entries"] as? [[String: Any]])
        #expect(entries.contains { $0["title"] as? String == "Clwb gwaith cartref i blant y lluoedd arfog" && $0["link"] as? String == "\(Self.base)cy/opportunities/homework-club/" })
        #expect(entries.contains { $0["link"] as? String == "\(Self.base)opportunities/autumn-network-conference/" })
    }

    // MARK: Words

    static let bilingual = "title: Test hubs\nlanguages: [en-GB, cy]\n"

    @Test func aTemplateWordWithoutATextInEveryLanguageIsAnErrorAtTheTag() {
        let project = TestProject(files: [
            "hubsite.yml": Self.bilingual,
            "templates/footer.mustache": "<footer>\n  <p>{{words.thanks}} {{site.title}}</p>\n</footer>\n",
            "templates/words/en-GB.ftl": "# ours\nthanks = Thank you for visiting\n",
        ])
        defer { project.remove() }
        let errors = project.check().errors.with(rule: "template")
        #expect(errors.count == 1, "\(errors.summary)")
        #expect(errors.first?.location == SourceLocation(file: "templates/footer.mustache", line: 2, column: 6))
        #expect(errors.first?.message.contains("no Welsh (cy) text") == true)
        #expect(errors.first?.hint?.contains("templates/words/cy.ftl") == true)
    }

    @Test func aMisspeltWordIsAnErrorWithASuggestion() {
        let project = TestProject(files: ["templates/footer.mustache": "<footer>{{words.skip_lnk}}</footer>\n"])
        defer { project.remove() }
        let errors = project.check().errors.with(rule: "template")
        #expect(errors.count == 1, "\(errors.summary)")
        #expect(errors.first?.location == SourceLocation(file: "templates/footer.mustache", line: 1, column: 9))
        #expect(errors.first?.hint?.hasPrefix("Did you mean 'words.skip_link'?") == true)
    }

    /// A translation's text is on its language's page: its links are checked from there, and
    /// links written from the site root lead from there (assets have one address for every
    /// language).
    @Test func aTranslationsLinksAreCheckedAndLeadFromItsOwnPage() throws {
        let broken = TestProject(files: [
            "hubsite.yml": Self.bilingual,
            "content/hubs/test.cy.md": "---\ntitle: Hyb Prawf\n---\nTestun gyda [dolen](/hubs/nowhere/) a [dolen arall](../nowhere/).\n",
        ])
        defer { broken.remove() }
        let errors = broken.check().errors.with(rule: "links")
        #expect(errors.map(\.location) == [SourceLocation(file: "content/hubs/test.cy.md", line: 4, column: 13),
                                           SourceLocation(file: "content/hubs/test.cy.md", line: 4, column: 39)], "\(errors.summary)")
        let project = TestProject(files: [
            "hubsite.yml": Self.bilingual,
            "content/hubs/test.cy.md": "---\ntitle: Hyb Prawf\n---\nTestun gyda ![Logo](/logos/test.png), [y calendr](/calendar/) a [Saesneg](../../../hubs/test/).\n"
                + "Yr [hyb](/hubs/test/#meetings), [gweithdy](/opportunities/workshop/) a [chyfarfod](/opportunities/drop-in/?a=1).\n",
            // A translation with no text of its own shows the English text on the Welsh page.
            "content/opportunities/drop-in.md": RecurrenceTests.opportunity("Drop-in", "start: 2027-03-01")
                + "![Logo](/logos/test.png) [The calendar](/calendar/) and [the hub](/hubs/test/).\n",
            "content/opportunities/drop-in.cy.md": "---\ntitle: Sesiwn galw heibio\n---\n",
        ])
        defer { project.remove() }
        #expect(project.check().errors.isEmpty, "\(project.check().errors.summary)")
        let output = BuildTests.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: output) }
        let built = try BuildPipeline(options: BuildOptions(source: project.root, output: output, today: TestProject.today)).build()
        #expect(built.pages != nil)
        let welsh = try BuildTests.read(output, "cy/hubs/test/index.html")
        #expect(welsh.contains("<img src=\"../../../logos/test.png\" alt=\"Logo\""), "\(welsh)")
        #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("cy/hubs/test/../../../logos/test.png").standardizedFileURL.path))
        // Pages of the site lead to their Welsh version where there is one; assets and pages
        // with no Welsh version to the one address they have.
        #expect(welsh.contains("href=\"../../../cy/calendar/index.html\""), "\(welsh)")
        #expect(welsh.contains("href=\"../../../cy/hubs/test/index.html#meetings\""), "\(welsh)")
        #expect(welsh.contains("href=\"../../../opportunities/workshop/index.html\""), "\(welsh)")
        #expect(welsh.contains("href=\"../../../cy/opportunities/drop-in/index.html?a=1\""), "\(welsh)")
        #expect(welsh.contains("href=\"../../../hubs/test/index.html\">Saesneg"), "a relative link is left as written")
        let fallback = try BuildTests.read(output, "cy/opportunities/drop-in/index.html")
        #expect(fallback.contains("<img src=\"../../../logos/test.png\" alt=\"Logo\""), "\(fallback)")
        #expect(fallback.contains("href=\"../../../cy/calendar/index.html\"") && fallback.contains("href=\"../../../cy/hubs/test/index.html\""))
        // The English pages are as they were.
        let english = try BuildTests.read(output, "opportunities/drop-in/index.html")
        #expect(english.contains("<img src=\"../../logos/test.png\" alt=\"Logo\"") && english.contains("href=\"../../calendar/index.html\""))
    }

    @Test func aProjectsWordsOverrideHubsitesTextByText() throws {
        let project = TestProject(files: [
            "hubsite.yml": Self.bilingual,
            "content/hubs/test.cy.md": "---\ntitle: Hyb Prawf\n---\nTestun.\n",
            "templates/words/cy.ftl": "# ours\nskip_link = Neidio i'r cynnwys\nhub_about = Ynglŷn â'r hyb\n",
        ])
        defer { project.remove() }
        let output = BuildTests.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: output) }
        let built = try BuildPipeline(options: BuildOptions(source: project.root, output: output, today: TestProject.today)).build()
        #expect(built.pages != nil, "\(built.checked.diagnostics.errors.summary)")
        let welsh = try BuildTests.read(output, "cy/hubs/test/index.html")
        #expect(welsh.contains("<a class=\"skip-link\" href=\"#main\">Neidio i'r cynnwys</a>"))
        #expect(welsh.contains("<h2 id=\"about\">Ynglŷn â'r hyb</h2>"))
        #expect(welsh.contains("<h2 id=\"leadership\">Arweinyddiaeth</h2>"), "texts not overridden stay hubsite's")
        #expect(try BuildTests.read(output, "hubs/test/index.html").contains("Skip to main content"))
    }

    @Test func aWordFileLineThatIsNotKeyAndTextIsAnErrorAtItsLine() {
        let project = TestProject(files: ["hubsite.yml": Self.bilingual, "templates/words/cy.ftl": "skip_link = Neidio\nNeidio i'r cynnwys\n"])
        defer { project.remove() }
        let errors = project.check().errors.with(rule: "template")
        #expect(errors.map(\.location) == [SourceLocation(file: "templates/words/cy.ftl", line: 2, column: 1)], "\(errors.summary)")
    }

    @Test func aLanguageHubsiteHasNoWordsForNeedsAWordFile() {
        let project = TestProject(files: ["hubsite.yml": "title: Test hubs\nlanguages: [en-GB, gd]\n"])
        defer { project.remove() }
        // One error, where the language is named, not one at every tag of the built-in theme.
        let errors = project.check().errors.with(rule: "template")
        #expect(errors.count == 1, "\(errors.summary)")
        #expect(errors.first?.location == SourceLocation(file: "hubsite.yml", line: 2, column: 12))
        #expect(errors.first?.message.contains("Scottish Gaelic (gd)") == true && errors.first?.hint?.contains("templates/words/gd.ftl") == true, "\(errors.summary)")
        // A site in that language alone: the error is at 'language'.
        let alone = TestProject(files: ["hubsite.yml": "title: Test hubs\nlanguage: gd\n"])
        defer { alone.remove() }
        #expect(alone.check().errors.with(rule: "template").map(\.location) == [SourceLocation(file: "hubsite.yml", line: 2, column: 11)])
        // With a word file that lacks texts, each missing text is reported as before.
        let partial = TestProject(files: ["hubsite.yml": "title: Test hubs\nlanguages: [en-GB, gd]\n", "templates/words/gd.ftl": "skip_link = Leum\n"])
        defer { partial.remove() }
        let missing = partial.check().errors.with(rule: "template")
        #expect(missing.contains { $0.location == SourceLocation(file: "templates/words/gd.ftl", line: 1, column: 1) && $0.message.contains("Scottish Gaelic (gd)") }, "\(missing.summary)")
        #expect(missing.contains { $0.location.file == "(built-in) base.mustache" && $0.hint?.contains("templates/words/gd.ftl") == true })
    }

    /// hubsite's own Welsh words have a text for every English one, and the other way round.
    @Test func theBuiltInLanguagesHaveTheSameTexts() throws {
        let english = try #require(Words.builtIn(for: "en-GB")), welsh = try #require(Words.builtIn(for: "cy"))
        #expect(Set(english.texts.keys) == Set(welsh.texts.keys))
        #expect(Words.builtIn(for: "en")?.texts == english.texts && Words.builtIn(for: "cy-GB")?.texts == welsh.texts)
        for words in [english, welsh] {
            #expect(Words.parse(Words.builtInFiles.first { $0.language == words.language }!.text, file: "x", language: words.language).problems.isEmpty)
        }
    }

    /// Day and month names come from Foundation's locale data, in the order the words give.
    @Test func datesAreWrittenInThePagesLanguage() throws {
        let welsh = HumanDates(words: try #require(Words.builtIn(for: "cy")))
        let date = try #require(LocalDate(iso: "2027-01-15"))
        #expect(welsh.date(date) == "Dydd Gwener 15 Ionawr 2027")
        #expect(welsh.shortDate(date) == "15 Ionawr 2027")
        #expect(welsh.month(year: 2027, month: 2) == "Chwefror 2027")
        #expect(HumanDates.english.date(date) == "Friday 15 January 2027")
        #expect(HumanDates.english.shortWeekdays == ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"])
    }
}
