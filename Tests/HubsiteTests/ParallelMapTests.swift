import Foundation
import Testing
import HubParallel

@Suite struct ParallelMapTests {
    /// Results come back in the items' order, however the threads took them.
    @Test func mapKeepsTheOrder() {
        let items = Array(0..<5_000)
        #expect(ParallelMap.map(items) { $0 * 3 } == items.map { $0 * 3 })
    }

    /// Both pieces of work run, each result in its own place, and with more than one thread
    /// they overlap: each waits (ten seconds at most, since tests running alongside may keep
    /// the other thread busy) for the other to have started, and one that saw the other
    /// started before it finished proves they ran side by side.
    @Test func bothRunsTwoThingsSideBySide() {
        let started = ChangeCounter(), overlapped = ChangeCounter()
        func work(_ value: Int) -> Int {
            started.add()
            let deadline = Date().addingTimeInterval(10)
            while started.count < 2, Date() < deadline { usleep(1_000) }
            if started.count == 2 { overlapped.add() }
            return value
        }
        let (a, b) = ParallelMap.both({ "first \(work(1))" }, { work(2) })
        #expect(a == "first 1" && b == 2)
        #expect(started.count == 2)
        if ParallelMap.threads > 1 {
            #expect(overlapped.count == 2, "each saw the other running")
        } else {
            #expect(overlapped.count == 1, "one thread runs them one after the other")
        }
    }
}
