import HubModel

/// Counts for the closing line: "3 errors, 2 warnings in 7 files".
public struct DiagnosticSummary: Sendable, Equatable {
    public var errors: Int
    public var warnings: Int
    /// Notes explain what follows from an error reported elsewhere; they are not counted in
    /// the closing line.
    public var notes: Int
    public var files: Int

    public init(_ diagnostics: [Diagnostic], files: Int) {
        errors = diagnostics.filter { $0.severity == .error }.count
        warnings = diagnostics.filter { $0.severity == .warning }.count
        notes = diagnostics.filter { $0.severity == .note }.count
        self.files = files
    }

    public var text: String {
        func plural(_ n: Int, _ word: String) -> String { "\(n) \(word)\(n == 1 ? "" : "s")" }
        return "\(plural(errors, "error")), \(plural(warnings, "warning")) in \(plural(files, "file"))"
    }
}
