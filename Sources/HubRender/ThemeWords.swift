import Foundation
import HubModel

/// The theme's words in each language of the site: hubsite's own (`en-GB`, `cy`), each
/// overridden text by text by the project's `templates/words/<language>.ftl`. A template
/// writes a text as `{{words.key}}`; the templates of each language are made with its texts
/// in place of those tags, so a page in Welsh costs no more to render than one in English.
/// Every `{{words.key}}` needs a text in every language of the site: one missing is an error
/// at the tag.
public struct ThemeWords: Sendable {
    /// The site's languages, the default first, each with its words.
    public let languages: [Words]
    /// Languages of the site that have no words at all: neither hubsite's nor a word file of
    /// the project's. Their one error is at `languages:` in hubsite.yml, not at every tag.
    public let withoutWords: Set<String>

    public init(languages: [Words], withoutWords: Set<String> = []) {
        self.languages = languages
        self.withoutWords = withoutWords
    }

    /// The words of `language` (nil: the default language's).
    public func words(for language: String?) -> Words {
        language.flatMap { code in languages.first { $0.language == code } } ?? languages.first ?? .english
    }

    /// Where a project's words for `language` go.
    public static func file(for language: String) -> String { "templates/words/\(language).ftl" }

    /// hubsite's words for each of `languages`, with the project's over them; an error for a
    /// word file that cannot be read or has a line that is not `key = text`.
    /// A language with no words at all is one error, at `languagesAt` (where hubsite.yml
    /// names the site's languages).
    public static func load(source: URL, languages: [String], languagesAt: SourceLocation = SourceLocation(file: "hubsite.yml", line: 1, column: 1))
        -> (words: ThemeWords, diagnostics: [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        var all: [Words] = []
        var withoutWords: Set<String> = []
        for language in languages.isEmpty ? ["en-GB"] : languages {
            let builtIn = Words.builtIn(for: language)
            var words = builtIn ?? Words(language: language)
            let path = file(for: language)
            let url = source.appendingPathComponent(path)
            let hasFile = FileManager.default.fileExists(atPath: url.path)
            if builtIn == nil, !hasFile {
                withoutWords.insert(language)
                diagnostics.append(Diagnostic(severity: .error, rule: TemplateSet.rule, location: languagesAt,
                    message: "hubsite has no words for \(Translation.languageName(String(language.prefix(40)))), and the project has no \(path).",
                    hint: "Check the code: hubsite has words for \(Words.builtInFiles.map(\.language).joined(separator: " and ")). For another language, "
                        + "create \(path) with a line 'key = text' for each text ('hubsite templates export' writes the English words to start from)."))
            } else if hasFile {
                if let data = FileManager.default.contents(atPath: url.path), let text = String(data: data, encoding: .utf8) {
                    let parsed = Words.parse(text, file: path, language: language)
                    diagnostics += parsed.problems
                    words = words.overridden(by: parsed.words)
                } else {
                    diagnostics.append(Diagnostic(severity: .error, rule: TemplateSet.rule, location: SourceLocation(file: path, line: 1, column: 1),
                                                  message: "The word file could not be read as UTF-8 text.", hint: "Save it as UTF-8."))
                }
            }
            all.append(words)
        }
        return (ThemeWords(languages: all, withoutWords: withoutWords), diagnostics)
    }

    /// What is wrong with the words the templates use: a `{{words.key}}` with no text in a
    /// language of the site (at the tag), a text hubsite itself needs missing from a language
    /// (at its word file), and a text that would open a template tag.
    func problems(trees: [String: [TemplateNode]], origins: [String: String]) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        var used: Set<String> = []
        let known = Set(languages.flatMap(\.texts.keys) + Words.english.texts.keys)
        for (name, tree) in trees.sorted(by: { $0.key < $1.key }) {
            let file = origins[name] ?? name
            for tag in Self.wordTags(in: tree) {
                let key = String(tag.name.dropFirst("words.".count))
                used.insert(key)
                let location = SourceLocation(file: file, line: tag.at.line, column: tag.at.column)
                if tag.isSection {
                    diagnostics.append(Diagnostic(severity: .error, rule: TemplateSet.rule, location: location,
                        message: "The template uses the words '\(key)' as a section; words are text to print.",
                        hint: "Print them with {{words.\(key)}}."))
                    continue
                }
                for words in languages where words.texts[key] == nil && !withoutWords.contains(words.language) {
                    var hint = "Add '\(key) = …' to \(Self.file(for: words.language))."
                    if !known.contains(key), let guess = TemplateCheck.guess(key, in: known.sorted()) {
                        hint = "Did you mean 'words.\(guess)'? " + hint
                    }
                    diagnostics.append(Diagnostic(severity: .error, rule: TemplateSet.rule, location: location,
                        message: "The template uses the words '\(key)', which have no \(Translation.languageName(words.language)) text, so the page would show nothing there.",
                        hint: hint))
                }
            }
        }
        // The texts hubsite writes itself (headings, labels, dates): every language needs each.
        let needed = Set(Words.english.texts.keys).subtracting(used)
        for words in languages where !withoutWords.contains(words.language) {
            let missing = needed.subtracting(words.texts.keys).sorted()
            if !missing.isEmpty {
                let shown = missing.prefix(8).joined(separator: ", ") + (missing.count > 8 ? " and \(missing.count - 8) more" : "")
                diagnostics.append(Diagnostic(severity: .error, rule: TemplateSet.rule,
                    location: SourceLocation(file: Self.file(for: words.language), line: 1, column: 1),
                    message: "hubsite has no \(Translation.languageName(words.language)) words for \(missing.count) text\(missing.count == 1 ? "" : "s") it writes on pages: \(shown).",
                    hint: "Create \(Self.file(for: words.language)) with a line 'key = text' for each; 'hubsite templates export' writes the English words to start from."))
            }
            for (key, text) in words.texts.sorted(by: { $0.key < $1.key }) where text.contains("{{") || text.contains("}}") {
                diagnostics.append(Diagnostic(severity: .error, rule: TemplateSet.rule,
                    location: words.origins[key] ?? SourceLocation(file: Self.file(for: words.language), line: 1, column: 1),
                    message: "The text of '\(key)' contains '{{' or '}}', which would start a template tag.",
                    hint: "Write the text without double braces."))
            }
        }
        return diagnostics
    }

    /// The `{{words.key}}` tags of a template (and sections over a `words.` name), wherever
    /// they stand: inside sections, blocks and a parent's overrides.
    static func wordTags(in tree: [TemplateNode]) -> [(name: String, isSection: Bool, at: TemplatePosition)] {
        var tags: [(name: String, isSection: Bool, at: TemplatePosition)] = []
        TemplateNode.visit(tree) { node in
            switch node {
            case .variable(let name, let transforms, _, let at) where transforms.isEmpty && name.hasPrefix("words."):
                tags.append((name, false, at))
            case .section(let name, let transforms, _, _, let at) where transforms.isEmpty && name.hasPrefix("words."):
                tags.append((name, true, at))
            default:
                break
            }
        }
        return tags
    }
}
