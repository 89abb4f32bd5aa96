/// What a field is, without its binding to the model: what the JSON Schemas, the field
/// reference, the annotated files of `hubsite new` and the translation loader read. Made by
/// each `FieldEntry`, whose binding gives the kind.
public struct FieldSpec: Sendable {
    public var name: String
    public var kind: FieldKind
    public var summary: String
    /// The loader reports the field missing (where the rules do, the schema does not).
    public var required = false
    /// A word, which a translation may hold, rather than a fact, which comes from the original
    /// only. A set of fields or a list is translatable when some of its fields are.
    public var translatable = false
    /// A web address or a file under content/: pages link to it, made relative to the page.
    public var link = false
    /// A picture under content/ (a logo, a photo): a CMS form offers its media library.
    public var image = false
    /// A file under content/ to download (a resource's PDF): a CMS form offers its file library.
    public var document = false
    /// Not required by the loader, but the rules fail the build without it (a lead
    /// organisation's logo and its alt text): a CMS form asks for it before saving.
    public var requiredByRules = false
    /// A value `hubsite new` writes for it, commented out where its sample content has none
    /// (nil: the annotated file leaves it out).
    public var example: String?
    /// The few words `hubsite new` writes beside it (nil: a choice's values, or nothing).
    public var note: String?
    /// Where its value shows.
    public var shows: [FieldPlace] = []
    /// The page variable the field is shown as, with the variable's meaning for docs/templates.md:
    /// a plain field of a hub or an opportunity gets it with no code (`hub.terms_of_reference`).
    public var variable: String?

    public init(_ name: String, _ kind: FieldKind, _ summary: String, required: Bool = false, translatable: Bool = false,
                link: Bool = false, image: Bool = false, document: Bool = false, requiredByRules: Bool = false, example: String? = nil, note: String? = nil,
                shows: [FieldPlace] = [], variable: String? = nil) {
        self.name = name
        self.kind = kind
        self.summary = summary
        self.required = required
        self.translatable = translatable
        self.link = link
        self.image = image
        self.document = document
        self.requiredByRules = requiredByRules
        self.example = example
        self.note = note
        self.shows = shows
        self.variable = variable
    }
}
