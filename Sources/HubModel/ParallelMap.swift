import Foundation

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
        let chunk = max(1, count / (threads * 8))
        let chunks = (count + chunk - 1) / chunk
        withoutActuallyEscaping(transform) { transform in
            nonisolated(unsafe) let transform = transform
            nonisolated(unsafe) let results = results
            items.withUnsafeBufferPointer { buffer in
                nonisolated(unsafe) let buffer = buffer
                DispatchQueue.concurrentPerform(iterations: chunks) { c in
                    let lower = c * chunk
                    let upper = min(count, lower + chunk)
                    for i in lower..<upper { results[i] = transform(buffer[i]) }
                }
            }
        }
        return results.map { $0! }
    }
}
