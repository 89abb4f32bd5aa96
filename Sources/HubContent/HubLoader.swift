import HubModel
import Yams

/// Reads one hub page's front matter into a `Hub`, keeping every key's position.
struct HubLoader {
    typealias Fields = FrontMatterFields
    static let keys = Fields.names(Fields.hub)
    static let organisationKeys = Fields.names(Fields.organisation)
    static let leadKeys = Fields.names(Fields.lead)
    static let contactKeys = Fields.names(Fields.contact)
    static let memberKeys = Fields.names(Fields.member)
    static let meetingKeys = Fields.names(Fields.meeting)
    static let actionPlanKeys = Fields.names(Fields.actionPlan)
    static let actionKeys = Fields.names(Fields.action)

    /// Where each field of a lower level belongs, for one written at the top level by mistake.
    static let lowerLevels: [String: String] = {
        var homes: [String: String] = [:]
        let levels: [(String, [String])] = [("an action of 'action_plan'", actionKeys), ("'action_plan'", actionPlanKeys),
                                            ("a member under 'members'", memberKeys), ("an organisation under 'organisations'", organisationKeys),
                                            ("a lead under 'leads'", leadKeys), ("a meeting under 'meetings'", meetingKeys),
                                            ("'contact'", contactKeys)]
        for (home, keys) in levels {
            for key in keys where !Self.keys.contains(key) {
                homes[key] = homes[key].map { "\(home) or \($0)" } ?? home
            }
        }
        return homes
    }()

    static func load(root: Node, slug: String, reader: inout FieldReader, body: MarkdownDocument) -> Hub {
        let map = reader.mapping(root, path: "", allowed: keys, what: "a hub page's front matter", elsewhere: lowerLevels) ?? [:]
        let title = reader.string(map["title"], path: "title")
        if title == nil {
            reader.report("The hub page has no 'title'.", at: reader.fields.location(of: "title"),
                          hint: "Add a line such as 'title: South Hub' to the front matter.")
        }
        var hub = Hub(slug: slug, file: reader.file, title: title ?? slug, body: body, fields: reader.fields)
        hub.region = reader.string(map["region"], path: "region")
        hub.updated = reader.date(map["updated"], path: "updated")
        hub.organisations = reader.list(map["organisations"], path: "organisations", itemName: "organisations")
            .enumerated().compactMap { index, node in organisation(node, path: "organisations[\(index)]", reader: &reader) }
        hub.leads = reader.list(map["leads"], path: "leads", itemName: "people")
            .enumerated().compactMap { index, node in lead(node, path: "leads[\(index)]", reader: &reader) }
        if let node = map["contact"], let fields = reader.mapping(node, path: "contact", allowed: contactKeys, what: "a set of contact fields") {
            hub.contact = Contact(email: reader.string(fields["email"], path: "contact.email"),
                                  phone: reader.string(fields["phone"], path: "contact.phone"),
                                  url: reader.string(fields["url"], path: "contact.url"))
        }
        hub.members = reader.list(map["members"], path: "members", itemName: "organisations")
            .enumerated().compactMap { index, node in member(node, path: "members[\(index)]", reader: &reader) }
        hub.meetings = reader.list(map["meetings"], path: "meetings", itemName: "meetings")
            .enumerated().compactMap { index, node in meeting(node, index: index, reader: &reader) }
        if let node = map["action_plan"] {
            hub.actionPlan = actionPlan(node, reader: &reader)
        }
        hub.termsOfReference = reader.string(map["terms_of_reference"], path: "terms_of_reference")
        hub.distributionList = reader.integer(map["distribution_list"], path: "distribution_list")
        hub.hubLeadsMeetingsAttended = reader.integer(map["hub_leads_meetings_attended"], path: "hub_leads_meetings_attended", range: 0...100)
        hub.toolkit = reader.string(map["toolkit"], path: "toolkit")
        hub.translationsRequired = translationsRequired(map["translations"], reader: &reader)
        hub.fields = reader.fields
        return hub
    }

    static func organisation(_ node: Node, path: String, reader: inout FieldReader) -> Organisation? {
        guard let map = reader.mapping(node, path: path, allowed: organisationKeys, what: "an organisation (name, logo, logo_alt, url)") else { return nil }
        return Organisation(name: reader.string(map["name"], path: path + ".name") ?? "",
                            logo: reader.string(map["logo"], path: path + ".logo"),
                            logoAlt: reader.string(map["logo_alt"], path: path + ".logo_alt"),
                            url: reader.string(map["url"], path: path + ".url"))
    }

