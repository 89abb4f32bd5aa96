import Foundation
import HubModel
import HubParallel
import Yams

/// Loads a source folder (`content/`, optional `hubsite.yml`) into a `ContentSet`, with every
/// problem found on the way. Files are read and their front matter composed in parallel;
/// Markdown goes through the serialised cmark-gfm renderer.
public struct ContentLoader: Sendable {
    /// Any single content file larger than this is refused: no hub page comes near it, and it
    /// keeps a build's memory and time bounded.
    public static let maxFileBytes = 5 * 1024 * 1024

    public let source: URL
    /// The project folder with links resolved, once: every file read must lie inside it.
    let resolvedSource: String

    /// The threads that read files side by side.
    public let workers: Workers

    public init(source: URL, workers: Workers = .allCores) {
        self.source = source
        self.workers = workers
        self.resolvedSource = source.resolvingSymlinksInPath().standardizedFileURL.path
    }

    public struct Result: Sendable {
        public var content: ContentSet
        public var diagnostics: [Diagnostic]
    }

    public func load() -> Result {
        load(reusing: nil).result
    }

    /// Loads, re-reading only files whose stamp changed since `cache` was made, or that were
    /// modified too recently for the stamp to tell (`FileStamp.isSettled`): what `hubsite
    /// serve` does after a save. The result equals a full load's.
    public func load(reusing cache: FileCache?) -> (result: Result, cache: FileCache) {
        var diagnostics: [Diagnostic] = []
        var sources = SourceTexts()

        var config = SiteConfig()
        let configURL = source.appendingPathComponent(ConfigLoader.fileName)
        if FileManager.default.fileExists(atPath: configURL.path) {
            switch readText(configURL, relative: ConfigLoader.fileName) {
            case .success(let text):
                sources.add(text, for: ConfigLoader.fileName)
                let (loaded, problems) = ConfigLoader.load(text: text)
                config = loaded
                diagnostics += problems
            case .failure(let problem):
                diagnostics.append(problem)
            }
        }

        let renderer = MarkdownRenderer(allowRawHTML: config.allowRawHTML)
        // Paths joined as text: building a URL for each of 10,000 files was a quarter of a
        // rebuild's loading time.
        let folder = source.path.hasSuffix("/") ? source.path : source.path + "/"
        let hubListing = FolderListing(path: folder + "content/hubs")
        let opportunityListing = FolderListing(path: folder + "content/opportunities")
        let activityListing = FolderListing(path: folder + "content/activities")
        let hubNames = Self.markdownNames(hubListing), opportunityNames = Self.markdownNames(opportunityListing)
        let activityNames = Self.markdownNames(activityListing)
        if !FileManager.default.fileExists(atPath: source.appendingPathComponent("content").path) {
            diagnostics.append(Diagnostic(severity: .error, rule: RuleID.frontMatter,
                                          location: SourceLocation(file: "content", line: 1, column: 1),
                                          message: "There is no 'content' folder in \(source.path).",
                                          hint: "Run hubsite in the project folder, or pass it with --source DIR."))
        }

        let stamps = (hubListing?.stamps(of: hubNames, workers: workers) ?? []) + (opportunityListing?.stamps(of: opportunityNames, workers: workers) ?? [])
            + (activityListing?.stamps(of: activityNames, workers: workers) ?? [])
        let all = hubNames.map { ("content/hubs/" + $0, ContentKind.hub) } + opportunityNames.map { ("content/opportunities/" + $0, ContentKind.opportunity) }
            + activityNames.map { ("content/activities/" + $0, ContentKind.activity) }
        let stamped: [(file: String, kind: ContentKind, stamp: FileStamp?)] = all.indices.map { (all[$0].0, all[$0].1, stamps[$0]) }
        let now = Date()
        let zone = TimeZone(identifier: config.timeZone)
        let read: [(result: FileResult, changed: Bool)] = workers.map(stamped) { file, kind, stamp in
            let cached = cache?.entries[file].flatMap { $0.rawHTML == config.allowRawHTML && cache?.languages == config.languages && cache?.timeZone == config.timeZone ? $0 : nil }
            if let stamp, let cached, cached.stamp == stamp, stamp.isSettled(at: now) { return (cached.result, false) }
            let result = loadFile(file, kind: kind, renderer: renderer, languages: config.languages, zone: zone)
            return (result, cached?.result != result)
        }
        // One pass over the results: each holds a whole hub or opportunity, and copying
        // 10,000 of them into intermediate lists was a third of a rebuild's loading.
        var newCache = FileCache()
        newCache.languages = config.languages
        newCache.timeZone = config.timeZone
        newCache.entries.reserveCapacity(read.count)
        var hubs: [Hub] = []
        var opportunities: [Opportunity] = []
        var activities: [Activity] = []
        var unreadHubs: [String: String] = [:]
        var translations: [Translation] = []
        for index in read.indices {
            let result = read[index].result
            if read[index].changed { newCache.changes += 1 }
            if let stamp = stamped[index].stamp { newCache.entries[result.file] = (stamp, config.allowRawHTML, result) }
            diagnostics += result.diagnostics
            if let text = result.text { sources.add(text, for: result.file) } else { sources.record(result.file) }
            sources.record(result.removed, in: result.file)
            if let hub = result.hub { hubs.append(hub) } else if stamped[index].kind == .hub,
                                                                let slug = Self.mainLanguageSlug(of: result.file, languages: config.languages) {
                unreadHubs[slug] = result.file
            }
            if let opportunity = result.opportunity { opportunities.append(opportunity) }
            if let activity = result.activity { activities.append(activity) }
            if let translation = result.translation { translations.append(translation) }
        }
        // A translation's original is found by its address, whatever the file is called:
        // `south.md`, or `south.en-GB.md` as Decap CMS names it.
        if !translations.isEmpty, let main = config.languages.first {
            let files = Set(read.lazy.map(\.result.file))
            var renamed: [String: (from: String, to: String)] = [:]
            for index in translations.indices where !files.contains(translations[index].originalFile) {
                let named = Translation.file(kind: translations[index].kind, slug: translations[index].slug, language: main)
                guard files.contains(named) else { continue }
                renamed[translations[index].file] = (translations[index].originalFile, named)
                translations[index].originalFile = named
            }
            // The translation's own findings (a fact written in it) named the original as
            // hubsite names it; they name the file it is in.
            if !renamed.isEmpty {
                diagnostics = diagnostics.map { diagnostic in
                    guard let (from, to) = renamed[diagnostic.location.file] else { return diagnostic }
                    var named = diagnostic
                    named.message = named.message.replacingOccurrences(of: from, with: to)
                    named.hint = named.hint?.replacingOccurrences(of: from, with: to)
                    return named
                }
            }
        }
        // Files that went away.
        newCache.changes += cache?.entries.keys.filter { newCache.entries[$0] == nil }.count ?? 0
        var content = ContentSet(config: config, hubs: hubs, opportunities: opportunities,
                                 assets: assetFiles(listed: ["hubs/": hubListing, "opportunities/": opportunityListing,
                                                             "activities/": activityListing].compactMapValues { $0 }),
                                 sources: sources)
        content.activities = activities
        content.unreadHubs = unreadHubs
        content.translations = translations
        content.imageSizes = imageSizes(of: content)
        content.fileSizes = fileSizes(of: content)
        return (Result(content: content, diagnostics: diagnostics), newCache)
    }

