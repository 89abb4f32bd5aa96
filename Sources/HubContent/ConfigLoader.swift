import Foundation
import HubModel
import Yams

/// Reads `hubsite.yml` by `FieldTables.site`. Unknown keys are reported; a missing file means all defaults.
public enum ConfigLoader {
    public static let fileName = "hubsite.yml"
    /// The settings, each declared once (`FieldTables.site`): those bound to a property of
    /// `SiteConfig` are read by their kind; the others are checked here, beyond their kind.
    static let table = FieldTables.site
    static let keys = table.names

    public static func load(text: String) -> (SiteConfig, [Diagnostic]) {
        var reader = FieldReader(file: fileName, yaml: text, yamlFirstLine: 1)
        reader.fields = FieldLocations(document: SourceLocation(file: fileName, line: 1, column: 1))
        var config = SiteConfig()
        guard let root = YAMLDocument.compose(text, reader: &reader), !FieldReader.isNull(root) else {
            config.fields = reader.fields
            return (config, reader.diagnostics)
        }
        let map = reader.mapping(root, path: "", allowed: keys, what: table.what) ?? [:]
        _ = reader.read(table, map, path: "", into: &config)
        if let url = reader.string(map["base_url"], path: "base_url") {
            if let normalised = normaliseBaseURL(url) {
                config.baseURL = normalised
            } else {
                reader.report("'base_url' must be an absolute http(s) address, got \"\(url.prefix(80))\".",
                              at: reader.fields.location(of: "base_url"), hint: "Write e.g. 'base_url: https://example.org/hubs/'.")
            }
        }
        if let id = reader.string(map["site_id"], path: "site_id") {
            if isSiteID(id) {
                config.siteID = id
            } else {
                reader.report("'site_id' must be letters, digits, dots and hyphens (3 to 100 of them), got \"\(id.prefix(80))\".",
                              at: reader.fields.location(of: "site_id"),
                              hint: "Write e.g. 'site_id: scip-alliance-hubs-4f2a9c'. If the site is already published, keep the value its calendars use today "
                                  + "(the part after '@' in the UIDs of calendar.ics), so that subscribers see no event twice.")
            }
        }
        config.languages = [config.language]
        if map["languages"] != nil {
            let languages = reader.strings(map["languages"], path: "languages")
            if let bad = languages.first(where: { !isLanguageTag($0) }) {
                reader.report("'\(bad.prefix(40))' is not a language code.", at: reader.fields.location(of: "languages"),
                              hint: "Write codes such as 'languages: [en-GB, cy]': the site's main language first, then each language pages are translated into.")
            } else if Set(languages.map { $0.lowercased() }).count != languages.count {
                reader.report("A language is listed twice in 'languages'.", at: reader.fields.location(of: "languages"),
                              hint: "List each language once, the site's main language first.")
            } else if let first = languages.first {
                if map["language"] != nil, first != config.language {
                    reader.report("'language' says \(config.language) but 'languages' starts with \(first).", at: reader.fields.location(of: "language"),
                                  hint: "Remove 'language': the first of 'languages' is the site's main language.")
                }
                config.language = first
                config.languages = languages
            }
        }
        if let node = map["translations"] {
            switch reader.string(node, path: "translations")?.lowercased() {
            case "required"?: config.translationsRequired = true
            case "optional"?: config.translationsRequired = false
            default:
                reader.report("'translations' must be 'required' or 'optional'.", at: reader.fields.location(of: "translations"),
                              hint: "Write 'translations: required' when every page must exist in every language of 'languages'.")
            }
        }
        if let zone = reader.string(map["timezone"], path: "timezone") {
            if TimeZone(identifier: zone) != nil {
                config.timeZone = zone
            } else {
                reader.report("'timezone' is not a known time zone: \"\(zone.prefix(60))\".", at: reader.fields.location(of: "timezone"),
                              hint: "Use an IANA name such as 'Europe/London'.")
            }
        }
        if let colour = reader.string(map["accent_colour"], path: "accent_colour") {
            if isHexColour(colour) {
                config.accentColour = colour
            } else {
                reader.report("'accent_colour' must be a colour like #1d4f91, got \"\(colour.prefix(40))\".",
                              at: reader.fields.location(of: "accent_colour"), hint: "Write six hexadecimal digits after '#'.")
            }
        }
        if let node = map["national"], let national = reader.mapping(node, path: "national", allowed: ["name", "url"], what: "a link (name, url)") {
            if let name = reader.string(national["name"], path: "national.name") { config.nationalName = name }
            if let url = reader.string(national["url"], path: "national.url") { config.nationalURL = url }
        }
        if let node = map["rules"] {
            config.rules = rules(node, reader: &reader)
        }
        config.fields = reader.fields
        return (config, reader.diagnostics)
    }

