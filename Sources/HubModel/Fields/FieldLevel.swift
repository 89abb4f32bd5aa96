/// A field that holds a level of its own (a list of items, a set of fields), read through the
/// loader's `FieldSource`. A protocol with a generic method rather than a closure, so that the
/// loader passes itself in place, never copied into a box.
public protocol FieldLevel<Root>: Sendable {
    associatedtype Root
    /// Reads the level into `root`; true when a value was read.
    func read<Source: FieldSource>(into root: inout Root, from source: inout Source, as field: FieldSpec) -> Bool
}