    /// One content file, loaded: its model (if it could be read) and its problems.
    public struct FileResult: Sendable, Equatable {
        public var file: String {
            _read { yield storage.value.file }
            set { storage.value.file = newValue }
        }
        public var text: String? {
            _read { yield storage.value.text }
            set { storage.value.text = newValue }
        }
        public var hub: Hub? {
            _read { yield storage.value.hub }
            set { storage.value.hub = newValue }
        }
        public var opportunity: Opportunity? {
            _read { yield storage.value.opportunity }
            set { storage.value.opportunity = newValue }
        }
        public var activity: Activity? {
            _read { yield storage.value.activity }
            set { storage.value.activity = newValue }
        }
        public var translation: Translation? {
            _read { yield storage.value.translation }
            set { storage.value.translation = newValue }
        }
        public var diagnostics: [Diagnostic] {
            _read { yield storage.value.diagnostics }
            set { storage.value.diagnostics = newValue }
        }
        /// The invisible characters read past (the rules' positions are moved past them).
        public var removed: RemovedCharacters {
            _read { yield storage.value.removed }
            set { storage.value.removed = newValue }
        }

        /// Held once and shared by copies until one is changed: a rebuild takes 10,000 results
        /// from the cache, each a whole hub or opportunity.
        private var storage: Shared<Fields>

