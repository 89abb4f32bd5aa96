/// A file to download from the hub page (`resources`): a flyer, a poster, survey findings. The
/// hub co-lead for practitioners is to "signpost supporting resources" (000); a file kept
/// under `content/` is published with the site, and the page says what it is and how big
/// ("PDF, 1.2 MB") before anyone opens it.
public struct Resource: Hashable, Sendable {
    /// The file's path under `content/`, e.g. `files/flyer.pdf`.
    public var file: String?
    public var title: String?
    /// The language the file is written in (`en`, `cy`); nil: the site's default language.
    public var language: String?
    /// A sentence on what it is for.
    public var description: String?
    /// Its place in `resources`, for the rule's locations.
    public var index = 0

    public init(file: String? = nil, title: String? = nil, language: String? = nil, description: String? = nil, index: Int = 0) {
        self.file = file
        self.title = title
        self.language = language
        self.description = description
        self.index = index
    }
}
