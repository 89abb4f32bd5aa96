/// The variables one kind of template value offers, by name: what the template check walks
/// and what docs/templates.md lists. Made from a `VariableTable`, so the names a template may
/// use and the values it receives cannot disagree.
public struct TemplateSchema: Sendable {
    /// A short name for messages and docs ("lead", "hub page").
    public let name: String
    public let fields: [TemplateField]
    private let positions: [String: Int]

    init(name: String, fields: [TemplateField]) {
        self.name = name
        self.fields = fields
        var positions: [String: Int] = [:]
        for (index, field) in fields.enumerated() where positions[field.name] == nil { positions[field.name] = index }
        self.positions = positions
    }

    public func field(_ name: String) -> TemplateField? {
        positions[name].map { fields[$0] }
    }

    /// The position of a variable, for compiled templates.
    public func index(of name: String) -> Int? {
        positions[name]
    }
}

/// One documented variable: its name, a one-line meaning, and its shape.
public struct TemplateField: Sendable {
    public let name: String
    public let meaning: String
    public let shape: TemplateShape
}
