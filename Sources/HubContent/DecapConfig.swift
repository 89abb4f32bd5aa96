import HubModel

/// The configuration Decap CMS and Sveltia CMS read (`admin/config.yml`, the same for both),
/// and the page that loads one of them (`admin/index.html`). Both files go under content/,
/// which the build copies as it is: the CMS opens at the site's `admin/`.
///
/// Decap's fields are required unless they say otherwise, and its date pickers fill in today
/// unless given an empty default, so every field states both. Dates and times are stored in
/// the forms hubsite reads (`YYYY-MM-DD`, `HH:mm`), never as UTC instants; an opportunity's
/// start and end are text with a pattern, since a picker cannot leave out an all-day event's
/// time. Translations are `name.cy.md` beside `name.md` (`multiple_files`); Sveltia keeps the
/// main language's file as `name.md` (`omit_default_locale_from_file_path`), while Decap
/// itself names it `name.en-GB.md`, which hubsite reads as the same page.
struct DecapConfig {
    var project: CMSConfig.Project
    var target: CMSConfig.Target

    var files: [CMSConfig.File] {
        [CMSConfig.File(path: "content/admin/config.yml", text: "# " + CMSConfig.header(target.rawValue) + "\n" + config.yaml),
         CMSConfig.File(path: "content/admin/index.html", text: page)]
    }

    var config: CMSValue {
        var top: [(String, CMSValue)] = [
            ("backend", .object([("name", "github"), ("repo", .text(project.repository ?? "OWNER/NAME")), ("branch", .text(project.branch))])),
            // Each save is a pull request, which hubsite's workflow checks before it is merged.
            ("publish_mode", "editorial_workflow"),
        ]
        if let url = project.baseURL { top.append(("site_url", .text(url))) }
        top += [("media_folder", "content/logos"), ("public_folder", "logos")]
        if project.translated {
            top.append(("i18n", .object([("structure", "multiple_files"), ("locales", .list(project.languages.map { .text($0) })),
                                         ("default_locale", .text(project.languages[0])),
                                         ("omit_default_locale_from_file_path", true)])))
        }
        top.append(("collections", .list(CMSConfig.collections.map(collection))))
        return .object(top)
    }

    func collection(_ collection: CMSConfig.Collection) -> CMSValue {
        var pairs: [(String, CMSValue)] = [
            ("name", .text(collection.name)), ("label", .text(collection.label)), ("label_singular", .text(collection.singular)),
            ("folder", .text(collection.folder)), ("create", true), ("extension", "md"), ("format", "frontmatter"),
            ("identifier_field", "title"),
        ]
        if project.translated { pairs.append(("i18n", true)) }
        let body = CMSValue.object([("label", "Text"), ("name", "body"), ("widget", "markdown"), ("required", false),
                                    ("hint", .text(collection.body))] + (project.translated ? [("i18n", true)] : []))
        pairs.append(("fields", .list(collection.fields.map { field($0) } + [body])))
        return .object(pairs)
    }

    func field(_ field: FieldSpec) -> CMSValue {
        var pairs: [(String, CMSValue)] = [("label", .text(CMSConfig.label(field.name))), ("name", .text(field.name))]
        pairs += widget(field)
        pairs.append(("required", .boolean(field.required || field.requiredByRules)))
        pairs.append(("hint", .text(field.summary)))
        if project.translated && field.translatable { pairs.append(("i18n", true)) }
        return .object(pairs)
    }

    /// The widget of a field and its options, by the field's kind.
    func widget(_ field: FieldSpec) -> [(String, CMSValue)] {
        let kind = field.kind
        if kind.oneOrMore {
            var one = field
            one.kind.oneOrMore = false
            if kind.shape == .choice { return widget(one) + [("multiple", true)] }
            let item = CMSValue.object([("label", .text(CMSConfig.label(field.name))), ("name", .text(field.name))] + widget(one))
            return [("widget", "list"), ("field", item)]
        }
        if field.image || field.document {
            let folder = CMSConfig.mediaFolder(of: field)
            return [("widget", field.image ? "image" : "file"), ("media_folder", .text("/content/\(folder)")), ("public_folder", .text(folder)), ("choose_url", false)]
        }
        switch kind.shape {
        case .text:
            return [("widget", "string")]
        case .date:
            return [("widget", "datetime"), ("format", "YYYY-MM-DD"), ("date_format", "YYYY-MM-DD"), ("time_format", false),
                    ("picker_utc", false), ("default", "")]
        case .time:
            return [("widget", "datetime"), ("format", "HH:mm"), ("date_format", false), ("time_format", "HH:mm"),
                    ("picker_utc", false), ("default", "")]
        case .dateTime:
            return [("widget", "string"), ("pattern", .list([.text(CMSConfig.dateTimePattern), .text(CMSConfig.dateTimeMessage)]))]
        case .boolean:
            return [("widget", "boolean"), ("default", false)]
        case .integer:
            return [("widget", "number"), ("value_type", "int"), ("min", .integer(kind.range.lowerBound)), ("max", .integer(kind.range.upperBound))]
        case .choice:
            return [("widget", "select"), ("options", .list(kind.values.map { .text($0) }))]
        case .fields:
            return [("widget", "object"), ("collapsed", true), ("fields", .list(kind.fields.map { self.field($0) }))]
        case .list:
            let summary = kind.fields.first.map { "{{fields.\($0.name)}}" } ?? ""
            return [("widget", "list"), ("summary", .text(summary)), ("fields", .list(kind.fields.map { self.field($0) }))]
        }
    }

    /// The page that loads the CMS, as each documents it.
    var page: String {
        let script = target == .sveltia
            ? "<script src=\"https://unpkg.com/@sveltia/cms/dist/sveltia-cms.js\" type=\"module\"></script>"
            : "<script src=\"https://unpkg.com/decap-cms@^3.0.0/dist/decap-cms.js\"></script>"
        return """
        <!doctype html>
        <!-- \(CMSConfig.header(target.rawValue)) -->
        <html lang="en">
        <head>
          <meta charset="utf-8">
          <meta name="viewport" content="width=device-width, initial-scale=1">
          <meta name="robots" content="noindex">
          <title>Edit the hub pages</title>
        </head>
        <body>
          \(script)
        </body>
        </html>

        """
    }
}
