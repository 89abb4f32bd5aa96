import Foundation
import HubBuild
import HubContent
import HubModel
import HubPlan
import HubRender

/// What `hubsite serve` does after each save: the build pipeline's own steps, from the
/// current content, every time. It loads the content through one cache of parsed files
/// (`FileCache`: a file is read and parsed again only when its stamp changed), loads the
/// templates (parsed again only when their texts changed), plans and checks the whole site,
/// and hands back a `PreviewSite` that renders each page when it is asked for. Nothing else
/// is carried from one rebuild to the next, so no list of what a page depends on can be
/// wrong: a page served is the page a full build makes from the same files.
public final class PreviewBuild: @unchecked Sendable {
    public let pipeline: BuildPipeline
    private var files = FileCache()
    private var templates: TemplateSet.LoadResult?
    /// The last rebuild's outcome and what it was made from besides the content files: a save
    /// that changed nothing gets it again (and the pages its site has rendered).
    private var last: (basis: Basis, outcome: Outcome)?
    /// The last site built without errors: served under the overlay after a failed save.
    private var lastGood: PreviewSite?
    private let lock = NSLock()

    public struct Outcome: Sendable {
        public var diagnostics: [Diagnostic]
        /// False when errors stopped the build; the last good site is then still served.
        public var succeeded: Bool
        /// How many files the site has (pages, feeds and assets), each rendered when asked for.
        public var filesPlanned: Int
        public var seconds: Double
        public var sources: SourceTexts
        public var fileCount: Int
        /// The site to serve: this rebuild's, or the last good one when this one failed (nil
        /// when none has succeeded yet).
        public var site: PreviewSite?
    }

    /// What a site is made from besides the content files: when it and the content are as they
    /// were, the site is the one made before.
    private struct Basis: Equatable {
        var config: SiteConfig
        var today: LocalDate
        var templates: Int
        var assets: [String: FileStamp?]
    }

    public init(options: BuildOptions) {
        pipeline = BuildPipeline(options: options)
    }

    public func rebuild() -> Outcome {
        lock.lock()
        defer { lock.unlock() }
        let started = Date()
        let (read, cache) = ContentLoader(source: pipeline.options.source, workers: pipeline.options.workers).load(reusing: files)
        files = cache
        let loaded = pipeline.withOptions(read)
        let templates = pipeline.loadTemplates(languages: loaded.content.config.languages,
                                               languagesAt: loaded.content.config.languagesLocation, reusing: templates)
        self.templates = templates
        let assets = pipeline.assets(loaded.content)
        let basis = Basis(config: loaded.content.config, today: pipeline.today(for: loaded.content.config),
                          templates: templates.templates?.fingerprint ?? 0,
                          assets: Dictionary(assets.map { ($0.1, FileStamp($0.0)) }, uniquingKeysWith: { first, _ in first }))
        // An asset saved in the last two seconds may have changed under the same stamp
        // (`FileStamp.isSettled`): its checks run again.
        let now = Date()
        let assetsSettled = basis.assets.values.allSatisfy { $0?.isSettled(at: now) ?? false }
        if let last, cache.changes == 0, templates.templates != nil, assetsSettled, last.basis == basis {
            var outcome = last.outcome
            outcome.seconds = Date().timeIntervalSince(started)
            return outcome
        }
        let checked = pipeline.check(loaded, templates: templates)
        let fileCount = loaded.content.sources.fileCount
        var outcome = Outcome(diagnostics: checked.diagnostics, succeeded: false, filesPlanned: 0, seconds: 0,
                              sources: checked.content.sources, fileCount: fileCount, site: lastGood)
        if let renderer = pipeline.renderer(for: checked) {
            let site = PreviewSite(renderer: renderer, assets: Dictionary(assets.map { ($0.1, $0.0) }, uniquingKeysWith: { first, _ in first }))
            lastGood = site
            outcome.site = site
            outcome.succeeded = true
            outcome.filesPlanned = checked.plan.files.count + assets.count
        }
        outcome.seconds = Date().timeIntervalSince(started)
        last = (basis, outcome)
        return outcome
    }
}
