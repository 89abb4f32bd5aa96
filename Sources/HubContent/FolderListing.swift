import Foundation
import HubParallel
#if canImport(Glibc)
import Glibc
#endif

/// The entries of one folder, read once with readdir: what the loader lists the Markdown files
/// of `content/hubs` and `content/opportunities` from, stamps them through, and walks for
/// assets, instead of reading each of those folders twice.
struct FolderListing {
    struct Entry {
        let name: String
        /// The entry's `d_type` (`DT_UNKNOWN` on file systems that do not say).
        let type: UInt8
    }

    /// The folder's path.
    let path: String
    /// Every entry but `.` and `..`, in the order readdir gives them.
    let entries: [Entry]

    /// Nil when the folder cannot be opened.
    init?(path: String) {
        guard let directory = opendir(path) else { return nil }
        defer { closedir(directory) }
        var entries: [Entry] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            if name == "." || name == ".." { continue }
            entries.append(Entry(name: name, type: entry.pointee.d_type))
        }
        self.path = path
        self.entries = entries
    }

    /// The stamps of the named files in this folder, taken relative to it (`fstatat`): the
    /// kernel walks one name for each, not the whole path (the walk was most of a rebuild's
    /// stamping of 10,000 content files).
    func stamps(of names: [String], workers: Workers) -> [FileStamp?] {
        let folder = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard folder >= 0 else { return names.map { FileStamp(path: path + "/" + $0) } }
        defer { close(folder) }
        return workers.map(names) { FileStamp(folder: folder, name: $0) }
    }
}
