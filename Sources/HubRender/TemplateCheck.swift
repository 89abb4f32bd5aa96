import HubModel

/// Checks every tag of every template against what that template really receives: each page
/// template against its page's schema, each partial and layout where it is used, with the
/// sections around it (`{{#hub.leads}}{{nme}}{{/hub.leads}}` is an error at `nme`, which a
/// lead does not have). swift-mustache renders an unknown name as nothing; this makes it a
/// located error instead.
struct TemplateCheck {
    let texts: [String: String]
    let origins: [String: String]
    private(set) var diagnostics: [Diagnostic] = []
    /// Template and context stack already checked (a partial used in many places is checked
    /// once per distinct context).
    private var checked: Set<String> = []

    init(texts: [String: String], origins: [String: String]) {
        self.texts = texts
        self.origins = origins
    }

    /// Checks `template` as rendered with `schema` as its whole context, and everything it uses.
    mutating func check(_ template: String, receives schema: TemplateSchema) {
        walk(template, frames: [Frame(schema: schema, opened: nil)], usedFrom: nil, depth: 0)
    }

    /// One context on the stack: the value's schema and the section tag that opened it.
    struct Frame {
        var schema: TemplateSchema
        var opened: String?
    }

    private mutating func walk(_ template: String, frames initial: [Frame], usedFrom: String?, depth: Int) {
        guard depth < 12, let text = texts[template] else { return }
        let signature = template + "|" + initial.map(\.schema.name).joined(separator: ">")
        guard checked.insert(signature).inserted else { return }
        let file = origins[template] ?? template
        var frames = initial
        /// Open sections, blocks and parents, and whether each pushed a context.
        var open: [(name: String, pushed: Bool)] = []
        for tag in MustacheTag.scan(text) {
            let place = Place(file: file, line: tag.line, column: tag.column, usedFrom: usedFrom)
            switch tag.sigil {
            case "!", "%":
                continue
            case "=":
                // Other delimiters: the plain scan cannot follow them; stop checking this template.
                return
            case ">":
                guard !tag.name.hasPrefix("*") else { continue }
                walk(tag.name, frames: frames, usedFrom: "\(file), line \(tag.line)", depth: depth + 1)
            case "<":
                open.append((tag.name, false))
                walk(tag.name, frames: frames, usedFrom: "\(file), line \(tag.line)", depth: depth + 1)
            case "$":
                open.append((tag.name, false))
            case "/":
                guard let index = open.lastIndex(where: { $0.name == tag.name }) else { continue }
                for closed in open[index...] where closed.pushed { frames.removeLast() }
                open.removeSubrange(index...)
            case "#", "^":
                let shape = resolve(tag.name, frames: frames, at: place)
                var pushed = false
                if tag.sigil == "#" {
                    switch shape {
                    case .object(let schema)?, .list(let schema)?:
                        frames.append(Frame(schema: schema, opened: tag.name))
                        pushed = true
                    default: break
                    }
                }
                open.append((tag.name, pushed))
            default:
                switch resolve(tag.name, frames: frames, at: place) {
                case .list(let schema)?, .object(let schema)?:
                    report("The template prints '\(tag.name)', which holds \(schema.name) values, not text (it would print nothing useful).",
                           hint: "Show its parts inside a section: {{#\(tag.name)}}…{{/\(tag.name)}}, with variables such as \(list(schema.fields.prefix(4).map(\.name))).",
                           at: place)
                default: break
                }
            }
        }
    }

    struct Place {
        var file: String
        var line: Int
        var column: Int
        var usedFrom: String?
    }

