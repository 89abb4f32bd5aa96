import Foundation
import PropertyBased
import Testing
import HubBuild
import HubModel
import HubServe

/// The preview's one promise, as a property: after any sequence of edits (to hubs,
/// opportunities, translations, templates, word files, logos and `hubsite.yml`, some of them
/// leaving errors, some the same size as before, all saved without waiting between them),
/// every file `hubsite serve` serves is the file a full build of the same files writes, byte
/// for byte, and it reports what the build reports.
@Suite(.serialized) struct PreviewPropertyTests {
    /// One kind of edit, in a few variants (`variant` is 0...3).
    struct Edit: Sendable {
        let what: String
        let apply: @Sendable (PreviewProject, Int) -> Void
    }

    /// A small bilingual project with two hubs, a one-off and a repeating opportunity, a Welsh
    /// translation, and the report.
    struct PreviewProject: Sendable {
        let project: TestProject

        static let other = TestProject.validHub.replacingOnce("title: Test Hub", with: "title: Other Hub")
            .replacingOnce("region: Testshire", with: "region: Otherland")
        static let club = TestProject.validOpportunity.replacingOnce("title: Test workshop", with: "title: Test club")
            .replacingOnce("deadline: 2027-01-08\n", with: "").replacingOnce("cost: Free", with: "cost: Free\nrepeat:\n  every: week\n  until: 2027-03-01")
        static let welsh = "---\ntitle: Hyb Prawf\n---\nMae Hyb Prawf yn dod ag ysgolion ynghyd.\n"
        static let settings = "title: Test Hubs\nlanguages: [en-GB, cy]\nreport: true\n"
        static let base: [String: String] = [
            "content/hubs/test.md": TestProject.validHub,
            "content/hubs/other.md": other,
            "content/opportunities/workshop.md": TestProject.validOpportunity,
            "content/opportunities/club.md": club,
            "content/hubs/test.cy.md": welsh,
            "hubsite.yml": settings,
        ]

        /// Every file the edits touch, back as it was at the start (an edit in itself).
        func reset() {
            for folder in ["content", "templates", "hubsite.yml"] {
                try? FileManager.default.removeItem(at: project.root.appendingPathComponent(folder))
            }
            for (path, text) in Self.base { write(text, to: path) }
            project.write(TestProject.fixtureData("test.png"), to: "content/logos/test.png")
        }

        func write(_ text: String, to path: String) { project.write(Data(text.utf8), to: path) }
        func read(_ path: String) -> String { (try? String(contentsOf: project.root.appendingPathComponent(path), encoding: .utf8)) ?? "" }
        func edit(_ path: String, _ change: (String) -> String) { write(change(read(path)), to: path) }
        func delete(_ path: String) { try? FileManager.default.removeItem(at: project.root.appendingPathComponent(path)) }
    }

    static let costs = ["Free", "Frea", "£5", "Free, lunch included"]
    static let months = ["2027-01-15", "2027-01-16", "2027-02-15", "2026-10-15"]

