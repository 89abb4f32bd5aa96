import HubModel

/// How a piece of output made from one event (its VEVENT, its Atom entry, its card on a page)
/// is obtained. A one-off build makes each event's VEVENT once for all its feeds and the rest
/// afresh (`BuildPieces`); `hubsite serve` passes one that may hand back the same piece made in
/// the rebuild before. The writers only ask for pieces: what is kept, and for how long, is the
/// business of the build pipeline and the rebuild layer.
public struct EventPieces: Sendable {
    /// Which piece of an event.
    public enum Kind: Hashable, Sendable {
        case vevent
        case atomEntry
        /// The event's card on a page whose way back to the root is `root`.
        case card(root: String)
        /// The event's card with a mark where the page's way back to the root goes: every
        /// page's card is made from it by putting its own `root` in (see `EventCards`).
        case cardText
    }

    /// `settings` covers everything besides the event that the piece shows (time zone, site
    /// address, build stamp); `make` makes the piece.
    public typealias Obtain = @Sendable (_ event: CalendarEvent, _ kind: Kind, _ settings: Int, _ make: () -> String) -> String
    /// A list's cards one after another, on a page whose way back to the root is `root`: the
    /// events by position, and `make` joins their cards.
    public typealias ObtainCards = @Sendable (_ count: Int, _ event: (Int) -> CalendarEvent, _ root: String, _ make: () -> String) -> String
    private let obtain: Obtain
    private let obtainCards: ObtainCards

    /// - Parameter cards: how a list's joined cards are obtained; by default, joined from
    ///   each card's piece.
    public init(_ obtain: @escaping Obtain, cards: @escaping ObtainCards = { _, _, _, make in make() }) {
        self.obtain = obtain
        self.obtainCards = cards
    }

    /// Every piece made afresh.
    public static let fresh = EventPieces { _, _, _, make in make() }

    public func text(for event: CalendarEvent, _ kind: Kind, settings: Int, make: () -> String) -> String {
        obtain(event, kind, settings, make)
    }

    /// The cards of `count` events (`event(i)`) on a page whose way back to the root is
    /// `root`, joined: `hubsite serve` hands back the joined text of a list none of whose
    /// cards changed, instead of looking each card up again.
    public func cards(count: Int, event: (Int) -> CalendarEvent, root: String, make: () -> String) -> String {
        obtainCards(count, event, root, make)
    }
}
