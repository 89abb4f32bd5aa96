import HubRender

/// What one rendering job left in the staging copy: the paths it wrote, or why it could not.
public struct StagedFiles: Sendable {
    public var paths: [String]
    /// HTML pages among `paths`.
    public var pages: Int
    public var failure: BuildError?

    /// Writes one job's files under `base` (the staging copy), refusing any path that would
    /// leave it. Safe to call from many threads at once: each call writes different files.
    static func put(_ files: [OutputFile], into base: String) -> StagedFiles {
        var staged = StagedFiles(paths: [], pages: 0, failure: nil)
        for file in files {
            guard SiteWriter.isSafe(file.path) else {
                staged.failure = .unsafeOutputPath(file.path)
                return staged
            }
            guard FileTree.put(file, in: base) else {
                staged.failure = .outputNotWritable(base + "/" + file.path, "the file could not be created")
                return staged
            }
            staged.paths.append(file.path)
            if file.path.hasSuffix(".html") { staged.pages += 1 }
        }
        return staged
    }
}
