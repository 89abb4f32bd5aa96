import Foundation
import HubParallel
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

    /// The threads that make folders and remove old trees side by side.
    public let workers: Workers

    public init(output: URL, workers: Workers = .allCores) {
        self.output = output.standardizedFileURL
        self.workers = workers
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
    public static func isSafe(_ path: String) -> Bool {
        // One pass over the bytes, each name between slashes checked as it ends: splitting
        // each of a large site's 20,000 paths into substrings was 1 % of a build.
        var path = path
        return path.withUTF8 { bytes in
            var start = 0
            for index in 0...bytes.count {
                let byte: UInt8 = index < bytes.count ? bytes[index] : UInt8(ascii: "/")
                if byte == UInt8(ascii: "\\") || byte == 0 { return false }
                guard byte == UInt8(ascii: "/") else { continue }
                let length = index - start
                // An empty name (a leading, doubled or trailing slash, or no path), "." or "..".
                if length == 0 || (bytes[start] == UInt8(ascii: ".") && (length == 1 || (length == 2 && bytes[start + 1] == UInt8(ascii: "."))))
                { return false }
                start = index + 1
            }
            return true
        }
    }

    /// The second copy of the site, beside it: each build overwrites it in place and then
    /// exchanges it with the live site, so the live site is always complete, and a build reuses
    /// the previous build's files instead of deleting and re-creating tens of thousands of them
    /// (on ext4, creating files just after deleting as many is most of a large build's time).
    var staging: URL {
        output.deletingLastPathComponent().appendingPathComponent(".\(output.lastPathComponent).build")
    }

    /// Writes a site into the staging copy while it is rendered, then swaps it in. `render` gets
    /// a function that puts one job's files into the staging copy (it is called from every
    /// rendering thread at once) and returns what it returned, so no page is held in memory
    /// after it is written. Then the assets (source URL → relative path) are copied, whatever
    /// an earlier build left that this one did not make is removed, and the staging copy is
    /// exchanged with the output. Any failure leaves the live site as it was.
    /// - Returns: the number of files written, assets included.
    /// - Parameter folders: the folders the rendered files go into, made before rendering starts.
    /// - Parameter complete: called with the staging copy once it holds the whole site, just
    ///   before the swap (Pagefind indexes it there, so the live site always has the index
    ///   that matches its pages).
    public func write(assets: [(URL, String)], folders: Set<String> = [], render: (_ stage: ([OutputFile]) -> StagedFiles) -> [StagedFiles],
                      complete: (URL) -> Void = { _ in }) throws -> Int {
        let parent = output.deletingLastPathComponent()
        let staging = self.staging
        removeLeftovers(in: parent)
        do {
            var isDirectory: ObjCBool = false
            // A staging copy left by the previous build is written over, and what that build
            // made and this one does not is pruned afterwards; a new one holds only this build's.
            var reused = false
            if FileManager.default.fileExists(atPath: staging.path, isDirectory: &isDirectory) {
                reused = isDirectory.boolValue
                if reused { FileTree.removeLinks(staging) } else { FileTree.remove(staging, workers: workers) }
            }
            if mkdir(staging.path, 0o755) != 0, errno != EEXIST {
                throw BuildError.outputNotWritable(staging.path, String(cString: strerror(errno)))
            }
            let base = staging.path
            FileTree.makeFolders(folders, in: base, workers: workers)
            let staged = render { files in StagedFiles.put(files, into: base) }
            if let failure = staged.lazy.compactMap(\.failure).first { throw failure }
            var expected: Set<String> = []
            for (source, path) in assets {
                guard Self.isSafe(path) else { throw BuildError.unsafeOutputPath(path) }
                guard let data = FileManager.default.contents(atPath: source.path), FileTree.put(data, at: path, in: base) else {
                    throw BuildError.outputNotWritable(staging.appendingPathComponent(path).path, "the file could not be copied")
                }
            }
            for path in staged.lazy.flatMap(\.paths) + assets.map(\.1) { expected.insert(path) }
            if reused {
                let folders = Set(expected.map { ($0 as NSString).deletingLastPathComponent }.filter { !$0.isEmpty })
                FileTree.prune(staging, keepingFiles: expected, folders: folders)
            }
            complete(staging)
            try swap(staging)
            return expected.count
        } catch {
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
            FileTree.remove(parent.appendingPathComponent(name), workers: workers)
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
                return // the previous site is now the staging copy for the next build
            }
            let old = output.deletingLastPathComponent().appendingPathComponent(".\(output.lastPathComponent).old-\(getpid())")
            FileTree.remove(old, workers: workers)
            try manager.moveItem(at: output, to: old)
            do {
                try manager.moveItem(at: staging, to: output)
            } catch {
                try? manager.moveItem(at: old, to: output)
                throw error
            }
            FileTree.remove(old, workers: workers)
        } else {
            try manager.moveItem(at: staging, to: output)
        }
    }

    private func exchange(_ a: String, _ b: String) -> Bool {
        hubsite_exchange_paths(a, b) == 0
    }
}
