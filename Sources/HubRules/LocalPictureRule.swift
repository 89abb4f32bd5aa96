import HubModel

/// "To investigate local needs and context, for example sourcing and analysing local data"
/// (001): every figure of the local picture says what it counts and where it comes from, and a
/// source more than `maxAgeYears` old is flagged so that the hub looks for newer figures.
public struct LocalPictureRule: HubRule {
    public static let id = RuleID.localPicture
    public static let fields = ["local_picture"]
    /// How old a source may be before it is flagged.
    public static let maxAgeYears = 5
    public init() {}

    public func check(_ hub: Hub, context: RuleContext, findings: inout Findings) {
        let fields = hub.fields
        for figure in hub.localPicture {
            let path = "local_picture[\(figure.index)]"
            let name = figure.value.map { "The figure \"\($0.prefix(40))\"" } ?? "Figure \(figure.index + 1) of 'local_picture'"
            if figure.value == nil {
                findings.report("Figure \(figure.index + 1) of 'local_picture' has no 'value'.", at: fields.location(of: path),
                                hint: "Add the figure as its source gives it, e.g. 'value: over 6,000'.")
            }
            if figure.counts == nil {
                findings.report("\(name) does not say what it counts.", at: fields.location(of: path),
                                hint: "Add 'counts:', e.g. 'counts: Service children in the region's schools'.")
            }
            guard let source = figure.source, source.name != nil else {
                findings.report("\(name) has no source: a reader cannot tell where it comes from or how current it is.",
                                at: fields.location(of: figure.source == nil ? path : path + ".source"),
                                hint: "Add 'source:' with 'name:' (who published it, e.g. Department for Education, school census), 'year:' and, if it is online, 'url:'.")
                continue
            }
            findings.requireSecureAddress(source.url, path: path + ".source.url", in: fields, example: "https://www.gov.uk/government/statistics")
            if let year = source.year {
                if year > context.today.year {
                    findings.report("The source of \(name.prefix(1).lowercased() + name.dropFirst()) is dated \(year), which has not come yet.",
                                    at: fields.location(of: path + ".source.year"), hint: "Write the year the figures were published, e.g. 'year: \(context.today.year)'.")
                } else if context.today.year - year > Self.maxAgeYears {
                    findings.report("The source of \(name.prefix(1).lowercased() + name.dropFirst()) is from \(year), more than \(Self.maxAgeYears) years ago.",
                                    at: fields.location(of: path + ".source.year"),
                                    hint: "Look for newer figures (the census, the council or the Department for Education publish them regularly) and update 'value' and 'year'; keep it if it is still the latest.",
                                    advisory: true)
                }
            }
        }
    }
}
