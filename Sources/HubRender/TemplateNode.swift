/// One piece of a parsed template (`TemplateParser`): what swift-mustache 2.1.1's parser makes
/// of the same text, token for token, with the place each tag starts so that the template
/// check, the words and syntax errors can point at it. Text is split where swift-mustache
/// splits it (at each line's end and before each tag), which matters for indented partials.
indirect enum TemplateNode: Sendable {
    case text(String)
    /// `{{name}}` (escaped), `{{{name}}}` or `{{&name}}`; transforms outermost first
    /// (`uppercased(reversed(x))` gives `["uppercased", "reversed"]`).
    case variable(name: String, transforms: [String], escaped: Bool, at: TemplatePosition)
    case section(name: String, transforms: [String], body: [TemplateNode], inverted: Bool, at: TemplatePosition)
    /// `{{$name}}default{{/name}}` outside a parent: replaced by a parent's override when
    /// there is one. `indentation` is the whitespace before a tag alone on its line.
    case block(name: String, body: [TemplateNode], indentation: String, at: TemplatePosition)
    /// `{{> name}}` (`overrides` nil) or `{{< name}}…{{/name}}` with its `{{$block}}` overrides;
    /// `dynamic` for `{{>*name}}`, which names the partial through a value.
    case partial(name: String, dynamic: Bool, indentation: String?, overrides: [String: Override]?, at: TemplatePosition)
    /// `{{% CONTENT_TYPE: name }}`: how the following `{{name}}` tags escape.
    case contentType(TemplateContentType, at: TemplatePosition)

    /// A parent's replacement for one of its blocks, with where it was written.
    struct Override: Sendable {
        var body: [TemplateNode]
        var at: TemplatePosition
    }
}

extension TemplateNode {
    /// Where the tag starts; nil for text.
    var position: TemplatePosition? {
        switch self {
        case .text: return nil
        case .variable(_, _, _, let at), .section(_, _, _, _, let at), .block(_, _, _, let at),
             .partial(_, _, _, _, let at), .contentType(_, let at): return at
        }
    }
}

extension TemplateNode {
    /// Calls `body` with every node of `tree` in the order written, inside sections, blocks
    /// and a parent's overrides too; with a stack of its own, so a deep tree cannot overflow.
    static func visit(_ tree: [TemplateNode], _ body: (TemplateNode) -> Void) {
        var pending: [ArraySlice<TemplateNode>] = [tree[...]]
        while var nodes = pending.popLast() {
            guard let node = nodes.popFirst() else { continue }
            pending.append(nodes)
            body(node)
            switch node {
            case .section(_, _, let inner, _, _), .block(_, let inner, _, _):
                pending.append(inner[...])
            case .partial(_, _, _, let overrides?, _):
                for override in overrides.values.sorted(by: { ($0.at.line, $0.at.column) > ($1.at.line, $1.at.column) }) {
                    pending.append(override.body[...])
                }
            default:
                break
            }
        }
    }
}