    /// `rules: { membership: off, introduction: { min_words: 60, severity: warning } }`.
    /// Rule ids and option names are checked against the catalogue by HubRules.
    static func rules(_ node: Node, reader: inout FieldReader) -> [String: RuleSetting] {
        guard case .mapping(let mapping) = node else {
            _ = reader.mapping(node, path: "rules", allowed: [], what: "a set of rule settings")
            return [:]
        }
        var result: [String: RuleSetting] = [:]
        for (keyNode, value) in mapping {
            guard case .scalar(let key) = keyNode else { continue }
            let path = "rules." + key.string
            reader.fields.record(key: path, at: reader.location(of: keyNode))
            reader.fields.record(value: path, at: reader.location(of: value))
            var setting = RuleSetting()
            switch value {
            case .scalar(let scalar):
                if let severity = severity(scalar.string) {
                    setting.severity = severity
                } else {
                    reader.report("Rule '\(key.string)' has an unknown setting \"\(scalar.string.prefix(40))\".", at: reader.location(of: value),
                                  hint: "Use error, warning or off, or a set of options such as '{ min_words: 60 }'.")
                }
            case .mapping(let options):
                for (optionKey, optionValue) in options {
                    guard case .scalar(let name) = optionKey else { continue }
                    let optionPath = path + "." + name.string
                    reader.fields.record(key: optionPath, at: reader.location(of: optionKey))
                    if name.string == "severity" {
                        if let text = reader.string(optionValue, path: optionPath), let severity = severity(text) {
                            setting.severity = severity
                        } else {
                            reader.report("'\(optionPath)' must be error, warning or off.", at: reader.location(of: optionValue),
                                          hint: "Write e.g. 'severity: warning'.")
                        }
                    } else if let number = reader.integer(optionValue, path: optionPath, range: 0...1_000_000) {
                        setting.options[name.string] = number
                    }
                }
            default:
                reader.report("Rule '\(key.string)' should be set to error, warning, off or a set of options.", at: reader.location(of: value),
                              hint: "Write e.g. 'membership: off' or 'introduction: { min_words: 60 }'.")
            }
            result[key.string] = setting
        }
        return result
    }

    static func severity(_ text: String) -> Severity? {
        switch text.lowercased() {
        case "error": return .error
        case "warning", "warn": return .warning
        case "off", "false", "no": return .off
        default: return nil
        }
    }

    /// Adds the trailing slash relative links need; nil if not an absolute http(s) URL.
    public static func normaliseBaseURL(_ url: String) -> String? {
        guard let components = URLComponents(string: url), let scheme = components.scheme?.lowercased(),
              scheme == "http" || scheme == "https", let host = components.host, !host.isEmpty else { return nil }
        return url.hasSuffix("/") ? url : url + "/"
    }

    /// A BCP 47 language tag as sites write them: `cy`, `en-GB`, `gd`.
    public static func isLanguageTag(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard let first = parts.first, (2...3).contains(first.count), first.allSatisfy({ $0.isASCII && $0.isLetter }) else { return false }
        return parts.dropFirst().allSatisfy { (2...8).contains($0.count) && $0.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) } }
    }

    /// A site id goes after the '@' of UIDs and into `urn:` ids of Atom entries: a host
    /// name's letters keep it valid in both without escaping.
    static func isSiteID(_ text: String) -> Bool {
        (3...100).contains(text.utf8.count)
            && text.utf8.allSatisfy { ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x41 && $0 <= 0x5A) || ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2D || $0 == 0x2E }
            && text.first != "." && text.first != "-"
    }

    static func isHexColour(_ text: String) -> Bool {
        text.count == 7 && text.first == "#" && text.dropFirst().allSatisfy(\.isHexDigit)
    }
}
