import Foundation

/// Runs Pagefind (pagefind.app, the static search index) over a written site, when the site
/// asks for search (`search: true`). Pagefind is not bundled: it is found as
/// `HUBSITE_PAGEFIND`, as `pagefind` or `pagefind_extended` on the PATH, or as PyPI's
/// `pagefind-bin` package (`python3 -m pagefind_bin`).
public struct Pagefind: Sendable, Equatable {
    /// The command to run, with its leading arguments.
    public let command: [String]

    public init(command: [String]) {
        self.command = command
    }

    /// The installed Pagefind, or nil.
    public static func find(environment: [String: String]) -> Pagefind? {
        if let path = environment["HUBSITE_PAGEFIND"], !path.isEmpty {
            return FileManager.default.isExecutableFile(atPath: path) ? Pagefind(command: [path]) : nil
        }
        let folders = (environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin").split(separator: ":").map(String.init)
        for name in ["pagefind", "pagefind_extended"] {
            for folder in folders where FileManager.default.isExecutableFile(atPath: folder + "/" + name) {
                return Pagefind(command: [folder + "/" + name])
            }
        }
        for folder in folders where FileManager.default.isExecutableFile(atPath: folder + "/python3") {
            let python = folder + "/python3"
            if run([python, "-c", "import pagefind_bin"], quiet: true) == 0 { return Pagefind(command: [python, "-m", "pagefind_bin"]) }
            break
        }
        return nil
    }

    /// Indexes the site in `folder` (its `pagefind/` folder is written anew). Returns whether
    /// Pagefind succeeded.
    public func index(_ folder: URL) -> Bool {
        // Pagefind writes into `pagefind/` (SitePaths.searchIndex) by default.
        Self.run(command + ["--site", folder.path], quiet: true) == 0
    }

    static func run(_ arguments: [String], quiet: Bool) -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: arguments[0])
        process.arguments = Array(arguments.dropFirst())
        if quiet {
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
        }
        do { try process.run() } catch { return -1 }
        process.waitUntilExit()
        return process.terminationStatus
    }
}
