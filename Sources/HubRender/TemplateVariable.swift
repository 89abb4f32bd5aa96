/// One variable of a template value: its name, what it holds, and how it is read from the
/// value. Declared once, in the value's `VariableTable`, which answers the template engine's
/// lookups and documents the variable.
public struct TemplateVariable<Root>: Sendable {
    let field: TemplateField
    let read: @Sendable (Root) -> TemplateData

    /// Text; nil when the content has none (the template's `{{#name}}` section is then skipped).
    public static func text(_ name: String, _ meaning: String, _ read: @escaping @Sendable (Root) -> String?) -> Self {
        Self(field: TemplateField(name: name, meaning: meaning, shape: .text), read: { read($0).map(TemplateData.text) ?? .absent })
    }

    /// HTML hubsite made safe itself (`{{{name}}}`).
    public static func html(_ name: String, _ meaning: String, _ read: @escaping @Sendable (Root) -> String?) -> Self {
        Self(field: TemplateField(name: name, meaning: meaning, shape: .html), read: { read($0).map(TemplateData.text) ?? .absent })
    }

    public static func flag(_ name: String, _ meaning: String, _ read: @escaping @Sendable (Root) -> Bool) -> Self {
        Self(field: TemplateField(name: name, meaning: meaning, shape: .flag), read: { .flag(read($0)) })
    }

    public static func number(_ name: String, _ meaning: String, _ read: @escaping @Sendable (Root) -> Int) -> Self {
        Self(field: TemplateField(name: name, meaning: meaning, shape: .number), read: { .number(read($0)) })
    }

    /// HTML rendered from another template when the page asks for it (`card`, `cards`).
    static func rendered(_ name: String, _ meaning: String, _ read: @escaping @Sendable (Root) -> RenderedCard?) -> Self {
        Self(field: TemplateField(name: name, meaning: meaning, shape: .rendered), read: { read($0).map(TemplateData.rendered) ?? .absent })
    }

    public static func object<Value: TemplateValue>(_ name: String, _ meaning: String, _ read: @escaping @Sendable (Root) -> Value?) -> Self {
        Self(field: TemplateField(name: name, meaning: meaning, shape: .object(Value.variables.schema)),
             read: { read($0).map { TemplateData.object($0) } ?? .absent })
    }

    public static func list<Value: TemplateValue>(_ name: String, _ meaning: String, _ read: @escaping @Sendable (Root) -> [Value]) -> Self {
        Self(field: TemplateField(name: name, meaning: meaning, shape: .list(Value.variables.schema)), read: { .list(read($0)) })
    }

    /// The variables of a part every value of this kind carries (the `common` page values).
    public static func including<Part: TemplateValue>(_ part: @escaping @Sendable (Root) -> Part) -> [Self] {
        Part.variables.variables.map { variable in
            Self(field: variable.field, read: { variable.read(part($0)) })
        }
    }
}
