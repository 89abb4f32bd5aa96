import Foundation
import Testing
import Yams
@testable import HubBuild
@testable import HubContent
import HubModel

/// The configurations `hubsite cms` writes, checked as data: each parses as its CMS reads it
/// (YAML, JSON), every field of the field tables is in its form at every level with the
/// required flag and the stored format it must have, and golden files
/// (Tests/HubsiteTests/Fixtures/cms/) show as a diff what a change to the tables changes.
@Suite struct CMSConfigTests {
    static let single = CMSConfig.Project(languages: ["en-GB"], repository: "scip-alliance/hubs")
    static let bilingual = CMSConfig.Project(languages: ["en-GB", "cy"], baseURL: "https://hubs.example.org/", repository: "scip-alliance/hubs")

    static func yaml(_ text: String) throws -> [String: Any] {
        try #require(try Yams.load(yaml: text) as? [String: Any])
    }

    static func collections(_ config: [String: Any], key: String) throws -> [[String: Any]] {
        try #require(config[key] as? [[String: Any]])
    }

    static func fields(_ value: Any?) -> [[String: Any]] { value as? [[String: Any]] ?? [] }

    /// The tables' top levels, by the collection that edits them.
    static let tables: [(collection: String, fields: [FieldSpec])] = [("hubs", FieldTables.hub.specs), ("opportunities", FieldTables.opportunity.specs),
                                                                       ("activities", FieldTables.activity.specs)]

    // MARK: Decap CMS and Sveltia CMS

