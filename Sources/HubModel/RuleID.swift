/// The id of every rule in the catalogue (seeds/rules.yml), in one place: the rules, the
/// loader's own diagnostics and the Healthy Hub report name rules by these. The catalogue
/// test checks that this list, the catalogue and the implementations agree.
public enum RuleID {
    public static let introduction = "introduction"
    public static let leads = "leads"
    public static let contacts = "contacts"
    public static let logo = "logo"
    public static let actionPlan = "action-plan"
    public static let meetings = "meetings"
    public static let upToDate = "up-to-date"
    public static let membership = "membership"
    public static let frontMatter = "front-matter"
    public static let opportunity = "opportunity"
    public static let links = "links"
    public static let translation = "translation"
    public static let externalLinks = "external-links"
    /// Templates and word files that cannot render a page (HubRender's template check).
    public static let template = "template"
    /// Subscribed calendars keep each event once (a site id, meetings that moved).
    public static let calendar = "calendar"
    /// How people join the hub, where the page says (`get_involved`).
    public static let getInvolved = "get-involved"
    /// The local picture's figures, each with a source (`local_picture`).
    public static let localPicture = "local-picture"
    /// The files a hub page offers to download (`resources`).
    public static let resources = "resources"
    /// What the hubs have done (`content/activities/`, an opportunity's `activity:`).
    public static let activity = "activity"
    /// Where an event is (`venue`) and how to join it online (`join_url`).
    public static let venue = "venue"
    /// The accessibility statement's contact and dates (`accessibility` in hubsite.yml).
    public static let accessibilityStatement = "accessibility-statement"

    public static let all = [introduction, leads, contacts, logo, actionPlan, meetings, upToDate, membership,
                             frontMatter, opportunity, links, translation, externalLinks, template, calendar, getInvolved, localPicture, resources, activity, venue, accessibilityStatement]

    /// The rules whose problems make a hub's webpage not "easily accessible" (003).
    public static let webpage: Set<String> = [introduction, leads, contacts, logo, actionPlan, meetings, upToDate, frontMatter, translation, externalLinks]
}
