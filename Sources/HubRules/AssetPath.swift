import Foundation

/// Resolves a path written in content (a logo, a document) to a file inside `content/`,
/// refusing anything that would read outside it.
public enum AssetPath {
    public enum Problem: Error, Hashable {
        case absolute
        case parentReference
        case missing
        case danglingLink
        case outsideContent
        case notAFile
    }

    /// The file's URL when `path` names a regular file inside `content/`.
    public static func resolve(_ path: String, source: URL) -> Result<URL, Problem> {
        if path.hasPrefix("/") || path.hasPrefix("~") || path.contains("\\") { return .failure(.absolute) }
        let components = path.split(separator: "/")
        if components.contains("..") { return .failure(.parentReference) }
        let content = source.appendingPathComponent("content").resolvingSymlinksInPath().standardizedFileURL
        let candidate = content.appendingPathComponent(path)
        let manager = FileManager.default
        var isLink = false
        if let attributes = try? manager.attributesOfItem(atPath: candidate.path),
           attributes[.type] as? FileAttributeType == .typeSymbolicLink {
            isLink = true
        }
        var isDirectory: ObjCBool = false
        guard manager.fileExists(atPath: candidate.path, isDirectory: &isDirectory) else {
            return .failure(isLink ? .danglingLink : .missing)
        }
        let resolved = candidate.resolvingSymlinksInPath().standardizedFileURL
        guard resolved.path.hasPrefix(content.path + "/") else { return .failure(.outsideContent) }
        if isDirectory.boolValue { return .failure(.notAFile) }
        return .success(resolved)
    }

    public static func explain(_ problem: Problem, path: String) -> (message: String, hint: String) {
        switch problem {
        case .absolute:
            return ("The path \"\(path)\" is absolute; hubsite only reads files inside the content folder.",
                    "Write the path relative to content/, e.g. 'logos/portsmouth.svg'.")
        case .parentReference:
            return ("The path \"\(path)\" uses '..' to leave the content folder.",
                    "Copy the file into content/ (e.g. content/logos/) and write the path relative to content/.")
        case .missing:
            return ("The file \"\(path)\" does not exist under content/.",
                    "Check the spelling, or add the file to content/ (paths are relative to content/ and case-sensitive).")
        case .danglingLink:
            return ("\"\(path)\" is a link to a file that does not exist.",
                    "Replace the link with the file itself.")
        case .outsideContent:
            return ("\"\(path)\" is a link to a file outside the content folder; hubsite does not read outside it.",
                    "Copy the file itself into content/ instead of linking to it.")
        case .notAFile:
            return ("\"\(path)\" is a folder, not a file.",
                    "Name the image file inside it, e.g. 'logos/portsmouth.svg'.")
        }
    }
}
