/// The variables of one kind of template value, in the order docs/templates.md lists them.
/// It answers the template engine's lookups (`value(of:named:)`) and gives the schema the
/// template check walks: one declaration for both.
public struct VariableTable<Root>: Sendable {
    public let schema: TemplateSchema
    let variables: [TemplateVariable<Root>]
    /// By position in the schema: what compiled templates read.
    private let readers: [@Sendable (Root) -> TemplateData]

    public init(_ name: String, _ variables: [TemplateVariable<Root>]) {
        self.variables = variables
        self.schema = TemplateSchema(name: name, fields: variables.map(\.field))
        readers = variables.map(\.read)
    }

    /// The value of the variable at `index` in the schema.
    @inline(__always)
    func data(of root: Root, at index: Int) -> TemplateData {
        readers[index](root)
    }

    /// The value of a declared variable as swift-mustache expects it; `TemplateAbsent` when the
    /// content has none, so the engine does not go on to look the name up in enclosing
    /// contexts; nil for a name the table does not declare (the engine then looks further
    /// out, as Mustache says).
    func value(of root: Root, named name: String) -> Any? {
        guard let index = schema.index(of: name) else { return nil }
        return readers[index](root).mustacheValue
    }
}
