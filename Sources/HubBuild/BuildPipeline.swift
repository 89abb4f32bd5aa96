import Foundation
import HubCalendar
import HubContent
import HubModel
import HubParallel
import HubPlan
import HubRender
import HubReport
import HubRules

/// The build as a pipeline of named steps:
///
///     load content → load templates → plan the site → validate → render → write and swap
///
/// Data flows one way: files → model → diagnostics → site plan → pages. `check` runs the steps
/// up to validation; `build` stops before writing when any error was found, so the previous
/// site stays; `hubsite serve` runs the same steps after every save, reading only the files
/// that changed (`FileCache`), and renders each page when it is asked for.
public struct BuildPipeline: Sendable {
    public let options: BuildOptions
    public let validator: Validator

    public init(options: BuildOptions, validator: Validator = Validator()) {
        self.options = options
        var validator = validator
        validator.workers = options.workers
        self.validator = validator
    }

    /// Everything known after the checking steps.
    public struct Checked: Sendable {
        public var content: ContentSet
        public var plan: SitePlan
        public var diagnostics: [Diagnostic]
        public var templates: TemplateSet?
        public var today: LocalDate
        public var fileCount: Int

        public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
    }

    public struct Built: Sendable {
        public var checked: Checked
        /// Pages (HTML files) written; nil when the build stopped on errors.
        public var pages: Int?
        public var files: Int
        public var output: URL
        /// What the user should know that is not about the content (search not indexed).
        public var notices: [String] = []
    }

    // MARK: Steps

    /// Step 1: the content, with the command line's base URL over hubsite.yml's.
    public func loadContent() -> ContentLoader.Result {
        withOptions(ContentLoader(source: options.source, workers: options.workers).load())
    }

    /// The command line's settings over the loaded ones. Search is on only when Pagefind is
    /// there to index the site: otherwise the pages would link to an index that never comes,
    /// so it is turned off with a warning saying how to install Pagefind.
    public func withOptions(_ loaded: ContentLoader.Result) -> ContentLoader.Result {
        var result = loaded
        if let base = options.baseURL.flatMap(ConfigLoader.normaliseBaseURL) { result.content.config.baseURL = base }
        if result.content.config.search, pagefind == nil {
            result.content.config.search = false
            result.diagnostics.append(Diagnostic(severity: .warning, rule: RuleID.frontMatter,
                                                 location: result.content.config.fields.location(of: "search"),
                                                 message: "The site asks for search, but Pagefind is not installed, so it is built without search.",
                                                 hint: "Install it with 'pip install pagefind-bin' (or put 'pagefind' on the PATH, or set HUBSITE_PAGEFIND), then build again."))
        }
        return result
    }

    /// The Pagefind that indexes the site: the options', else one installed.
    var pagefind: Pagefind? { options.pagefind ?? Pagefind.find(environment: options.environment) }

    /// Step 2: the built-in theme with the project's overrides, checked and compiled; the
    /// `previous` result when the texts are the same (serve's parsed templates).
    /// `languages`: the site's, each with the theme's words in it.
    public func loadTemplates(languages: [String] = ["en-GB"], languagesAt: SourceLocation = SourceLocation(file: "hubsite.yml", line: 1, column: 1),
                              reusing previous: TemplateSet.LoadResult? = nil) -> TemplateSet.LoadResult {
        TemplateSet.load(source: options.source, languages: languages, languagesAt: languagesAt, reusing: previous)
    }

    public func today(for config: SiteConfig) -> LocalDate {
        options.today ?? LocalDate.today(in: TimeZone(identifier: config.timeZone) ?? TimeZone(identifier: "Europe/London")!)
    }

    /// Whether the checking steps ask the network about outward links.
    public enum Links: Sendable {
        /// When `links: true` in hubsite.yml (what `hubsite build` does).
        case asConfigured
        /// Never (`hubsite check` without `--links`, `hubsite serve` on every save).
        case never
        /// Always, with or without the cache (`hubsite check --links[=fresh]`).
        case check(LinkCheck.Mode)
    }

