import Mustache

/// A parsed template, as swift-mustache's parser made it: hubsite compiles these for typed
/// values (`CompiledTemplate`) so that the parsing, and its handling of standalone lines,
/// indentation and inheritance, stays the library's. The library keeps its tokens internal;
/// they are read through `Mirror`, and any shape not recognised makes the template fall back
/// to swift-mustache's own renderer (nil), never a wrong page.
indirect enum TemplateToken {
    case text(String)
    case variable(name: String, transforms: [String], escaped: Bool)
    case section(name: String, transforms: [String], body: [TemplateToken], inverted: Bool)
    case blockExpansion(name: String, body: [TemplateToken], indentation: String?)
    case partial(name: String, indentation: String?, inherits: [String: [TemplateToken]]?)
    case contentType(any MustacheContentType)

    /// The tokens of a parsed template, or nil when its structure is not the one known here.
    static func tokens(of template: MustacheTemplate) -> [TemplateToken]? {
        guard let list = Mirror(reflecting: template).children.first(where: { $0.label == "tokens" })?.value else { return nil }
        var tokens: [TemplateToken] = []
        for child in Mirror(reflecting: list).children {
            guard let token = token(child.value) else { return nil }
            tokens.append(token)
        }
        return tokens
    }

    private static func token(_ value: Any) -> TemplateToken? {
        guard let (kind, payload) = Mirror(reflecting: value).children.first.map({ ($0.label, $0.value) }), let kind else { return nil }
        let fields = Mirror(reflecting: payload).children.map { ($0.label, $0.value) }
        func field(_ label: String) -> Any? { fields.first { $0.0 == label }?.1 }
        /// An optional field: .some(nil) when it holds none, nil when it is not of that type.
        func optional<T>(_ label: String, _ type: T.Type) -> T?? {
            guard let value = field(label) else { return nil }
            let mirror = Mirror(reflecting: value)
            guard mirror.displayStyle == .optional else { return (value as? T).map { .some($0) } }
            guard let wrapped = mirror.children.first?.value else { return .some(nil) }
            return (wrapped as? T).map { .some($0) }
        }
        func body(_ label: String) -> [TemplateToken]? { (field(label) as? MustacheTemplate).flatMap(tokens(of:)) }
        switch kind {
        case "text":
            return (payload as? String).map(TemplateToken.text)
        case "variable", "unescapedVariable":
            guard let name = field("name") as? String, let transforms = field("transforms") as? [String] else { return nil }
            return .variable(name: name, transforms: transforms, escaped: kind == "variable")
        case "section", "invertedSection":
            guard let name = field("name") as? String, let transforms = field("transforms") as? [String], let body = body("template") else { return nil }
            return .section(name: name, transforms: transforms, body: body, inverted: kind == "invertedSection")
        case "blockExpansion":
            guard let name = field("name") as? String, let body = body("default"), let indentation = optional("indentation", String.self) else { return nil }
            return .blockExpansion(name: name, body: body, indentation: indentation)
        case "partial":
            guard let name = field(".0") as? String, let indentation = optional("indentation", String.self),
                  let inherits = optional("inherits", [String: MustacheTemplate].self) else { return nil }
            var blocks: [String: [TemplateToken]]?
            if let inherits {
                blocks = [:]
                for (block, template) in inherits {
                    guard let tokens = tokens(of: template) else { return nil }
                    blocks?[block] = tokens
                }
            }
            return .partial(name: name, indentation: indentation, inherits: blocks)
        case "contentType":
            return (payload as? any MustacheContentType).map(TemplateToken.contentType)
        default:
            // Dynamic partials, block definitions outside a parent, anything newer: not compiled.
            return nil
        }
    }
}