        struct Fields: Sendable, Equatable {
            var file: String
            var text: String?
            var hub: Hub?
            var opportunity: Opportunity?
            var activity: Activity?
            var translation: Translation?
            var diagnostics: [Diagnostic] = []
            var removed = RemovedCharacters()
        }

        init(file: String) {
            storage = Shared(Fields(file: file))
        }
    }

    /// The texts of `files` that `sources` does not hold, read again: a file's text is kept
    /// while it is loaded only when loading it found a problem, and the rules' diagnostics
    /// need the lines they point at.
    public func texts(of files: Set<String>, adding sources: SourceTexts) -> SourceTexts {
        var sources = sources
        for file in files.sorted() where !sources.hasText(of: file) && (file.hasSuffix(".md") || file == ConfigLoader.fileName) {
            if case .success(let text) = readText(source.appendingPathComponent(file), relative: file) { sources.add(text, for: file) }
        }
        return sources
    }

    /// Reads, checks and parses one content file; its text is kept only when it has problems.
    func loadFile(_ file: String, kind: ContentKind, renderer: MarkdownRenderer, languages: [String], zone: TimeZone? = nil) -> FileResult {
        switch readText(source.appendingPathComponent(file), relative: file) {
        case .success(let text):
            var result = Self.parse(text: text, file: file, kind: kind, renderer: renderer, languages: languages, zone: zone)
            if result.diagnostics.isEmpty { result.text = nil }
            return result
        case .failure(let problem):
            var result = FileResult(file: file)
            result.diagnostics.append(problem)
            return result
        }
    }

    /// Parses a content file's bytes in memory (what the fuzzer drives): text checks, front
    /// matter, YAML, fields and Markdown.
    public static func parse(bytes: [UInt8], file: String, kind: ContentKind, renderer: MarkdownRenderer, languages: [String] = []) -> FileResult {
        switch decode(bytes, relative: file) {
        case .success(let text): return parse(text: text, file: file, kind: kind, renderer: renderer, languages: languages)
        case .failure(let problem):
            var result = FileResult(file: file)
            result.diagnostics.append(problem)
            return result
        }
    }

    /// - Parameter languages: the site's languages: `name.cy.md` is the translation of
    ///   `name.md` into `cy` when `cy` is one of them other than the first.
    ///   - zone: the site's time zone, in which a date and time written as an instant is read
    ///     (Europe/London when nil).
    static func parse(text original: String, file: String, kind: ContentKind, renderer: MarkdownRenderer,
                      languages: [String] = [], zone: TimeZone? = nil) -> FileResult {
        var (result, invisible) = parseReadingPastInvisibles(text: original, file: file, kind: kind, renderer: renderer,
                                                             languages: languages, zone: zone)
        // Every other position is in the text read, without the invisible characters: moved to
        // the file's columns (the rules' later ones are moved by SourceTexts).
        if !invisible.isEmpty { result.diagnostics = invisible + result.diagnostics.map(result.removed.inFile) }
        return result
    }

