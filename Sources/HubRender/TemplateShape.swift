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
