/// Where something is in a template file: a 1-based line and a 1-based column counted in
/// characters (not bytes), as docs/diagnostics.md promises for every position hubsite reports
/// and as `ColumnCounter` defines them.
struct TemplatePosition: Sendable, Equatable {
    var line: Int
    var column: Int
}