    /// `parse`, with the diagnostics about invisible characters apart (at the file's columns)
    /// and every other position in the text read without them.
    private static func parseReadingPastInvisibles(text original: String, file: String, kind: ContentKind, renderer: MarkdownRenderer,
                                                   languages: [String], zone: TimeZone?) -> (FileResult, [Diagnostic]) {
        var result = FileResult(file: file)
        result.text = original
        var slug = Self.slug(of: file)
        var language: String?
        if let (original, tag) = Self.translationName(slug) {
            // The main language's page may be named with its code (`south.en-GB.md`), as Decap
            // CMS names it (and as Hugo reads it): the page itself, at the same address.
            slug = original
            if tag != languages.first {
                guard languages.dropFirst().contains(tag) else {
                    result.diagnostics.append(Diagnostic(severity: .error, rule: RuleID.translation, location: SourceLocation(file: file, line: 1, column: 1),
                                     message: "This file is named as a translation into '\(tag)', which is not one of the site's languages.",
                                     hint: "Add the language to hubsite.yml (e.g. 'languages: [\(languages.first ?? "en-GB"), \(tag)]'), or rename the file without '.\(tag)'."))
                    return (result, [])
                }
                language = tag
            }
        }
        let documentStart = SourceLocation(file: file, line: 1, column: 1)
        // Invisible characters are reported and read past, so that the file reads as it looks.
        let (text, invisible, removed) = Self.withoutInvisibleCharacters(original, file: file)
        result.removed = removed
        let front: FrontMatter
        switch FrontMatter.split(text) {
        case .success(let value): front = value
        case .failure(.missing):
            result.diagnostics.append(Diagnostic(severity: .error, rule: FieldReader.rule, location: documentStart,
                message: "The file has no front matter: it must start with a line '---'.",
                hint: "Put the page's fields between two '---' lines at the very top of the file, then the Markdown text."))
            return (result, invisible)
        case .failure(.unclosed(let line, let beforeText)):
            result.diagnostics.append(beforeText
                ? Diagnostic(severity: .error, rule: FieldReader.rule, location: SourceLocation(file: file, line: line, column: 1),
                             message: "The front matter is not closed: there is no line '---' between the fields and this text.",
                             hint: "Add a line '---' just before this line, where the fields end.")
                : Diagnostic(severity: .error, rule: FieldReader.rule, location: SourceLocation(file: file, line: line, column: 1),
                             message: "The front matter starts with '---' but is never closed.",
                             hint: "Add a line '---' after the last field, before the Markdown text."))
            return (result, invisible)
        }
        var reader = FieldReader(file: file, yaml: front.yaml, yamlFirstLine: front.yamlFirstLine, closingLine: front.bodyFirstLine - 1)
        if let zone { reader.zone = zone }
        if let written = front.nearFence {
            let line = front.bodyFirstLine - 1
            reader.report("This line closes the front matter, but it is '\(written)' rather than '---'.",
                          at: SourceLocation(file: file, line: line, column: 1),
                          hint: "Write exactly three hyphens on the line: '---'.",
                          fix: TextFix(line: line, column: 1, original: written, replacement: "---"))
        }
        if !Self.isValidSlug(slug) {
            reader.report("The file name '\(slug).md' cannot be used in a web address.", at: documentStart,
                          hint: "Rename the file using lower-case letters, digits and hyphens only, e.g. 'south-west.md'.")
        }
        guard let root = compose(front.yaml, kind: kind, reader: &reader) else {
            result.diagnostics += reader.diagnostics
            return (result, invisible)
        }
        // Links written from the site root are made relative from the page the text lands on:
        // `hubs/<slug>/`, or a translation's `<language>/hubs/<slug>/`, one folder deeper.
        var body = renderer.render(front.body, firstLine: front.bodyFirstLine, rootPrefix: language == nil ? "../../" : "../../../")
        if let deep = body.tooDeep {
            reader.report("The text nests block quotes or lists more than \(MarkdownDocument.maxNesting) levels deep.",
                          at: SourceLocation(file: file, line: deep.line, column: deep.column),
                          hint: "Use fewer '>' or list markers at the start of the line; no page needs that much nesting.")
            body = MarkdownDocument(firstLine: front.bodyFirstLine)
        }
        if let html = body.omittedHTML {
            reader.fields.markUnread(FieldLocations.text)
            reader.report("This text is written in HTML (as pasted from a word processor or a web page), and hubsite leaves HTML out of pages, so it would be missing.",
                          at: SourceLocation(file: file, line: html.line, column: html.column),
                          hint: "Paste the text again as plain text (Ctrl+Shift+V), then use Markdown for headings ('## '), lists ('- ') and links ('[text](https://…)').",
                          rule: kind == .hub ? RuleID.introduction : kind == .opportunity ? RuleID.opportunity : RuleID.activity)
        }
        if let language {
            result.translation = TranslationLoader.load(root: root, kind: kind, slug: slug, language: language, reader: &reader, body: body)
        } else {
            switch kind {
            case .hub: result.hub = HubLoader.load(root: root, slug: slug, reader: &reader, body: body)
            case .opportunity: result.opportunity = OpportunityLoader.load(root: root, slug: slug, reader: &reader, body: body)
            case .activity: result.activity = ActivityLoader.load(root: root, slug: slug, reader: &reader, body: body)
            }
        }
        result.diagnostics += reader.diagnostics
        return (result, invisible)
    }

