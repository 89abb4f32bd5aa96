import HubModel

/// Where the validator gets each hub's findings: from the hub rules, or, in `hubsite serve`,
/// as kept from the last check while the hub and all the hub rules read besides it are the
/// same. A hub rule reads its hub and, of the context, only the date, the settings, the source
/// folder and the verdicts on the hub's logos; the fingerprint covers exactly those.
public struct HubFindings: Sendable {
    /// `fingerprint` gives the print of the hub and what the rules read besides it (worked
    /// out only when asked for); `make` runs the rules.
    public let findings: @Sendable (_ hub: Hub, _ fingerprint: () -> Int, _ make: () -> [Diagnostic]) -> [Diagnostic]

    public init(_ findings: @escaping @Sendable (_ hub: Hub, _ fingerprint: () -> Int, _ make: () -> [Diagnostic]) -> [Diagnostic]) {
        self.findings = findings
    }

    /// Every hub's findings made by the rules.
    public static let fresh = HubFindings { _, _, make in make() }
}
