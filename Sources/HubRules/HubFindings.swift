import HubModel

/// Where the validator gets each hub's findings: from the hub rules, or, in `hubsite serve`,
/// as kept from the last check while the hub and all the hub rules read besides it are the
/// same. A hub rule reads its hub and, of the context, only the date, the settings, the source
/// folder and the verdicts on the hub's logos; `context` is a print of exactly those, and
/// whoever keeps findings tells the hub itself apart (serve, by its file's stamp: hashing
/// every hub, introduction and all, was a tenth of a rebuild's checking).
public struct HubFindings: Sendable {
    /// `context` gives the print of what the rules read besides the hub (worked out only when
    /// asked for); `make` runs the rules.
    public let findings: @Sendable (_ hub: Hub, _ context: () -> Int, _ make: () -> [Diagnostic]) -> [Diagnostic]

    public init(_ findings: @escaping @Sendable (_ hub: Hub, _ context: () -> Int, _ make: () -> [Diagnostic]) -> [Diagnostic]) {
        self.findings = findings
    }

    /// Every hub's findings made by the rules.
    public static let fresh = HubFindings { _, _, make in make() }
}
