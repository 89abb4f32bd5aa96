import CAtomicSwap
import Foundation
import HubModel
#if canImport(Glibc)
import Glibc
#endif

/// Fast folder work for the site writer: Foundation's createDirectory and removeItem stat and
/// re-check every path component, which made them a third of a large build.
enum FileTree {
    /// Creates folders (relative to `root`), parents before children, with plain mkdir calls.
    static func makeFolders(_ folders: Set<String>, in root: URL) throws {
        var all: Set<String> = []
        for folder in folders {
            var path = folder
            while !path.isEmpty, all.insert(path).inserted {
                path = (path as NSString).deletingLastPathComponent
            }
        }
        // Shorter paths first: a parent always sorts before its children.
        for folder in all.sorted(by: { ($0.count, $0) < ($1.count, $1) }) {
            let path = root.path + "/" + folder
            if mkdir(path, 0o755) != 0, errno != EEXIST {
                throw BuildError.outputNotWritable(path, String(cString: strerror(errno)))
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
        func walk(_ relative: String) {
            let absolute = relative.isEmpty ? root.path : root.path + "/" + relative
            for name in (try? FileManager.default.contentsOfDirectory(atPath: absolute)) ?? [] {
                let path = relative.isEmpty ? name : relative + "/" + name
                var info = stat()
                guard lstat(absolute + "/" + name, &info) == 0 else { continue }
                let isFolder = info.st_mode & S_IFMT == S_IFDIR
                if isFolder, keptFolders.contains(path) {
                    walk(path)
                } else if !isFolder, files.contains(path), info.st_mode & S_IFMT == S_IFREG {
                    continue
                } else {
                    hubsite_remove_tree(absolute + "/" + name)
                }
            }
        }
        walk("")
    }

    /// Removes a folder and everything in it: its top-level entries in parallel, each depth-first
    /// with nftw (links are removed, never followed).
    static func remove(_ folder: URL) {
        let path = folder.path
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
        _ = ParallelMap.map(entries) { name -> Int32 in
            hubsite_remove_tree(path + "/" + name)
        }
        rmdir(path)
    }
}