    static let edits: [Edit] = [
        // Same-size edits included ("Free" → "Frea"): the stamp alone cannot tell them apart.
        Edit(what: "an opportunity's cost") { project, variant in
            project.edit("content/opportunities/workshop.md") { text in
                var text = text
                for cost in costs where text.contains("cost: \(cost)\n") { text = text.replacingOccurrences(of: "cost: \(cost)\n", with: "cost: \(costs[variant])\n") }
                return text
            }
        },
        Edit(what: "an opportunity's date") { project, variant in
            project.edit("content/opportunities/workshop.md") { text in
                var text = text
                for month in months { text = text.replacingOccurrences(of: month, with: months[variant]) }
                return text
            }
        },
        Edit(what: "an opportunity's title or category") { project, variant in
            project.edit("content/opportunities/club.md") { text in
                text.replacingOccurrences(of: variant < 2 ? "title: Test club" : "category: Workshop",
                                          with: variant < 2 ? "title: Test club \(variant)" : "category: Training \(variant)")
            }
        },
        Edit(what: "an opportunity added or deleted") { project, variant in
            if variant < 2 {
                project.write(TestProject.validOpportunity.replacingOccurrences(of: "title: Test workshop", with: "title: New \(variant)")
                    .replacingOccurrences(of: "2027-01-15", with: "2027-0\(variant + 4)-02"), to: "content/opportunities/new.md")
            } else {
                project.delete(variant == 2 ? "content/opportunities/new.md" : "content/opportunities/club.md")
            }
        },
        Edit(what: "a hub's title, region or meeting") { project, variant in
            project.edit("content/hubs/other.md") { text in
                switch variant {
                case 0: text.replacingOccurrences(of: "title: Other Hub", with: "title: Other Hub 2")
                case 1: text.replacingOccurrences(of: "region: Otherland", with: "region: Testshire")
                case 2: text.replacingOccurrences(of: "2027-03-10", with: "2027-03-17")
                default: text.replacingOccurrences(of: "region: Testshire", with: "region: Otherland")
                }
            }
        },
        Edit(what: "a hub broken or mended") { project, variant in
            switch variant {
            case 0: project.edit("content/hubs/test.md") { $0.replacingOccurrences(of: "updated: 2026-11-01", with: "updated: 2026-02-30") }
            case 1: project.edit("content/hubs/test.md") { $0.replacingOccurrences(of: "  email: hub@test-university.example\n", with: "") }
            default: project.write(TestProject.validHub, to: "content/hubs/test.md")
            }
        },
        Edit(what: "a translation") { project, variant in
            switch variant {
            case 0: project.edit("content/hubs/test.cy.md") { $0.replacingOccurrences(of: "title: Hyb Prawf", with: "title: Hyb Praw") }
            case 1: project.delete("content/hubs/test.cy.md")
            case 2: project.write("---\ntitle: Gweithdy\n---\nGweithdy.\n", to: "content/opportunities/workshop.cy.md")
            default: project.write(PreviewProject.welsh, to: "content/hubs/test.cy.md")
            }
        },
        Edit(what: "a template") { project, variant in
            switch variant {
            case 0: project.write("<li class=\"card\"><a href=\"{{url}}\">{{title}}</a> <a href=\"{{root}}calendar/\">all</a></li>\n", to: "templates/event-card.mustache")
            case 1: project.write("<footer>{{site.title}} ({{words.hub_about}})</footer>\n", to: "templates/footer.mustache")
            case 2: project.write("<footer>{{#site.title}}</footer>\n", to: "templates/footer.mustache")
            default: project.delete("templates/\(["event-card", "footer"][variant % 2]).mustache")
            }
        },
        Edit(what: "a word file") { project, variant in
            switch variant {
            case 0: project.write("hub_about = Ynglŷn â'r hyb\n", to: "templates/words/cy.ftl")
            case 1: project.write("hub_about = About this hub\n", to: "templates/words/en-GB.ftl")
            case 2: project.write("no_such_word = Dim\n", to: "templates/words/cy.ftl")
            default: project.delete("templates/words/cy.ftl")
            }
        },
        Edit(what: "a logo") { project, variant in
            project.project.write(variant == 0 ? Data("not an image".utf8) : TestProject.fixtureData("test.png"), to: "content/logos/test.png")
        },
        Edit(what: "the settings") { project, variant in
            switch variant {
            case 0: project.write(PreviewProject.settings + "base_url: https://example.org/hubs/\n", to: "hubsite.yml")
            case 1: project.write(PreviewProject.settings.replacingOccurrences(of: "Test Hubs", with: "Test Hubz"), to: "hubsite.yml")
            case 2: project.write(PreviewProject.settings.replacingOccurrences(of: "languages: [en-GB, cy]\n", with: ""), to: "hubsite.yml")
            default: project.write(PreviewProject.settings, to: "hubsite.yml")
            }
        },
    ]

    /// Every file a served site has, by path, with its bytes.
    static func served(_ site: PreviewSite?) -> [String: Data] {
        guard let site else { return [:] }
        return Dictionary(uniqueKeysWithValues: site.paths.map { ($0, site.bytes(at: $0) ?? Data()) })
    }

    /// 200 sequences; the sanitizer runs ask for fewer (`HUBSITE_PROPERTY_SEQUENCES`), since
    /// each sequence is a handful of builds.
    static let sequences = ProcessInfo.processInfo.environment["HUBSITE_PROPERTY_SEQUENCES"].flatMap { Int($0) } ?? 200

    @Test func afterAnySequenceOfEditsServeServesWhatAFullBuildWrites() async throws {
        let project = PreviewProject(project: TestProject(bare: true))
        defer { project.project.remove() }
        project.reset()
        let options = BuildOptions(source: project.project.root, today: TestProject.today)
        let preview = PreviewBuild(options: options)
        #expect(preview.rebuild().succeeded)
        let steps = Gen.int(in: 0..<(Self.edits.count * 4)).array(of: 1...6)
        await propertyCheck(count: Self.sequences, input: steps) { steps in
            project.reset()
            var outcome = preview.rebuild()
            for step in steps {
                Self.edits[step / 4].apply(project, step % 4)
                outcome = preview.rebuild()
            }
            let what = steps.map { "\(Self.edits[$0 / 4].what) (\($0 % 4))" }.joined(separator: ", ")
            let output = project.project.root.appendingPathComponent("full-build")
            defer { try? FileManager.default.removeItem(at: output) }
            let full = try? BuildPipeline(options: BuildOptions(source: project.project.root, output: output, today: TestProject.today)).build()
            guard let full else {
                Issue.record("the full build threw after \(what)")
                return
            }
            #expect(outcome.diagnostics == full.checked.diagnostics, "diagnostics after \(what)")
            #expect(outcome.succeeded == (full.pages != nil), "success after \(what)")
            guard full.pages != nil else { return }
            let expected = PreviewBuildTests.files(in: output), actual = Self.served(outcome.site)
            #expect(Set(actual.keys) == Set(expected.keys), "the files after \(what)")
            for (path, data) in expected where actual[path] != data { Issue.record("\(path) differs from a full build's after \(what)") }
        }
    }
}
