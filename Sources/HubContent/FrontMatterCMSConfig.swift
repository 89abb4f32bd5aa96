import HubModel

/// The configuration Front Matter CMS (a VS Code extension) reads (`frontmatter.json` at the
/// root). Each folder has one content type, which Front Matter 9.1 and later take for the
/// folder's files without a `type:` field. Dates are stored as `yyyy-MM-dd` in the site's
/// time zone (`frontMatter.global.timezone`, which Front Matter otherwise takes as UTC); times,
/// and an opportunity's start and end, are text, as Front Matter has no time-only field and its
/// pattern-free text fields leave the check to hubsite. Lists of items are blocks of a field
/// group each. Front Matter keeps translations in folders of their own, so a translation
/// (`name.cy.md`) opens with its original's form: fill in its words only.
struct FrontMatterCMSConfig {
    var project: CMSConfig.Project

    var file: CMSConfig.File {
        CMSConfig.File(path: "frontmatter.json", text: config.json)
    }

    var config: CMSValue {
        var groups: [(String, CMSValue)] = []
        let types = CMSConfig.collections.map { collection -> CMSValue in
            .object([("name", .text(contentType(collection))), ("pageBundle", false), ("fileType", "md"), ("filePrefix", ""),
                     ("fields", .list(collection.fields.map { field($0, in: contentType(collection), groups: &groups) }))])
        }
        return .object([
            ("$schema", "https://frontmatter.codes/frontmatter.schema.json"),
            ("frontMatter.extends", .list([])),
            ("frontMatter.content.publicFolder", "content"),
            ("frontMatter.global.timezone", .text(project.timeZone)),
            ("frontMatter.taxonomy.dateFormat", "yyyy-MM-dd"),
            ("frontMatter.content.pageFolders", .list(CMSConfig.collections.map { collection in
                .object([("title", .text(collection.label)), ("path", .text("[[workspace]]/\(collection.folder)")),
                         ("contentTypes", .list([.text(contentType(collection))])), ("filePrefix", "")])
            })),
            ("frontMatter.taxonomy.contentTypes", .list(types)),
            ("frontMatter.taxonomy.fieldGroups", .list(groups.map(\.1))),
        ])
    }

    func contentType(_ collection: CMSConfig.Collection) -> String {
        collection.singular.lowercased().replacingOccurrences(of: " page", with: "")
    }

    /// The field, adding the field groups its lists of items need to `groups` (by id).
    func field(_ field: FieldSpec, in prefix: String, groups: inout [(String, CMSValue)]) -> CMSValue {
        var pairs: [(String, CMSValue)] = [("title", .text(CMSConfig.label(field.name))), ("name", .text(field.name))]
        pairs += type(field, id: prefix + "." + field.name, groups: &groups)
        if field.required || field.requiredByRules { pairs.append(("required", true)) }
        pairs.append(("description", .text(field.summary)))
        return .object(pairs)
    }

    func type(_ field: FieldSpec, id: String, groups: inout [(String, CMSValue)]) -> [(String, CMSValue)] {
        let kind = field.kind
        if kind.oneOrMore {
            if kind.shape == .choice { return [("type", "choice"), ("choices", .list(kind.values.map { .text($0) })), ("multiple", true)] }
            return [("type", "list")]
        }
        if field.image { return [("type", "image")] }
        if field.document { return [("type", "file"), ("fileExtensions", .list(DocumentType.extensions.map { .text($0) }))] }
        switch kind.shape {
        case .text, .time, .dateTime:
            return [("type", "string")]
        case .date:
            return [("type", "datetime"), ("dateFormat", "yyyy-MM-dd")]
        case .boolean:
            return [("type", "boolean")]
        case .integer:
            return [("type", "number"), ("numberOptions", .object([("isDecimal", false), ("min", .integer(kind.range.lowerBound)),
                                                                    ("max", .integer(kind.range.upperBound))]))]
        case .choice:
            return [("type", "choice"), ("choices", .list(kind.values.map { .text($0) }))]
        case .fields:
            return [("type", "fields"), ("fields", .list(kind.fields.map { self.field($0, in: id, groups: &groups) }))]
        case .list:
            let fields = kind.fields.map { self.field($0, in: id, groups: &groups) }
            if !groups.contains(where: { $0.0 == id }) {
                groups.append((id, .object([("id", .text(id)), ("labelField", .text(kind.fields.first?.name ?? "")), ("fields", .list(fields))])))
            }
            return [("type", "block"), ("fieldGroup", .list([.text(id)]))]
        }
    }
}
