import Foundation
import HubModel

/// A page template compiled for the typed value it receives: how hubsite renders every page.
/// A Mustache engine looks every tag up by name at render time, splitting the name and
/// casting each value it meets; here the names are resolved once, when the templates load, to
/// positions in the values' variable tables (the template check has already proved that each
/// resolves), and rendering reads typed `TemplateData`. The output is swift-mustache 2.1.1's,
/// byte for byte: the tests render every built-in and test-site template both ways, and
/// against chevron and pystache.
struct CompiledTemplate: Sendable {
    let program: Program
    /// The schema of the value it was compiled for.
    let receives: String

    func render(_ value: some TemplateValue) -> String {
        var state = RenderState(frames: [value], scalars: [], sequence: nil, indentation: nil)
        return program.run(&state)
    }
}


/// Where a tag's value comes from: a context on the stack (counted from the innermost) and
/// the positions of the variables along its dotted path, then its transforms, in order.
struct Access: Sendable {
    enum Root: Sendable {
        /// Counted out from the innermost; with an empty path, that value itself (`{{.}}`).
        case frame(Int)
        /// The position in the list being repeated (`last()`, `index()`).
        case sequence
        /// The text or number the innermost section is over (`{{#title}}{{.}}{{/title}}`).
        case scalar
        /// A name nothing provides: it renders as nothing.
        case none
    }
    enum Transform: String, Sendable {
        case empty, count, reversed, capitalized, lowercased, uppercased
        case plusone, minusone, equalzero, even, odd, first, last, index
    }

    let root: Root
    let path: [Int]
    let transforms: [Transform]

    static let nothing = Access(root: .none, path: [], transforms: [])
}

struct RenderState {
    var frames: [any TemplateValue]
    /// Values without variables that sections are over, innermost last.
    var scalars: [TemplateData]
    var sequence: (index: Int, count: Int)?
    var indentation: String?
}

/// The compiled form of one token list: one `render` call of swift-mustache's, with its own
/// output (which matters for indentation).
struct Program: Sendable {
    indirect enum Node: Sendable {
        case text(String)
        /// `{{name}}` (escaped) or `{{{name}}}` (nil).
        case value(Access, TemplateContentType?)
        case section(Access, Program, inverted: Bool)
        /// A partial, or a parent with its blocks: a new context for sequences and indentation.
        case include(Program, indentation: String?)
        case block(Program, indentation: String?)
    }

    let nodes: [Node]

    func run(_ state: inout RenderState) -> String {
        var out = ""
        if let indentation = state.indentation, !indentation.isEmpty {
            for node in nodes {
                var piece = ""
                node.run(&state, into: &piece)
                if !piece.isEmpty, out.last == "\n" { out += indentation }
                out += piece
            }
        } else {
            for node in nodes { node.run(&state, into: &out) }
        }
        return out
    }

    /// Runs into `out` directly: without indentation to add, a section's or a partial's
    /// output is not built apart and then copied into its parent's (a page's text was copied
    /// once per level of nesting: a sixth of rendering's time).
    func run(_ state: inout RenderState, into out: inout String) {
        if let indentation = state.indentation, !indentation.isEmpty {
            out += run(&state)
        } else {
            for node in nodes { node.run(&state, into: &out) }
        }
    }
}

extension Program.Node {
    func run(_ state: inout RenderState, into out: inout String) {
        switch self {
        case .text(let text):
            out += text
        case .value(let access, let escaper):
            switch access.resolve(in: state) {
            case .text(let text)?: out += escaper.map { $0.escape(text) } ?? text
            case .number(let number)?: out += escaper.map { $0.escape(String(number)) } ?? String(number)
            case .flag(let flag)?: out += flag ? "true" : "false"
            case .rendered(let card)?: out += escaper.map { $0.escape(card.renderText) } ?? card.renderText
            case .absent?, nil: break
            case .object?, .list?: break // the template check does not let a template print these
            }
        case .section(let access, let body, let inverted):
            let value = access.resolve(in: state)
            inverted ? Self.invertedSection(value, body, &state, into: &out) : Self.section(value, body, &state, into: &out)
        case .include(let program, let indentation), .block(let program, let indentation):
            let saved = (state.sequence, state.indentation)
            state.sequence = nil
            if let indentation { state.indentation = (state.indentation ?? "") + indentation }
            program.run(&state, into: &out)
            (state.sequence, state.indentation) = saved
        }
    }

