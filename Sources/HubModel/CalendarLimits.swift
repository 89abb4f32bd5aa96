/// Bounds on the work one event can cause, so that a mistyped year (`end: 2207-03-10` for 2027)
/// cannot make a build write two thousand month pages or a check run for minutes: the rules
/// report what is past a bound, and the calendar leaves it out.
public enum CalendarLimits {
    /// The most days an event's last day may be after its first: a longer one is a mistake
    /// (the `opportunity` rule says so) and the calendar drops its end.
    public static let maxDays = 366
}