    /// Every field at every level, with its widget, its stored format and the required flag
    /// Decap would otherwise take as true.
    func checkDecap(_ fields: [[String: Any]], against specs: [FieldSpec], translated: Bool, path: String) {
        #expect(fields.compactMap { $0["name"] as? String }.filter { $0 != "body" } == specs.map(\.name), "\(path): the table's fields in order")
        for spec in specs {
            let where_ = path + "." + spec.name
            guard let field = fields.first(where: { $0["name"] as? String == spec.name }) else { continue }
            #expect(field["required"] as? Bool == (spec.required || spec.requiredByRules), "\(where_): required")
            #expect(field["hint"] as? String == spec.summary, "\(where_): the hint is the field's meaning")
            #expect((field["i18n"] as? Bool ?? false) == (translated && spec.translatable), "\(where_): a word is translated, a fact is not")
            let widget = field["widget"] as? String
            if spec.image {
                #expect(widget == "image" && (field["media_folder"] as? String)?.hasPrefix("/content/") == true, "\(where_): an image under content/")
                continue
            }
            if spec.document {
                #expect(widget == "file" && field["media_folder"] as? String == "/content/files" && field["public_folder"] as? String == "files",
                        "\(where_): a file under content/files/, written as its path under content/")
                continue
            }
            switch (spec.kind.shape, spec.kind.oneOrMore) {
            case (.date, false):
                #expect(widget == "datetime" && field["format"] as? String == "YYYY-MM-DD" && field["time_format"] as? Bool == false
                        && field["picker_utc"] as? Bool == false && field["default"] as? String == "", "\(where_): a date, stored YYYY-MM-DD, no time, not filled in")
            case (.time, false):
                #expect(widget == "datetime" && field["format"] as? String == "HH:mm" && field["date_format"] as? Bool == false
                        && field["default"] as? String == "", "\(where_): a time, stored HH:mm")
            case (.dateTime, false):
                let pattern = (field["pattern"] as? [String])?.first ?? ""
                #expect(widget == "string", "\(where_)")
                for good in ["2027-03-10", "2027-03-10 14:00"] { #expect(good.range(of: pattern, options: .regularExpression) != nil, "\(where_): \(good)") }
                for bad in ["2027-03-10T14:00:00.000Z", "10/03/2027", "2027-03-10 2pm"] { #expect(bad.range(of: pattern, options: .regularExpression) == nil, "\(where_): \(bad)") }
            case (.choice, let many):
                #expect(widget == "select" && field["options"] as? [String] == spec.kind.values && (field["multiple"] as? Bool ?? false) == many, "\(where_): \(spec.kind.values)")
            case (.integer, false):
                #expect(widget == "number" && field["value_type"] as? String == "int" && field["min"] as? Int == spec.kind.range.lowerBound
                        && field["max"] as? Int == spec.kind.range.upperBound, "\(where_)")
            case (.boolean, false):
                #expect(widget == "boolean", "\(where_)")
            case (.fields, false):
                #expect(widget == "object", "\(where_)")
                checkDecap(Self.fields(field["fields"]), against: spec.kind.fields, translated: translated, path: where_)
            case (.list, false):
                #expect(widget == "list", "\(where_)")
                checkDecap(Self.fields(field["fields"]), against: spec.kind.fields, translated: translated, path: where_)
            case (_, true):
                #expect(widget == "list" && (field["field"] as? [String: Any])?["name"] as? String == spec.name, "\(where_): a list of values")
            case (.text, false):
                #expect(widget == "string", "\(where_)")
            default:
                Issue.record("\(where_): a kind the test does not know")
            }
        }
    }

    @Test(arguments: [false, true]) func decapHasEveryFieldOfTheTables(translated: Bool) throws {
        let files = CMSConfig.files(for: .decap, project: translated ? Self.bilingual : Self.single)
        #expect(files.map(\.path) == ["content/admin/config.yml", "content/admin/index.html"])
        let config = try Self.yaml(files[0].text)
        #expect((config["backend"] as? [String: Any])?["repo"] as? String == "scip-alliance/hubs")
        #expect(config["publish_mode"] as? String == "editorial_workflow", "each save is a pull request the workflow checks")
        let i18n = config["i18n"] as? [String: Any]
        if translated {
            #expect(i18n?["structure"] as? String == "multiple_files" && i18n?["locales"] as? [String] == ["en-GB", "cy"]
                    && i18n?["default_locale"] as? String == "en-GB" && i18n?["omit_default_locale_from_file_path"] as? Bool == true)
        } else {
            #expect(i18n == nil)
        }
        let collections = try Self.collections(config, key: "collections")
        #expect(collections.map { $0["folder"] as? String } == ["content/hubs", "content/opportunities", "content/activities"])
        for (collection, (name, specs)) in zip(collections, Self.tables) {
            #expect(collection["name"] as? String == name)
            let fields = Self.fields(collection["fields"])
            #expect(fields.last?["name"] as? String == "body" && fields.last?["widget"] as? String == "markdown", "the Markdown text")
            checkDecap(fields, against: specs, translated: translated, path: name)
        }
        #expect(files[1].text.contains("decap-cms@^3"), "Decap's page loads Decap")
    }

    @Test func sveltiaReadsTheSameSettingsFromItsOwnPage() throws {
        let decap = CMSConfig.files(for: .decap, project: Self.bilingual)
        let sveltia = CMSConfig.files(for: .sveltia, project: Self.bilingual)
        #expect(try Self.yaml(decap[0].text).keys.sorted() == Self.yaml(sveltia[0].text).keys.sorted())
        #expect(decap[0].text.replacingOccurrences(of: "hubsite cms decap", with: "hubsite cms sveltia") == sveltia[0].text)
        #expect(sveltia[1].text.contains("@sveltia/cms") && !sveltia[1].text.contains("decap-cms"))
    }

    // MARK: Pages CMS

    func checkPages(_ fields: [[String: Any]], against specs: [FieldSpec], path: String) {
        #expect(fields.compactMap { $0["name"] as? String }.filter { $0 != "body" } == specs.map(\.name), "\(path): the table's fields in order")
        for spec in specs {
            let where_ = path + "." + spec.name
            guard let field = fields.first(where: { $0["name"] as? String == spec.name }) else { continue }
            #expect((field["required"] as? Bool ?? false) == (spec.required || spec.requiredByRules), "\(where_): required")
            #expect(field["description"] as? String == spec.summary, "\(where_)")
            let type = field["type"] as? String
            let options = field["options"] as? [String: Any] ?? [:]
            let list = field["list"] as? Bool ?? false
            if spec.image {
                #expect(type == "image" && ["logos", "images"].contains(options["media"] as? String ?? ""), "\(where_)")
                continue
            }
            if spec.document {
                #expect(type == "file" && options["media"] as? String == "files", "\(where_)")
                continue
            }
            switch spec.kind.shape {
            case .date:
                #expect(type == "date" && options["format"] as? String == "yyyy-MM-dd" && options["time"] == nil && list == spec.kind.oneOrMore, "\(where_): a date, stored yyyy-MM-dd")
            case .time, .dateTime:
                let pattern = (field["pattern"] as? [String: Any])?["regex"] as? String ?? ""
                let good = spec.kind.shape == .time ? ["14:00", "9:30"] : ["2027-03-10", "2027-03-10 14:00"]
                #expect(type == "string" && good.allSatisfy { $0.range(of: pattern, options: .regularExpression) != nil }, "\(where_)")
                #expect("2027-03-10T14:00:00.000Z".range(of: pattern, options: .regularExpression) == nil, "\(where_): no instants")
            case .choice:
                #expect(type == "select" && options["values"] as? [String] == spec.kind.values && (options["multiple"] as? Bool ?? false) == spec.kind.oneOrMore, "\(where_)")
            case .integer:
                #expect(type == "number" && options["min"] as? Int == spec.kind.range.lowerBound && options["max"] as? Int == spec.kind.range.upperBound, "\(where_)")
            case .boolean:
                #expect(type == "boolean", "\(where_)")
            case .fields:
                #expect(type == "object" && !list, "\(where_)")
                checkPages(Self.fields(field["fields"]), against: spec.kind.fields, path: where_)
            case .list:
                #expect(type == "object" && list, "\(where_)")
                checkPages(Self.fields(field["fields"]), against: spec.kind.fields, path: where_)
            case .text:
                #expect(type == "string" && list == spec.kind.oneOrMore, "\(where_)")
            }
        }
    }

    @Test(arguments: [false, true]) func pagesHasEveryFieldOfTheTables(translated: Bool) throws {
        let files = CMSConfig.files(for: .pages, project: translated ? Self.bilingual : Self.single)
        #expect(files.map(\.path) == [".pages.yml"])
        let config = try Self.yaml(files[0].text)
        #expect(((config["settings"] as? [String: Any])?["content"] as? [String: Any])?["merge"] as? Bool == true, "keys a form does not know are kept")
        #expect((config["media"] as? [[String: Any]])?.map { $0["input"] as? String } == ["content/logos", "content/images", "content/files"])
        #expect((config["media"] as? [[String: Any]])?.last?["extensions"] as? [String] == DocumentType.extensions, "the kinds of file the rule resources accepts")
        let collections = try Self.collections(config, key: "content")
        for (collection, (name, specs)) in zip(collections, Self.tables) {
            #expect(collection["name"] as? String == name && collection["format"] as? String == "yaml-frontmatter")
            let i18n = (collection["i18n"] as? [String: Any])?["path"] as? [String: Any]
            #expect(translated ? (i18n?["position"] as? String == "suffix" && i18n?["default"] as? String == "omit") : i18n == nil,
                    "name.cy.md beside name.md")
            checkPages(Self.fields(collection["fields"]), against: specs, path: name)
        }
    }

    // MARK: Front Matter CMS

    func checkFrontMatter(_ fields: [[String: Any]], against specs: [FieldSpec], groups: [String: [[String: Any]]], path: String) {
        #expect(fields.compactMap { $0["name"] as? String } == specs.map(\.name), "\(path): the table's fields in order")
        for spec in specs {
            let where_ = path + "." + spec.name
            guard let field = fields.first(where: { $0["name"] as? String == spec.name }) else { continue }
            #expect((field["required"] as? Bool ?? false) == (spec.required || spec.requiredByRules), "\(where_): required")
            let type = field["type"] as? String
            if spec.image { #expect(type == "image", "\(where_)"); continue }
            if spec.document { #expect(type == "file" && field["fileExtensions"] as? [String] == DocumentType.extensions, "\(where_)"); continue }
            switch (spec.kind.shape, spec.kind.oneOrMore) {
            case (.date, false):
                #expect(type == "datetime" && field["dateFormat"] as? String == "yyyy-MM-dd", "\(where_): a date, stored yyyy-MM-dd")
            case (.choice, let many):
                #expect(type == "choice" && field["choices"] as? [String] == spec.kind.values && (field["multiple"] as? Bool ?? false) == many, "\(where_)")
            case (.integer, false):
                let options = field["numberOptions"] as? [String: Any]
                #expect(type == "number" && options?["isDecimal"] as? Bool == false && options?["max"] as? Int == spec.kind.range.upperBound, "\(where_)")
            case (.boolean, false):
                #expect(type == "boolean", "\(where_)")
            case (.fields, false):
                #expect(type == "fields", "\(where_)")
                checkFrontMatter(Self.fields(field["fields"]), against: spec.kind.fields, groups: groups, path: where_)
            case (.list, false):
                let group = (field["fieldGroup"] as? [String])?.first ?? ""
                #expect(type == "block" && groups[group] != nil, "\(where_): a block of the field group \(group)")
                checkFrontMatter(groups[group] ?? [], against: spec.kind.fields, groups: groups, path: where_)
            case (_, true):
                #expect(type == "list", "\(where_)")
            case (.text, false), (.time, false), (.dateTime, false):
                #expect(type == "string", "\(where_): text, checked by hubsite")
            default:
                Issue.record("\(where_): a kind the test does not know")
            }
        }
    }

    @Test func frontMatterHasEveryFieldOfTheTables() throws {
        let files = CMSConfig.files(for: .frontmatter, project: Self.bilingual)
        #expect(files.map(\.path) == ["frontmatter.json"])
        let config = try #require(try JSONSerialization.jsonObject(with: Data(files[0].text.utf8)) as? [String: Any])
        #expect(config["frontMatter.global.timezone"] as? String == "Europe/London", "dates in the site's zone, not UTC")
        let folders = try #require(config["frontMatter.content.pageFolders"] as? [[String: Any]])
        #expect(folders.map { $0["contentTypes"] as? [String] } == [["hub"], ["opportunity"], ["activity"]], "one content type a folder, taken for files without type:")
        let groups = Dictionary(uniqueKeysWithValues: (config["frontMatter.taxonomy.fieldGroups"] as? [[String: Any]] ?? []).map {
            ($0["id"] as? String ?? "", Self.fields($0["fields"]))
        })
        let types = try #require(config["frontMatter.taxonomy.contentTypes"] as? [[String: Any]])
        for (type, (name, specs)) in zip(types, Self.tables) {
            checkFrontMatter(Self.fields(type["fields"]), against: specs, groups: groups, path: name)
        }
    }

    /// Front Matter CMS marks each item of a list it edits as a block with `fieldGroup:`;
    /// hubsite reads past it there, and only there.
    @Test func theFieldGroupFrontMatterWritesInAnItemIsReadPast() {
        let hub = TestProject.validHub.replacingOccurrences(of: "  - date: ", with: "  - fieldGroup: hub.meetings\n    date: ")
        #expect(hub != TestProject.validHub)
        let plain = TestProject()
        let marked = TestProject(files: ["content/hubs/test.md": hub])
        let top = TestProject(files: ["content/hubs/test.md": TestProject.validHub.replacingOnce("title:", with: "fieldGroup: x\ntitle:")])
        defer { plain.remove(); marked.remove(); top.remove() }
        #expect(marked.check().summary == plain.check().summary)
        #expect(top.check().contains { $0.message.contains("Unknown field 'fieldGroup'") }, "at the top level it is a mistake")
    }

    // MARK: Golden files

    static let golden: [(name: String, target: CMSConfig.Target, project: CMSConfig.Project)] = [
        ("decap-config.yml", .decap, single), ("decap-config-bilingual.yml", .decap, bilingual),
        ("pages-bilingual.yml", .pages, bilingual), ("frontmatter.json", .frontmatter, bilingual),
    ]

    /// The configurations as written, against the files under Fixtures/cms/; a change shows as
    /// a diff. HUBSITE_UPDATE_DOCS=1 swift test --filter CMSConfigTests writes them.
    @Test func theConfigurationsAreTheGoldenFiles() throws {
        let folder = CatalogueTests.repository.appendingPathComponent("Tests/HubsiteTests/Fixtures/cms")
        for (name, target, project) in Self.golden {
            let text = CMSConfig.files(for: target, project: project)[0].text
            let url = folder.appendingPathComponent(name)
            if ProcessInfo.processInfo.environment["HUBSITE_UPDATE_DOCS"] != nil {
                try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
                try Data(text.utf8).write(to: url)
                continue
            }
            let expected = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
            #expect(text == expected, "Fixtures/cms/\(name) differs (HUBSITE_UPDATE_DOCS=1 swift test --filter CMSConfigTests writes it):\n\(Self.diff(expected, text))")
        }
    }

    /// The golden files as a YAML 1.1 reader (PyYAML) reads them: every name, label, widget
    /// and format is still text (`on` is quoted, or it would read as true).
    @Test func theConfigurationsReadTheSameInYAML11() throws {
        let folder = CatalogueTests.repository.appendingPathComponent("Tests/HubsiteTests/Fixtures/cms")
        let paths = Self.golden.map { folder.appendingPathComponent($0.name).path }
        let result = try #require(try CalendarTests.parse("cms_config_check.py", paths) as? [String: [String: Any]])
        for path in paths {
            #expect((result[path]?["not_text"] as? [String])?.isEmpty == true, "\(path): \(result[path] ?? [:])")
            #expect((result[path]?["named"] as? Int ?? 0) > 60, "\(path): every field is there")
        }
    }

    /// The lines that differ, as `diff -u` shows them.
    static func diff(_ old: String, _ new: String) -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("cms-diff-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let a = folder.appendingPathComponent("golden"), b = folder.appendingPathComponent("written")
        try? Data(old.utf8).write(to: a)
        try? Data(new.utf8).write(to: b)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/diff")
        process.arguments = ["-u", a.path, b.path]
        let pipe = Pipe()
        process.standardOutput = pipe
        try? process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    // MARK: The command

    @Test func theCommandWritesTakesTheRepositoryFromGitAndNeverOverwritesUnasked() throws {
        let project = TestProject(bare: true)
        defer { project.remove() }
        project.write(Data("title: Hubs\nlanguages: [en-GB, cy]\n".utf8), to: "hubsite.yml")
        project.write(Data("[core]\n\tbare = false\n[remote \"origin\"]\n\turl = git@github.com:scip-alliance/hubs.git\n\tfetch = +refs/heads/*:refs/remotes/origin/*\n".utf8), to: ".git/config")
        let first = try CommandLineTests.run(["cms", "sveltia"], in: project.root)
        #expect(first.status == 0 && first.stdout.contains("Written content/admin/config.yml"), "\(first.stdout)\(first.stderr)")
        let written = try String(contentsOf: project.root.appendingPathComponent("content/admin/config.yml"), encoding: .utf8)
        #expect(written.contains("repo: scip-alliance/hubs") && written.contains("- cy"), "\(written)")
        let again = try CommandLineTests.run(["cms", "sveltia"], in: project.root)
        #expect(again.status == 0 && again.stdout.contains("Unchanged content/admin/config.yml"))
        project.write(Data("# set up by hand\n".utf8), to: "content/admin/config.yml")
        let refused = try CommandLineTests.run(["cms", "sveltia"], in: project.root)
        #expect(refused.status == 1 && refused.stderr.contains("--force"), "\(refused.stderr)")
        #expect(try String(contentsOf: project.root.appendingPathComponent("content/admin/config.yml"), encoding: .utf8) == "# set up by hand\n")
        let forced = try CommandLineTests.run(["cms", "sveltia", "--force", "--repo", "other/name"], in: project.root)
        #expect(forced.status == 0 && forced.stdout.contains("Replaced content/admin/config.yml"))
        let decap = try CommandLineTests.run(["cms", "decap", "--force"], in: project.root)
        #expect(decap.stdout.contains("use Sveltia CMS"), "a translated site is told what Decap names its files: \(decap.stdout)")
        for editor in ["pages", "frontmatter"] {
            #expect(try CommandLineTests.run(["cms", editor], in: project.root).status == 0)
        }
        #expect(FileManager.default.fileExists(atPath: project.root.appendingPathComponent(".pages.yml").path))
        #expect(FileManager.default.fileExists(atPath: project.root.appendingPathComponent("frontmatter.json").path))
        #expect(try CommandLineTests.run(["cms", "wordpress"], in: project.root).status == 2)
    }

    /// `hubsite new site --cms`: the project and the editor's configuration, which the build
    /// copies to the site's admin/.
    @Test func aNewSiteCanComeWithAnEditor() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("hubsite-new-cms-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let created = try CommandLineTests.run(["new", "site", folder.path, "--cms", "sveltia", "--repo", "scip/hubs", "--today", "2026-11-25"])
        #expect(created.status == 0, "\(created.stdout)\(created.stderr)")
        let config = try Self.yaml(try String(contentsOf: folder.appendingPathComponent("content/admin/config.yml"), encoding: .utf8))
        #expect((config["backend"] as? [String: Any])?["repo"] as? String == "scip/hubs" && config["i18n"] == nil, "one language: no i18n")
        let built = try CommandLineTests.run(["build", "--today", "2026-11-25"], in: folder)
        #expect(built.status == 0, "\(built.stdout)\(built.stderr)")
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("site/admin/index.html").path))
    }

    @Test func theRepositoryIsReadFromTheOriginRemote() {
        for (url, expected) in [("https://github.com/scip/hubs.git", "scip/hubs"), ("git@github.com:scip/hubs.git", "scip/hubs"),
                                ("https://github.com/scip/hubs", "scip/hubs"), ("https://gitlab.com/scip/hubs.git", nil)] as [(String, String?)] {
            #expect(CMSSetup.githubRepository(gitConfig: "[remote \"origin\"]\n\turl = \(url)\n") == expected, "\(url)")
        }
        #expect(CMSSetup.githubRepository(gitConfig: "[remote \"upstream\"]\n\turl = https://github.com/a/b\n") == nil)
    }
}
