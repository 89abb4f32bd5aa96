/// `nav`: which part of the site a page belongs to, for `aria-current` in the header.
public struct NavState: TemplateValue {
    public enum Section: String, Sendable { case hubs, calendar, activities, health, none }
    public var section: Section

    public static let variables = VariableTable<Self>("nav", [
        .flag("hubs", "true on hub pages and the index (for `aria-current`)") { $0.section == .hubs },
        .flag("calendar", "true on calendar and opportunity pages") { $0.section == .calendar },
        .flag("health", "true on the Healthy Hub report") { $0.section == .health },
        .flag("activities", "true on the activities pages") { $0.section == .activities },
    ])
}
