import HubModel

/// Where the validator gets the findings of one content file (a hub, an opportunity): from
/// the rules, or, in `hubsite serve`, as kept from the last check while the file and all the
/// rules read besides it are the same. The validator gives, with the file, a print of what
/// the rules read besides it (for a hub: the date, the settings, the source folder and the
/// verdicts on its logos; for an opportunity: the settings, the hubs there are and the
/// verdict on its picture); whoever keeps findings tells the file itself apart (serve, by the
/// stamp it was read with: hashing every hub and opportunity, bodies and all, was a tenth of
/// a rebuild's checking).
public struct FileFindings: Sendable {
    /// `file` is the content file's path; `context` gives the print of what the rules read
    /// besides it (worked out only when asked for); `make` runs the rules.
    public let findings: @Sendable (_ file: String, _ context: () -> Int, _ make: () -> [Diagnostic]) -> [Diagnostic]

    public init(_ findings: @escaping @Sendable (_ file: String, _ context: () -> Int, _ make: () -> [Diagnostic]) -> [Diagnostic]) {
        self.findings = findings
    }

    /// Every file's findings made by the rules.
    public static let fresh = FileFindings { _, _, make in make() }
}
