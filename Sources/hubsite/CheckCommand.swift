import ArgumentParser
import Foundation
import HubBuild
import HubModel

/// Validates without writing anything: what CI runs on pull requests. With `--fix`, first
/// applies the corrections that cannot be wrong and shows them as a diff.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check every hub page and opportunity against the SCiP webpage requirements, writing nothing.",
        discussion: """
        With --links, every outward link (organisations' sites, agendas, minutes, booking pages, \
        links in the text) is also requested over the network, each address once, and a dead one \
        is reported where it is written (rule external-links, a warning unless hubsite.yml says \
        otherwise). Results are kept in .hubsite/links.json for a day (max_age_hours), so a second \
        check soon after asks no site again; --links=fresh asks every site again.

        With --fix, the corrections that cannot be wrong (a space after a colon, a UK date that can \
        only be one date, curly quotes around a value, a full stop after an email address, …) are \
        made in the files, each shown as a diff, and the schema line editors read (# yaml-language-server) \
        is put back where a content tool dropped it; nothing else in the files changes. --fix --dry-run \
        shows the diff and writes nothing.

        With --since DIR (the site as last published, e.g. site/), every address in DIR/sitemap.xml \
        that the site would no longer have gets a warning (rule links): a renamed hub or opportunity \
        file keeps its old address with 'aliases:'.

        Exit status: 0 no errors, 1 at least one error (with --strict, warnings count too), 2 usage error.
        """
    )

    @OptionGroup var project: ProjectOptions
    @OptionGroup var output: OutputOptions

    @Option(name: .long, defaultAsFlag: LinkCheck.Mode.cached, parsing: .next,
            help: ArgumentHelp("Check every outward link over the network too; 'fresh' ignores the results kept from earlier checks.",
                               valueName: "cached|fresh"))
    var links: LinkCheck.Mode? = nil

    @Option(name: .long, help: ArgumentHelp("Compare with the site as last published: warn about every address of its sitemap.xml that would disappear.",
                                            valueName: "DIR"))
    var since: String? = nil

    @Flag(name: .long, help: "Make the corrections that cannot be wrong in the content files, then check again.")
    var fix = false

    @Flag(name: .long, help: "With --fix: show the corrections as a diff, and change no file.")
    var dryRun = false

    func validate() throws {
        if dryRun, !fix { throw ValidationError("--dry-run goes with --fix: 'hubsite check --fix --dry-run'.") }
    }

    func run() throws {
        let pipeline = BuildPipeline(options: project.buildOptions())
        let links = self.links.map { BuildPipeline.Links.check($0) } ?? .never
        var checked = pipeline.check(links: links)
        if fix { checked = try applyFixes(checked, pipeline: pipeline, links: links) }
        if let since, checked.content.config.rules[RuleID.links]?.severity != .off {
            let folder = URL(fileURLWithPath: since, relativeTo: URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
            do {
                let published = try PublishedAddresses.read(folder: folder, name: since, baseURL: checked.content.config.baseURL)
                checked.diagnostics = (checked.diagnostics + published.disappearing(from: checked.plan)).sorted()
            } catch let problem as PublishedAddresses.Problem {
                // A usage error (exit status 2): there is nothing to compare with.
                FileHandle.standardError.write(Data(("Error: " + problem.description + "\n").utf8))
                throw ExitCode(2)
            }
        }
        var diagnostics = checked.diagnostics
        if output.quiet { diagnostics = diagnostics.filter { $0.severity == .error } }
        let printer = DiagnosticPrinter(format: DiagnosticFormat(rawValue: output.format.rawValue)!, pathPrefix: project.pathPrefix,
                                        colour: output.format == .human && Terminal.wantsColour(fd: 1), sources: checked.content.sources)
        print(printer.render(diagnostics, files: checked.fileCount), terminator: "")
        let code = Terminal.exitCode(for: checked.diagnostics, strict: output.strict)
        if code != 0 { throw ExitCode(code) }
    }

    /// Applies the fixes (a fix can reveal another on the same line, so a few rounds), prints
    /// the diff, and returns the check of the files as they now are.
    func applyFixes(_ first: BuildPipeline.Checked, pipeline: BuildPipeline, links: BuildPipeline.Links) throws -> BuildPipeline.Checked {
        let fixer = ContentFixer(source: project.sourceURL)
        var checked = first
        var applied: [String: ContentFixer.FileFix] = [:]
        for _ in 0..<(dryRun ? 1 : 4) {
            let fixes = fixer.plan(checked.diagnostics)
            guard !fixes.isEmpty else { break }
            for fix in fixes {
                if var earlier = applied[fix.file] {
                    earlier.fixed = fix.fixed
                    earlier.count += fix.count
                    applied[fix.file] = earlier
                } else {
                    applied[fix.file] = fix
                }
            }
            if dryRun { break }
            try fixer.write(fixes)
            checked = pipeline.check(links: links)
        }
        // A CMS drops comments when it saves: the schema line editors read is put back.
        var restoredSchemaLines = 0
        for file in fixer.contentFiles() {
            guard let current = applied[file]?.fixed
                    ?? FileManager.default.contents(atPath: project.sourceURL.appendingPathComponent(file).path).map({ String(decoding: $0, as: UTF8.self) }),
                  let restored = fixer.restoringSchemaLine(current, file: file, mainLanguage: checked.content.config.languages.first) else { continue }
            var fix = applied[file] ?? ContentFixer.FileFix(file: file, original: current, fixed: current, lines: [], count: 0)
            fix.fixed = restored
            applied[file] = fix
            restoredSchemaLines += 1
            if !dryRun { try fixer.write([fix]) }
        }
        if restoredSchemaLines > 0, !dryRun { checked = pipeline.check(links: links) }
        let all = applied.keys.sorted().map { file -> ContentFixer.FileFix in
            var fix = applied[file]!
            fix.lines = ContentFixer.changedLines(from: fix.original, to: fix.fixed)
            return fix
        }
        // The diff goes where it does not break a machine-read format.
        let diff = ContentFixer.diff(all, pathPrefix: project.pathPrefix)
        let count = all.reduce(0) { $0 + $1.count }
        let fixedFiles = all.filter { $0.count > 0 }.count
        let files = fixedFiles == 1 ? "1 file" : "\(fixedFiles) files"
        var summary = count == 0 ? (restoredSchemaLines == 0 ? "Nothing to fix: no problem found has a correction that cannot be wrong.\n" : "")
            : dryRun ? "Would fix \(count) problem\(count == 1 ? "" : "s") in \(files) (--dry-run: no file changed).\n"
            : "Fixed \(count) problem\(count == 1 ? "" : "s") in \(files).\n"
        if restoredSchemaLines > 0 {
            let lines = restoredSchemaLines == 1 ? "1 file" : "\(restoredSchemaLines) files"
            summary += dryRun ? "Would put back the schema line (# yaml-language-server) in \(lines).\n"
                : "Put back the schema line (# yaml-language-server) editors read in \(lines).\n"
        }
        let text = diff + summary + "\n"
        if output.format == .human { print(text, terminator: "") } else { FileHandle.standardError.write(Data(text.utf8)) }
        return checked
    }
}

extension LinkCheck.Mode: ExpressibleByArgument {}
