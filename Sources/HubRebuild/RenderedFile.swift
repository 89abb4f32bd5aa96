import HubRender

/// A planned file's output, with the fingerprint of what it was made from: a rebuild makes
/// the file again only when its fingerprint changes.
struct RenderedFile: Sendable {
    var fingerprint: Int
    var file: OutputFile
}
