import Foundation
import Synchronization

/// Order-preserving parallel map over all cores; results are identical to a serial map.
public enum ParallelMap {
    /// Worker count: all cores, or `HUBSITE_THREADS` (1 makes every build single-threaded, which
    /// the benchmark uses to prove parallel output byte-identical).
    public static let threads: Int = {
        if let value = ProcessInfo.processInfo.environment["HUBSITE_THREADS"], let count = Int(value), count >= 1 { return count }
        return ProcessInfo.processInfo.activeProcessorCount
    }()

    public static func map<T, R: Sendable>(_ items: [T], _ transform: (T) -> R) -> [R] {
        if items.count < 2 || threads == 1 { return items.map(transform) }
        let results = UnsafeMutableBufferPointer<R?>.allocate(capacity: items.count)
        results.initialize(repeating: nil)
        defer {
            // Release the results before the memory: without this every result leaked
            // (found by LeakSanitizer while fuzzing).
            _ = results.deinitialize()
            results.deallocate()
        }
        let count = items.count
        // Each worker takes the next item as it finishes one, so a few long items (the
        // calendar pages) run side by side instead of queueing in one fixed chunk; callers
        // put their longest items first.
        let next = Atomic<Int>(0)
        withoutActuallyEscaping(transform) { transform in
            nonisolated(unsafe) let transform = transform
            nonisolated(unsafe) let results = results
            items.withUnsafeBufferPointer { buffer in
                nonisolated(unsafe) let buffer = buffer
                DispatchQueue.concurrentPerform(iterations: min(threads, count)) { _ in
                    while true {
                        let i = next.add(1, ordering: .relaxed).oldValue
                        guard i < count else { return }
                        results[i] = transform(buffer[i])
                    }
                }
            }
        }
        return results.map { $0! }
    }

    /// Runs two pieces of work side by side (one after the other with one thread) and returns
    /// both results. Put the longer first.
    public static func both<A: Sendable, B: Sendable>(_ first: () -> A, _ second: () -> B) -> (A, B) {
        let results = map([true, false]) { isFirst in isFirst ? Either<A, B>.first(first()) : .second(second()) }
        guard case .first(let a) = results[0], case .second(let b) = results[1] else { fatalError("ParallelMap.map keeps the order") }
        return (a, b)
    }

    private enum Either<A: Sendable, B: Sendable>: Sendable {
        case first(A)
        case second(B)
    }
}
