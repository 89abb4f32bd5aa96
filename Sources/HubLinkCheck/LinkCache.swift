import Foundation
import HubModel

/// The results of earlier link checks, with when each was made (`.hubsite/links.json` beside
/// the content): a check asks again only for what is older than the rule's `max_age_hours`,
/// so CI can check every pull request without asking every site every time. Written whole to
/// a new file and renamed over the old one, so an interrupted write never leaves half a file.
public struct LinkCache: Sendable {
    public static let path = ".hubsite/links.json"

    public var results: [String: LinkResult]

    public init(results: [String: LinkResult] = [:]) {
        self.results = results
    }

    struct File: Codable {
        var version: Int
        var links: [String: LinkResult]
    }

    /// The cache in `source`; an empty one when there is none, and with a warning when the
    /// file cannot be read (it is then replaced by the next check).
    public static func load(source: URL) -> (cache: LinkCache, problem: Diagnostic?) {
        let url = source.appendingPathComponent(path)
        guard let data = FileManager.default.contents(atPath: url.path) else { return (LinkCache(), nil) }
        if let cache = decode(data) {
            return (cache, nil)
        } else {
            return (LinkCache(), Diagnostic(severity: .warning, rule: RuleID.externalLinks, location: SourceLocation(file: path, line: 1, column: 1),
                                            message: "The cache of link checks could not be read, so every link is checked again.",
                                            hint: "Nothing to do: the check writes a new cache. (The file is hubsite's own; delete it if this repeats.)"))
        }
    }

    /// The cache a file's bytes hold; nil when they are not one hubsite wrote.
    public static func decode(_ data: Data) -> LinkCache? {
        guard let file = try? decoder.decode(File.self, from: data), file.version == 1 else { return nil }
        return LinkCache(results: file.links)
    }

    /// Writes the cache atomically, creating `.hubsite/` when needed.
    public func save(source: URL) throws {
        let url = source.appendingPathComponent(Self.path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        let data = try Self.encoder.encode(File(version: 1, links: results))
        try data.write(to: url, options: .atomic)
    }

    /// The results younger than `maxAge` at `now`.
    public func current(at now: Date, maxAge: TimeInterval) -> [String: LinkResult] {
        results.filter { now.timeIntervalSince($0.value.checked) < maxAge && $0.value.checked <= now.addingTimeInterval(60) }
    }

    static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        return encoder
    }()

    static let decoder: JSONDecoder = {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return decoder
    }()
}
