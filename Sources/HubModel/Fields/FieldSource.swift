/// What reads a level of front matter below the one being read (a list of leads, the contact
/// fields): the loader, which knows YAML. Declared here so that the tables (in HubModel) bind
/// levels to the model; HubContent's `FieldReader` implements it for the level it is reading.
public protocol FieldSource {
    /// The items of a list, each read by `table`; an item that cannot be read is left out.
    /// `itemName` says what the list holds ("people"), for a value that is not a list.
    mutating func list<Item: Sendable>(_ field: FieldSpec, of table: FieldTable<Item>, itemName: String) -> [Item]
    /// A set of fields read by `table`; nil when not written or not a set of fields.
    mutating func fields<Item: Sendable>(_ field: FieldSpec, of table: FieldTable<Item>) -> Item?
}
