import HubModel

/// Where the event collector gets the events of one content file (an opportunity's, a hub's
/// meetings): made afresh, or, in `hubsite serve`, kept from the last rebuild while the file
/// and what the events are made with besides it are the same. The collector gives, with the
/// file, a print of what it reads besides the file (the date); whoever keeps events tells the
/// file itself apart, and the settings it was read with (serve, by its stamp: making 14,000
/// events again after each save was most of a rebuild's planning).
public struct FileEvents: Sendable {
    /// `file` is the content file's path; `context` the print of what its events are made
    /// with besides it; `make` makes them.
    public let events: @Sendable (_ file: String, _ context: Int, _ make: () -> [CalendarEvent]) -> [CalendarEvent]

    public init(_ events: @escaping @Sendable (_ file: String, _ context: Int, _ make: () -> [CalendarEvent]) -> [CalendarEvent]) {
        self.events = events
    }

    /// Every file's events made afresh.
    public static let fresh = FileEvents { _, _, make in make() }
}
