import Foundation

/// Loaded files by path, with the stamp they were read at, for incremental reloads.
public struct FileCache: Sendable {
    var entries: [String: (stamp: FileStamp, rawHTML: Bool, result: ContentLoader.FileResult)] = [:]

    public init() {}

    public var count: Int { entries.count }
}

/// What tells a file changed without reading it: size, modification time and inode.
public struct FileStamp: Hashable, Sendable {
    let size: Int
    let modified: TimeInterval
    let inode: Int

    public init?(_ url: URL) {
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: url.path) else { return nil }
        size = (attributes[.size] as? NSNumber)?.intValue ?? -1
        modified = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
        inode = (attributes[.systemFileNumber] as? NSNumber)?.intValue ?? 0
    }
}
