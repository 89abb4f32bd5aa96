import Foundation
import HubBuild
import HubCalendar
import HubContent
import HubModel
import HubParallel
import HubPlan
import HubRender
import HubRules

/// Rebuilds a site after edits, doing only the work a change needs: unchanged files are not
/// re-read and unchanged planned files are not re-rendered. It runs the build pipeline's own
/// steps and adds reuse around them: what was read and rendered the time before. The result
/// is a `PreviewSite` in memory, which `hubsite serve` serves (one instance, driven from one
/// task at a time).
public final class IncrementalBuild: @unchecked Sendable {
    public let pipeline: BuildPipeline
    private var files = FileCache()
    /// The templates as last loaded: reused while their texts are the same.
    private var templateSet: TemplateSet.LoadResult?
    /// Each planned file's output the time before, with the fingerprint it was made from.
    private var rendered: [String: RenderedFile] = [:]
    /// The site plan the time before.
    private var lastPlan: SitePlan?
    /// The files of the last plan with their dependencies numbered, and the fingerprints of
    /// those files in `rendered`, file for file: kept while plans keep the files (an edit to
    /// what pages show), so that a rebuild compares fingerprints by position rather than
    /// looking up 20,000 paths. Nil when the last plan planned other files.
    private var numbered: (slots: DependencySlots, fingerprints: [Int])?
    /// Each hub's and opportunity's findings the time before, by its file.
    private var fileFindings = FragmentStore<String, Int, [Diagnostic]>()
    /// Each hub's and opportunity's calendar events the time before, by its file.
    private var fileEvents = FragmentStore<String, Int, [CalendarEvent]>()
    /// Event cards, VEVENTs and Atom entries the time before.
    private var pieces = FragmentStore<PieceKey, Int, String>()
    /// Lists of cards joined, by a print of their cards (`EventPieces.cards`).
    private var cardLists = FragmentStore<Int, Int, String>()
    /// How to drop what the last rebuild's stores (findings, events, pieces, lists of cards)
    /// hold that it did not use: `tidy()` runs them.
    private var untidy: [() -> Void] = []
    /// Each asset's stamp when the last good site was made, by its path in the site.
    private var assetStamps: [String: FileStamp] = [:]
    /// The last good site.
    private var site: PreviewSite?
    /// What the last successful rebuild was made from, and what it reported.
    private var lastGood: (config: SiteConfig, today: LocalDate, templates: Int, diagnostics: [Diagnostic], sources: SourceTexts)?
    private let lock = NSLock()

    public struct Outcome: Sendable {
        public var diagnostics: [Diagnostic]
        /// False when errors stopped the build; the last good site is then still served.
        public var succeeded: Bool
        public var pagesRendered: Int
        /// Files that are new or changed since the last good site: re-rendered files, and
        /// assets added or changed.
        public var filesChanged: Int
        public var filesRemoved: Int
        public var seconds: Double
        public var sources: SourceTexts
        public var fileCount: Int
        /// The site to serve: this rebuild's, or the last good one when this one failed (nil
        /// when none has succeeded yet).
        public var site: PreviewSite?
    }

    public init(options: BuildOptions) {
        pipeline = BuildPipeline(options: options)
    }