    static func section(_ value: TemplateData?, _ body: Program, _ state: inout RenderState, into out: inout String) {
        switch value {
        case .list(let list)?:
            let saved = state.sequence
            let count = list.count
            for index in 0..<count {
                state.frames.append(list.element(at: index))
                state.sequence = (index, count)
                body.run(&state, into: &out)
                state.frames.removeLast()
            }
            state.sequence = saved
        case .flag(true)?:
            body.run(&state, into: &out)
        case .object(let object)?:
            let saved = state.sequence
            state.frames.append(object)
            state.sequence = nil
            body.run(&state, into: &out)
            state.frames.removeLast()
            state.sequence = saved
        case .text?, .number?, .rendered?:
            // Mustache pushes the value, which has no names: `{{.}}` reads it, and the list
            // position is lost.
            let saved = state.sequence
            state.sequence = nil
            state.scalars.append(value!)
            body.run(&state, into: &out)
            state.scalars.removeLast()
            state.sequence = saved
        case .flag(false)?, .absent?, nil:
            break
        }
    }

    static func invertedSection(_ value: TemplateData?, _ body: Program, _ state: inout RenderState, into out: inout String) {
        switch value {
        case .list(let list)?:
            guard list.count == 0 else { return }
            let saved = state.sequence
            state.sequence = nil
            state.scalars.append(.list(list))
            body.run(&state, into: &out)
            state.scalars.removeLast()
            state.sequence = saved
        case .flag(let flag)?:
            if !flag { body.run(&state, into: &out) }
        case .absent?, nil:
            body.run(&state, into: &out)
        case .object?, .text?, .number?, .rendered?:
            break
        }
    }
}

extension Access {
    /// The value, or nil when there is none (a transform that does not apply, a list position
    /// outside a list): what swift-mustache's lookup returns as nil.
    func resolve(in state: RenderState) -> TemplateData? {
        var value: TemplateData
        switch root {
        case .sequence:
            guard let sequence = state.sequence, let transform = transforms.first else { return nil }
            switch transform {
            case .first: value = .flag(sequence.index == 0)
            case .last: value = .flag(sequence.index == sequence.count - 1)
            case .index: value = .number(sequence.index)
            case .even: value = .flag(sequence.index & 1 == 0)
            case .odd: value = .flag(sequence.index & 1 == 1)
            default: return nil
            }
            return Self.apply(transforms.dropFirst(), to: value)
        case .scalar:
            guard let innermost = state.scalars.last else { return nil }
            value = innermost
        case .none:
            return nil
        case .frame(let depth):
            let frames = state.frames
            let frame = frames[frames.count - 1 - depth]
            guard let first = path.first else {
                value = .object(frame)
                break
            }
            value = frame.templateData(at: first)
            for index in path.dropFirst() {
                guard case .object(let object) = value else { return nil }
                value = object.templateData(at: index)
            }
        }
        return transforms.isEmpty ? value : Self.apply(transforms[...], to: value)
    }

    static func apply(_ transforms: ArraySlice<Transform>, to start: TemplateData) -> TemplateData? {
        var value = start
        for transform in transforms {
            switch (transform, value) {
            case (.empty, .list(let list)): value = .flag(list.count == 0)
            case (.count, .list(let list)): value = .number(list.count)
            case (.reversed, .list(let list)): value = .list(ReversedList(base: list))
            case (.first, .list(let list)):
                guard list.count > 0 else { return nil }
                value = .object(list.element(at: 0))
            case (.last, .list(let list)):
                guard list.count > 0 else { return nil }
                value = .object(list.element(at: list.count - 1))
            case (.empty, .text(let text)): value = .flag(text.isEmpty)
            case (.capitalized, .text(let text)): value = .text(text.capitalized)
            case (.lowercased, .text(let text)): value = .text(text.lowercased())
            case (.uppercased, .text(let text)): value = .text(text.uppercased())
            case (.reversed, .text(let text)): value = .text(String(text.reversed()))
            case (.plusone, .number(let number)): value = .number(number + 1)
            case (.minusone, .number(let number)): value = .number(number - 1)
            case (.equalzero, .number(let number)): value = .flag(number == 0)
            case (.even, .number(let number)): value = .flag(number & 1 == 0)
            case (.odd, .number(let number)): value = .flag(number & 1 == 1)
            default: return nil
            }
        }
        return value
    }
}

/// A list read back to front (`reversed(list)`).
struct ReversedList: TemplateList {
    let base: any TemplateList
    var count: Int { base.count }
    func element(at index: Int) -> any TemplateValue { base.element(at: base.count - 1 - index) }
}
