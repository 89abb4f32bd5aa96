import Foundation
import HubModel
import HubRender
#if canImport(Glibc)
import Glibc
#endif

/// Writes many files at once across the cores, with plain POSIX writes: the files go into a
/// staging folder that is swapped in whole, so each file needs neither its own temporary copy
/// nor an fsync (Foundation's createFile does both, and that was a tenth of a large build).
enum ParallelWrite {
    static func write(_ files: [OutputFile], into folder: URL) throws {
        let base = folder.path
        let errors: [String?] = ParallelMap.map(files) { file in
            Self.write(file.data, to: base + "/" + file.path) ? nil : file.path
        }
        if let failed = errors.compactMap({ $0 }).first {
            throw BuildError.outputNotWritable(folder.appendingPathComponent(failed).path, "the file could not be created")
        }
    }

    static func write(_ data: Data, to path: String) -> Bool {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        return data.withUnsafeBytes { buffer -> Bool in
            var offset = 0
            while offset < buffer.count {
                let written = Glibc.write(fd, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    return false
                }
                offset += written
            }
            return true
        }
    }
}
