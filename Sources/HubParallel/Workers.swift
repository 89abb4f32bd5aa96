import Foundation
import Synchronization

/// How many threads a build's parallel steps use, and the order-preserving parallel map they
/// share; results are identical to a serial map whatever the count.
///
/// A value the command line makes once (from `HUBSITE_THREADS`, through `BuildOptions`) and the
/// steps are given, so the library reads no environment of its own.
public struct Workers: Sendable, Equatable {
    /// At least 1; 1 makes every step serial (the benchmark proves parallel output
    /// byte-identical that way).
    public let count: Int

    public init(count: Int) { self.count = max(1, count) }

    /// One thread per core.
    public static var allCores: Workers { Workers(count: ProcessInfo.processInfo.activeProcessorCount) }

    /// `HUBSITE_THREADS` when it is a whole number of at least 1, else one per core.
    public init(environment: [String: String]) {
        if let value = environment["HUBSITE_THREADS"], let count = Int(value), count >= 1 { self.init(count: count) }
        else { self = .allCores }
    }

    public func map<T, R: Sendable>(_ items: [T], _ transform: (T) -> R) -> [R] {
        if items.count < 2 || count == 1 { return items.map(transform) }
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
                DispatchQueue.concurrentPerform(iterations: min(self.count, count)) { _ in
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
    public func both<A: Sendable, B: Sendable>(_ first: () -> A, _ second: () -> B) -> (A, B) {
        let results = map([true, false]) { isFirst in isFirst ? Either<A, B>.first(first()) : .second(second()) }
        guard case .first(let a) = results[0], case .second(let b) = results[1] else { fatalError("Workers.map keeps the order") }
        return (a, b)
    }

    private enum Either<A: Sendable, B: Sendable>: Sendable {
        case first(A)
        case second(B)
    }
}
