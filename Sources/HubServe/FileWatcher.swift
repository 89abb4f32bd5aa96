import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Watches a project's `content/`, `templates/` and `hubsite.yml` and calls back once per burst
/// of changes. Uses inotify on Linux; elsewhere (or if inotify cannot start) it polls file
/// stamps twice a second.
public final class FileWatcher: @unchecked Sendable {
    public let source: URL
    private let onChange: @Sendable () -> Void
    private let lock = NSLock()
    private var stopped = false
    private var thread: Thread?
    /// True when inotify is in use (false: polling).
    public private(set) var usesInotify = false

    public init(source: URL, onChange: @escaping @Sendable () -> Void) {
        self.source = source.standardizedFileURL
        self.onChange = onChange
    }

    public func start() {
        #if os(Linux)
        let fd = inotify_init1(Int32(IN_CLOEXEC | IN_NONBLOCK))
        if fd >= 0 {
            usesInotify = true
            // Watches are in place before start() returns: an edit made the moment the server
            // says it is ready must not be missed (the benchmark's first edit was).
            let rootWatch = addWatches(fd)
            let thread = Thread { [self] in self.runInotify(fd, rootWatch: rootWatch) }
            thread.name = "hubsite-watch"
            self.thread = thread
            thread.start()
            return
        }
        #endif
        let thread = Thread { [self] in self.runPolling() }
        thread.name = "hubsite-poll"
        self.thread = thread
        thread.start()
    }

    public func stop() {
        lock.lock()
        stopped = true
        lock.unlock()
    }

    private var isStopped: Bool {
        lock.lock()
        defer { lock.unlock() }
        return stopped
    }

    /// Files and folders that matter: editors' temporary files are ignored.
    static func matters(_ name: String) -> Bool {
        !(name.hasPrefix(".") || name.hasSuffix("~") || name.hasSuffix(".swp") || name.hasSuffix(".swx") || name.hasPrefix("#") || name == "4913")
    }

    /// Every folder to watch: the project folder itself (for hubsite.yml) and all folders
    /// under content/ and templates/.
    func folders() -> [URL] {
        var result = [source]
        for name in ["content", "templates"] {
            let root = source.appendingPathComponent(name)
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: root.path, isDirectory: &isDirectory), isDirectory.boolValue else { continue }
            result.append(root)
            if let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isDirectoryKey], options: [.skipsHiddenFiles]) {
                for case let url as URL in walker where (try? url.resourceValues(forKeys: [.isDirectoryKey]))?.isDirectory == true {
                    result.append(url)
                }
            }
        }
        return result
    }

    #if os(Linux)
    /// Watches every folder (again: new folders appear); returns the project folder's watch.
    @discardableResult
    private func addWatches(_ fd: Int32) -> Int32 {
        let mask = UInt32(IN_CREATE | IN_DELETE | IN_MODIFY | IN_CLOSE_WRITE | IN_MOVED_FROM | IN_MOVED_TO | IN_ATTRIB | IN_DELETE_SELF)
        var rootWatch: Int32 = -1
        for folder in folders() {
            let wd = inotify_add_watch(fd, folder.path, mask)
            if folder == source { rootWatch = wd }
        }
        return rootWatch
    }

    private func runInotify(_ fd: Int32, rootWatch: Int32) {
        defer { close(fd) }
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        while !isStopped {
            var descriptor = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
            guard poll(&descriptor, 1, 200) > 0 else { continue }
            var relevant = false
            var newFolder = false
            // Drain this burst: editors write, rename and touch in quick succession.
            repeat {
                let count = read(fd, &buffer, buffer.count)
                if count <= 0 { break }
                var offset = 0
                while offset + 16 <= count {
                    let wd = buffer.withUnsafeBytes { $0.load(fromByteOffset: offset, as: Int32.self) }
                    let mask = buffer.withUnsafeBytes { $0.load(fromByteOffset: offset + 4, as: UInt32.self) }
                    if mask & UInt32(IN_ISDIR) != 0, mask & UInt32(IN_CREATE | IN_MOVED_TO) != 0 { newFolder = true }
                    if mask & UInt32(IN_Q_OVERFLOW) != 0 { newFolder = true } // events were lost: look again
                    let length = Int(buffer.withUnsafeBytes { $0.load(fromByteOffset: offset + 12, as: UInt32.self) })
                    let nameBytes = buffer[(offset + 16)..<min(count, offset + 16 + length)].prefix { $0 != 0 }
                    let name = String(decoding: nameBytes, as: UTF8.self)
                    if wd == rootWatch {
                        if ["hubsite.yml", "content", "templates"].contains(name) { relevant = true }
                    } else if name.isEmpty || Self.matters(name) {
                        relevant = true
                    }
                    offset += 16 + length
                }
                // The burst ends when 10 ms pass with no further event. One save's events
                // (truncate, write, close; or write a temporary file and rename it) come
                // within a millisecond, and every millisecond waited here is one more before
                // the page reloads; a burst cut short only costs a second rebuild.
            } while poll(&descriptor, 1, 10) > 0
            if relevant {
                // Walking the tree again costs a tenth of a second on a large network: only
                // when a folder appeared, since watches on existing folders stay in place.
                if newFolder { addWatches(fd) }
                onChange()
            }
        }
    }
    #endif

    /// A stamp of every watched file, for polling.
    func snapshot() -> [String: FileStamp] {
        var result: [String: FileStamp] = [:]
        let config = source.appendingPathComponent("hubsite.yml")
        if let stamp = FileStamp(config) { result[config.path] = stamp }
        for folder in folders() where folder != source {
            for name in (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [] where Self.matters(name) {
                let url = folder.appendingPathComponent(name)
                if let stamp = FileStamp(url) { result[url.path] = stamp }
            }
        }
        return result
    }

    private func runPolling() {
        var last = snapshot()
        while !isStopped {
            usleep(500_000)
            let now = snapshot()
            if now != last {
                last = now
                onChange()
            }
        }
    }
}

import HubContent
