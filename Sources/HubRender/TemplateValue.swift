/// A value a template receives: a page, or a part of one (a lead, a meeting, an event card).
/// Its variables are declared once, in `variables`; the template engine reads them through
/// that table and the template check knows from it what each template may use.
public protocol TemplateValue: Sendable {
    static var variables: VariableTable<Self> { get }
    /// The variable at `index` of this value's schema: what compiled templates read. A
    /// requirement (with the one implementation below) so that each value type's witness is
    /// specialised for it: called through `any TemplateValue`, the generic extension looked
    /// up `VariableTable<Self>`'s type at run time on every read (4 % of a large build).
    func templateData(at index: Int) -> TemplateData
}

extension TemplateValue {
    /// The variable `name` as a name-based Mustache engine reads it (`TemplateData.mustacheValue`):
    /// how the tests hand these values to swift-mustache, the reference renderer.
    public func child(named name: String) -> Any? {
        Self.variables.value(of: self, named: name)
    }

    public func templateData(at index: Int) -> TemplateData {
        Self.variables.data(of: self, at: index)
    }
}

/// What a declared variable holds, for a name-based engine, when the content has no value for
/// it: it prints nothing, a section over it is skipped and an inverted section shown, exactly
/// as for a missing name, but the engine stops looking for the name in the enclosing contexts
/// (the tests make it swift-mustache's `MustacheCustomRenderable`).
struct TemplateAbsent: Sendable {
    static let value = TemplateAbsent()
    var renderText: String { "" }
    var isNull: Bool { true }
}
