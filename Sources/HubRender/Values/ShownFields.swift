import HubModel

/// The plain fields a table shows on a page as variables of their own: those its entries give
/// a `variable` (`hub.terms_of_reference`). Read from the model once per page, a link made
/// relative to the page; a new plain field needs no code here, only its line in the table.
public struct ShownFields: Sendable {
    /// By position among the table's shown entries.
    let values: [FieldValue?]

    public init<Root>(_ table: FieldTable<Root>, of root: Root, links: PageLinks) {
        values = Self.entries(table).map { entry in
            guard let value = entry.binding.value(root) else { return nil }
            guard entry.spec.link, case .text(let text) = value else { return value }
            return Self.link(text, links: links).map(FieldValue.text)
        }
    }

    static func entries<Root>(_ table: FieldTable<Root>) -> [FieldEntry<Root>] {
        table.entries.filter { $0.spec.variable != nil }
    }

    /// A link field's value as a page links to it: a safe web address as written, a file under
    /// content/ relative to the page; nil for anything else (an absolute path, `..`).
    static func link(_ value: String, links: PageLinks) -> String? {
        if let url = Escaping.safeURL(value) { return url }
        return SitePaths.publishedAsset(value).map(links.to)
    }

    /// The page variables of the table's shown fields, in the table's order: a number for an
    /// integer, true/false for a boolean, text (a date as YYYY-MM-DD) for the rest.
    static func variables<Page, Root>(_ table: FieldTable<Root>, _ shown: @escaping @Sendable (Page) -> ShownFields) -> [TemplateVariable<Page>] {
        entries(table).enumerated().map { index, entry in
            let shape: TemplateShape
            switch entry.spec.kind.shape {
            case .integer: shape = .number
            case .boolean: shape = .flag
            default: shape = .text
            }
            return TemplateVariable(field: TemplateField(name: entry.name, meaning: entry.spec.variable ?? entry.spec.summary, shape: shape)) { page in
                switch shown(page).values[index] {
                case .text(let text)?: return .text(text)
                case .number(let number)?: return .number(number)
                case .flag(let flag)?: return .flag(flag)
                case .date(let date)?: return .text(date.iso)
                case nil: return .absent
                }
            }
        }
    }
}
