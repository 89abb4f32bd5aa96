import Foundation

/// A JSON Schema (draft 2020-12) of hub or opportunity front matter, made from
/// `FrontMatterFields`, so that editors with YAML support (VS Code's YAML extension, through a
/// `# yaml-language-server: $schema=…` line) describe each field, complete names and flag
/// mistakes while typing. Values are described as a YAML 1.2 editor reads them: `true` is a
/// boolean, `14:00` and `2026-12-03` are text.
public enum FrontMatterSchema {
    public enum Document: String, CaseIterable, Sendable {
        case hub, opportunity, activity
        /// A translation's words (`content/hubs/<slug>.<language>.md`, and of an opportunity or an activity).
        case hubTranslation = "hub-translation"
        case opportunityTranslation = "opportunity-translation"
        case activityTranslation = "activity-translation"

        var fields: [FrontMatterFields.Field] {
            switch self {
            case .hub: return FrontMatterFields.hub
            case .opportunity: return FrontMatterFields.opportunity
            case .hubTranslation: return FrontMatterFields.hubTranslation
            case .opportunityTranslation: return FrontMatterFields.opportunityTranslation
            case .activity: return FrontMatterFields.activity
            case .activityTranslation: return FrontMatterFields.activityTranslation
            }
        }

        var title: String {
            switch self {
            case .hub: return "hubsite hub page front matter"
            case .opportunity: return "hubsite opportunity front matter"
            case .hubTranslation: return "hubsite hub page translation front matter (words only)"
            case .opportunityTranslation: return "hubsite opportunity translation front matter (words only)"
            case .activity: return "hubsite activity front matter"
            case .activityTranslation: return "hubsite activity translation front matter (words only)"
            }
        }
    }

    /// The schema as JSON text (sorted keys, two-space indentation, ending in a newline).
    public static func json(for document: Document) -> String {
        var schema = object(document.fields)
        schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
        schema["$id"] = "https://hubsite.invalid/schema/\(document.rawValue).json"
        schema["title"] = document.title
        let data = (try? JSONSerialization.data(withJSONObject: schema, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])) ?? Data()
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    static func object(_ fields: [FrontMatterFields.Field]) -> [String: Any] {
        var properties: [String: Any] = [:]
        for field in fields {
            var property = schema(of: field.kind)
            property["description"] = field.summary
            properties[field.name] = property
        }
        var result: [String: Any] = ["type": "object", "properties": properties, "additionalProperties": false]
        let required = fields.filter(\.required).map(\.name)
        if !required.isEmpty { result["required"] = required }
        return result
    }

    static func schema(of kind: FrontMatterFields.Kind) -> [String: Any] {
        if kind.oneOrMore {
            var single = kind
            single.oneOrMore = false
            let one = schema(of: single)
            return ["anyOf": [one, ["type": "array", "items": one]]]
        }
        switch kind.shape {
        case .text:
            // A number is text too (`cost: 5`).
            return ["type": ["string", "number"]]
        case .date:
            return ["type": "string", "format": "date", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"]
        case .time:
            return ["type": "string", "pattern": "^([01]?[0-9]|2[0-3]):[0-5][0-9]$"]
        case .dateTime:
            return ["type": "string", "pattern": "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])([ T]([01]?[0-9]|2[0-3]):[0-5][0-9])?$"]
        case .boolean:
            // hubsite also reads yes/no and on/off, which a YAML 1.2 editor sees as text.
            let words = ["yes", "no", "on", "off", "true", "false"].flatMap { [$0, $0.capitalized, $0.uppercased()] }
            return ["anyOf": [["type": "boolean"], ["type": "string", "enum": words]]]
        case .integer:
            return ["type": "integer", "minimum": kind.range.lowerBound, "maximum": kind.range.upperBound]
        case .choice:
            return ["type": "string", "enum": kind.values]
        case .fields:
            return object(kind.fields)
        case .list:
            return ["type": "array", "items": object(kind.fields)]
        }
    }
}
