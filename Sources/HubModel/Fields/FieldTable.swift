/// The fields of one level of front matter (a hub page, a lead, a meeting …), each declared
/// once with the model property it fills. The loader reads a level from its table; the
/// schemas, the field reference and the page variables are made from the same table.
public struct FieldTable<Root: Sendable>: Sendable {
    /// What a required field not read is reported as (`written`: it has a value the loader
    /// could not read, already reported); nil: nothing more (the item is still left out).
    public typealias Missing = @Sendable (_ field: String, _ item: Root, _ index: Int, _ written: Bool) -> (message: String, hint: String)?

    public let entries: [FieldEntry<Root>]
    /// What the level is, for a value that is not a set of fields: "a meeting (date, start, end, …)".
    public let what: String
    /// The value an item starts from before its fields are read.
    public let blank: Root
    /// Where an item of a list keeps its position in the list (for locating diagnostics).
    public let index: (WritableKeyPath<Root, Int> & Sendable)?
    public let missing: Missing
    /// The entries' specs and names, made once: the loader asks for them at every item.
    public let specs: [FieldSpec]
    public let names: [String]

    public init(_ what: String, blank: Root, index: (WritableKeyPath<Root, Int> & Sendable)? = nil,
                missing: @escaping Missing = { _, _, _, _ in nil }, _ entries: [FieldEntry<Root>]) {
        self.what = what
        self.blank = blank
        self.index = index
        self.missing = missing
        self.entries = entries
        specs = entries.map(\.spec)
        names = entries.map(\.name)
    }

    public func entry(_ name: String) -> FieldEntry<Root>? {
        entries.first { $0.name == name }
    }
}