    /// Characters that take no space on screen (a byte order mark inside the file, where
    /// joining two files leaves one; zero-width spaces pasted from web pages): each line with
    /// one is reported once, with a fix removing them, and the text is read without them.
    static func withoutInvisibleCharacters(_ text: String, file: String) -> (String, [Diagnostic], RemovedCharacters) {
        let invisible: Set<Unicode.Scalar> = ["\u{FEFF}", "\u{200B}", "\u{2060}"]
        // Their UTF-8 is EF BB BF, E2 80 8B and E2 81 A0: look at bytes before characters.
        var bytes = text
        let maybe = bytes.withUTF8 { utf8 in
            var index = 0
            while index + 2 < utf8.count {
                let (a, b, c) = (utf8[index], utf8[index + 1], utf8[index + 2])
                if (a == 0xEF && b == 0xBB && c == 0xBF) || (a == 0xE2 && ((b == 0x80 && c == 0x8B) || (b == 0x81 && c == 0xA0))) { return true }
                index += 1
            }
            return false
        }
        guard maybe else { return (text, [], RemovedCharacters()) }
        var diagnostics: [Diagnostic] = []
        var removed = RemovedCharacters()
        var lines: [String] = []
        for (index, line) in TextLines(text).all.enumerated() {
            guard let position = line.firstIndex(where: { $0.unicodeScalars.contains(where: invisible.contains) }) else {
                lines.append(String(line))
                continue
            }
            let character = line[position]
            let name = character.unicodeScalars.first == "\u{FEFF}" ? "a byte order mark (U+FEFF), which files carry at their very start" : "a zero-width space (U+\(String(character.unicodeScalars.first(where: invisible.contains)!.value, radix: 16, uppercase: true)))"
            let cleaned = String(String.UnicodeScalarView(line.unicodeScalars.filter { !invisible.contains($0) }))
            for (offset, character) in line.enumerated() where character.unicodeScalars.allSatisfy(invisible.contains) {
                removed.add(line: index + 1, column: offset + 1)
            }
            let column = ColumnCounter.column(of: position, in: line)
            diagnostics.append(Diagnostic(severity: .error, rule: FieldReader.rule, location: SourceLocation(file: file, line: index + 1, column: column),
                message: "This line holds an invisible character: \(name). It changes what the line means to hubsite while looking the same.",
                hint: "Delete the character (hubsite check --fix does it); the line then reads '\(cleaned.prefix(80))'.",
                fix: TextFix(line: index + 1, column: 1, original: String(line), replacement: cleaned)))
            lines.append(cleaned)
        }
        return (lines.joined(separator: "\n"), diagnostics, removed)
    }

