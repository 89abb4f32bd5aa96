import Foundation
import HubCalendar
import HubContent
import HubModel
import HubRender
import HubReport
import HubRules

/// The build as a pipeline of named steps:
///
///     load content → validate → load templates → render → write and swap
///
/// Data flows one way: files → model → diagnostics → pages. `check` runs the first three steps;
/// `build` stops before writing when any error was found, so the previous site stays.
public struct BuildPipeline: Sendable {
    public let options: BuildOptions
    public let validator: Validator

    public init(options: BuildOptions, validator: Validator = Validator()) {
        self.options = options
        self.validator = validator
    }

    /// Everything known after the checking steps.
    public struct Checked: Sendable {
        public var content: ContentSet
        public var diagnostics: [Diagnostic]
        public var templates: TemplateSet?
        public var today: LocalDate
        public var fileCount: Int
    }

    public struct Built: Sendable {
        public var checked: Checked
        /// Pages (HTML files) written; nil when the build stopped on errors.
        public var pages: Int?
        public var files: Int
        public var output: URL
    }

    // MARK: Steps

    public func loadContent() -> ContentLoader.Result {
        var result = ContentLoader(source: options.source).load()
        if let base = options.baseURL {
            if let normalised = ConfigLoader.normaliseBaseURL(base) {
                result.content.config.baseURL = normalised
            }
        }
        return result
    }

    public func today(for config: SiteConfig) -> LocalDate {
        options.today ?? LocalDate.today(in: TimeZone(identifier: config.timeZone) ?? TimeZone(identifier: "Europe/London")!)
    }

    /// Load, validate and load templates: what `hubsite check` runs.
    public func check() -> Checked {
        let loaded = loadContent()
        let today = today(for: loaded.content.config)
        var diagnostics = validator.validate(loaded.content, loadDiagnostics: loaded.diagnostics, today: today, source: options.source)
        let templates = TemplateSet.load(source: options.source)
        diagnostics += templates.diagnostics
        var content = loaded.content
        let fileCount = content.sources.files.count
        content.sources = content.sources.keeping(Set(diagnostics.map(\.location.file)))
        return Checked(content: content, diagnostics: diagnostics.sorted(), templates: templates.templates,
                       today: today, fileCount: fileCount)
    }

    /// The instant written as DTSTAMP and feed dates: `SOURCE_DATE_EPOCH` when set (reproducible
    /// builds), else midnight UTC of "today" — never the wall clock.
    public func stamp(today: LocalDate) -> Date {
        if let epoch = ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"], let seconds = Double(epoch) {
            return Date(timeIntervalSince1970: seconds)
        }
        return Date(timeIntervalSince1970: TimeInterval(today.dayNumber) * 86_400)
    }

    /// The renderer for a checked site, with the Healthy Hub report when `report: true`.
    public func renderer(content: ContentSet, diagnostics: [Diagnostic], templates: TemplateSet, today: LocalDate) -> SiteRenderer {
        let health = content.config.report ? HealthReport(content: content, diagnostics: diagnostics, today: today) : nil
        return SiteRenderer(content: content, templates: templates, today: today, stamp: stamp(today: today), health: health)
    }

    /// Content assets to copy, skipping any path that would read outside `content/`.
    public func assets(_ content: ContentSet) -> [(URL, String)] {
        content.assets.compactMap { path in
            guard case .success(let url) = AssetPath.resolve(path, source: options.source) else { return nil }
            return (url, SitePaths.asset(path))
        }
    }

    /// The whole build. Throws only for problems with the output folder; content problems come
    /// back as diagnostics with `pages == nil`.
    /// - Parameter progress: told after each step, e.g. "Checked 12 files: 0 errors, 3 warnings".
    public func build(progress: (String) -> Void = { _ in }) throws -> Built {
        try guardOutput()
        let checked = check()
        progress("Checked: \(DiagnosticSummary(checked.diagnostics, files: checked.fileCount).text)")
        guard let templates = checked.templates, !checked.diagnostics.contains(where: { $0.severity == .error }) else {
            return Built(checked: checked, pages: nil, files: 0, output: options.output)
        }
        let renderer = renderer(content: checked.content, diagnostics: checked.diagnostics, templates: templates, today: checked.today)
        let writer = SiteWriter(output: options.output)
        var pages = 0
        let written = try writer.withLock {
            try writer.write(assets: assets(checked.content)) { stage in
                let staged = renderer.render(consume: stage)
                pages = staged.reduce(0) { $0 + $1.pages }
                progress("Rendered and wrote \(pages) pages and \(staged.reduce(0) { $0 + $1.paths.count } - pages) other files")
                return staged
            }
        }
        progress("Copied the assets and swapped \(written) files into \(options.output.path)")
        return Built(checked: checked, pages: pages, files: written, output: options.output)
    }

    /// The output must not be the project, its content or templates, or a folder above them:
    /// swapping it would throw the user's work away.
    func guardOutput() throws {
        let output = options.output.resolvingSymlinksInPath().path
        let source = options.source.resolvingSymlinksInPath().path
        let protected = [source, source + "/content", source + "/templates", source + "/seeds", source + "/Sources"]
        if protected.contains(output) || source.hasPrefix(output + "/") || output == "/" {
            throw BuildError.outputIsSource(options.output.path)
        }
        for folder in ["content", "templates"] where output.hasPrefix(source + "/" + folder + "/") {
            throw BuildError.outputIsSource(options.output.path)
        }
    }
}
