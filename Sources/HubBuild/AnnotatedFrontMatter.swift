import HubModel

/// The front matter `hubsite new` writes: sample content laid out in the order of a level's
/// field table, each field with its note from the table. A field the sample leaves out but
/// the table gives an example for is written commented out, so that a new field of the table
/// appears in new files with no change here.
struct AnnotatedFrontMatter {
    /// A sample value of one field.
    enum Sample {
        /// A value as written after the colon.
        case value(String)
        /// A list of texts, one per line.
        case texts([String])
        /// A list of items, each a set of fields.
        case items([[String: Sample]])
        /// A set of fields.
        case fields([String: Sample])
        /// The field written in full but commented out: an example to uncomment.
        indirect case commented(Sample)
    }

    /// The column notes start at.
    static let noteColumn = 37

    var lines: [String] = []

    /// The lines of `fields` as `sample` fills them.
    static func text(_ fields: [FieldSpec], _ sample: [String: Sample]) -> String {
        var writer = AnnotatedFrontMatter()
        writer.write(fields, sample, indent: "", first: "", comment: "", notes: true)
        return writer.lines.joined(separator: "\n") + "\n"
    }

    /// A field's note: its own, or the values of a choice.
    static func note(_ field: FieldSpec) -> String? {
        if let note = field.note { return note }
        if field.kind.shape == .choice { return field.kind.values.joined(separator: ", ") }
        return nil
    }

    mutating func line(_ text: String, note: String?, comment: String) {
        var text = comment + text
        if let note {
            text += text.count < Self.noteColumn ? String(repeating: " ", count: Self.noteColumn - text.count) : "   "
            text += "# " + note
        }
        lines.append(text)
    }

    /// - Parameters:
    ///   - indent: the indentation of the level's fields.
    ///   - first: what the level's first line starts with instead (`- ` for an item of a list).
    ///   - comment: `# ` when the level is written commented out.
    ///   - notes: false for the second and later items of a list, which repeat the first's fields.
    mutating func write(_ fields: [FieldSpec], _ sample: [String: Sample], indent: String, first: String, comment: String, notes: Bool) {
        var lead = first
        for field in fields {
            let start = lead.isEmpty ? indent : lead
            guard let value = sample[field.name] else {
                if notes, comment.isEmpty, let example = field.example {
                    line(indent + "# \(field.name): \(example)", note: Self.note(field), comment: "")
                }
                continue
            }
            lead = ""
            write(field, value, start: start, indent: indent, comment: comment, notes: notes)
        }
    }

    mutating func write(_ field: FieldSpec, _ value: Sample, start: String, indent: String, comment: String, notes: Bool) {
        let note = notes ? Self.note(field) : nil
        switch value {
        case .value(let text):
            line(start + field.name + ": " + text, note: note, comment: comment)
        case .texts(let texts):
            line(start + field.name + ":", note: note, comment: comment)
            for text in texts { line(indent + "  - " + text, note: nil, comment: comment) }
        case .items(let items):
            line(start + field.name + ":", note: note, comment: comment)
            for (index, item) in items.enumerated() {
                write(field.kind.fields, item, indent: indent + "    ", first: indent + "  - ", comment: comment, notes: notes && index == 0)
            }
        case .fields(let inner):
            line(start + field.name + ":", note: note, comment: comment)
            write(field.kind.fields, inner, indent: indent + "  ", first: "", comment: comment, notes: notes)
        case .commented(let inner):
            write(field, inner, start: start, indent: indent, comment: "# ", notes: notes)
        }
    }
}
