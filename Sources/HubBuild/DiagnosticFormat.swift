/// How diagnostics are printed: `--format human|github|json|sarif`.
public enum DiagnosticFormat: String, CaseIterable, Sendable {
    /// Compiler-style lines with the source line, a caret and a hint, then a summary.
    case human
    /// GitHub Actions workflow commands, so errors appear inline on a pull request.
    case github
    /// One stable JSON document (schema in docs/diagnostics.md).
    case json
    /// SARIF 2.1.0, for code-scanning dashboards.
    case sarif
}
