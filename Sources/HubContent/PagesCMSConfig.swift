import HubModel

/// The configuration Pages CMS reads (`.pages.yml` at the root of the repository). Pictures go
/// to the logos or the images media folder and are written as their path under content/;
/// dates are stored as `yyyy-MM-dd` (date-fns tokens); a meeting's time and an opportunity's
/// start and end are text with a pattern, as Pages CMS has no time-only field and its date and
/// time field cannot leave out an all-day event's time. Keys a form does not know are kept
/// (`settings.content.merge`), so nothing written by hand is lost on a save. Translations are
/// `name.cy.md` beside `name.md` (`scheme: files`, suffix, no code for the main language).
struct PagesCMSConfig {
    var project: CMSConfig.Project

    var file: CMSConfig.File {
        CMSConfig.File(path: ".pages.yml", text: "# " + CMSConfig.header("pages") + "\n" + config.yaml)
    }

    var config: CMSValue {
        var top: [(String, CMSValue)] = [
            ("media", .list([("logos", ["png", "jpg", "jpeg", "svg", "webp"]), ("images", ["png", "jpg", "jpeg", "svg", "webp"]),
                             ("files", DocumentType.extensions)].map { folder, extensions in
                .object([("name", .text(folder)), ("input", .text("content/\(folder)")), ("output", .text(folder)),
                         ("extensions", .list(extensions.map { .text($0) }))])
            })),
            ("settings", .object([("content", .object([("merge", true)]))])),
        ]
        if project.translated {
            top.append(("i18n", .object([("default", .text(project.languages[0])), ("locales", .list(project.languages.map { .text($0) }))])))
        }
        top.append(("content", .list(CMSConfig.collections.map(collection))))
        return .object(top)
    }

    func collection(_ collection: CMSConfig.Collection) -> CMSValue {
        var pairs: [(String, CMSValue)] = [
            ("name", .text(collection.name)), ("label", .text(collection.label)), ("type", "collection"),
            ("path", .text(collection.folder)), ("format", "yaml-frontmatter"), ("filename", "{primary}.md"),
            ("exclude", ["README.md"]), ("view", .object([("primary", "title")])),
        ]
        if project.translated {
            pairs.append(("i18n", .object([("scheme", "files"),
                                           ("path", .object([("type", "filename"), ("position", "suffix"), ("default", "omit")]))])))
        }
        let body = CMSValue.object([("name", "body"), ("label", "Text"), ("type", "rich-text"), ("description", .text(collection.body)),
                                    ("options", .object([("format", "markdown")]))])
        pairs.append(("fields", .list(collection.fields.map(field) + [body])))
        return .object(pairs)
    }

    func field(_ field: FieldSpec) -> CMSValue {
        var pairs: [(String, CMSValue)] = [("name", .text(field.name)), ("label", .text(CMSConfig.label(field.name)))]
        pairs += type(field)
        if field.required || field.requiredByRules { pairs.append(("required", true)) }
        pairs.append(("description", .text(field.summary)))
        return .object(pairs)
    }

    /// The field's type and options, by its kind; a list of values is the one value's type
    /// with `list: true`.
    func type(_ field: FieldSpec) -> [(String, CMSValue)] {
        let kind = field.kind
        if kind.oneOrMore {
            var one = field
            one.kind.oneOrMore = false
            if kind.shape == .choice {
                return [("type", "select"), ("options", .object([("values", .list(kind.values.map { .text($0) })), ("multiple", true)]))]
            }
            return type(one) + [("list", true)]
        }
        if field.image || field.document {
            return [("type", field.image ? "image" : "file"), ("options", .object([("media", .text(CMSConfig.mediaFolder(of: field)))]))]
        }
        switch kind.shape {
        case .text:
            return [("type", "string")]
        case .date:
            return [("type", "date"), ("options", .object([("format", "yyyy-MM-dd")]))]
        case .time:
            return [("type", "string"), ("pattern", .object([("regex", "^([01]?[0-9]|2[0-3]):[0-5][0-9]$"),
                                                              ("message", "Write the time as HH:MM on the 24-hour clock, e.g. 14:00.")]))]
        case .dateTime:
            return [("type", "string"), ("pattern", .object([("regex", .text(CMSConfig.dateTimePattern)),
                                                              ("message", .text(CMSConfig.dateTimeMessage))]))]
        case .boolean:
            return [("type", "boolean")]
        case .integer:
            return [("type", "number"), ("options", .object([("min", .integer(kind.range.lowerBound)), ("max", .integer(kind.range.upperBound))]))]
        case .choice:
            return [("type", "select"), ("options", .object([("values", .list(kind.values.map { .text($0) }))]))]
        case .fields:
            return [("type", "object"), ("fields", .list(kind.fields.map(self.field)))]
        case .list:
            return [("type", "object"), ("list", true), ("fields", .list(kind.fields.map(self.field)))]
        }
    }
}
