import HubModel

/// Compiles parsed templates (`TemplateParser`) for the typed values they receive (see
/// `CompiledTemplate`), with one language's words in place of `{{words.key}}`. Every
/// template the check passes compiles: the names are resolved as swift-mustache looks them
/// up at render time (innermost context first, `.` and `.name` in the innermost alone, a
/// section over a text or number making that value the innermost), so no page needs another
/// renderer. nil only past `maximumDepth`, which the check reports first.
struct TemplateCompiler {
    /// Sections, blocks and partials inside one another, counted through partials.
    static let maximumDepth = 250

    /// Every template's nodes, by name.
    let trees: [String: [TemplateNode]]
    let words: Words

    /// A context of the stack as the compiler sees it: a value with variables (pushed on
    /// `RenderState.frames`), or a value with none (a text a section is over, on `scalars`).
    enum Context {
        case object(TemplateSchema)
        case value(TemplateShape)
    }

    func compile(_ template: String, receives schema: TemplateSchema) -> CompiledTemplate? {
        guard let tree = trees[template],
              let program = compile(tree, stack: [.object(schema)], escaper: .hubsite, inherited: [:], depth: 0) else { return nil }
        return CompiledTemplate(program: program, receives: schema.name)
    }

    private func compile(_ list: [TemplateNode], stack: [Context], escaper: TemplateContentType, inherited: [String: [TemplateNode]],
                         depth: Int) -> Program? {
        guard depth < Self.maximumDepth else { return nil }
        var escaper = escaper
        var nodes: [Program.Node] = []
        for node in list {
            switch node {
            case .text(let text):
                // Kept apart from the text before it: in an indented partial, each node that
                // starts a line gets the indentation.
                nodes.append(.text(text))
            case .contentType(let type, _):
                escaper = type
            case .variable(let name, let transforms, let escaped, _):
                if transforms.isEmpty, name.hasPrefix("words.") {
                    // The theme's words go in as they are written (they may hold markup).
                    nodes.append(.text(words.texts[String(name.dropFirst("words.".count))] ?? ""))
                    continue
                }
                let access = resolve(name, transforms, stack: stack)?.access ?? .nothing
                nodes.append(.value(access, escaped ? escaper : nil))
            case .section(let name, let transforms, let body, let inverted, _):
                let (access, shape) = resolve(name, transforms, stack: stack) ?? (.nothing, .flag)
                var inner = stack
                switch (shape, inverted) {
                case (.object(let schema), false), (.list(let schema), false): inner.append(.object(schema))
                case (.text, false), (.html, false), (.number, false), (.rendered, false), (.list, true): inner.append(.value(shape))
                default: break
                }
                guard let program = compile(body, stack: inner, escaper: escaper, inherited: inherited, depth: depth + 1) else { return nil }
                nodes.append(.section(access, program, inverted: inverted))
            case .partial(let name, let dynamic, let indentation, let overrides, _):
                var blocks = inherited
                if let overrides { blocks.merge(overrides.mapValues(\.body)) { outer, _ in outer } }
                guard !dynamic, let tree = trees[name] else {
                    // The check does not pass a dynamic partial, nor a missing one.
                    nodes.append(.include(Program(nodes: []), indentation: indentation))
                    continue
                }
                guard let program = compile(tree, stack: stack, escaper: .hubsite, inherited: blocks, depth: depth + 1) else { return nil }
                nodes.append(.include(program, indentation: indentation))
            case .block(let name, let body, let indentation, _):
                guard let program = compile(inherited[name] ?? body, stack: stack, escaper: escaper, inherited: inherited, depth: depth + 1) else { return nil }
                nodes.append(.block(program, indentation: indentation))
            }
        }
        return Program(nodes: nodes)
    }

    /// Where a name's value is, and its shape after the transforms; nil for a name the
    /// template check reports (it would render as nothing).
    private func resolve(_ name: String, _ transforms: [String], stack: [Context]) -> (access: Access, shape: TemplateShape)? {
        var applied: [Access.Transform] = []
        for transform in transforms.reversed() {
            guard let known = Access.Transform(rawValue: transform) else { return nil }
            applied.append(known)
        }
        if name.isEmpty {
            guard let position = applied.first, let start = TemplateShape.position(position.rawValue) else { return nil }
            return shape(start, after: applied.dropFirst()).map { (Access(root: .sequence, path: [], transforms: applied), $0) }
        }
        let objects = stack.compactMap { context -> TemplateSchema? in
            if case .object(let schema) = context { return schema }
            return nil
        }
        let root: Access.Root
        let path: [Int]
        let start: TemplateShape
        if name == "." {
            switch stack.last {
            case .object(let schema)?: (root, path, start) = (.frame(0), [], .object(schema))
            case .value(let shape)?: (root, path, start) = (.scalar, [], shape)
            case nil: return nil
            }
        } else if name.hasPrefix(".") {
            // Looked up in the innermost context alone: nothing when that is a text.
            guard case .object(let schema)? = stack.last,
                  case .success(let found) = TemplatePath.resolve(name.split(separator: ".").joined(separator: "."), in: [schema]) else { return nil }
            (root, path, start) = (.frame(0), found.indices, found.shape)
        } else {
            guard case .success(let found) = TemplatePath.resolve(name, in: objects) else { return nil }
            (root, path, start) = (.frame(found.depth), found.indices, found.shape)
        }
        return shape(start, after: applied[...]).map { (Access(root: root, path: path, transforms: applied), $0) }
    }

    /// The shape a value has after transforms, or nil for one that gives nothing.
    private func shape(_ start: TemplateShape, after transforms: ArraySlice<Access.Transform>) -> TemplateShape? {
        var shape = start
        for transform in transforms {
            guard let next = shape.applying(transform.rawValue) else { return nil }
            shape = next
        }
        return shape
    }
}
