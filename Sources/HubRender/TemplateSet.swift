import Foundation
import HubModel

/// The templates a build renders with: the built-in theme, overridden file by file by the
/// project's `templates/*.mustache`. Loading parses each once (`TemplateParser`), checks what
/// Mustache leaves silent (every partial and parent a template names must exist, every page
/// template must be there, every tag must resolve) and compiles each page template for the
/// values it receives, once per language of the site.
public struct TemplateSet: Sendable {
    public static let rule = RuleID.template
    /// Template name → the file it came from (`templates/hub.mustache` or `(built-in) hub`).
    public let origins: [String: String]
    /// Changes whenever any template's text changes: incremental rebuilds re-render everything then.
    public let fingerprint: Int
    /// Every page template, compiled for its typed values.
    let compiled: [String: CompiledTemplate]
    /// The words its `{{words.key}}` tags were replaced with.
    public let words: Words
    /// The same templates with the words of each other language of the site, by language.
    let translations: [String: TemplateSet]
    /// The templates' texts as written, by name: what the tests hand the reference renderers.
    let texts: [String: String]
    /// Renders in place of the compiled templates when set: the tests put swift-mustache here,
    /// the reference the compiled output is compared with. A build never sets it.
    let reference: (@Sendable (_ name: String, _ values: any TemplateValue) -> String)?

    init(origins: [String: String], fingerprint: Int, compiled: [String: CompiledTemplate], words: Words = .english,
         translations: [String: TemplateSet] = [:], texts: [String: String] = [:],
         reference: (@Sendable (String, any TemplateValue) -> String)? = nil) {
        self.origins = origins
        self.fingerprint = fingerprint
        self.compiled = compiled
        self.words = words
        self.translations = translations
        self.texts = texts
        self.reference = reference
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
    /// `languagesAt`: where hubsite.yml names the languages, for a language with no words.
    public static func load(source: URL, languages: [String] = ["en-GB"], languagesAt: SourceLocation = SourceLocation(file: "hubsite.yml", line: 1, column: 1),
                            reusing previous: LoadResult? = nil) -> LoadResult {
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
        let (words, wordProblems) = ThemeWords.load(source: source, languages: languages, languagesAt: languagesAt)
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
        var trees: [String: [TemplateNode]] = [:]
        for (name, text) in texts.sorted(by: { $0.key < $1.key }) {
            let file = origins[name] ?? name
            do {
                trees[name] = try TemplateParser.parse(text)
            } catch {
                diagnostics.append(Diagnostic(severity: .error, rule: rule,
                    location: SourceLocation(file: file, line: error.at.line, column: error.at.column),
                    message: "The template has a syntax error: \(error.description).", hint: error.hint))
                continue
            }
            for reference in references(in: trees[name]!) where texts[reference.name] == nil {
                var hint = "Available templates: \(texts.keys.sorted().joined(separator: ", "))."
                if let guess = Suggestion.closest(to: reference.name, in: texts.keys.sorted()) { hint = "Did you mean '\(guess)'? " + hint }
                diagnostics.append(Diagnostic(severity: .error, rule: rule,
                    location: SourceLocation(file: file, line: reference.at.line, column: reference.at.column),
                    message: "The template uses '\(reference.name)', but there is no template of that name.", hint: hint))
            }
        }
        if diagnostics.isEmpty {
            var check = TemplateCheck(trees: trees, origins: origins)
            for entry in TemplateCatalogue.rendered { if let schema = entry.receives { check.check(entry.name, receives: schema) } }
            diagnostics += check.diagnostics
            diagnostics += words.problems(trees: trees, origins: origins)
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
        // Each language's templates: compiled with its words in place of `{{words.key}}`.
        var sets: [TemplateSet] = []
        for language in words.languages {
            let compiler = TemplateCompiler(trees: trees, words: language)
            var compiled: [String: CompiledTemplate] = [:]
            for entry in TemplateCatalogue.rendered {
                guard let schema = entry.receives else { continue }
                guard let template = compiler.compile(entry.name, receives: schema) else {
                    // The check stops everything the compiler cannot compile; this is a guard.
                    diagnostics.append(Diagnostic(severity: .error, rule: rule,
                        location: SourceLocation(file: origins[entry.name] ?? entry.name, line: 1, column: 1),
                        message: "The template could not be compiled: its sections, blocks and partials nest more than \(TemplateCompiler.maximumDepth) deep.",
                        hint: "Use fewer levels of {{#section}} and {{> partial}}."))
                    continue
                }
                compiled[entry.name] = template
            }
            sets.append(TemplateSet(origins: origins, fingerprint: fingerprint, compiled: compiled, words: language, texts: texts))
        }
        guard diagnostics.isEmpty, let first = sets.first else { return LoadResult(templates: nil, diagnostics: diagnostics) }
        let primary = TemplateSet(origins: origins, fingerprint: fingerprint, compiled: first.compiled, words: first.words,
                                  translations: Dictionary(sets.dropFirst().map { ($0.words.language, $0) }, uniquingKeysWith: { a, _ in a }),
                                  texts: texts)
        return LoadResult(templates: primary, diagnostics: [])
    }

    /// Partials `{{> name}}` and parents `{{< name}}` named in a template, with positions
    /// (a dynamic `{{>*name}}` names none).
    static func references(in tree: [TemplateNode]) -> [(name: String, at: TemplatePosition)] {
        var found: [(name: String, at: TemplatePosition)] = []
        TemplateNode.visit(tree) { node in
            if case .partial(let name, false, _, _, let at) = node, !name.isEmpty { found.append((name, at)) }
        }
        return found
    }

    /// Renders a template with its values; "" only for a name that is not a page template
    /// of the catalogue, or values of another kind than it receives (neither happens: the
    /// renderer asks for each page template with its own values).
    public func render<Value: TemplateValue>(_ name: String, _ values: Value) -> String {
        if let reference { return reference(name, values) }
        guard let template = compiled[name], template.receives == Value.variables.schema.name else { return "" }
        return template.render(values)
    }

    /// The page templates that are compiled.
    public var compiledTemplates: [String] { compiled.keys.sorted() }
}
