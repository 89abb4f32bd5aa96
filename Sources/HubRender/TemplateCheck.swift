import HubModel

/// Checks every tag of every template against what that template really receives: each page
/// template against its page's schema, each partial and layout where it is used, with the
/// sections around it (`{{#hub.leads}}{{nme}}{{/hub.leads}}` is an error at `nme`, which a
/// lead does not have). Mustache renders an unknown name as nothing; this makes it a located
/// error instead. It walks the nodes as the compiler does, so it also rejects what could never
/// finish rendering: a partial included inside itself, a block inside its own replacement.
struct TemplateCheck {
    /// Every template's nodes, parsed once (`TemplateParser`).
    let trees: [String: [TemplateNode]]
    let origins: [String: String]
    private(set) var diagnostics: [Diagnostic] = []
    /// Template, context stack and inherited blocks already checked (a partial used in many
    /// places is checked once per distinct context).
    private var checked: Set<String> = []

    init(trees: [String: [TemplateNode]], origins: [String: String]) {
        self.trees = trees
        self.origins = origins
    }

    /// Checks `template` as rendered with `schema` as its whole context, and everything it
    /// uses, in the order rendering would reach it: each partial where it is included, each
    /// block with the override that replaces it.
    mutating func check(_ template: String, receives schema: TemplateSchema) {
        guard let tree = trees[template] else { return }
        var walk = Walk(file: origins[template] ?? template, frames: [Frame(context: .object(schema), opened: nil)], inherited: [:],
                        including: [template], replacing: [], usedFrom: nil, depth: 0)
        let signature = walk.signature(template)
        guard checked.insert(signature).inserted else { return }
        visit(tree, &walk)
    }

    /// One context on the stack, as the compiler sees it, and the section tag that opened it.
    struct Frame {
        var context: TemplateCompiler.Context
        var opened: String?

        var schema: TemplateSchema? {
            if case .object(let schema) = context { return schema }
            return nil
        }
    }

    /// A parent's override, with the file it is written in and where that file was used from.
    struct Inherited {
        var body: [TemplateNode]
        var file: String
        var usedFrom: String?
    }

    /// Where the walk is: the file whose nodes these are, the contexts, the blocks a parent
    /// replaces, the templates being included (to find one inside itself) and the blocks
    /// whose overrides are being walked (to find one inside its own replacement).
    struct Walk {
        var file: String
        var frames: [Frame]
        var inherited: [String: Inherited]
        var including: [String]
        var replacing: Set<String>
        var usedFrom: String?
        var depth: Int

        func signature(_ template: String) -> String {
            let contexts = frames.map { frame -> String in
                switch frame.context {
                case .object(let schema): return schema.name
                case .value(let shape): return shape.description
                }
            }
            let blocks = inherited.keys.sorted().map { "\($0)@\(inherited[$0]!.file)" }
            return template + "|" + contexts.joined(separator: ">") + "|" + blocks.joined(separator: ",") + "|" + replacing.sorted().joined(separator: ",")
        }
    }

    private mutating func visit(_ nodes: [TemplateNode], _ walk: inout Walk) {
        for node in nodes {
            guard let at = node.position else { continue }
            let place = Place(file: walk.file, line: at.line, column: at.column, usedFrom: walk.usedFrom)
            guard walk.depth < TemplateCompiler.maximumDepth else {
                report("The templates nest sections, blocks and partials more than \(TemplateCompiler.maximumDepth) deep here.",
                       hint: "Use fewer levels of {{#section}} and {{> partial}}.", at: place)
                return
            }
            switch node {
            case .text:
                continue
            case .contentType:
                continue
            case .variable(let name, let transforms, _, _):
                if transforms.isEmpty, name.hasPrefix("words.") { continue } // ThemeWords checks them
                let expression = Self.expression(name, transforms)
                switch resolve(name, transforms, frames: walk.frames, at: place) {
                case .list(let schema)?, .object(let schema)?:
                    report("The template prints '\(expression)', which holds \(schema.name) values, not text (it would print nothing useful).",
                           hint: "Show its parts inside a section: {{#\(expression)}}…{{/\(expression)}}, with variables such as \(list(schema.fields.prefix(4).map(\.name))).",
                           at: place)
                default: break
                }
            case .section(let name, let transforms, let body, let inverted, _):
                if transforms.isEmpty, name.hasPrefix("words.") { continue } // ThemeWords reports these
                let expression = Self.expression(name, transforms)
                let shape = resolve(name, transforms, frames: walk.frames, at: place)
                var inner = walk
                inner.depth += 1
                switch (shape, inverted) {
                case (.object(let schema)?, false), (.list(let schema)?, false):
                    inner.frames.append(Frame(context: .object(schema), opened: expression))
                case (.text?, false), (.html?, false), (.number?, false), (.rendered?, false), (.list?, true):
                    inner.frames.append(Frame(context: .value(shape!), opened: expression))
                default: break
                }
                visit(body, &inner)
            case .partial(let name, let dynamic, _, let overrides, _):
                guard !dynamic else {
                    report("The template names its partial through a value ({{>*\(name)}}), which hubsite does not render.",
                           hint: "Name the partial itself: {{> \(name)}}.", at: place)
                    continue
                }
                guard let tree = trees[name] else { continue } // reported when the templates load
                if let index = walk.including.firstIndex(of: name) {
                    let chain = (walk.including[index...] + [name]).joined(separator: " → ")
                    report("The template includes '\(name)' inside itself (\(chain)), so it would never finish rendering.",
                           hint: "Remove the {{> \(name)}} or {{< \(name)}} that leads back to it.", at: place)
                    continue
                }
                var inner = walk
                inner.depth += 1
                inner.file = origins[name] ?? name
                inner.including.append(name)
                inner.usedFrom = "\(walk.file), line \(at.line)"
                for (block, override) in overrides ?? [:] where inner.inherited[block] == nil {
                    inner.inherited[block] = Inherited(body: override.body, file: walk.file, usedFrom: walk.usedFrom)
                }
                let signature = inner.signature(name)
                guard checked.insert(signature).inserted else { continue }
                visit(tree, &inner)
            case .block(let name, let body, _, _):
                var inner = walk
                inner.depth += 1
                if let override = walk.inherited[name] {
                    guard !walk.replacing.contains(name) else {
                        report("The block '\(name)' is used inside its own replacement, so it would never finish rendering.",
                               hint: "Remove the inner {{$\(name)}}…{{/\(name)}}, or give it another name.", at: place)
                        continue
                    }
                    inner.replacing.insert(name)
                    inner.file = override.file
                    inner.usedFrom = override.usedFrom
                    visit(override.body, &inner)
                } else {
                    visit(body, &inner)
                }
            }
        }
    }

