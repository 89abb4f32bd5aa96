import Foundation
import CAtomicSwap
import HubRender
#if canImport(Glibc)
import Glibc
#endif

/// Writes a complete site into a temporary folder beside the output and swaps it into place
/// only when everything is written, so a failed or killed build leaves the previous site
/// intact. Nothing is written outside the output folder.
public struct SiteWriter: Sendable {
    public let output: URL

    public init(output: URL) {
        self.output = output.standardizedFileURL
    }

    /// Holds an exclusive lock beside the output for the duration of `body`.
    public func withLock<T>(_ body: () throws -> T) throws -> T {
        let parent = output.deletingLastPathComponent()
        try FileManager.default.createDirectory(at: parent, withIntermediateDirectories: true)
        let lockPath = parent.appendingPathComponent(".\(output.lastPathComponent).lock").path
        let fd = open(lockPath, O_CREAT | O_RDWR | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw BuildError.outputNotWritable(parent.path, String(cString: strerror(errno))) }
        defer { close(fd) }
        guard flock(fd, LOCK_EX | LOCK_NB) == 0 else { throw BuildError.locked(output.path) }
        defer { flock(fd, LOCK_UN) }
        return try body()
    }

    /// Checks a relative output path: no absolute paths, no `..`, nothing empty.
    static func isSafe(_ path: String) -> Bool {
        !path.isEmpty && !path.hasPrefix("/") && !path.contains("\\") && !path.contains("\0")
            && !path.split(separator: "/", omittingEmptySubsequences: false).contains(where: { $0 == ".." || $0 == "." || $0.isEmpty })
    }

    /// Writes the files and copies the assets (source URL → relative path) into a new folder,
    /// then swaps it with the current output.
    public func write(_ files: [OutputFile], assets: [(URL, String)]) throws {
        let manager = FileManager.default
        let parent = output.deletingLastPathComponent()
        let staging = parent.appendingPathComponent(".\(output.lastPathComponent).new-\(getpid())")
        removeLeftovers(in: parent)
        do {
            try manager.createDirectory(at: staging, withIntermediateDirectories: true)
            var folders: Set<String> = []
            for path in files.map(\.path) + assets.map(\.1) {
                guard Self.isSafe(path) else { throw BuildError.unsafeOutputPath(path) }
                let folder = (path as NSString).deletingLastPathComponent
                if !folder.isEmpty { folders.insert(folder) }
            }
            for folder in folders.sorted() {
                try manager.createDirectory(at: staging.appendingPathComponent(folder), withIntermediateDirectories: true)
            }
            try ParallelWrite.write(files, into: staging)
            for (source, path) in assets {
                try manager.copyItem(at: source, to: staging.appendingPathComponent(path))
            }
            try swap(staging)
        } catch {
            try? manager.removeItem(at: staging)
            if let error = error as? BuildError { throw error }
            throw BuildError.outputNotWritable(output.path, "\(error.localizedDescription)")
        }
    }

    /// Staging and old folders that a killed build left behind (we hold the lock, so no other
    /// build is using them).
    func removeLeftovers(in parent: URL) {
        let prefixes = [".\(output.lastPathComponent).new-", ".\(output.lastPathComponent).old-"]
        for name in (try? FileManager.default.contentsOfDirectory(atPath: parent.path)) ?? []
        where prefixes.contains(where: { name.hasPrefix($0) }) {
            try? FileManager.default.removeItem(at: parent.appendingPathComponent(name))
        }
    }

    /// Puts `staging` where the output is. With an existing output both are exchanged in one
    /// atomic rename (Linux `renameat2(RENAME_EXCHANGE)`), so at every instant the output path
    /// holds a complete site; the old one is then removed.
    func swap(_ staging: URL) throws {
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        if manager.fileExists(atPath: output.path, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else {
                throw BuildError.outputNotWritable(output.path, "it exists and is not a folder")
            }
            if exchange(staging.path, output.path) {
                try? manager.removeItem(at: staging)
                return
            }
            let old = output.deletingLastPathComponent().appendingPathComponent(".\(output.lastPathComponent).old-\(getpid())")
            try? manager.removeItem(at: old)
            try manager.moveItem(at: output, to: old)
            do {
                try manager.moveItem(at: staging, to: output)
            } catch {
                try? manager.moveItem(at: old, to: output)
                throw error
            }
            try? manager.removeItem(at: old)
        } else {
            try manager.moveItem(at: staging, to: output)
        }
    }

    private func exchange(_ a: String, _ b: String) -> Bool {
        hubsite_exchange_paths(a, b) == 0
    }
}
