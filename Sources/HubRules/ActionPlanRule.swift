import HubModel

/// "Has a current Action Plan … reviewed and updated annually. Each task has a clear lead" (003).
public struct ActionPlanRule: HubRule {
    public static let id = RuleID.actionPlan
    public static let fields = ["action_plan"]
    public init() {}

    public func check(_ hub: Hub, context: RuleContext, findings: inout Findings) {
        guard let plan = hub.actionPlan else {
            findings.report("The page has no action plan; the Healthy Hub Framework asks for the action plan on the webpage.",
                            at: hub.fields.location(of: "action_plan"),
                            hint: "Add 'action_plan:' with 'reviewed: YYYY-MM-DD' and 'actions:', each with action, lead, due and status.")
            return
        }
        let months = context.option("review_months", of: Self.id)
        if let reviewed = plan.reviewed {
            if reviewed > context.today {
                findings.report("The action plan's review date \(reviewed) is in the future.", at: hub.fields.location(of: "action_plan.reviewed"),
                                hint: "Write the date the plan was last reviewed, today (\(context.today)) at the latest.")
            } else if reviewed < context.today.adding(months: -months) {
                findings.report("The action plan was last reviewed on \(reviewed), more than \(months) months ago; it should be reviewed annually.",
                                at: hub.fields.location(of: "action_plan.reviewed"),
                                hint: "Review the plan with the hub, then set 'reviewed:' to the date of that review.")
            }
        } else {
            findings.report("The action plan has no 'reviewed' date, so nobody can tell whether it is current.",
                            at: hub.fields.location(of: "action_plan"),
                            hint: "Add 'reviewed: YYYY-MM-DD' with the date the plan was last reviewed.")
        }
        if plan.actions.isEmpty {
            findings.report("The action plan has no actions.", at: hub.fields.location(of: "action_plan.actions"),
                            hint: "Add 'actions:' with at least one action, its lead, due date and status.")
        }
        for action in plan.actions {
            let path = "action_plan.actions[\(action.index)]"
            let label = action.action.isEmpty ? "Action \(action.index + 1)" : "The action \"\(action.action.prefix(60))\""
            if action.action.isEmpty {
                findings.report("Action \(action.index + 1) does not say what will be done.", at: hub.fields.location(of: path),
                                hint: "Add 'action:' with a short description.")
            }
            if action.lead == nil {
                findings.report("\(label) has no lead; every action needs a clear lead.", at: hub.fields.location(of: path),
                                hint: "Add 'lead:' with the person or organisation responsible.")
            }
            guard let due = action.due else {
                findings.report("\(label) has no due date.", at: hub.fields.location(of: path),
                                hint: "Add 'due: YYYY-MM-DD'.")
                continue
            }
            if due < context.today, action.status != .done {
                findings.report("\(label) was due on \(due) and is not marked done.", at: hub.fields.location(of: path + ".due"),
                                hint: "Set 'status: done' if it is finished, or agree a new due date with its lead.", advisory: true)
            }
        }
    }
}
