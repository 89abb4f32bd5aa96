import Foundation
import Testing
@testable import HubBuild
import HubModel
@testable import HubRender

/// Sharing a page (issue #31, item 11): `og:image` with the width and height of the file
/// (read back by Pillow), its type and alt text, from the opportunity's picture, the hub's
/// logo or the site's `share_image`; `twitter:card`; descriptions cut at the end of a word.
@Suite struct SharingTests {
    /// Pictures written by Pillow into `folder`, with their sizes as Pillow reads them back.
    static func pictures(in folder: URL, _ specs: [String]) throws -> [String: [Int]] {
        try #require(try CalendarTests.parse("make_images.py", [folder.path] + specs) as? [String: [Int]])
    }

    @Test func theSizeIsReadFromEveryKindOfHeaderAsPillowReadsIt() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("hubsite-images-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let specs = ["a.png:1200x630", "b.png:1x65535", "c.jpg:1200x630", "d.jpg:640x480:progressive", "e.jpg:800x600:exif",
                     "f.webp:800x418", "g.webp:333x222:lossless", "h.webp:16383x2:lossless", "i.webp:1000x500:alpha"]
        let sizes = try Self.pictures(in: folder, specs)
        #expect(sizes.count == specs.count)
        for (name, size) in sizes {
            let data = try Data(contentsOf: folder.appendingPathComponent(name))
            #expect(PixelSize(imageData: data) == PixelSize(width: size[0], height: size[1]), "\(name)")
            #expect(PixelSize(imageData: data.prefix(20)) == nil, "\(name) cut short has no size")
        }
        #expect(PixelSize(imageData: Data("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"/>".utf8)) == nil)
        #expect(PixelSize(imageData: Data()) == nil)
    }

    /// A site with base_url: each page shared with the first picture it has.
    @Test func eachPageIsSharedWithItsOwnPictureElseTheHubsLogoElseTheSites() throws {
        let project = TestProject(files: [
            "hubsite.yml": "title: Test hubs\nbase_url: https://hubs.example.org/\nshare_image: images/share.webp\nshare_image_alt: The Test hubs' banner\n",
            "content/hubs/test.md": TestProject.validHub.replacingOnce("logo: logos/test.png", with: "logo: logos/big.png"),
            "content/opportunities/workshop.md": TestProject.validOpportunity
                .replacingOnce("cost: Free\n", with: "cost: Free\nimage: images/taster.jpg\nimage_alt: Pupils at a taster day\n"),
            "content/opportunities/talk.md": TestProject.validOpportunity.replacingOnce("title: Test workshop", with: "title: Test talk"),
        ])
        defer { project.remove() }
        let sizes = try Self.pictures(in: project.root.appendingPathComponent("content"),
                                      ["logos/big.png:400x400", "images/taster.jpg:1200x630:exif", "images/share.webp:1200x628"])
        let built = try project.pipeline.build()
        #expect(built.pages != nil, "\(built.checked.diagnostics.errors.summary)")
        func meta(_ page: String) throws -> [String: String] {
            let html = try String(contentsOf: project.root.appendingPathComponent("site/" + page), encoding: .utf8)
            let pattern = try NSRegularExpression(pattern: "<meta (?:property|name)=\"((?:og:image|twitter:)[^\"]*)\" content=\"([^\"]*)\">")
            var found: [String: String] = [:]
            for match in pattern.matches(in: html, range: NSRange(html.startIndex..., in: html)) {
                found[String(html[Range(match.range(at: 1), in: html)!])] = String(html[Range(match.range(at: 2), in: html)!])
            }
            return found
        }
        let expected: [(page: String, picture: String, type: String, alt: String, card: String)] = [
            ("opportunities/workshop/index.html", "images/taster.jpg", "image/jpeg", "Pupils at a taster day", "summary_large_image"),
            ("opportunities/talk/index.html", "logos/big.png", "image/png", "Test University logo", "summary"),
            ("hubs/test/index.html", "logos/big.png", "image/png", "Test University logo", "summary"),
            ("index.html", "images/share.webp", "image/webp", "The Test hubs&#39; banner", "summary_large_image"),
            ("calendar/index.html", "images/share.webp", "image/webp", "The Test hubs&#39; banner", "summary_large_image"),
        ]
        for page in expected {
            let found = try meta(page.page)
            let size = try #require(sizes[page.picture])
            #expect(found["og:image"] == "https://hubs.example.org/" + page.picture, "\(page.page)")
            #expect(found["og:image:width"] == String(size[0]) && found["og:image:height"] == String(size[1]), "\(page.page): \(found)")
            #expect(found["og:image:type"] == page.type && found["og:image:alt"] == page.alt, "\(page.page): \(found)")
            #expect(found["twitter:card"] == page.card, "\(page.page)")
            // The address answers: the picture is published where og:image says.
            #expect(FileManager.default.fileExists(atPath: project.root.appendingPathComponent("site/" + page.picture).path))
        }
    }

    /// No picture is shared without an absolute address, nor one too small to show (nor an
    /// SVG): the page says `summary` and nothing else.
    @Test(arguments: [
        ("title: Test hubs\n", "logos/big.png:400x400"),
        ("title: Test hubs\nbase_url: https://hubs.example.org/\n", "logos/big.png:199x400"),
        ("title: Test hubs\nbase_url: https://hubs.example.org/\n", "logos/test.svg"),
    ])
    func withoutABaseURLOrAUsablePictureNothingIsShared(config: String, picture: String) throws {
        let hub = TestProject.validHub.replacingOnce("logo: logos/test.png", with: "logo: " + picture.split(separator: ":")[0])
        let project = TestProject(files: ["hubsite.yml": config, "content/hubs/test.md": hub])
        defer { project.remove() }
        if picture.hasSuffix(".svg") {
            project.write(Data("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"400\" height=\"400\"/>".utf8), to: "content/" + picture)
        } else {
            _ = try Self.pictures(in: project.root.appendingPathComponent("content"), [picture])
        }
        let built = try project.pipeline.build()
        #expect(built.pages != nil, "\(built.checked.diagnostics.errors.summary)")
        let html = try String(contentsOf: project.root.appendingPathComponent("site/hubs/test/index.html"), encoding: .utf8)
        #expect(!html.contains("og:image"))
        #expect(html.contains("<meta name=\"twitter:card\" content=\"summary\">"))
    }

    /// share_image in hubsite.yml checked as a logo is, at its line.
    @Test(arguments: [
        ("share_image: images/missing.png\nshare_image_alt: A banner\n", nil as String?, "does not exist", false),
        ("share_image: images/share.svg\nshare_image_alt: A banner\n", "svg", "sharing sites do not show", false),
        ("share_image: images/share.png\n", "images/share.png:1200x630", "no alt text", false),
        ("share_image: images/share.png\nshare_image_alt: A banner\n", "images/share.png:150x150", "150 × 150 pixels", true),
    ])
    func theSharePictureIsCheckedWhereItIsWritten(lines: String, picture: String?, message: String, advisory: Bool) throws {
        let project = TestProject(files: ["hubsite.yml": "title: Test hubs\n" + lines])
        defer { project.remove() }
        if picture == "svg" {
            project.write(Data("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"/>".utf8), to: "content/images/share.svg")
        } else if let picture {
            _ = try Self.pictures(in: project.root.appendingPathComponent("content"), [picture])
        }
        let found = project.check()
        let finding = try #require(found.first { $0.message.contains(message) }, "\(found.summary)")
        #expect(finding.location.file == "hubsite.yml" && finding.location.line == 2 && finding.location.column == 14, "\(finding)")
        #expect(finding.severity == (advisory ? .warning : .error) && finding.rule == "logo")
        #expect(finding.hint?.isEmpty == false)
    }

    @Test(arguments: [
        ("The hub was established in 2019 by the universities of the region", 20, "The hub was…"),
        ("The hub was established in 2019", 40, "The hub was established in 2019"),
        ("Schools, colleges and charities", 18, "Schools, colleges…"),
        ("Ysgolion, colegau ac elusennau", 18, "Ysgolion, colegau…"), ("Ysgolion, colegau ac elusennau", 17, "Ysgolion…"),
        ("Supercalifragilisticexpialidocious", 10, "Supercali…"),
        ("Hub meeting. Next steps", 14, "Hub meeting…"),
    ])
    func aDescriptionIsCutAtTheEndOfAWord(text: String, limit: Int, cut: String) {
        let excerpt = Excerpt.of(text, limit: limit)
        #expect(excerpt == cut)
        #expect(excerpt.count <= max(limit, text.count))
    }

    /// On a built page: the description stops at a word, within 200 characters, with "…".
    @Test func aHubPagesDescriptionStopsAtAWord() throws {
        let project = TestProject()
        defer { project.remove() }
        _ = try project.pipeline.build()
        let html = try String(contentsOf: project.root.appendingPathComponent("site/hubs/test/index.html"), encoding: .utf8)
        let description = try #require(html.firstMatch(of: /<meta name="description" content="([^"]*)">/)?.1)
        let text = Escaping.html(project.load().content.hubs[0].body.plainText)
        #expect(text.count > 200, "the fixture's introduction is longer than a description")
        #expect(description.hasSuffix("…") && description.count <= 200)
        let kept = description.dropLast()
        #expect(text.hasPrefix(kept) && text[text.index(text.startIndex, offsetBy: kept.count)].isWhitespace, "\(description)")
    }
}
