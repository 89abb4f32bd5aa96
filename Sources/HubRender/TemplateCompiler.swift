import Mustache

/// Compiles parsed templates for the typed values they receive (see `CompiledTemplate`).
/// Anything it does not know how to compile exactly (a dynamic partial, `{{.}}`, printing a
/// list) gives nil: that page template is then rendered by swift-mustache itself.
struct TemplateCompiler {
    /// Every template's tokens, by name.
    let tokens: [String: [TemplateToken]]

    init?(library: MustacheLibrary, names: some Sequence<String>) {
        var tokens: [String: [TemplateToken]] = [:]
        for name in names {
            guard let template = library.getTemplate(named: name), let parsed = TemplateToken.tokens(of: template) else { return nil }
            tokens[name] = parsed
        }
        self.tokens = tokens
    }

    func compile(_ template: String, receives schema: TemplateSchema) -> CompiledTemplate? {
        guard let list = tokens[template],
              let program = compile(list, stack: [schema], escaper: nil, inherited: [:], depth: 0) else { return nil }
        return CompiledTemplate(program: program, receives: schema.name)
    }

    /// `escaper` is nil until the template's pragma sets hubsite's escaping: swift-mustache's
    /// own HTML escaping is not compiled.
    private func compile(_ list: [TemplateToken], stack: [TemplateSchema], escaper: Escaper?, inherited: [String: [TemplateToken]],
                         depth: Int) -> Program? {
        guard depth < 24 else { return nil }
        var escaper = escaper
        var nodes: [Program.Node] = []
        for token in list {
            switch token {
            case .text(let text):
                // Kept apart from the text before it: in an indented partial, each token that
                // starts a line gets the indentation.
                nodes.append(.text(text))
            case .contentType(let type):
                escaper = type is TemplateEscaping ? .hubsite : .other(type)
            case .variable(let name, let transforms, let escaped):
                guard let (access, shape) = resolve(name, transforms, stack: stack) else { return nil }
                switch shape {
                case .object, .list: return nil
                default: break
                }
                if escaped {
                    guard let escaper else { return nil }
                    nodes.append(.value(access, escaper))
                } else {
                    nodes.append(.value(access, nil))
                }
            case .section(let name, let transforms, let body, let inverted):
                guard let (access, shape) = resolve(name, transforms, stack: stack) else { return nil }
                var inner = stack
                if !inverted {
                    switch shape {
                    case .object(let schema), .list(let schema): inner.append(schema)
                    default: break
                    }
                }
                guard let program = compile(body, stack: inner, escaper: escaper, inherited: inherited, depth: depth + 1) else { return nil }
                nodes.append(.section(access, program, inverted: inverted))
            case .partial(let name, let indentation, let inherits):
                var blocks = inherited
                if let inherits { blocks.merge(inherits) { outer, _ in outer } }
                let program = tokens[name].flatMap { compile($0, stack: stack, escaper: nil, inherited: blocks, depth: depth + 1) }
                guard let program = program ?? (tokens[name] == nil ? Program(nodes: []) : nil) else { return nil }
                nodes.append(.include(program, indentation: indentation))
            case .blockExpansion(let name, let body, let indentation):
                guard let program = compile(inherited[name] ?? body, stack: stack, escaper: escaper, inherited: inherited, depth: depth + 1) else { return nil }
                nodes.append(.block(program, indentation: indentation))
            }
        }
        return Program(nodes: nodes)
    }

    /// Where a name's value is on the stack, and its shape after the transforms.
    private func resolve(_ name: String, _ transforms: [String], stack: [TemplateSchema]) -> (Access, TemplateShape)? {
        var applied: [Access.Transform] = []
        for transform in transforms.reversed() {
            guard let known = Access.Transform(rawValue: transform) else { return nil }
            applied.append(known)
        }
        if name.isEmpty {
            guard let position = applied.first, let start = TemplateShape.position(position.rawValue) else { return nil }
            return shape(start, after: applied.dropFirst()).map { (Access(root: .sequence, path: [], transforms: applied), $0) }
        }
        // A leading dot looks in the innermost value Mustache holds, which may be one without
        // a schema (a text a section pushed): left to swift-mustache.
        guard !name.hasPrefix("."), case .success(let found) = TemplatePath.resolve(name, in: stack) else { return nil }
        return shape(found.shape, after: applied[...]).map { (Access(root: .frame(found.depth), path: found.indices, transforms: applied), $0) }
    }

    /// The shape a value has after transforms, or nil for one that gives nothing. Only the
    /// transforms whose result the compiled renderer computes are compiled (a list's `first`
    /// and `last` are left to swift-mustache).
    private func shape(_ start: TemplateShape, after transforms: ArraySlice<Access.Transform>) -> TemplateShape? {
        var shape = start
        for transform in transforms {
            guard let next = shape.applying(transform.rawValue) else { return nil }
            if case .object = next { return nil }
            shape = next
        }
        return shape
    }
}
