import Foundation
import HubContent
import HubModel

/// What `hubsite check --fix` does: applies the fixes diagnostics carry (only corrections that
/// cannot be wrong, see `TextFix`) to the files' text, line by line, and nothing else: the
/// YAML is never written out again, so comments, order and layout stay as they were, and so
/// do the line endings (LF, CRLF or CR, each line's as it was).
public struct ContentFixer: Sendable {
    public let source: URL

    public init(source: URL) {
        self.source = source
    }

    /// One file's corrections.
    public struct FileFix: Sendable, Equatable {
        public var file: String
        public var original: String
        public var fixed: String
        /// Lines changed: (line, before, after).
        public var lines: [ChangedLine]
        /// Fixes applied.
        public var count: Int

        public init(file: String, original: String, fixed: String, lines: [ChangedLine], count: Int) {
            self.file = file
            self.original = original
            self.fixed = fixed
            self.lines = lines
            self.count = count
        }
    }

    /// A line's text before and after, without its line ending (which a fix never changes).
    public struct ChangedLine: Sendable, Equatable {
        public var line: Int
        public var before: String
        public var after: String
    }

    /// The corrections the diagnostics' fixes make, file by file (in path order). A fix whose
    /// line no longer reads as the diagnostic saw it is left out.
    public func plan(_ diagnostics: [Diagnostic]) -> [FileFix] {
        let byFile = Dictionary(grouping: diagnostics.filter { $0.fix != nil }, by: \.location.file)
        var result: [FileFix] = []
        for file in byFile.keys.sorted() {
            guard let data = FileManager.default.contents(atPath: source.appendingPathComponent(file).path) else { continue }
            let original = String(decoding: data, as: UTF8.self)
            // Lines numbered as the diagnostics number them, split on bytes (`TextLines`): a
            // file with CRLF endings is one line to `split(separator: "\n")`.
            let read = TextLines(original)
            var lines = read.all.map(String.init)
            var changed: [Int: String] = [:]
            var count = 0
            // Right to left on each line, so that columns of the fixes still to apply hold.
            for fix in Set(byFile[file]!.compactMap(\.fix)).sorted(by: { ($0.line, -$0.column) < ($1.line, -$1.column) }) {
                guard fix.line >= 1, fix.line <= lines.count else { continue }
                let line = lines[fix.line - 1]
                // A byte order mark at the file's start is not part of its first line as read.
                let bom = fix.line == 1 && line.hasPrefix("\u{FEFF}") ? "\u{FEFF}" : ""
                guard let applied = fix.apply(to: line.dropFirst(bom.count)) else { continue }
                if changed[fix.line] == nil { changed[fix.line] = line }
                lines[fix.line - 1] = bom + applied
                count += 1
            }
            guard count > 0 else { continue }
            var fixed = ""
            for (index, line) in lines.enumerated() { fixed += line + read.ending(of: index + 1) }
            let changes = changed.keys.sorted().map { ChangedLine(line: $0, before: changed[$0]!, after: lines[$0 - 1]) }
            result.append(FileFix(file: file, original: original, fixed: fixed, lines: changes, count: count))
        }
        return result
    }

    /// Writes each fixed file in place (through a temporary file renamed over it, so that a
    /// file is never left half written).
    public func write(_ fixes: [FileFix]) throws {
        for fix in fixes {
            try Data(fix.fixed.utf8).write(to: source.appendingPathComponent(fix.file), options: .atomic)
        }
    }

    /// The lines that differ between two texts, without their endings: line by line where the
    /// fixes kept the number of lines (they do, all but the schema line), else the lines
    /// between the common start and end as one change (`after` holding several lines).
    public static func changedLines(from original: String, to fixed: String) -> [ChangedLine] {
        let before = TextLines(original).all
        let after = TextLines(fixed).all
        if before.count == after.count {
            return zip(before, after).enumerated().compactMap { index, pair in
                pair.0 == pair.1 ? nil : ChangedLine(line: index + 1, before: String(pair.0), after: String(pair.1))
            }
        }
        var start = 0
        while start < min(before.count, after.count) - 1, before[start] == after[start] { start += 1 }
        var end = 0
        while end < min(before.count, after.count) - start - 1, before[before.count - 1 - end] == after[after.count - 1 - end] { end += 1 }
        return [ChangedLine(line: start + 1, before: before[start..<(before.count - end)].joined(separator: "\n"),
                            after: after[start..<(after.count - end)].joined(separator: "\n"))]
    }