    /// `south` for `content/hubs/south.md` (paths as the loader makes them: no trailing `/`).
    static func slug(of file: String) -> String {
        let name = file.lastIndex(of: "/").map { file[file.index(after: $0)...] } ?? file[...]
        return String(name.dropLast(3))
    }

    /// The name of the page `file` holds in the site's main language: `south` for `south.md`
    /// and for `south.en-GB.md` (in a site whose main language is en-GB); nil for a translation.
    static func mainLanguageSlug(of file: String, languages: [String]) -> String? {
        let slug = Self.slug(of: file)
        guard let (original, tag) = translationName(slug) else { return slug }
        return tag == languages.first ? original : nil
    }

    /// `cymru.cy` → (`cymru`, `cy`): a file name that names a translation, by ending in a
    /// language code, whether or not the site has that language.
    public static func translationName(_ slug: String) -> (original: String, language: String)? {
        guard let dot = slug.lastIndex(of: ".") else { return nil }
        let tag = String(slug[slug.index(after: dot)...])
        return ConfigLoader.isLanguageTag(tag) ? (String(slug[..<dot]), tag) : nil
    }

    /// The front matter's node tree, reporting the mistakes of writing found line by line
    /// (`YAMLMistakes`), else the parser's error. Mistakes whose correction cannot be wrong are
    /// corrected in memory before parsing, so that the file is read as meant and the mistake
    /// is its only diagnostic; nil when the front matter cannot be read.
    static func compose(_ yaml: String, kind: ContentKind, reader: inout FieldReader) -> Node? {
        // Most files parse and hold nothing a line-by-line look would find: read them at once.
        var parsed: Swift.Result<Node, Error>?
        if !YAMLMistakes.mayHideMistakes(yaml) {
            parsed = YAMLDocument.parse(yaml)
            if case .success(let node) = parsed { return node }
        }
        let mistakes = YAMLMistakes(knownKeys: FrontMatterFields.allNames(of: kind))
        var found = mistakes.find(in: yaml)
        let repaired = found.contains { $0.fix != nil } ? YAMLMistakes.repaired(yaml, with: found) : yaml
        let root: Node?
        // Yams' positions are columns in the text it parsed.
        if repaired != yaml { reader.yaml = TextLines(repaired) }
        switch repaired == yaml ? (parsed ?? YAMLDocument.parse(yaml)) : YAMLDocument.parse(repaired) {
        case .success(let node):
            root = node
            found.removeAll { $0.onlyWhenParsingFails }
        case .failure(let error):
            root = nil
            if !found.contains(where: { $0.breaksParsing && $0.fix == nil }) {
                if let indentation = mistakes.indentation(in: repaired) {
                    found.append(indentation)
                } else {
                    for finding in found { report(finding, reader: &reader) }
                    YAMLDocument.report(error, yaml: repaired, reader: &reader)
                    return nil
                }
            }
        }
        for finding in found { report(finding, reader: &reader) }
        return root
    }

    private static func report(_ finding: YAMLMistakes.Finding, reader: inout FieldReader) {
        let location = reader.location(line: finding.line, column: finding.column)
        let fix = finding.fix.map { TextFix(line: location.line, column: $0.column, original: $0.original, replacement: $0.replacement) }
        reader.report(finding.message, at: location, hint: finding.hint, fix: fix)
    }

