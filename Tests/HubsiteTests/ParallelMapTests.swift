import Foundation
import Testing
import HubParallel

@Suite struct ParallelMapTests {
    /// Results come back in the items' order, however the threads took them.
    @Test func mapKeepsTheOrder() {
        let items = Array(0..<5_000)
        #expect(ParallelMap.map(items) { $0 * 3 } == items.map { $0 * 3 })
    }

    /// Both pieces of work run, each result in its own place. With two threads each waits a
    /// while for the other to start, so that they can overlap; the wait is bounded, because
    /// tests running alongside may keep the other thread busy.
    @Test func bothRunsTwoThingsSideBySide() {
        let started = ChangeCounter()
        func work(_ value: Int) -> Int {
            started.add()
            let deadline = Date().addingTimeInterval(2)
            while ParallelMap.threads > 1, started.count < 2, Date() < deadline { usleep(1_000) }
            return value
        }
        let (a, b) = ParallelMap.both({ "first \(work(1))" }, { work(2) })
        #expect(a == "first 1" && b == 2)
        #expect(started.count == 2)
    }
}
