import Foundation
import HubRender

/// `hubsite templates export`: copies the built-in theme into a project's `templates/` to start
/// customising. Never overwrites a file the user has, unless asked to.
public enum ThemeExport {
    public enum Failure: Error, Equatable, CustomStringConvertible {
        case exists([String])
        case notWritable(String)

        public var description: String {
            switch self {
            case .exists(let files):
                return "These templates already exist and were left alone: \(files.joined(separator: ", ")). Use --force to overwrite them."
            case .notWritable(let path):
                return "Could not write \(path)."
            }
        }
    }

    /// Writes every built-in template into `folder`; returns the files written.
    public static func export(to folder: URL, force: Bool) throws -> [String] {
        let manager = FileManager.default
        let names = BuiltInTheme.templates.keys.sorted()
        let existing = names.filter { manager.fileExists(atPath: folder.appendingPathComponent("\($0).mustache").path) }
        if !existing.isEmpty, !force { throw Failure.exists(existing.map { "\($0).mustache" }) }
        do {
            try manager.createDirectory(at: folder, withIntermediateDirectories: true)
            for name in names {
                try Data(BuiltInTheme.templates[name]!.utf8).write(to: folder.appendingPathComponent("\(name).mustache"))
            }
        } catch {
            throw Failure.notWritable(folder.path)
        }
        return names.map { "\($0).mustache" }
    }
}