    /// Steps 3 and 4: plan the site and validate everything, and with `links` check the
    /// outward links over the network. What `hubsite check` runs, after loading.
    public func check(_ loaded: ContentLoader.Result, templates: TemplateSet.LoadResult, links: Links = .never) -> Checked {
        var content = loaded.content
        let today = today(for: content.config)
        // Each other language's events are named in its words ("Cyfarfod Hyb Cymru").
        var words: [String: Words] = [:]
        for language in content.config.otherLanguages {
            if let set = templates.templates?.inLanguage(language), set.words.language == language { words[language] = set.words }
        }
        // Planning and the rules that do not read the plan run side by side; the rules that do
        // read it come after.
        let (plan, contentDiagnostics) = options.workers.both({ SitePlan(content: content, today: today, words: words) },
                                                          { validator.validate(content, loadDiagnostics: loaded.diagnostics, today: today, source: options.source) })
        var diagnostics = contentDiagnostics + validator.validate(content, plan: plan)
        diagnostics += templates.diagnostics
        let mode: LinkCheck.Mode? = switch links {
        case .asConfigured: content.config.checkLinks ? .cached : nil
        case .never: nil
        case .check(let mode): mode
        }
        if let mode {
            diagnostics += LinkCheck(source: options.source, mode: mode, validator: validator).runBlocking(content)
        }
        let fileCount = content.sources.fileCount
        // Only the texts of files with diagnostics are kept: all that printing them needs.
        let files = Set(diagnostics.map(\.location.file))
        content.sources = ContentLoader(source: options.source).texts(of: files, adding: content.sources.keeping(files))
        return Checked(content: content, plan: plan, diagnostics: diagnostics.sorted(), templates: templates.templates,
                       today: today, fileCount: fileCount)
    }

    /// Load, load templates, plan and validate (and check links as `links` says).
    public func check(links: Links = .never) -> Checked {
        let loaded = loadContent()
        return check(loaded, templates: loadTemplates(languages: loaded.content.config.languages, languagesAt: loaded.content.config.languagesLocation), links: links)
    }

    /// The instant written as DTSTAMP and feed dates: `SOURCE_DATE_EPOCH` when set (reproducible
    /// builds), else midnight UTC of "today" — never the wall clock.
    public func stamp(today: LocalDate) -> Date {
        if let epoch = options.environment["SOURCE_DATE_EPOCH"], let seconds = Double(epoch) {
            return Date(timeIntervalSince1970: seconds)
        }
        return Date(timeIntervalSince1970: TimeInterval(today.dayNumber) * 86_400)
    }

    /// Step 5's renderer for a checked site without errors, with the Healthy Hub report when
    /// `report: true`; nil when the site has errors.
    public func renderer(for checked: Checked) -> SiteRenderer? {
        guard let templates = checked.templates, !checked.hasErrors else { return nil }
        let content = checked.content
        let health = content.config.report ? HealthReport(content: content, diagnostics: checked.diagnostics, today: checked.today) : nil
        return SiteRenderer(content: content, plan: checked.plan, templates: templates, stamp: stamp(today: checked.today),
                            health: health, workers: options.workers)
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
        let checked = check(links: .asConfigured)
        progress("Checked: \(DiagnosticSummary(checked.diagnostics, files: checked.fileCount).text)")
        guard let renderer = renderer(for: checked) else {
            return Built(checked: checked, pages: nil, files: 0, output: options.output)
        }
        let writer = SiteWriter(output: options.output, workers: options.workers)
        var pages = 0
        var notices: [String] = []
        let written = try writer.withLock {
            try writer.write(assets: assets(checked.content), folders: checked.plan.folders, render: { stage in
                let staged = renderer.render { _, file in stage([file]) }
                pages = staged.reduce(0) { $0 + $1.pages }
                progress("Rendered and wrote \(pages) pages and \(staged.reduce(0) { $0 + $1.paths.count } - pages) other files")
                return staged
            }, complete: { staging in
                guard checked.content.config.search, let pagefind else { return }
                if pagefind.index(staging) { progress("Indexed the pages for search with Pagefind") }
                else { notices.append("Pagefind could not index the site (\(pagefind.command.joined(separator: " "))), so it has no search index; run it by hand to see why.") }
            })
        }
        progress("Copied the assets and swapped \(written) files into \(options.output.path)")
        var built = Built(checked: checked, pages: pages, files: written, output: options.output)
        built.notices = notices
        return built
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
