/// What kind of value a template variable holds: what a tag may do with it, and what a
/// section over it makes the current context.
public indirect enum TemplateShape: Sendable {
    /// Plain text, escaped by `{{name}}`.
    case text
    /// HTML that hubsite made safe itself; printed with `{{{name}}}`.
    case html
    /// True or false: a section shows its content when true.
    case flag
    /// A whole number.
    case number
    /// HTML rendered by a template (an event card); printed with `{{{name}}}`.
    case rendered
    /// A value with variables of its own; a section over it makes it the current context.
    case object(TemplateSchema)
    /// A list; a section repeats for each item, which becomes the current context.
    case list(TemplateSchema)

    /// Words for messages: "a list of leads", "text".
    var description: String {
        switch self {
        case .text: return "text"
        case .html: return "HTML"
        case .flag: return "true or false"
        case .number: return "a number"
        case .rendered: return "rendered HTML"
        case .object(let schema): return "a \(schema.name)"
        case .list(let schema): return "a list of \(schema.name) values"
        }
    }
}

extension TemplateShape {
    /// What swift-mustache's transform `name` gives for a value of this shape, or nil when it
    /// gives nothing (`count(title)`). The template check and the compiler both read this.
    /// `empty` takes any value (it is simply not true of a value that is not a list or text).
    func applying(_ name: String) -> TemplateShape? {
        switch (name, self) {
        case ("empty", _): return .flag
        case ("first", .list(let schema)), ("last", .list(let schema)): return .object(schema)
        case ("reversed", .list): return self
        case ("count", .list): return .number
        case ("capitalized", .text), ("lowercased", .text), ("uppercased", .text), ("reversed", .text),
             ("capitalized", .html), ("lowercased", .html), ("uppercased", .html), ("reversed", .html): return .text
        case ("plusone", .number), ("minusone", .number): return .number
        case ("equalzero", .number), ("even", .number), ("odd", .number): return .flag
        default: return nil
        }
    }

    /// What a position in the list being repeated gives (`last()`, `index()`), or nil for a
    /// name that is not one.
    static func position(_ name: String) -> TemplateShape? {
        switch name {
        case "first", "last", "even", "odd": return .flag
        case "index": return .number
        default: return nil
        }
    }
}
