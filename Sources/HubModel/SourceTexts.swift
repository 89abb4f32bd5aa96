/// Source files' text, kept so that a diagnostic can show the line it is about, and the
/// names of all the files read. Only the texts of files with diagnostics are held: a large
/// network's sources are some 50 MB.
public struct SourceTexts: Sendable {
    private var texts: [String: String] = [:]
    private var names: Set<String> = []
    /// Characters loading read past, by file (only files that had any).
    private var removed: [String: RemovedCharacters] = [:]

    public init() {}

    public mutating func add(_ text: String, for file: String) {
        texts[file] = text
        names.insert(file)
    }

    /// A file that was read, whose text is not kept.
    public mutating func record(_ file: String) {
        names.insert(file)
    }

    /// Records the characters loading removed from `file` and read past.
    public mutating func record(_ removed: RemovedCharacters, in file: String) {
        if !removed.isEmpty { self.removed[file] = removed }
    }

    /// A diagnostic found in the text read, at the columns of the file as it is on disk.
    public func inFile(_ diagnostic: Diagnostic) -> Diagnostic {
        removed[diagnostic.location.file].map { $0.inFile(diagnostic) } ?? diagnostic
    }

    /// Whether the text of `file` is held.
    public func hasText(of file: String) -> Bool {
        texts[file] != nil
    }

    /// The 1-based line of a file, without its line ending, or nil. Lines are numbered as
    /// every position is (`TextLines`).
    public func line(_ number: Int, of file: String) -> String? {
        guard let text = texts[file] else { return nil }
        return TextLines(text)[number].map(String.init)
    }

    /// Every file read.
    public var files: [String] { names.sorted() }

    /// How many files were read (without sorting their names).
    public var fileCount: Int { names.count }

    /// Whether the file was read (whatever became of it).
    public func contains(_ file: String) -> Bool { names.contains(file) }

    /// Only the texts of `files`: what printing a build's diagnostics needs, once every file has
    /// been checked (a large network's sources are some 50 MB otherwise held while it renders).
    public func keeping(_ files: Set<String>) -> SourceTexts {
        var kept = SourceTexts()
        for (file, text) in texts where files.contains(file) { kept.texts[file] = text }
        kept.names = names.intersection(files)
        kept.removed = removed
        return kept
    }
}
