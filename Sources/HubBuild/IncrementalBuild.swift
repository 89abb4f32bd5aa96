import Foundation
import HubContent
import HubModel
import HubRender
import HubRules

/// Rebuilds a site in place after edits, doing only the work a change needs: unchanged files
/// are not re-read, unchanged pages are not re-rendered, unchanged outputs are not rewritten.
/// Used by `hubsite serve` (one instance, driven from one task at a time).
public final class IncrementalBuild: @unchecked Sendable {
    public let pipeline: BuildPipeline
    public let output: URL
    private var files = FileCache()
    private var renders = RenderCache()
    private var written: [String: Data] = [:]
    private var assetStamps: [String: FileStamp] = [:]
    /// What the last successful rebuild was made from, and what it reported.
    private var lastGood: (config: SiteConfig, today: LocalDate, templates: Int, diagnostics: [Diagnostic])?
    private let lock = NSLock()

    public struct Outcome: Sendable {
        public var diagnostics: [Diagnostic]
        /// False when errors stopped the build; the folder then still holds the last good site.
        public var succeeded: Bool
        public var pagesRendered: Int
        public var filesWritten: Int
        public var filesRemoved: Int
        public var seconds: Double
        public var sources: SourceTexts
        public var fileCount: Int
    }

    public init(options: BuildOptions) {
        pipeline = BuildPipeline(options: options)
        output = options.output
    }

    public func rebuild() -> Outcome {
        lock.lock()
        defer { lock.unlock() }
        let started = Date()
        let (loaded, newFiles) = ContentLoader(source: pipeline.options.source).load(reusing: files)
        files = newFiles
        var content = loaded.content
        if let base = pipeline.options.baseURL.flatMap(ConfigLoader.normaliseBaseURL) { content.config.baseURL = base }
        let today = pipeline.today(for: content.config)
        let templates = TemplateSet.load(source: pipeline.options.source)
        let fileCount = content.sources.files.count
        // A save that changed nothing (the same content read again, the same settings,
        // templates, date and assets) gets the last result without checking or rendering.
        if let last = lastGood, newFiles.changes == 0, last.config == content.config, last.today == today,
           last.templates == templates.templates?.fingerprint, assetsUnchanged(pipeline.assets(content)) {
            return Outcome(diagnostics: last.diagnostics, succeeded: true, pagesRendered: 0, filesWritten: 0, filesRemoved: 0,
                           seconds: Date().timeIntervalSince(started), sources: content.sources, fileCount: fileCount)
        }
        lastGood = nil
        var diagnostics = pipeline.validator.validate(content, loadDiagnostics: loaded.diagnostics, today: today, source: pipeline.options.source)
        diagnostics += templates.diagnostics
        diagnostics.sort()
        guard let set = templates.templates, !diagnostics.contains(where: { $0.severity == .error }) else {
            return Outcome(diagnostics: diagnostics, succeeded: false, pagesRendered: 0, filesWritten: 0, filesRemoved: 0,
                           seconds: Date().timeIntervalSince(started), sources: content.sources, fileCount: fileCount)
        }
        let renderer = pipeline.renderer(content: content, diagnostics: diagnostics, templates: set, today: today)
        let (outputs, rerendered, cache, rendered) = renderer.render(reusing: renders)
        var (writtenCount, removed) = (0, 0)
        do {
            (writtenCount, removed) = try sync(outputs, rerendered: rerendered, assets: pipeline.assets(content))
            // Kept only once written: after a failed write the next rebuild renders (and
            // writes) those pages again instead of taking them as already on disk.
            renders = cache
            lastGood = (content.config, today, set.fingerprint, diagnostics)
        } catch {
            diagnostics.append(Diagnostic(severity: .error, rule: "build", location: SourceLocation(file: output.path, line: 1, column: 1),
                                          message: "Could not write the preview: \(error)", hint: "Check the disk has space and the folder is writable."))
        }
        return Outcome(diagnostics: diagnostics, succeeded: true, pagesRendered: rendered, filesWritten: writtenCount,
                       filesRemoved: removed, seconds: Date().timeIntervalSince(started), sources: content.sources, fileCount: fileCount)
    }

    /// True when the assets are the files last copied, with the same stamps.
    private func assetsUnchanged(_ assets: [(URL, String)]) -> Bool {
        assets.count == assetStamps.count && assets.allSatisfy { source, path in
            FileStamp(source).map { assetStamps[path] == $0 } ?? false
        }
    }

    /// Makes the output folder hold exactly these files, touching only those that changed.
    /// Only `rerendered` files can differ from what is on disk (`written` before), unless a
    /// file was missing from the last sync: comparing all 20,000 files of a large network
    /// byte for byte took longer than rendering the one page an edit changes.
    private func sync(_ outputs: [OutputFile], rerendered: [OutputFile], assets: [(URL, String)]) throws -> (Int, Int) {
        let manager = FileManager.default
        try manager.createDirectory(at: output, withIntermediateDirectories: true)
        var next: [String: Data] = [:]
        next.reserveCapacity(outputs.count)
        for file in outputs { next[file.path] = file.data }
        let fresh = Set(rerendered.map(\.path))
        var changed: [OutputFile] = []
        for file in outputs where fresh.contains(file.path) || written[file.path] == nil {
            guard SiteWriter.isSafe(file.path) else { throw BuildError.unsafeOutputPath(file.path) }
            if written[file.path] != file.data { changed.append(file) }
        }
        // Written on all cores. The first sync fills a folder nothing is served from yet, in
        // place; later ones replace each file by renaming a complete copy over it, so that a
        // page fetched mid-rebuild is the old one or the new one, never half of one.
        let first = written.isEmpty
        let root = output.path
        let failures = ParallelMap.map(changed) { file -> (path: String, reason: String)? in
            if first {
                return FileTree.put(file.data, at: file.path, in: root) ? nil : (file.path, String(cString: strerror(errno)))
            }
            let url = output.appendingPathComponent(file.path)
            do {
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try file.data.write(to: url, options: .atomic)
                return nil
            } catch {
                return (file.path, "\(error)")
            }
        }.compactMap { $0 }
        if let failed = failures.first {
            throw BuildError.outputNotWritable(output.appendingPathComponent(failed.path).path, failed.reason)
        }
        var count = changed.count
        var stamps: [String: FileStamp] = [:]
        for (source, path) in assets {
            guard SiteWriter.isSafe(path) else { throw BuildError.unsafeOutputPath(path) }
            let stamp = FileStamp(source)
            stamps[path] = stamp
            if let stamp, assetStamps[path] == stamp { continue }
            let url = output.appendingPathComponent(path)
            try manager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try? manager.removeItem(at: url)
            try manager.copyItem(at: source, to: url)
            count += 1
        }
        var removed = 0
        for path in Set(written.keys).subtracting(next.keys).union(Set(assetStamps.keys).subtracting(stamps.keys)) {
            try? manager.removeItem(at: output.appendingPathComponent(path))
            removed += 1
        }
        written = next
        assetStamps = stamps
        return (count, removed)
    }
}