    // MARK: The schema line

    /// The files of `content/hubs/`, `content/opportunities/` and `content/activities/` the loader reads, relative to
    /// the project.
    public func contentFiles() -> [String] {
        ContentKind.allCases.map(\.folder).flatMap { folder -> [String] in
            let names = (try? FileManager.default.contentsOfDirectory(atPath: source.appendingPathComponent(folder).path)) ?? []
            return names.filter { $0.hasSuffix(".md") && !$0.hasPrefix(".") && $0 != "README.md" }.sorted().map { folder + "/" + $0 }
        }
    }

    /// The first comment line `hubsite new` writes, naming the file's JSON Schema for editors
    /// (`# yaml-language-server: $schema=../../schema/hub.json`), when the project has that
    /// schema (`hubsite new site` writes them into schema/). A name that ends in the site's
    /// `mainLanguage` (`south.en-GB.md`, as Decap CMS names it) is the page, not a translation.
    public func schemaLine(for file: String, mainLanguage: String? = nil) -> String? {
        let name = (file as NSString).lastPathComponent.dropLast(3)
        let mainPage = mainLanguage.map { ContentLoader.translationName(String(name))?.language == $0 } ?? false
        let translation = name.contains(".") && !mainPage
        let document: FrontMatterSchema.Document = file.hasPrefix("content/hubs/") ? (translation ? .hubTranslation : .hub)
            : file.hasPrefix("content/activities/") ? (translation ? .activityTranslation : .activity)
            : (translation ? .opportunityTranslation : .opportunity)
        let path = Scaffold.schemaPath(document)
        guard FileManager.default.fileExists(atPath: source.appendingPathComponent(path).path) else { return nil }
        return "# yaml-language-server: $schema=../../" + path
    }

    /// `text` with its schema line put back after the opening `---`, where a CMS, which drops
    /// comments when it saves, took it out; nil when it has one, has no front matter, or the
    /// project has no schema for it. The line takes the ending of the file's first line.
    public func restoringSchemaLine(_ text: String, file: String, mainLanguage: String? = nil) -> String? {
        guard let line = schemaLine(for: file, mainLanguage: mainLanguage), !text.contains("# yaml-language-server: $schema=") else { return nil }
        let lines = TextLines(text)
        guard let first = lines.all.first, first.trimmingCharacters(in: CharacterSet(charactersIn: "\u{FEFF} \t")) == "---", lines.all.count > 1 else {
            return nil
        }
        let ending = lines.ending(of: 1)
        var restored = String(first) + ending + line + ending
        for index in 2...lines.all.count { restored += lines.all[index - 1] + lines.ending(of: index) }
        return restored
    }

    /// The corrections as a unified diff, one hunk per changed line.
    public static func diff(_ fixes: [FileFix], pathPrefix: String) -> String {
        var out = ""
        for fix in fixes {
            out += "--- \(pathPrefix)\(fix.file)\n+++ \(pathPrefix)\(fix.file)\n"
            for change in fix.lines {
                let before = change.before.split(separator: "\n", omittingEmptySubsequences: false)
                let after = change.after.split(separator: "\n", omittingEmptySubsequences: false)
                func range(_ lines: [Substring]) -> String { lines.count == 1 ? "\(change.line)" : "\(change.line),\(lines.count)" }
                out += "@@ -\(range(before)) +\(range(after)) @@\n"
                for line in before { out += "-\(line)\n" }
                for line in after { out += "+\(line)\n" }
            }
        }
        return out
    }
}
