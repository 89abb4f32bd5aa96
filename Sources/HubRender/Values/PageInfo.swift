/// `page`: what every page says about itself in `<head>`.
public struct PageInfo: TemplateValue {
    public var title: String
    public var description: String
    public var canonical: String?
    public var ogType: String
    public var path: String
    /// The page's language (`<html lang>`).
    public var language: String = ""
    /// The page in each language it exists in, this one included; empty when it exists in one.
    public var alternates: [Alternate] = []
    /// The picture the page is shared with (`og:image`), when the site has a base URL and the
    /// page, its hub or the site has a PNG, JPEG or WebP picture with alt text.
    public var image: ShareImage?

    /// `summary_large_image` for a wide picture (a photo or banner at least 600 pixels wide),
    /// else `summary`, whose small square preview suits a logo.
    public var twitterCard: String {
        guard let image, image.width >= 600, image.width > image.height else { return "summary" }
        return "summary_large_image"
    }

    /// A picture a page is shared with: an absolute address, its size in pixels and alt text.
    public struct ShareImage: TemplateValue {
        public var url: String
        public var type: String
        public var width: Int
        public var height: Int
        public var alt: String

        public static let variables = VariableTable<Self>("share image", [
            .text("url", "its absolute address") { $0.url },
            .text("type", "its MIME type: image/png, image/jpeg or image/webp") { $0.type },
            .text("width", "its width in pixels, read from the file") { String($0.width) },
            .text("height", "its height in pixels, read from the file") { String($0.height) },
            .text("alt", "what it shows (its alt text)") { $0.alt },
        ])
    }

    public init(title: String, description: String, canonical: String?, ogType: String, path: String) {
        self.title = title
        self.description = description
        self.canonical = canonical
        self.ogType = ogType
        self.path = path
    }

    /// The same page in one language.
    public struct Alternate: TemplateValue {
        public var language: String
        /// The language's name in itself: "English", "Cymraeg".
        public var name: String
        /// A relative link to it.
        public var url: String
        /// Its absolute URL when the site has a base URL, else the relative link: for `hreflang`.
        public var href: String
        public var current: Bool

        public static let variables = VariableTable<Self>("language version", [
            .text("language", "its language tag, e.g. `cy`") { $0.language },
            .text("name", "the language's name in itself, e.g. Cymraeg") { $0.name },
            .text("url", "a link to it from this page") { $0.url },
            .text("href", "its absolute URL with a base URL set (else `url`), for `<link rel=\"alternate\" hreflang>`") { $0.href },
            .flag("current", "true for this page's own language") { $0.current },
        ])
    }

    public static let variables = VariableTable<Self>("page", [
        .text("title", "the page's title") { $0.title },
        .text("description", "a short description (meta description, Open Graph)") { $0.description },
        .text("canonical", "the page's absolute URL, when a base URL is set") { $0.canonical },
        .text("og_type", "Open Graph type") { $0.ogType },
        .object("image", "the picture the page is shared with (og:image): the opportunity's picture, else the hub's first PNG, JPEG or WebP logo, else the site's share_image, the first of them at least 200 × 200 pixels with alt text; only with a base URL (see share image)") { $0.image },
        .text("twitter_card", "`summary_large_image` when the share picture is wide, else `summary`") { $0.twitterCard },
        .text("path", "the page's path in the site, e.g. `hubs/south/`") { $0.path },
        .text("language", "the page's language, e.g. `en-GB` or `cy` (for `<html lang>`)") { $0.language },
        .list("alternates", "the page in every language it exists in, this one included (for `hreflang` links); empty when there is only one") { $0.alternates },
        .flag("has_alternates", "true when the page exists in more than one language") { !$0.alternates.isEmpty },
        .list("translations", "the page in the other languages (for the language switcher)") { $0.alternates.filter { !$0.current } },
        .text("x_default", "the address of the page in the site's default language, for `hreflang=\"x-default\"`") { $0.alternates.first?.href },
    ])
}