    static func expression(_ name: String, _ transforms: [String]) -> String {
        transforms.isEmpty ? name : transforms.joined(separator: "(") + "(" + name + String(repeating: ")", count: transforms.count)
    }

    struct Place {
        var file: String
        var line: Int
        var column: Int
        var usedFrom: String?
    }

    /// The shape of a tag's value, or nil (after reporting) when the template cannot have it.
    private mutating func resolve(_ name: String, _ transforms: [String], frames: [Frame], at place: Place) -> TemplateShape? {
        if let function = transforms.first {
            let inner = Array(transforms.dropFirst())
            let innerExpression = Self.expression(name, inner)
            if name.isEmpty && inner.isEmpty {
                // The position in the list being repeated: first(), last(), index(), even(), odd().
                guard let shape = TemplateShape.position(function) else {
                    report("The template uses '\(function)()', which is not a list position.", hint: "Use first(), last(), index(), even() or odd() inside a list.", at: place)
                    return nil
                }
                return shape
            }
            guard let shape = resolve(name, inner, frames: frames, at: place) else { return nil }
            let result = Access.Transform(rawValue: function) == nil ? nil : shape.applying(function)
            if result == nil {
                report("The template applies '\(function)' to '\(innerExpression)', which is \(shape.description); that gives nothing.",
                       hint: "Lists take empty, first, last, reversed and count; text takes empty, capitalized, lowercased, uppercased and reversed; numbers take plusone, minusone, equalzero, even and odd.",
                       at: place)
            }
            return result
        }
        if name == "." {
            switch frames.last?.context {
            case .object(let schema)?: return .object(schema)
            case .value(let shape)?: return shape
            case nil: return nil
            }
        }
        if name.isEmpty {
            report("The template has an empty tag {{}}, which prints nothing.", hint: "Write a name between the braces, or remove the tag.", at: place)
            return nil
        }
        if name.hasPrefix("words.") { return .text }
        let topOnly = name.hasPrefix(".")
        let path = topOnly ? String(name.dropFirst()) : name
        if topOnly, frames.last?.schema == nil {
            report("The template uses '\(name)', which looks in the innermost value only; here that is \(frames.last.map { Self.describe($0.context) } ?? "nothing"), which has no variables (it would render as nothing).",
                   hint: "Write the name without the leading dot to look in the values around it.", at: place)
            return nil
        }
        let searched = topOnly ? Array(frames.suffix(1)) : frames
        let schemas = searched.compactMap(\.schema)
        switch TemplatePath.resolve(path, in: schemas) {
        case .success(let found):
            return found.shape
        case .failure(.notAName):
            report("The template uses '\(name)', which is not a variable name.", hint: "Names are written like {{hub.title}}.", at: place)
        case .failure(.unknown(let first)):
            let visible = schemas.flatMap { $0.fields.map(\.name) }
            var hint = "Available here: \(list(Set(visible).sorted())). docs/templates.md lists what each template receives."
            if let guess = Self.guess(first, in: visible) { hint = "Did you mean '\(guess)'? " + hint }
            let inside = frames.last?.opened.map { " inside {{#\($0)}}" } ?? ""
            report("The template uses the variable '\(first)', which hubsite does not provide here\(inside) (it would render as nothing).",
                   hint: hint, at: place)
        case .failure(.notAnObject(let path, let shape, let part)):
            report("The template uses '\(name)', but '\(path)' is \(shape.description) and has no '\(part)' (it would render as nothing).",
                   hint: "Use '\(path)' on its own" + (shape.isList ? ", or its items inside {{#\(path)}}…{{/\(path)}}." : "."), at: place)
        case .failure(.missing(let path, let schema, let part)):
            let names = schema.fields.map(\.name)
            var hint = "A \(schema.name) has: \(list(names))."
            if let guess = Self.guess(part, in: names) { hint = "Did you mean '\(path).\(guess)'? " + hint }
            report("The template uses the variable '\(name)', but the \(schema.name) has no '\(part)' (it would render as nothing).",
                   hint: hint, at: place)
        }
        return nil
    }

    private static func describe(_ context: TemplateCompiler.Context) -> String {
        switch context {
        case .object(let schema): return "a \(schema.name)"
        case .value(let shape): return shape.description
        }
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
