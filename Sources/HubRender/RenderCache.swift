/// What an earlier render produced, by job, with the fingerprint of the inputs it was made
/// from. Lives in memory for the length of a `hubsite serve` session.
public struct RenderCache: Sendable {
    var entries: [String: (fingerprint: Int, files: [OutputFile])] = [:]

    public init() {}

    public var isEmpty: Bool { entries.isEmpty }
}
