import Testing
import HubParallel

/// What a fragment store keeps from one rebuild to the next: a piece is reused only while it is
/// made from the same value, and `prune()` drops the pieces a rebuild did not use (what
/// `hubsite serve` does once the preview is up), leaving those a later rebuild used.
@Suite struct FragmentStoreTests {
    /// Each call's `make` records that it ran.
    final class Made: @unchecked Sendable {
        var names: [String] = []
    }

    static func value(_ store: FragmentStore<String, Int, String>, _ key: String, from source: Int, _ made: Made) -> String {
        store.value(key, from: source) {
            made.names.append(key)
            return "\(key)@\(source)"
        }
    }

    @Test func aPieceIsKeptWhileItsSourceIsTheSame() {
        let store = FragmentStore<String, Int, String>(), made = Made()
        #expect(Self.value(store, "a", from: 1, made) == "a@1")
        let next = store.advanced()
        #expect(Self.value(next, "a", from: 1, made) == "a@1")
        #expect(Self.value(next, "a", from: 2, made) == "a@2")
        #expect(made.names == ["a", "a"])
    }

    @Test func pruningDropsWhatTheRebuildDidNotUse() {
        let first = FragmentStore<String, Int, String>(), made = Made()
        _ = Self.value(first, "used", from: 0, made)
        _ = Self.value(first, "unused", from: 0, made)
        first.prune()
        let second = first.advanced()
        _ = Self.value(second, "used", from: 0, made)
        second.prune()
        let third = second.advanced()
        _ = Self.value(third, "used", from: 0, made)
        _ = Self.value(third, "unused", from: 0, made)
        #expect(made.names == ["used", "unused", "unused"])
    }

    /// `advanced()` keeps every piece for the next rebuild; `prune()` on the finished rebuild's
    /// store then drops what neither it nor the next rebuild used, and keeps the rest.
    @Test func pruningLaterDropsOnlyWhatNoRebuildSinceUsed() {
        let first = FragmentStore<String, Int, String>(), made = Made()
        for key in ["kept", "unused", "usedLater"] { _ = Self.value(first, key, from: 0, made) }
        let second = first.advanced()
        _ = Self.value(second, "kept", from: 0, made)
        let third = second.advanced()
        _ = Self.value(third, "usedLater", from: 0, made)
        // The finished rebuild (second) is pruned while the third is under way.
        second.prune()
        for key in ["kept", "unused", "usedLater"] { _ = Self.value(third, key, from: 0, made) }
        #expect(made.names == ["kept", "unused", "usedLater", "unused"])
    }
}
