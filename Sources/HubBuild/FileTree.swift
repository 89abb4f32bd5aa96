import CAtomicSwap
import Foundation
import HubModel
import HubParallel
import HubRender
#if canImport(Glibc)
import Glibc
#endif

/// Fast file and folder work for the site writer: Foundation's createDirectory and removeItem
/// stat and re-check every path component, which made them a third of a large build, and its
/// createFile writes a temporary copy and fsyncs each file, another tenth.
public enum FileTree {
    /// Writes `data` to `relative` under `base`, creating folders as needed, and replacing
    /// whatever of the wrong kind an earlier build left in the way (a file where a folder
    /// goes, a folder or link where the file goes). Plain POSIX writes, no fsync: the files go
    /// into a staging copy that is swapped in whole.
    public static func put(_ data: Data, at relative: String, in base: String) -> Bool {
        put(OutputFile(path: relative, data: data), in: base)
    }

    /// Writes a rendered file under `base`, piece by piece, as `put(_:at:in:)` does.
    public static func put(_ file: OutputFile, in base: String) -> Bool {
        let relative = file.path
        let path = base + "/" + relative
        if write(file, to: path) { return true }
        var folder = base
        for component in relative.split(separator: "/").dropLast() {
            folder += "/" + component
            var info = stat()
            if lstat(folder, &info) == 0 {
                if info.st_mode & S_IFMT == S_IFDIR { continue }
                hubsite_remove_tree(folder)
            }
            if mkdir(folder, 0o755) != 0, errno != EEXIST { return false }
        }
        var info = stat()
        if lstat(path, &info) == 0, info.st_mode & S_IFMT != S_IFREG { hubsite_remove_tree(path) }
        return write(file, to: path)
    }

    /// Creates `folders` (relative to `base`, each with all its parents listed too) before the
    /// files are written. Level by level, and each parent's new folders from one thread:
    /// creating entries in one folder from two threads at once made the kernel spin on that
    /// folder's lock (`rwsem_spin_on_owner`, 15 % of a large build's samples).
    public static func makeFolders(_ folders: Set<String>, in base: String, workers: Workers = .allCores) {
        var levels: [Int: [String: [String]]] = [:]
        for folder in folders {
            let depth = folder.split(separator: "/").count
            let parent = (folder as NSString).deletingLastPathComponent
            levels[depth, default: [:]][parent, default: []].append(folder)
        }
        for depth in levels.keys.sorted() {
            let groups = levels[depth]!.values.sorted { $0.count > $1.count }
            _ = workers.map(groups) { group -> Int in
                for folder in group { _ = mkdir(base + "/" + folder, 0o755) }
                return group.count
            }
        }
    }

    /// One file, written whole; a link in the file's place is not followed (the write fails).
    /// A file made of small pieces (a feed, one event at a time) is gathered into writes of up
    /// to `chunk` bytes rather than one system call per piece; a large piece (a page) is written
    /// as it is, without a copy.
    static func write(_ file: OutputFile, to path: String) -> Bool {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC | O_NOFOLLOW, 0o644)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        let chunk = 1 << 16
        var pending: [UInt8] = []
        func writeAll(_ buffer: UnsafeRawBufferPointer) -> Bool {
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
        func flush() -> Bool {
            defer { pending.removeAll(keepingCapacity: true) }
            return pending.isEmpty || pending.withUnsafeBytes(writeAll)
        }
        let wrote = file.withEachPiece { buffer -> Bool in
            guard buffer.count > 0 else { return true }
            if buffer.count < 8192, pending.count + buffer.count <= chunk {
                if pending.capacity == 0 { pending.reserveCapacity(chunk) }
                pending.append(contentsOf: buffer)
                return true
            }
            return flush() && writeAll(buffer)
        }
        return wrote && flush()
    }

    /// Removes every link and special file under `root`, so that writing into a reused staging
    /// copy never follows a link out of it.
    static func removeLinks(_ root: URL) {
        walk(root) { _, absolute, info in
            switch info.st_mode & S_IFMT {
            case S_IFDIR: return true
            case S_IFREG: return false
            default:
                unlink(absolute)
                return false
            }
        }
    }

    /// Removes from `root` every file not in `keepingFiles` and every folder not in `folders` (or
    /// above one), and anything whose kind is wrong: what a previous build made that this one
    /// does not.
    static func prune(_ root: URL, keepingFiles files: Set<String>, folders: Set<String>) {
        var keptFolders: Set<String> = []
        for folder in folders {
            var path = folder
            while !path.isEmpty, keptFolders.insert(path).inserted {
                path = (path as NSString).deletingLastPathComponent
            }
        }
        walk(root) { relative, absolute, info in
            let kind = info.st_mode & S_IFMT
            if kind == S_IFDIR, keptFolders.contains(relative) { return true }
            if kind == S_IFREG, files.contains(relative) { return false }
            hubsite_remove_tree(absolute)
            return false
        }
    }

    /// Visits every entry under `root` without following links, giving its path relative to
    /// `root`, its absolute path and its `lstat`; `visit` returns whether to go into a folder.
    private static func walk(_ root: URL, visit: (_ relative: String, _ absolute: String, _ info: stat) -> Bool) {
        func walk(_ relative: String) {
            let folder = relative.isEmpty ? root.path : root.path + "/" + relative
            for name in (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [] {
                let path = relative.isEmpty ? name : relative + "/" + name
                var info = stat()
                guard lstat(folder + "/" + name, &info) == 0 else { continue }
                if visit(path, folder + "/" + name, info) { walk(path) }
            }
        }
        walk("")
    }

    /// Removes a folder and everything in it: its top-level entries in parallel, each depth-first
    /// with nftw (links are removed, never followed).
    static func remove(_ folder: URL, workers: Workers = .allCores) {
        let path = folder.path
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
        _ = workers.map(entries) { name -> Int32 in
            hubsite_remove_tree(path + "/" + name)
        }
        rmdir(path)
    }
}