    public static func isValidSlug(_ slug: String) -> Bool {
        !slug.isEmpty && slug.count <= 100 && slug.first != "-" && slug.first != "."
            && slug.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0) || $0 == "-" || $0 == "_" }
    }

    /// Reads a file as text, refusing what is too large, binary or not UTF-8.
    func readText(_ url: URL, relative: String) -> Swift.Result<String, Diagnostic> {
        let start = SourceLocation(file: relative, line: 1, column: 1)
        func problem(_ message: String, _ hint: String, at location: SourceLocation? = nil) -> Swift.Result<String, Diagnostic> {
            .failure(Diagnostic(severity: .error, rule: FieldReader.rule, location: location ?? start, message: message, hint: hint))
        }
        // A link may point anywhere; only files inside the project are read, and the size limit
        // applies to the file a link leads to, not to the link.
        guard let path = realPathInsideProject(url) else {
            return problem("The file is a link to a file outside the project folder; hubsite does not read outside it.",
                           "Replace the link with the file itself.")
        }
        // One lstat and plain reads: FileManager's attribute dictionaries, asked twice per
        // file, were 7 % of a large build.
        var info = stat()
        guard lstat(path, &info) == 0, info.st_mode & S_IFMT != S_IFDIR else {
            return problem("The file could not be read.", "Check that it exists, that it is a file and that you may read it.")
        }
        if Int(info.st_size) > Self.maxFileBytes {
            return problem("The file is larger than \(Self.maxFileBytes / 1024 / 1024) MB, far more than any page needs.",
                           "Shorten the text, or move large material into a linked document.")
        }
        guard let bytes = Self.readBytes(path, expected: Int(info.st_size)) else {
            return problem("The file could not be read.", "Check that it exists and that you may read it.")
        }
        return Self.decode(bytes, relative: relative)
    }

    /// The bytes of a file, read to its end (`expected` is the size to start with).
    static func readBytes(_ path: String, expected: Int) -> [UInt8]? {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var bytes = [UInt8](repeating: 0, count: max(expected, 0) + 1)
        var count = 0
        while true {
            if count == bytes.count { bytes += [UInt8](repeating: 0, count: bytes.count) }
            let got = bytes.withUnsafeMutableBytes { buffer in
                read(fd, buffer.baseAddress! + count, buffer.count - count)
            }
            if got < 0 {
                if errno == EINTR { continue }
                return nil
            }
            if got == 0 { break }
            count += got
        }
        bytes.removeLast(bytes.count - count)
        return bytes
    }

    /// The file's path with links resolved, when it lies inside the project; nil otherwise. Only a
    /// path that is a link (or has one among its folders) needs resolving; most do not.
    func realPathInsideProject(_ url: URL) -> String? {
        var info = stat()
        let isLink = lstat(url.path, &info) == 0 && info.st_mode & S_IFMT == S_IFLNK
        let path = isLink || !url.path.hasPrefix(resolvedSource + "/")
            ? url.resolvingSymlinksInPath().standardizedFileURL.path : url.path
        return path.hasPrefix(resolvedSource + "/") ? path : nil
    }

    /// Bytes to trusted text: UTF-8, no NUL, no BOM, LF line endings.
    static func decode(_ bytes: [UInt8], relative: String) -> Swift.Result<String, Diagnostic> {
        func problem(_ message: String, _ hint: String, at location: SourceLocation) -> Swift.Result<String, Diagnostic> {
            .failure(Diagnostic(severity: .error, rule: FieldReader.rule, location: location, message: message, hint: hint))
        }
        switch TextNormaliser.normalise(bytes) {
        case .success(let text): return .success(text)
        case .failure(.binary(let line, let column)):
            return problem("The file is not text (it contains a NUL byte); perhaps an image or document was saved with a .md name.",
                           "Save the page as plain text with a .md name, or move the file out of the content folder.",
                           at: SourceLocation(file: relative, line: line, column: column))
        case .failure(.notUTF8(let line, let column)):
            return problem("The file is not valid UTF-8 text (a byte at this position is not a character).",
                           "Re-save the file as UTF-8 in your editor (often 'Save with encoding' → 'UTF-8').",
                           at: SourceLocation(file: relative, line: line, column: column))
        }
    }

    /// The names of a folder's Markdown files, in order (a README is not content).
    static func markdownNames(_ listing: FolderListing?) -> [String] {
        (listing?.entries ?? []).lazy.map(\.name).filter { $0.hasSuffix(".md") && !$0.hasPrefix(".") && $0 != "README.md" }.sorted()
    }

    /// Every non-Markdown file under `content/` (logos, documents), relative to `content/`:
    /// regular files only (not links), in folders that are not hidden or links. Read with
    /// readdir: a walk making a URL of each of a large network's 10,000 content files took
    /// 18 ms of every rebuild. `listed` are folders already read, by their path relative to
    /// `content/` (`hubs/`), taken as they are instead of read again.
    func assetFiles(listed: [String: FolderListing] = [:]) -> [String] {
        var assets: [String] = []
        func walk(_ folder: String, _ relative: String) {
            guard let listing = listed[relative] ?? FolderListing(path: folder) else { return }
            for entry in listing.entries {
                let name = entry.name
                if name.hasPrefix(".") { continue }
                let path = folder + "/" + name
                var type = entry.type
                if type == UInt8(DT_UNKNOWN) {
                    var info = stat()
                    guard lstat(path, &info) == 0 else { continue }
                    type = info.st_mode & S_IFMT == S_IFDIR ? UInt8(DT_DIR) : info.st_mode & S_IFMT == S_IFREG ? UInt8(DT_REG) : 0
                }
                if type == UInt8(DT_DIR) {
                    walk(path, relative + name + "/")
                } else if type == UInt8(DT_REG), !Self.isMarkdown(name) {
                    assets.append(relative + name)
                }
            }
        }
        walk(source.appendingPathComponent("content").standardizedFileURL.path, "")
        return assets.sorted()
    }

    /// The pixel sizes of the pictures a page can be shared with (and of activities' photos, which
    /// their pages give with their width and height), read from their headers: only
    /// files the content listing found under `content/`, and only the first 256 KB of each (a
    /// JPEG's frame header follows its metadata, seldom further in).
    func imageSizes(of content: ContentSet) -> [String: PixelSize] {
        let listed = Set(content.assets)
        // Closures, not key paths: a key path to a property of another module is read through
        // the runtime's generic accessor, and 8,000 opportunities' images took 10 ms that way.
        let pictures = Set(content.hubs.flatMap { $0.organisations.compactMap { $0.logo } } + content.opportunities.compactMap { $0.image }
                           + [content.config.shareImage].compactMap { $0 }
                           + content.activities.flatMap { $0.photos.compactMap(\.file) }
                           + content.opportunities.flatMap { $0.activity?.photos.compactMap(\.file) ?? [] })
        let folder = source.appendingPathComponent("content")
        var sizes: [String: PixelSize] = [:]
        for path in pictures where listed.contains(path) && PixelSize.mimeType(ofPath: path) != nil {
            guard let handle = try? FileHandle(forReadingFrom: folder.appendingPathComponent(path)) else { continue }
            defer { try? handle.close() }
            if let data = try? handle.read(upToCount: 256 * 1024), let size = PixelSize(imageData: data) { sizes[path] = size }
        }
        return sizes
    }

    /// The size of each file a hub offers to download that the content listing found under
    /// `content/` (so read from no other place): the page says it, and the rule `resources`
    /// holds it to the site's limit.
    func fileSizes(of content: ContentSet) -> [String: Int] {
        let listed = Set(content.assets)
        let folder = source.appendingPathComponent("content").path + "/"
        var sizes: [String: Int] = [:]
        for hub in content.hubs {
            for resource in hub.resources {
                guard let path = resource.file, listed.contains(path), sizes[path] == nil else { continue }
                var info = stat()
                if stat(folder + path, &info) == 0 { sizes[path] = Int(info.st_size) }
            }
        }
        return sizes
    }

    /// A name ending in `.md`, in any letter case.
    static func isMarkdown(_ name: String) -> Bool {
        let bytes = Array(name.utf8.suffix(3))
        return bytes.count == 3 && bytes[0] == UInt8(ascii: ".") && bytes[1] | 0x20 == UInt8(ascii: "m") && bytes[2] | 0x20 == UInt8(ascii: "d")
    }
}