    /// The shape of a tag's value, or nil (after reporting) when the template cannot have it.
    private mutating func resolve(_ expression: String, frames: [Frame], at place: Place) -> TemplateShape? {
        if let open = expression.firstIndex(of: "("), expression.hasSuffix(")") {
            let function = String(expression[..<open])
            let inner = String(expression[expression.index(after: open)..<expression.index(before: expression.endIndex)])
            return transform(function, of: inner, frames: frames, at: place)
        }
        if expression == "." || expression.isEmpty { return .text }
        // The theme's words: replaced by their text before rendering (ThemeWords checks them).
        if expression.hasPrefix("words.") { return .text }
        let topOnly = expression.hasPrefix(".")
        let name = topOnly ? String(expression.dropFirst()) : expression
        let searched = topOnly ? Array(frames.suffix(1)) : frames
        switch TemplatePath.resolve(name, in: frames.map(\.schema), onlyInnermost: topOnly) {
        case .success(let path):
            return path.shape
        case .failure(.notAName):
            report("The template uses '\(expression)', which is not a variable name.", hint: "Names are written like {{hub.title}}.", at: place)
        case .failure(.unknown(let first)):
            let visible = searched.flatMap { $0.schema.fields.map(\.name) }
            var hint = "Available here: \(list(Set(visible).sorted())). docs/templates.md lists what each template receives."
            if let guess = Self.guess(first, in: visible) { hint = "Did you mean '\(guess)'? " + hint }
            let inside = frames.last?.opened.map { " inside {{#\($0)}}" } ?? ""
            report("The template uses the variable '\(first)', which hubsite does not provide here\(inside) (it would render as nothing).",
                   hint: hint, at: place)
        case .failure(.notAnObject(let path, let shape, let part)):
            report("The template uses '\(expression)', but '\(path)' is \(shape.description) and has no '\(part)' (it would render as nothing).",
                   hint: "Use '\(path)' on its own" + (shape.isList ? ", or its items inside {{#\(path)}}…{{/\(path)}}." : "."), at: place)
        case .failure(.missing(let path, let schema, let part)):
            let names = schema.fields.map(\.name)
            var hint = "A \(schema.name) has: \(list(names))."
            if let guess = Self.guess(part, in: names) { hint = "Did you mean '\(path).\(guess)'? " + hint }
            report("The template uses the variable '\(expression)', but the \(schema.name) has no '\(part)' (it would render as nothing).",
                   hint: hint, at: place)
        }
        return nil
    }

    /// swift-mustache's transforms: what each gives for each shape.
    private mutating func transform(_ function: String, of inner: String, frames: [Frame], at place: Place) -> TemplateShape? {
        if inner.isEmpty {
            // The position in the list being repeated: first(), last(), index(), even(), odd().
            guard let shape = TemplateShape.position(function) else {
                report("The template uses '\(function)()', which is not a list position.", hint: "Use first(), last(), index(), even() or odd() inside a list.", at: place)
                return nil
            }
            return shape
        }
        guard let shape = resolve(inner, frames: frames, at: place) else { return nil }
        let result = shape.applying(function)
        if result == nil {
            report("The template applies '\(function)' to '\(inner)', which is \(shape.description); that gives nothing.",
                   hint: "Lists take empty, first, last, reversed and count; text takes empty, capitalized, lowercased, uppercased and reversed; numbers take plusone, minusone, equalzero, even and odd.",
                   at: place)
        }
        return result
    }

    private mutating func report(_ message: String, hint: String, at place: Place) {
        let location = SourceLocation(file: place.file, line: place.line, column: place.column)
        guard !diagnostics.contains(where: { $0.location == location && $0.message == message }) else { return }
        let used = place.usedFrom.map { " (This template was checked as used from \($0).)" } ?? ""
        diagnostics.append(Diagnostic(severity: .error, rule: TemplateSet.rule, location: location, message: message, hint: hint + used))
    }

    /// The name most likely meant: the closest in spelling, else the only one that begins
    /// with what was written (`intro` for `intro_html`).
    static func guess(_ name: String, in candidates: [String]) -> String? {
        if let close = Suggestion.closest(to: name, in: candidates) { return close }
        let starting = Set(candidates.filter { $0.hasPrefix(name) })
        return starting.count == 1 ? starting.first : nil
    }

    private func list(_ names: some Sequence<String>) -> String {
        names.map { "'\($0)'" }.joined(separator: ", ")
    }
}

extension TemplateShape {
    var isList: Bool {
        if case .list = self { return true }
        return false
    }
}
