import Foundation
import HubModel
import Mustache

/// The templates a build renders with: the built-in theme, overridden file by file by the
/// project's `templates/*.mustache`. Loading checks what swift-mustache leaves silent: every
/// partial and parent a template names must exist, and every page template must be there.
public struct TemplateSet: Sendable {
    public static let rule = RuleID.template
    public let library: MustacheLibrary
    /// Template name → the file it came from (`templates/hub.mustache` or `(built-in) hub`).
    public let origins: [String: String]
    /// Changes whenever any template's text changes: incremental rebuilds re-render everything then.
    public let fingerprint: Int
    /// Page templates compiled for their typed values; one missing here (a construct the
    /// compiler does not handle) is rendered by swift-mustache.
    let compiled: [String: CompiledTemplate]
    /// The words its `{{words.key}}` tags were replaced with.
    public let words: Words
    /// The same templates with the words of each other language of the site, by language.
    let translations: [String: TemplateSet]

    init(library: MustacheLibrary, origins: [String: String], fingerprint: Int, compiled: [String: CompiledTemplate],
         words: Words = .english, translations: [String: TemplateSet] = [:]) {
        self.library = library
        self.origins = origins
        self.fingerprint = fingerprint
        self.compiled = compiled
        self.words = words
        self.translations = translations
    }

    /// The templates with the words of `language` (nil: the site's default language).
    public func inLanguage(_ language: String?) -> TemplateSet {
        language.flatMap { translations[$0] } ?? self
    }

    public struct LoadResult: Sendable {
        public var templates: TemplateSet?
        public var diagnostics: [Diagnostic]
        /// The texts and origins it was made from, so that a later load of the same texts
        /// can return it as it is.
        var made: [String: String] = [:]
    }

