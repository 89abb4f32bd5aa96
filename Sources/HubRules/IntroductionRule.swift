import HubModel

/// "hub introduction" (003): the Markdown body must introduce the hub in real prose.
public struct IntroductionRule: HubRule {
    public static let id = RuleID.introduction
    public static let fields = [FieldLocations.text]
    public init() {}

    public func check(_ hub: Hub, context: RuleContext, findings: inout Findings) {
        let minimum = context.option("min_words", of: Self.id)
        let words = hub.body.proseWordCount
        guard words < minimum else { return }
        let location = SourceLocation(file: hub.file, line: hub.body.firstLine, column: 1)
        let what = words == 0 ? "has no introduction" : "introduction has only \(words) word\(words == 1 ? "" : "s")"
        findings.report("The hub \(what); the Healthy Hub Framework asks for a hub introduction on the webpage (at least \(minimum) words).",
                        at: location,
                        hint: "Below the closing '---', write a few sentences on what the hub is, who it brings together and how to get involved.")
    }
}
