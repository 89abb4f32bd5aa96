import HubCalendar

/// A piece made from one event, as kept between rebuilds: which piece, under which settings.
struct PieceKey: Hashable, Sendable {
    let kind: EventPieces.Kind
    let settings: Int
    let id: String
    /// Worked out once, from the kind, the settings and the event's fingerprint (which covers
    /// its id): the store hashes a key twice (for its shard and its table), and hashing each of
    /// a calendar page's thousands of ids each time was a tenth of a one-file rebuild.
    private let hash: Int

    init(kind: EventPieces.Kind, settings: Int, id: String, eventPrint: Int) {
        self.kind = kind
        self.settings = settings
        self.id = id
        var hasher = Hasher()
        hasher.combine(kind)
        hasher.combine(settings)
        hasher.combine(eventPrint)
        hash = hasher.finalize()
    }

    static func == (left: PieceKey, right: PieceKey) -> Bool {
        left.hash == right.hash && left.settings == right.settings && left.kind == right.kind && left.id == right.id
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(hash)
    }
}
