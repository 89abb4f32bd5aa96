import HubCalendar

/// A piece made from one event, as kept between rebuilds: which piece, under which settings,
/// of which event as it is now. It is a print of the three, as a planned file's fingerprint
/// is: the event's print covers its id and its content, so two events, or two versions of one
/// event, have different keys. Comparing prints instead of ids (a calendar page looks up
/// thousands of pieces) was a third of the pieces' cost in a one-file rebuild.
struct PieceKey: Hashable, Sendable {
    private let print: Int

    init(kind: EventPieces.Kind, settings: Int, eventPrint: Int) {
        var hasher = Hasher()
        hasher.combine(kind)
        hasher.combine(settings)
        hasher.combine(eventPrint)
        print = hasher.finalize()
    }
}
