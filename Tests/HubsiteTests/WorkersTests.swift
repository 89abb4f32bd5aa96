import Foundation
import Testing
import HubParallel
import HubBuild

@Suite struct WorkersTests {
    /// Results come back in the items' order, however the threads took them, with any count.
    @Test(arguments: [1, 2, 7])
    func mapKeepsTheOrder(threads: Int) {
        let items = Array(0..<5_000)
        #expect(Workers(count: threads).map(items) { $0 * 3 } == items.map { $0 * 3 })
    }

    /// With two threads both pieces of work run at once: each waits (ten seconds at most,
    /// since tests running alongside may keep the other thread busy) for the other to have
    /// started, and each that saw the other started before it finished proves they overlapped.
    /// With one thread they run one after the other, so only the second sees the first.
    @Test(arguments: [(1, 1), (2, 2)])
    func bothRunsTwoThingsSideBySideOnlyWithTwoThreads(threads: Int, overlapping: Int) {
        let started = ChangeCounter(), overlapped = ChangeCounter()
        func work(_ value: Int) -> Int {
            started.add()
            let deadline = Date().addingTimeInterval(threads == 1 ? 0.2 : 10)
            while started.count < 2, Date() < deadline { usleep(1_000) }
            if started.count == 2 { overlapped.add() }
            return value
        }
        let (a, b) = Workers(count: threads).both({ "first \(work(1))" }, { work(2) })
        #expect(a == "first 1" && b == 2)
        #expect(started.count == 2)
        #expect(overlapped.count == overlapping)
    }

    /// `HUBSITE_THREADS` is read from the environment the command line passes, and only a whole
    /// number of at least 1 counts.
    @Test func threadsComeFromTheGivenEnvironment() {
        #expect(Workers(environment: ["HUBSITE_THREADS": "1"]).count == 1)
        #expect(Workers(environment: ["HUBSITE_THREADS": "3"]).count == 3)
        for ignored in ["0", "-2", "many", ""] {
            #expect(Workers(environment: ["HUBSITE_THREADS": ignored]) == .allCores)
        }
        #expect(Workers(environment: [:]) == .allCores)
    }

    /// `HUBSITE_THREADS` reaches the build through the environment the command line passes.
    @Test func theThreadCountComesFromTheOptionsEnvironment() {
        #expect(BuildOptions(source: URL(fileURLWithPath: "/tmp"), environment: ["HUBSITE_THREADS": "1"]).workers.count == 1)
        #expect(BuildOptions(source: URL(fileURLWithPath: "/tmp"), environment: [:]).workers == .allCores)
    }
}
