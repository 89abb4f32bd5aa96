/// The default theme compiled into the binary (Sources/HubRender/Theme), so `hubsite build`
/// works on a folder with no `templates/`. A file of the same name in the project's
/// `templates/` overrides one of these.
public enum BuiltInTheme {
    /// Template name (file name without `.mustache`) → text. The test suite checks that this
    /// lists every file in Theme/.
    public static let templates: [String: String] = [
        "base": text(PackageResources.base_mustache),
        "header": text(PackageResources.header_mustache),
        "footer": text(PackageResources.footer_mustache),
        "hub-card": text(PackageResources.hub_card_mustache),
        "event-card": text(PackageResources.event_card_mustache),
        "meeting": text(PackageResources.meeting_mustache),
        "index": text(PackageResources.index_mustache),
        "hub": text(PackageResources.hub_mustache),
        "opportunity": text(PackageResources.opportunity_mustache),
        "calendar": text(PackageResources.calendar_mustache),
        "month": text(PackageResources.month_mustache),
        "not-found": text(PackageResources.not_found_mustache),
        "style": text(PackageResources.style_mustache),
        "favicon": text(PackageResources.favicon_mustache),
        "health": text(PackageResources.health_mustache),
        "subscribe": text(PackageResources.subscribe_mustache),
        "search": text(PackageResources.search_mustache),
        "accessibility": text(PackageResources.accessibility_mustache),
        "activity": text(PackageResources.activity_mustache),
        "activities": text(PackageResources.activities_mustache),
    ]

    private static func text(_ bytes: [UInt8]) -> String { String(decoding: bytes, as: UTF8.self) }
}
