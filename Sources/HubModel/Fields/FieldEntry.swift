/// One field of a level of front matter, declared once: what it is (`spec`) and the model
/// property it fills (`binding`), whose kind is the spec's.
public struct FieldEntry<Root: Sendable>: Sendable {
    public let spec: FieldSpec
    public let binding: FieldBinding<Root>

    public var name: String { spec.name }

    public init(_ name: String, _ binding: FieldBinding<Root>, _ summary: String, required: Bool = false,
                translatable: Bool = false, link: Bool = false, image: Bool = false, document: Bool = false, requiredByRules: Bool = false, example: String? = nil, note: String? = nil, shows: [FieldPlace] = [],
                variable: String? = nil) {
        self.binding = binding
        spec = FieldSpec(name, binding.kind, summary, required: required, translatable: translatable, link: link,
                         image: image, document: document, requiredByRules: requiredByRules, example: example, note: note, shows: shows, variable: variable)
    }
}
