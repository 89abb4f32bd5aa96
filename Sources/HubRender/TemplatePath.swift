/// A dotted name (`hub.contact.email`) found in the values around a tag, as Mustache looks it
/// up: its first part in the innermost context that has it, each further part inside the
/// value before. The template check reports the failures; the compiler reads the positions.
struct TemplatePath {
    /// Contexts out from the innermost.
    let depth: Int
    /// The variable's position in each schema along the path.
    let indices: [Int]
    let shape: TemplateShape

    enum Failure: Error {
        /// Not a name at all (`hub..title`).
        case notAName
        /// No context around the tag has the first part.
        case unknown(first: String)
        /// `path` holds a value that has no parts of its own.
        case notAnObject(path: String, shape: TemplateShape, part: String)
        /// The value at `path` has no variable `part`.
        case missing(path: String, schema: TemplateSchema, part: String)
    }

    /// `name` in `stack` (outermost first); `onlyInnermost` for a name written with a leading
    /// dot, which Mustache looks up in the innermost context alone.
    static func resolve(_ name: String, in stack: [TemplateSchema], onlyInnermost: Bool = false) -> Result<TemplatePath, Failure> {
        let parts = name.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        guard let first = parts.first, !parts.contains(where: \.isEmpty) else { return .failure(.notAName) }
        let searched = onlyInnermost ? stack.indices.suffix(1) : stack.indices
        guard let position = searched.last(where: { stack[$0].index(of: first) != nil }) else { return .failure(.unknown(first: first)) }
        var schema = stack[position]
        var indices: [Int] = []
        var shape: TemplateShape = .text
        var path = ""
        for part in parts {
            if !indices.isEmpty {
                guard case .object(let inner) = shape else { return .failure(.notAnObject(path: path, shape: shape, part: part)) }
                schema = inner
            }
            guard let index = schema.index(of: part) else { return .failure(.missing(path: path, schema: schema, part: part)) }
            indices.append(index)
            shape = schema.fields[index].shape
            path += (path.isEmpty ? "" : ".") + part
        }
        return .success(TemplatePath(depth: stack.count - 1 - position, indices: indices, shape: shape))
    }
}
