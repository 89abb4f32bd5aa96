import Foundation
import HubModel
import Yams

/// The rules hubsite enforces, read from `seeds/rules.yml` (compiled into the binary), so that
/// the catalogue, `hubsite rules`, the docs and the validator cannot drift apart.
public struct RuleCatalogue: Sendable, Decodable {
    public struct Document: Sendable, Decodable, Hashable {
        public var file: String
        public var title: String
    }

    public struct Source: Sendable, Decodable, Hashable {
        public var document: String
        public var quote: String
    }

    public struct Rule: Sendable, Decodable, Hashable {
        public var id: String
        /// `hub`, `opportunity`, `site` or `all`.
        public var appliesTo: String
        public var severity: Severity
        public var summary: String
        /// What the rule checks, one line each, starting with the severity it reports at.
        public var checks: [String]
        public var options: [String: Int]
        public var source: Source
        public var also: [Source]

        enum CodingKeys: String, CodingKey {
            case id, severity, summary, checks, options, source, also
            case appliesTo = "applies_to"
        }

        public init(from decoder: Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            id = try container.decode(String.self, forKey: .id)
            appliesTo = try container.decode(String.self, forKey: .appliesTo)
            severity = try container.decode(Severity.self, forKey: .severity)
            summary = try container.decode(String.self, forKey: .summary)
            checks = try container.decodeIfPresent([String].self, forKey: .checks) ?? []
            options = try container.decodeIfPresent([String: Int].self, forKey: .options) ?? [:]
            source = try container.decode(Source.self, forKey: .source)
            also = try container.decodeIfPresent([Source].self, forKey: .also) ?? []
        }

        /// Every source, main first.
        public var sources: [Source] { [source] + also }
    }

    public var documents: [Document]
    public var rules: [Rule]

    public func rule(_ id: String) -> Rule? { rules.first { $0.id == id } }

    public func title(ofDocument file: String) -> String {
        documents.first { $0.file == file }?.title ?? file
    }

    /// Parses a catalogue; throws when the YAML does not have the catalogue's shape.
    public static func parse(_ yaml: String) throws -> RuleCatalogue {
        try YAMLDecoder().decode(RuleCatalogue.self, from: yaml)
    }

    /// The catalogue compiled into this binary from `seeds/rules.yml`.
    public static let builtIn: RuleCatalogue = {
        do {
            return try parse(String(decoding: PackageResources.rules_yml, as: UTF8.self))
        } catch {
            // The file is part of the source tree and checked by the test suite; a broken one is
            // a build defect, never a content problem.
            fatalError("seeds/rules.yml is not a valid rule catalogue: \(error)")
        }
    }()
}
