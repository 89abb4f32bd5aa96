/// A field's value as read into the model, for what shows it without knowing the field: the
/// page variables the tables declare.
public enum FieldValue: Hashable, Sendable {
    case text(String)
    case number(Int)
    case flag(Bool)
    case date(LocalDate)
}
