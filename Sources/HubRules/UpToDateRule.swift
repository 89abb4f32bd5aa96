import HubModel

/// "Up to date SCiP Alliance webpage" (003): the page says when it was last reviewed.
public struct UpToDateRule: HubRule {
    public static let id = RuleID.upToDate
    public static let fields = ["updated"]
    public init() {}

    public func check(_ hub: Hub, context: RuleContext, findings: inout Findings) {
        guard let updated = hub.updated else {
            findings.report("The page has no 'updated' date, so readers cannot tell whether it is up to date.",
                            at: hub.fields.location(of: "updated"),
                            hint: "Add 'updated: \(context.today)' after checking every detail on the page.")
            return
        }
        let location = hub.fields.location(of: "updated")
        let maximum = context.option("max_age_months", of: Self.id)
        let warnAfter = context.option("warn_age_months", of: Self.id)
        if updated > context.today {
            findings.report("The 'updated' date \(updated) is in the future.", at: location,
                            hint: "Write the date you last checked the page, \(context.today) at the latest.")
        } else if updated < context.today.adding(months: -maximum) {
            findings.report("The page was last updated on \(updated), more than \(maximum) months ago.", at: location,
                            hint: "Check every detail on the page (leads, contacts, meetings, action plan), then set 'updated: \(context.today)'.")
        } else if updated < context.today.adding(months: -warnAfter) {
            findings.report("The page was last updated on \(updated), more than \(warnAfter) months ago.", at: location,
                            hint: "Check the page is still right, then set 'updated: \(context.today)'.", advisory: true)
        }
    }
}
