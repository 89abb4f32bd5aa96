import HubCalendar

/// A piece made from one event, as kept between rebuilds: which piece, under which settings.
struct PieceKey: Hashable, Sendable {
    let kind: EventPieces.Kind
    let settings: Int
    let id: String
}