    /// Loads built-ins plus overrides from `source/templates`; when they are the texts
    /// `previous` was made from, returns `previous` without parsing, checking and compiling
    /// them again (what `hubsite serve` does after a content edit).
    public static func load(source: URL, languages: [String] = ["en-GB"], reusing previous: LoadResult? = nil) -> LoadResult {
        var texts = BuiltInTheme.templates
        var origins: [String: String] = [:]
        for name in texts.keys { origins[name] = "(built-in) \(name).mustache" }
        let folder = source.appendingPathComponent("templates")
        if let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) {
            for file in names.sorted() where file.hasSuffix(".mustache") && !file.hasPrefix(".") {
                let name = String(file.dropLast(".mustache".count))
                let url = folder.appendingPathComponent(file)
                let inside = url.resolvingSymlinksInPath().standardizedFileURL.path
                    .hasPrefix(source.resolvingSymlinksInPath().standardizedFileURL.path + "/")
                guard inside, let data = FileManager.default.contents(atPath: url.path),
                      let text = String(data: data, encoding: .utf8) else {
                    return LoadResult(templates: nil, diagnostics: [Diagnostic(
                        severity: .error, rule: rule, location: SourceLocation(file: "templates/\(file)", line: 1, column: 1),
                        message: inside ? "The template could not be read as UTF-8 text." : "The template is a link to a file outside the project folder; hubsite does not read outside it.",
                        hint: inside ? "Save the template as UTF-8." : "Replace the link with the file itself.")])
                }
                texts[name] = text
                origins[name] = "templates/\(file)"
            }
        }
        let (words, wordProblems) = ThemeWords.load(source: source, languages: languages)
        var made = texts
        for (name, origin) in origins { made["origin:" + name] = origin }
        for language in words.languages {
            for (key, text) in language.texts { made["words:\(language.language):\(key)"] = text }
            made["language:" + language.language] = ""
        }
        if let previous, previous.made == made, wordProblems.isEmpty { return previous }
        guard wordProblems.isEmpty else { return LoadResult(templates: nil, diagnostics: wordProblems) }
        var result = build(texts: texts, origins: origins, words: words)
        result.made = made
        return result
    }

    public static func build(texts: [String: String], origins: [String: String],
                             words: ThemeWords = ThemeWords(languages: [.english])) -> LoadResult {
        var diagnostics: [Diagnostic] = []
        var library = MustacheLibrary()
        TemplateEscaping.registered
        for (name, text) in texts.sorted(by: { $0.key < $1.key }) {
            let file = origins[name] ?? name
            do {
                library.register(try MustacheTemplate(string: TemplateEscaping.pragma + text), named: name)
            } catch let error as MustacheTemplate.ParserError {
                // The pragma is the first line: the file's line is one less.
                diagnostics.append(Diagnostic(severity: .error, rule: rule,
                    location: SourceLocation(file: file, line: max(1, error.context.lineNumber - 1), column: error.context.columnNumber),
                    message: "The template has a syntax error: \(describe(error.error)).",
                    hint: "Check that every {{#section}} has a matching {{/section}} and every tag is closed with }}."))
            } catch {
                diagnostics.append(Diagnostic(severity: .error, rule: rule, location: SourceLocation(file: file, line: 1, column: 1),
                                              message: "The template could not be parsed: \(error).", hint: nil))
            }
            for reference in references(in: text) where texts[reference.name] == nil {
                var hint = "Available templates: \(texts.keys.sorted().joined(separator: ", "))."
                if let guess = Suggestion.closest(to: reference.name, in: texts.keys.sorted()) { hint = "Did you mean '\(guess)'? " + hint }
                diagnostics.append(Diagnostic(severity: .error, rule: rule,
                    location: SourceLocation(file: file, line: reference.line, column: reference.column),
                    message: "The template uses '\(reference.name)', but there is no template of that name.", hint: hint))
            }
        }
        if diagnostics.isEmpty {
            var check = TemplateCheck(texts: texts, origins: origins)
            for entry in TemplateCatalogue.rendered { if let schema = entry.receives { check.check(entry.name, receives: schema) } }
            diagnostics += check.diagnostics
            diagnostics += words.problems(texts: texts, origins: origins)
        }
        for name in TemplateCatalogue.rendered.map(\.name) where texts[name] == nil {
            diagnostics.append(Diagnostic(severity: .error, rule: rule, location: SourceLocation(file: "templates", line: 1, column: 1),
                                          message: "The page template '\(name)' is missing.", hint: "Run 'hubsite templates export' to get a copy."))
        }
        guard diagnostics.isEmpty else { return LoadResult(templates: nil, diagnostics: diagnostics) }
        var hasher = Hasher()
        for (name, text) in texts.sorted(by: { $0.key < $1.key }) {
            hasher.combine(name)
            hasher.combine(text)
        }
        for language in words.languages {
            hasher.combine(language.language)
            for (key, text) in language.texts.sorted(by: { $0.key < $1.key }) {
                hasher.combine(key)
                hasher.combine(text)
            }
        }
        let fingerprint = hasher.finalize()
        // Each language's templates: the texts with its words in place of `{{words.key}}`.
        let sets = words.languages.map { language in
            made(texts: texts.mapValues { ThemeWords.substitute($0, language) }, origins: origins, fingerprint: fingerprint, words: language)
        }
        guard var primary = sets.first else { return LoadResult(templates: nil, diagnostics: []) }
        primary = TemplateSet(library: primary.library, origins: origins, fingerprint: fingerprint, compiled: primary.compiled,
                              words: primary.words, translations: Dictionary(sets.dropFirst().map { ($0.words.language, $0) },
                                                                             uniquingKeysWith: { a, _ in a }))
        return LoadResult(templates: primary, diagnostics: [])
    }

    /// Templates already checked, parsed and compiled with one language's words in them.
    static func made(texts: [String: String], origins: [String: String], fingerprint: Int, words: Words) -> TemplateSet {
        var library = MustacheLibrary()
        for (name, text) in texts.sorted(by: { $0.key < $1.key }) {
            if let template = try? MustacheTemplate(string: TemplateEscaping.pragma + text) { library.register(template, named: name) }
        }
        var compiled: [String: CompiledTemplate] = [:]
        if let compiler = TemplateCompiler(library: library, names: texts.keys) {
            for entry in TemplateCatalogue.rendered {
                if let schema = entry.receives, let template = compiler.compile(entry.name, receives: schema) { compiled[entry.name] = template }
            }
        }
        return TemplateSet(library: library, origins: origins, fingerprint: fingerprint, compiled: compiled, words: words)
    }

    /// Partials `{{> name}}` and parents `{{< name}}` named in a template, with positions.
    static func references(in text: String) -> [(name: String, line: Int, column: Int)] {
        MustacheTag.scan(text).filter { ($0.sigil == ">" || $0.sigil == "<") && !$0.name.isEmpty && !$0.name.hasPrefix("*") }
            .map { ($0.name, $0.line, $0.column) }
    }

    static func describe(_ error: Error) -> String {
        switch "\(error)" {
        case "sectionCloseNameIncorrect": return "a section is closed with a different name than it was opened with"
        case "unfinishedName": return "a tag is not finished"
        case "expectedSectionEnd": return "a section is opened but never closed"
        default: return "\(error)"
        }
    }

    /// Renders a template with its values; "" only if the name is unknown (checked at load).
    public func render<Value: TemplateValue>(_ name: String, _ values: Value) -> String {
        if let template = compiled[name], template.receives == Value.variables.schema.name { return template.render(values) }
        return library.render(values, withTemplate: name) ?? ""
    }

    /// Whether the template is compiled and inserts every value's text as one piece
    /// (`Program.insertsValuesAsIs`).
    func insertsValuesAsIs(_ name: String) -> Bool {
        compiled[name]?.program.insertsValuesAsIs ?? false
    }

    /// The same templates rendered by swift-mustache alone: the reference the compiled
    /// templates are tested against.
    public var interpreted: TemplateSet {
        TemplateSet(library: library, origins: origins, fingerprint: fingerprint, compiled: [:], words: words,
                    translations: translations.mapValues(\.interpreted))
    }

    /// The page templates that are compiled (the others are rendered by swift-mustache).
    public var compiledTemplates: [String] { compiled.keys.sorted() }
}
