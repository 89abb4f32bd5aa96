import Foundation
import HubBuild
import HubCalendar
import HubContent
import HubModel
import HubParallel
import HubPlan
import HubRender

/// Rebuilds a site in place after edits, doing only the work a change needs: unchanged files
/// are not re-read, unchanged planned files are not re-rendered, unchanged outputs are not
/// rewritten. It runs the build pipeline's own steps and adds reuse around them: what was
/// read, rendered and written the time before. Used by `hubsite serve` (one instance, driven
/// from one task at a time).
public final class IncrementalBuild: @unchecked Sendable {
    public let pipeline: BuildPipeline
    public let output: URL
    private var files = FileCache()
    /// The templates as last loaded: reused while their texts are the same.
    private var templateSet: TemplateSet.LoadResult?
    /// Each planned file's output the time before, with the fingerprint it was made from.
    private var rendered: [String: (fingerprint: Int, file: OutputFile)] = [:]
    /// Event cards, VEVENTs and Atom entries the time before.
    private var pieces = FragmentStore<PieceKey, Int>()
    /// What the preview folder holds, as last written.
    private var written: [String: OutputFile] = [:]
    private var assetStamps: [String: FileStamp] = [:]
    /// What the last successful rebuild was made from, and what it reported.
    private var lastGood: (config: SiteConfig, today: LocalDate, templates: Int, diagnostics: [Diagnostic], sources: SourceTexts)?
    private let lock = NSLock()

    public struct Outcome: Sendable {
        public var diagnostics: [Diagnostic]
        /// False when errors stopped the build or the preview could not be written; the folder
        /// then still holds the last good site.
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
        // Step 1, reusing what did not change on disk.
        let (read, newFiles) = ContentLoader(source: pipeline.options.source).load(reusing: files)
        files = newFiles
        let loaded = pipeline.withOptions(read)
        let content = loaded.content
        let today = pipeline.today(for: content.config)
        let templates = pipeline.loadTemplates(languages: content.config.languages, reusing: templateSet)
        templateSet = templates
        let fileCount = content.sources.files.count
        func outcome(_ diagnostics: [Diagnostic], succeeded: Bool, sources: SourceTexts, rendered: Int = 0, written: Int = 0, removed: Int = 0) -> Outcome {
            Outcome(diagnostics: diagnostics, succeeded: succeeded, pagesRendered: rendered, filesWritten: written, filesRemoved: removed,
                    seconds: Date().timeIntervalSince(started), sources: sources, fileCount: fileCount)
        }
        // A save that changed nothing (the same content read again, the same settings,
        // templates, date and assets) gets the last result without checking or rendering.
        if let last = lastGood, newFiles.changes == 0, last.config == content.config, last.today == today,
           last.templates == templates.templates?.fingerprint, assetsUnchanged(pipeline.assets(content)) {
            return outcome(last.diagnostics, succeeded: true, sources: last.sources)
        }
        lastGood = nil
        // Steps 2 to 4, as every build runs them.
        let checked = pipeline.check(loaded, templates: templates)
        var diagnostics = checked.diagnostics
        guard let set = checked.templates, !checked.hasErrors else {
            return outcome(diagnostics, succeeded: false, sources: checked.content.sources)
        }
        var global = Hasher()
        global.combine(content.config)
        global.combine(today)
        global.combine(pipeline.stamp(today: today))
        global.combine(set.fingerprint)
        let cache = files
        let prints = Fingerprints(checked: checked, global: global.finalize(), stamp: { cache.stamp(of: $0) })
        let store = pieces
        let generation = prints.cardGeneration
        let eventPrints = prints.events
        let reuse = EventPieces { event, kind, settings, make in
            var key = settings
            if case .card = kind { key = generation }
            return store.text(PieceKey(kind: kind, settings: key, id: event.id), from: eventPrints[event.id] ?? event.hashValue, make: make)
        }
        // Step 5, for the planned files whose fingerprint changed.
        guard let renderer = pipeline.renderer(for: checked, pieces: reuse) else {
            return outcome(diagnostics, succeeded: false, sources: checked.content.sources)
        }
        let plan = checked.plan
        let fingerprints = ParallelMap.map(plan.files) { prints.of($0) }
        let stale = plan.files.indices.filter { rendered[plan.files[$0].path]?.fingerprint != fingerprints[$0] }
        // Feeds made while they are written are made once here: the preview compares and
        // keeps what it wrote, and would otherwise make them again for each.
        let fresh = renderer.render(stale.map { plan.files[$0] }) { _, file in file.materialized }
        var next: [String: (fingerprint: Int, file: OutputFile)] = [:]
        next.reserveCapacity(plan.files.count)
        for (index, planned) in plan.files.enumerated() {
            if let kept = rendered[planned.path], kept.fingerprint == fingerprints[index] { next[planned.path] = kept }
        }
        for (position, index) in stale.enumerated() { next[plan.files[index].path] = (fingerprints[index], fresh[position]) }
        let outputs = plan.files.map { next[$0.path]!.file }
        do {
            // The folders matter only to the first sync, which fills an empty folder.
            let (writtenCount, removed) = try sync(outputs, rerendered: fresh, assets: pipeline.assets(content),
                                                   folders: written.isEmpty ? plan.folders : [])
            // Kept only once written: after a failed write the next rebuild renders (and
            // writes) those files again instead of taking them as already on disk.
            rendered = next
            pieces = store.next()
            lastGood = (content.config, today, set.fingerprint, diagnostics, checked.content.sources)
            return outcome(diagnostics, succeeded: true, sources: checked.content.sources, rendered: fresh.count, written: writtenCount, removed: removed)
        } catch {
            diagnostics.append(Diagnostic(severity: .error, rule: "build", location: SourceLocation(file: output.path, line: 1, column: 1),
                                          message: "Could not write the preview: \(error)", hint: "Check the disk has space and the folder is writable."))
            return outcome(diagnostics, succeeded: false, sources: checked.content.sources, rendered: fresh.count)
        }
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
    private func sync(_ outputs: [OutputFile], rerendered: [OutputFile], assets: [(URL, String)], folders: Set<String>) throws -> (Int, Int) {
        let manager = FileManager.default
        try manager.createDirectory(at: output, withIntermediateDirectories: true)
        var next: [String: OutputFile] = [:]
        next.reserveCapacity(outputs.count)
        for file in outputs { next[file.path] = file }
        let fresh = Set(rerendered.map(\.path))
        var changed: [OutputFile] = []
        for file in outputs where fresh.contains(file.path) || written[file.path] == nil {
            guard SiteWriter.isSafe(file.path) else { throw BuildError.unsafeOutputPath(file.path) }
            if written[file.path] != file { changed.append(file) }
        }
        // Written on all cores. The first sync fills a folder nothing is served from yet, in
        // place; later ones replace each file by renaming a complete copy over it, so that a
        // page fetched mid-rebuild is the old one or the new one, never half of one.
        let first = written.isEmpty
        let root = output.path
        // As a build does: the folders first, so that the writing threads do not contend
        // for the same parent folder.
        if first { FileTree.makeFolders(folders, in: root) }
        let failures = ParallelMap.map(changed) { file -> (path: String, reason: String)? in
            if first {
                return FileTree.put(file, in: root) ? nil : (file.path, String(cString: strerror(errno)))
            }
            // Foundation's atomic write fsynced each file: the preview needs none.
            return FileTree.replace(file, in: root) ? nil : (file.path, String(cString: strerror(errno)))
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
