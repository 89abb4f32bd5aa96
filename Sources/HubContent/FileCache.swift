import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Loaded files by path, with the stamp they were read at, for incremental reloads.
public struct FileCache: Sendable {
    var entries: [String: (stamp: FileStamp, rawHTML: Bool, result: ContentLoader.FileResult)] = [:]
    /// How many content files were added, removed, or read to a different result than in the
    /// cache this one was made from (every file, for the first load). A file saved unchanged
    /// is read again but does not count: zero means the content is what it was.
    public internal(set) var changes = 0
    /// The site's languages the files were read with: they decide which files are translations.
    var languages: [String] = []
    /// The site's time zone the files were read in: dates written as instants are read in it.
    var timeZone = ""

    public init() {}

    public var count: Int { entries.count }

    /// The stamp a file had when it was last read, if it was.
    public func stamp(of file: String) -> FileStamp? {
        entries[file]?.stamp
    }
}

/// What tells a file changed without reading it: size, modification time (to the nanosecond)
/// and inode. Taken with one `stat` call: a rebuild stamps every content file, and
/// FileManager's attribute dictionary cost ten times as much.
public struct FileStamp: Hashable, Sendable {
    let size: Int
    let seconds: Int
    let nanoseconds: Int
    let inode: UInt64

    public init?(_ url: URL) {
        self.init(path: url.path)
    }

    public init?(path: String) {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        self.init(info)
    }

    /// The stamp of the file `name` in the open folder `folder` (following links, as `stat` does).
    init?(folder: Int32, name: String) {
        var info = stat()
        guard fstatat(folder, name, &info, 0) == 0 else { return nil }
        self.init(info)
    }

    /// Whether the file was last modified long enough before `now` that a later change must
    /// change its stamp. The kernel takes modification times from a clock that moves in
    /// steps of a few milliseconds, so two saves of the same size within one step leave the
    /// same stamp; a file modified in the last two seconds is therefore read again, as git
    /// reads again a file modified as its index was written.
    public func isSettled(at now: Date) -> Bool {
        let modified = Double(seconds) + Double(nanoseconds) / 1_000_000_000
        return now.timeIntervalSince1970 - modified >= 2
    }

    private init(_ info: stat) {
        size = Int(info.st_size)
        seconds = Int(info.st_mtim.tv_sec)
        nanoseconds = Int(info.st_mtim.tv_nsec)
        inode = UInt64(info.st_ino)
    }
}
