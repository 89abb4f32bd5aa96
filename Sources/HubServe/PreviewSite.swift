import Foundation
import HubPlan
import HubRender

/// The site of one rebuild, held in memory: what `hubsite serve` serves. Each planned file is
/// rendered when it is first asked for and kept until the next rebuild makes a new site, so a
/// preview pays for the pages a co-lead looks at, not for the 20,000 files of a large network.
/// Content assets (logos, pictures) are read from where they are under `content/`. Nothing is
/// written to disk, as `zola serve` and `hugo server --renderToMemory` do.
public final class PreviewSite: @unchecked Sendable {
    private let renderer: SiteRenderer
    /// Each planned file by the path of the file written (`hubs/south/index.html`).
    private let planned: [String: PlannedFile]
    /// Each asset's source file, by its path in the site.
    private let assets: [String: URL]
    private let lock = NSLock()
    private var rendered: [String: Data] = [:]

    init(renderer: SiteRenderer, assets: [String: URL]) {
        self.renderer = renderer
        planned = Dictionary(renderer.plan.files.map { ($0.outputPath, $0) }, uniquingKeysWith: { first, _ in first })
        self.assets = assets
    }

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

    /// The bytes of the file at `path` (relative to the site's root), if the site has one:
    /// a planned file rendered now or earlier in this rebuild, or an asset as it is on disk.
    public func bytes(at path: String) -> Data? {
        if let file = planned[path] {
            lock.lock()
            if let data = rendered[path] {
                lock.unlock()
                return data
            }
            lock.unlock()
            // Rendered outside the lock: two requests for one page may both render it, and
            // get the same bytes.
            let data = renderer.render(file).data
            lock.lock()
            rendered[path] = data
            lock.unlock()
            return data
        }
        if let source = assets[path] { return FileManager.default.contents(atPath: source.path) }
        return nil
    }

    /// Every file's path: pages, feeds and assets.
    public var paths: Set<String> { Set(planned.keys).union(assets.keys) }
}
