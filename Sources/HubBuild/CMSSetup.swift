import Foundation
import HubContent
import HubModel

/// Writes a CMS's configuration into a project (`hubsite cms`, `hubsite new site --cms`),
/// made from the field tables and the project's hubsite.yml. A file that exists with other
/// text is left alone unless `replace` is set: the configuration may have been set up by hand
/// (the repository, the branch), and nothing is lost without asking.
public struct CMSSetup: Sendable {
    public var target: CMSConfig.Target
    /// OWNER/NAME on GitHub; nil: taken from the project's `origin` remote, if it is on GitHub.
    public var repository: String?
    public var branch: String
    public var replace: Bool

    public init(target: CMSConfig.Target, repository: String? = nil, branch: String = "main", replace: Bool = false) {
        self.target = target
        self.repository = repository
        self.branch = branch
        self.replace = replace
    }

    public enum Outcome: String, Sendable {
        case written, unchanged, replaced
    }

    public enum Failure: Error, Equatable, CustomStringConvertible {
        case differs(String)
        case notWritable(String)

        public var description: String {
            switch self {
            case .differs(let path): return "\(path) already exists with other settings; hubsite leaves it as it is. Run again with --force to replace it."
            case .notWritable(let path): return "Could not write \(path)."
            }
        }
    }

    /// The files for the project in `folder`, with the settings of its hubsite.yml (the
    /// defaults when it has none).
    public func files(in folder: URL) -> [CMSConfig.File] {
        let config = (try? String(contentsOf: folder.appendingPathComponent("hubsite.yml"), encoding: .utf8)).map { ConfigLoader.load(text: $0).0 }
            ?? ConfigLoader.load(text: "").0
        let gitConfig = try? String(contentsOf: folder.appendingPathComponent(".git/config"), encoding: .utf8)
        let repository = repository ?? gitConfig.flatMap(Self.githubRepository(gitConfig:))
        return CMSConfig.files(for: target, project: CMSConfig.Project(config, repository: repository, branch: branch))
    }

    /// Writes the files into `folder`; what became of each, by its path.
    public func write(in folder: URL) throws -> [(path: String, outcome: Outcome)] {
        let files = files(in: folder)
        var outcomes: [(String, Outcome)] = []
        for file in files {
            let url = folder.appendingPathComponent(file.path)
            guard let existing = try? Data(contentsOf: url) else { outcomes.append((file.path, .written)); continue }
            if existing == Data(file.text.utf8) {
                outcomes.append((file.path, .unchanged))
            } else if replace {
                outcomes.append((file.path, .replaced))
            } else {
                throw Failure.differs(file.path)
            }
        }
        for (file, outcome) in zip(files, outcomes) where outcome.1 != .unchanged {
            let url = folder.appendingPathComponent(file.path)
            do {
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(file.text.utf8).write(to: url, options: .atomic)
            } catch {
                throw Failure.notWritable(file.path)
            }
        }
        return outcomes
    }

    /// OWNER/NAME of the `origin` remote in a `.git/config`, when it is on github.com
    /// (`https://github.com/OWNER/NAME.git` or `git@github.com:OWNER/NAME.git`).
    public static func githubRepository(gitConfig: String) -> String? {
        var inOrigin = false
        for line in gitConfig.split(separator: "\n") {
            let trimmed = Whitespace.trimmed(String(line))
            if trimmed.hasPrefix("[") {
                inOrigin = trimmed == "[remote \"origin\"]"
                continue
            }
            guard inOrigin, trimmed.hasPrefix("url") , let equals = trimmed.firstIndex(of: "=") else { continue }
            var url = Whitespace.trimmed(String(trimmed[trimmed.index(after: equals)...]))
            for prefix in ["https://github.com/", "http://github.com/", "ssh://git@github.com/", "git@github.com:"] where url.hasPrefix(prefix) {
                url.removeFirst(prefix.count)
                if url.hasSuffix(".git") { url.removeLast(4) }
                if url.hasSuffix("/") { url.removeLast() }
                let parts = url.split(separator: "/")
                return parts.count == 2 ? url : nil
            }
            return nil
        }
        return nil
    }
}