    static func lead(_ node: Node, path: String, reader: inout FieldReader) -> Lead? {
        guard let map = reader.mapping(node, path: path, allowed: leadKeys, what: "a person (name, role, …)") else { return nil }
        return Lead(name: reader.string(map["name"], path: path + ".name") ?? "",
                    role: reader.string(map["role"], path: path + ".role") ?? "",
                    jobTitle: reader.string(map["job_title"], path: path + ".job_title"),
                    organisation: reader.string(map["organisation"], path: path + ".organisation"),
                    email: reader.string(map["email"], path: path + ".email"),
                    phone: reader.string(map["phone"], path: path + ".phone"))
    }

    static func member(_ node: Node, path: String, reader: inout FieldReader) -> Member? {
        guard let map = reader.mapping(node, path: path, allowed: memberKeys, what: "a member organisation (name, type)") else { return nil }
        let name = reader.string(map["name"], path: path + ".name")
        let type = reader.choice(map["type"], path: path + ".type", as: MemberType.self)
        if map["type"] == nil {
            reader.report("Member '\(name ?? "?")' has no 'type'.", at: reader.fields.location(of: path),
                          hint: "Add 'type:' with one of: \(MemberType.allCases.map(\.rawValue).joined(separator: ", ")).")
        }
        guard let name, let type else { return nil }
        return Member(name: name, type: type)
    }

    static func meeting(_ node: Node, index: Int, reader: inout FieldReader) -> Meeting? {
        let path = "meetings[\(index)]"
        guard let map = reader.mapping(node, path: path, allowed: meetingKeys, what: "a meeting (date, start, end, …)") else { return nil }
        let date = reader.date(map["date"], path: path + ".date")
        let start = reader.time(map["start"], path: path + ".start")
        let end = reader.time(map["end"], path: path + ".end")
        if map["date"] == nil {
            reader.report("Meeting \(index + 1) has no 'date'.", at: reader.fields.location(of: path),
                          hint: "Add 'date: YYYY-MM-DD' to the meeting.")
        }
        guard let date else { return nil }
        return Meeting(date: date, start: start, end: end,
                       title: reader.string(map["title"], path: path + ".title"),
                       location: reader.string(map["location"], path: path + ".location"),
                       online: reader.bool(map["online"], path: path + ".online") ?? false,
                       agendaURL: reader.string(map["agenda_url"], path: path + ".agenda_url"),
                       minutesURL: reader.string(map["minutes_url"], path: path + ".minutes_url"),
                       attendance: reader.integer(map["attendance"], path: path + ".attendance", range: 0...100_000),
                       index: index)
    }

    static func actionPlan(_ node: Node, reader: inout FieldReader) -> ActionPlan? {
        guard let map = reader.mapping(node, path: "action_plan", allowed: actionPlanKeys, what: "an action plan (reviewed, actions)") else { return nil }
        let reviewed = reader.date(map["reviewed"], path: "action_plan.reviewed")
        let actions = reader.list(map["actions"], path: "action_plan.actions", itemName: "actions")
            .enumerated().compactMap { index, node -> PlannedAction? in
                let path = "action_plan.actions[\(index)]"
                guard let fields = reader.mapping(node, path: path, allowed: actionKeys, what: "an action (action, lead, due, status)") else { return nil }
                return PlannedAction(action: reader.string(fields["action"], path: path + ".action") ?? "",
                                     lead: reader.string(fields["lead"], path: path + ".lead"),
                                     due: reader.date(fields["due"], path: path + ".due"),
                                     status: reader.choice(fields["status"], path: path + ".status", as: ActionStatus.self),
                                     aim: reader.string(fields["aim"], path: path + ".aim"),
                                     index: index)
            }
        return ActionPlan(reviewed: reviewed, actions: actions)
    }

    /// `translations: required | optional`; nil when not written.
    static func translationsRequired(_ node: Node?, reader: inout FieldReader) -> Bool? {
        enum Choice: String, CaseIterable { case required, optional }
        return reader.choice(node, path: "translations", as: Choice.self).map { $0 == .required }
    }
}
