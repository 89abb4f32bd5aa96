import Foundation
import HubRender

/// The site as the last successful rebuild left it, held in memory: what `hubsite serve`
/// serves. Pages and feeds are the rendered files themselves; content assets (logos,
/// pictures) are read from where they are under `content/` when asked for. Nothing is
/// written to disk, as `zola serve` and `hugo server --renderToMemory` do: writing the
/// rebuilt feeds of a large network (80 MB) was a fifth of a one-file rebuild. Each rebuild
/// makes a new value, so a page fetched mid-rebuild is the old one or the new one, whole.
public struct PreviewSite: Sendable {
    /// Each planned file's output, with the fingerprint it was made from, by its planned path
    /// (`hubs/south/` for `hubs/south/index.html`).
    let rendered: [String: RenderedFile]
    /// Each asset's source file, by its path in the site.
    let assets: [String: URL]

    /// What a request path names: a file, or a folder's `index.html`; nil when the site has
    /// nothing there. The path is as sent, percent-encoded; one that is not a plain path in
    /// the site (`..`, `.`, backslashes, NUL, also percent-encoded) names nothing.
    public func file(requested rawPath: String) -> (path: String, bytes: Data)? {
        let pathOnly = String(rawPath.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false).first ?? "")
        guard let decoded = pathOnly.removingPercentEncoding, !decoded.contains("\0"), !decoded.contains("\\") else { return nil }
        let segments = decoded.split(separator: "/", omittingEmptySubsequences: true)
        guard !segments.contains(where: { $0 == ".." || $0 == "." }) else { return nil }
        let path = segments.joined(separator: "/")
        for candidate in path.isEmpty ? ["index.html"] : [path, path + "/index.html"] {
            if let bytes = bytes(at: candidate) { return (candidate, bytes) }
        }
        return nil
    }

    /// The bytes of the file at `path` (relative to the site's root), if the site has one.
    public func bytes(at path: String) -> Data? {
        let planned = path == "index.html" ? "" : path.hasSuffix("/index.html") ? String(path.dropLast("index.html".count)) : path
        if let file = rendered[planned]?.file, file.path == path { return file.data }
        if let source = assets[path] { return FileManager.default.contents(atPath: source.path) }
        return nil
    }

    /// Every file's path: pages, feeds and assets.
    public var paths: Set<String> { Set(rendered.values.map(\.file.path)).union(assets.keys) }
}