    public func rebuild() -> Outcome {
        lock.lock()
        defer { lock.unlock() }
        // Normally done after the last rebuild (`tidy()`); here when nobody asked for it.
        pruneUnused()
        let started = Date()
        // Step 1, reusing what did not change on disk.
        let (read, newFiles) = ContentLoader(source: pipeline.options.source).load(reusing: files)
        files = newFiles
        let loaded = pipeline.withOptions(read)
        let content = loaded.content
        let today = pipeline.today(for: content.config)
        let templates = pipeline.loadTemplates(languages: content.config.languages, reusing: templateSet)
        templateSet = templates
        let fileCount = content.sources.fileCount
        func outcome(_ diagnostics: [Diagnostic], succeeded: Bool, sources: SourceTexts, rendered: Int = 0, changed: Int = 0, removed: Int = 0) -> Outcome {
            Outcome(diagnostics: diagnostics, succeeded: succeeded, pagesRendered: rendered, filesChanged: changed, filesRemoved: removed,
                    seconds: Date().timeIntervalSince(started), sources: sources, fileCount: fileCount, site: site)
        }
        // Each asset with its stamp, taken once for the check below and the site.
        let assets = pipeline.assets(content).map { (source: $0.0, path: $0.1, stamp: FileStamp($0.0)) }
        // A save that changed nothing (the same content read again, the same settings,
        // templates, date and assets) gets the last result without checking or rendering.
        if let last = lastGood, newFiles.changes == 0, last.config == content.config, last.today == today,
           last.templates == templates.templates?.fingerprint, assetsUnchanged(assets) {
            return outcome(last.diagnostics, succeeded: true, sources: last.sources)
        }
        lastGood = nil
        // Steps 2 to 4, as every build runs them.
        // A file's findings are kept while its stamp (what it was read from, under the
        // settings the context's print covers) and the context are the same; its events while
        // its stamp, the settings (which it was read with) and the context are.
        let findings = fileFindings, events = fileEvents, cache = files
        var configuration = Hasher()
        configuration.combine(content.config)
        let settings = configuration.finalize()
        let checked = pipeline.check(loaded, templates: templates, after: lastPlan, keepingFieldLocations: true,
                                     fileFindings: FileFindings { file, context, make in
            Self.kept(in: findings, file: file, stamps: cache, context: context(), make: make)
        }, fileEvents: FileEvents { file, context, make in
            var both = Hasher()
            both.combine(settings)
            both.combine(context)
            return Self.kept(in: events, file: file, stamps: cache, context: both.finalize(), make: make)
        })
        lastPlan = checked.plan
        if !checked.plan.isPreviousWithNewEvents { numbered = nil }
        fileFindings = findings.advanced()
        fileEvents = events.advanced()
        untidy += [findings.prune, events.prune]
        let diagnostics = checked.diagnostics
        guard let set = checked.templates, !checked.hasErrors else {
            return outcome(diagnostics, succeeded: false, sources: checked.content.sources)
        }
        var global = Hasher()
        global.combine(content.config)
        global.combine(today)
        global.combine(pipeline.stamp(today: today))
        global.combine(set.fingerprint)
        let plan = checked.plan
        // The plan's files are numbered again only when they are not the last plan's.
        if numbered?.slots.fileCount != plan.files.count { numbered = nil }
        let slots = numbered?.slots ?? DependencySlots(files: plan.files)
        let prints = Fingerprints(checked: checked, slots: slots, global: global.finalize(), stamp: { cache.stamp(of: $0) })
        let store = pieces, lists = cardLists
        let generation = prints.cardGeneration
        let eventPrints = prints.events
        let print: @Sendable (CalendarEvent) -> Int = { eventPrints[$0.id] ?? $0.hashValue }
        let reuse = EventPieces { event, kind, settings, make in
            var key = settings
            switch kind {
            case .card, .cardText: key = generation
            case .vevent, .atomEntry: break
            }
            let eventPrint = print(event)
            return store.value(PieceKey(kind: kind, settings: key, eventPrint: eventPrint), from: eventPrint, make: make)
        } cards: { count, event, root, make in
            // A list's joined cards are what its cards are: the root and the cards'
            // generation, and each event's print, in order (as each card's key has them).
            var hasher = Hasher()
            hasher.combine(root)
            hasher.combine(generation)
            hasher.combine(count)
            for index in 0..<count { hasher.combine(print(event(index))) }
            let listPrint = hasher.finalize()
            return lists.value(listPrint, from: listPrint, make: make)
        }
        // Step 5, for the planned files whose fingerprint changed.
        guard let renderer = pipeline.renderer(for: checked, pieces: reuse) else {
            return outcome(diagnostics, succeeded: false, sources: checked.content.sources)
        }
        let fingerprints = prints.ofFiles(slots)
        let stale = if let kept = numbered?.fingerprints {
            plan.files.indices.filter { kept[$0] != fingerprints[$0] }
        } else {
            plan.files.indices.filter { rendered[plan.files[$0].path]?.fingerprint != fingerprints[$0] }
        }
        // Feeds stay as they are made while written: each is joined from its pieces when it
        // is asked for, which a preview seldom does, instead of on every rebuild (a large
        // network's re-rendered feeds are 60 MB). A piece is taken from the store only while
        // its event's fingerprint is the one the feed was planned with, and made again
        // otherwise, so a feed joined after later rebuilds is still the one planned here.
        let fresh = renderer.render(stale.map { plan.files[$0] }) { _, file in file }
        // The last table, with the re-rendered files put in and the files no longer planned
        // taken out (there are some exactly when it holds more files than the plan).
        var next = rendered
        for (position, index) in stale.enumerated() { next[plan.files[index].path] = RenderedFile(fingerprint: fingerprints[index], file: fresh[position]) }
        var removed = 0
        if next.count > plan.files.count {
            let planned = Set(plan.files.map(\.path))
            for path in next.keys where !planned.contains(path) { next.removeValue(forKey: path); removed += 1 }
        }
        var sources: [String: URL] = [:], stamps: [String: FileStamp] = [:]
        var changedAssets = 0
        for (source, path, stamp) in assets {
            sources[path] = source
            if let stamp { stamps[path] = stamp }
            if stamp == nil || assetStamps[path] != stamp { changedAssets += 1 }
        }
        removed += assetStamps.keys.filter { sources[$0] == nil }.count
        rendered = next
        numbered = (slots, fingerprints)
        pieces = store.advanced()
        cardLists = lists.advanced()
        untidy += [store.prune, lists.prune]
        assetStamps = stamps
        site = PreviewSite(rendered: next, assets: sources)
        lastGood = (content.config, today, set.fingerprint, diagnostics, checked.content.sources)
        return outcome(diagnostics, succeeded: true, sources: checked.content.sources, rendered: fresh.count,
                       changed: fresh.count + changedAssets, removed: removed)
    }

    /// Drops the findings, events, pieces and lists of cards the last rebuild did not use, so
    /// that those of deleted files and events, or made under other settings, do not pile up. `hubsite serve` calls it
    /// once the preview is up, so that the edit after the first build (which leaves most of
    /// that build's pieces unused) is not kept waiting for them to be dropped; `rebuild()`
    /// does it first when it was not called.
    public func tidy() {
        lock.lock()
        defer { lock.unlock() }
        pruneUnused()
    }

    private func pruneUnused() {
        for prune in untidy { prune() }
        untidy = []
    }

    /// What `store` kept for a content file while the stamp it was read with and `context`
    /// are the same, else `make()`'s (a file without a stamp is not kept).
    private static func kept<Value>(in store: FragmentStore<String, Int, Value>, file: String, stamps: FileCache, context: Int,
                                    make: () -> Value) -> Value {
        guard let stamp = stamps.stamp(of: file) else { return make() }
        var hasher = Hasher()
        hasher.combine(stamp)
        hasher.combine(context)
        return store.value(file, from: hasher.finalize(), make: make)
    }

    /// True when the assets are the files of the last good site, with the same stamps.
    private func assetsUnchanged(_ assets: [(source: URL, path: String, stamp: FileStamp?)]) -> Bool {
        assets.count == assetStamps.count && assets.allSatisfy { asset in
            asset.stamp.map { assetStamps[asset.path] == $0 } ?? false
        }
    }
}
