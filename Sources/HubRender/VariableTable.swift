/// The variables of one kind of template value, in the order docs/templates.md lists them.
/// It answers the template engine's lookups (`value(of:named:)`) and gives the schema the
/// template check walks: one declaration for both.
public struct VariableTable<Root>: Sendable {
    public let schema: TemplateSchema
    let variables: [TemplateVariable<Root>]
    private let readers: [String: @Sendable (Root) -> Any?]

    public init(_ name: String, _ variables: [TemplateVariable<Root>]) {
        self.variables = variables
        self.schema = TemplateSchema(name: name, fields: variables.map(\.field))
        var readers: [String: @Sendable (Root) -> Any?] = [:]
        for variable in variables where readers[variable.field.name] == nil { readers[variable.field.name] = variable.read }
        self.readers = readers
    }

    /// The value of a declared variable; `TemplateAbsent` when the content has none, so the
    /// engine does not go on to look the name up in enclosing contexts; nil for a name the
    /// table does not declare (the engine then looks further out, as Mustache says).
    func value(of root: Root, named name: String) -> Any? {
        guard let read = readers[name] else { return nil }
        return read(root) ?? TemplateAbsent.value
    }
}
