import HubModel

/// The field reference of docs/content.md, made from `FieldTables` as docs/rules.md is made
/// from the rule catalogue: every field of every level, its kind, whether it is required, a
/// word or a fact, where it shows and what it means. A test keeps the document equal to it.
public enum FieldReference {
    /// The lines that open and close the generated section of docs/content.md.
    public static let start = "<!-- fields: generated from FieldTables (Sources/HubModel/Fields); HUBSITE_UPDATE_DOCS=1 swift test --filter FieldReferenceTests rewrites it -->\n"
    public static let end = "<!-- fields end -->"

    /// The section, from `start` to `end`.
    public static func markdown() -> String {
        var text = start + """

        ## Field reference

        Every field hubsite reads, level by level. *Required*: the file is reported without it.
        *Translation*: a word is written again in a translation (`<slug>.cy.md`); a fact comes from
        the original only. *Shows on*: where its value appears on the built site. A field marked
        with a page variable is in the template values as that name (see docs/templates.md).
        The tables are in `Sources/HubModel/Fields/FieldTables.swift`: each field is one entry
        there, bound to the model property it fills, and the loader, the JSON Schemas, this
        reference and those page variables all come from it.

        """
        text += level("Hub page: `content/hubs/<slug>.md`", FrontMatterFields.hub, path: "", words: true)
        text += level("Opportunity: `content/opportunities/<slug>.md`", FrontMatterFields.opportunity, path: "", words: true)
        text += level("Activity: `content/activities/<slug>.md`", FrontMatterFields.activity, path: "", words: true)
        text += level("Translation: the field only a translation has", [FrontMatterFields.translates], path: "", words: false)
        text += level("Site settings: `hubsite.yml`", FieldTables.site.specs, path: "", words: false)
        return text + "\n" + end
    }

    /// A table of `fields`, then one for each level below them.
    static func level(_ title: String, _ fields: [FieldSpec], path: String, words: Bool) -> String {
        var text = "\n\(path.isEmpty ? "###" : "####") \(title)\n\n"
        text += words ? "| Field | Kind | Required | Translation | Shows on | Meaning |\n|---|---|---|---|---|---|\n"
                      : "| Field | Kind | Required | Meaning |\n|---|---|---|---|\n"
        for field in fields {
            var cells = ["`\(field.name)`", cell(field.kind.described + (field.link ? " (a link)" : "")), field.required ? "yes" : ""]
            if words {
                cells.append(field.translatable ? (field.kind.fields.isEmpty ? "word" : "has words") : "fact")
                cells.append(field.shows.filter { $0 != .checks }.map(\.rawValue).joined(separator: ", "))
            }
            var meaning = field.summary
            if let variable = field.variable { meaning += " Page variable `\(field.name)`: \(variable)." }
            cells.append(cell(meaning))
            text += "| " + cells.joined(separator: " | ") + " |\n"
        }
        for field in fields where !field.kind.fields.isEmpty {
            let inner = path.isEmpty ? field.name : path + "." + field.name
            let heading = field.kind.shape == .list ? "Each item of `\(inner)`" : "`\(inner)`"
            text += level(heading, field.kind.fields, path: inner, words: words)
        }
        return text
    }

    static func cell(_ text: String) -> String {
        text.replacingOccurrences(of: "|", with: "\\|")
    }
}
