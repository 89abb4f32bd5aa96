import Foundation
import HubModel
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

    /// Writes every built-in template, and the theme's words in each language hubsite has
    /// (`words/en-GB.ftl`, `words/cy.ftl`), into `folder`; returns the files written.
    public static func export(to folder: URL, force: Bool) throws -> [String] {
        let manager = FileManager.default
        var files: [(name: String, text: String)] = BuiltInTheme.templates.keys.sorted().map { ("\($0).mustache", BuiltInTheme.templates[$0]!) }
        files += Words.builtInFiles.map { ("words/\($0.language).ftl", $0.text) }
        let existing = files.map(\.name).filter { manager.fileExists(atPath: folder.appendingPathComponent($0).path) }
        if !existing.isEmpty, !force { throw Failure.exists(existing) }
        do {
            try manager.createDirectory(at: folder.appendingPathComponent("words"), withIntermediateDirectories: true)
            for file in files {
                try Data(file.text.utf8).write(to: folder.appendingPathComponent(file.name))
            }
        } catch {
            throw Failure.notWritable(folder.path)
        }
        return files.map(\.name)
    }
}
