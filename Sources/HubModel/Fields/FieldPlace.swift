/// Where a field's value shows, for the field reference: a reader of docs/content.md sees what
/// writing the field changes without reading templates.
public enum FieldPlace: String, Sendable, CaseIterable {
    case hubPage = "hub page"
    case hubCard = "hub lists"
    case opportunityPage = "opportunity page"
    case eventCard = "event cards"
    case calendar = "calendars and feeds"
    case report = "Healthy Hub report"
    case activityPage = "activity page"
    case activityList = "activity lists and feeds"
    case checks = "checks only"
}
