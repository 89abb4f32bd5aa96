import Foundation
import HubModel
import HubRender

/// Writes many files at once across the cores.
enum ParallelWrite {
    static func write(_ files: [OutputFile], into folder: URL) throws {
        let errors: [String?] = ParallelMap.map(files) { file in
            let url = folder.appendingPathComponent(file.path)
            return FileManager.default.createFile(atPath: url.path, contents: file.data) ? nil : file.path
        }
        if let failed = errors.compactMap({ $0 }).first {
            throw BuildError.outputNotWritable(folder.appendingPathComponent(failed).path, "the file could not be created")
        }
    }
}
