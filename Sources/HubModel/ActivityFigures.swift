/// What an activity reached, as the hub counted it: the figures the real hubs' write-ups give
/// ("27 schools", "35 across the year").
public struct ActivityFigures: Hashable, Sendable {
    /// People who took part or were reached.
    public var people: Int?
    public var schools: Int?
    /// Other settings: colleges, nurseries, youth groups.
    public var settings: Int?

    public init(people: Int? = nil, schools: Int? = nil, settings: Int? = nil) {
        self.people = people
        self.schools = schools
        self.settings = settings
    }

    public var isEmpty: Bool { people == nil && schools == nil && settings == nil }
}
