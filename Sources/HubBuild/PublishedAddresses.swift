import Foundation
import HubModel
import HubPlan

/// The addresses a site published before, read from the `sitemap.xml` it published, against
/// the files the site plans now: `hubsite check --since site/` warns about each address that
/// would disappear (a renamed file, a page gone) without an alias that keeps it working.
public struct PublishedAddresses: Sendable {
    /// Each published address as a path of the site (`hubs/south/`), with where its `<loc>` is
    /// in the sitemap.
    public let addresses: [(path: String, location: SourceLocation)]

    public enum Problem: Error, Equatable, CustomStringConvertible {
        case noSitemap(String)
        case noBase(String)

        public var description: String {
            switch self {
            case .noSitemap(let file):
                return "There is no \(file) to compare with: the site published before has no sitemap (a site built with --base-url has one)."
            case .noBase(let file):
                return "The addresses in \(file) do not share the site's address (base_url), so hubsite cannot tell which page each one was."
            }
        }
    }

    /// Reads `file` (the sitemap's path as messages name it) from `text`; `baseURL` is the
    /// site's address now: a sitemap published under another address is read from its own
    /// (its shortest address, the home page, which begins every other).
    public init(sitemap text: String, file: String, baseURL: String?) throws {
        var found: [(url: String, location: SourceLocation)] = []
        for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var rest = line[...]
            while let open = rest.range(of: "<loc>"), let close = rest[open.upperBound...].range(of: "</loc>") {
                let column = line.distance(from: line.startIndex, to: open.upperBound) + 1
                let url = String(rest[open.upperBound..<close.lowerBound]).trimmingCharacters(in: .whitespaces)
                found.append((Self.unescape(url), SourceLocation(file: file, line: number + 1, column: column)))
                rest = rest[close.upperBound...]
            }
        }
        let urls = found.map(\.url)
        let base: String
        if let baseURL, urls.allSatisfy({ $0.hasPrefix(baseURL) }) {
            base = baseURL
        } else if let home = urls.min(by: { $0.count < $1.count }), urls.allSatisfy({ $0.hasPrefix(home) }) {
            base = home.hasSuffix("/") ? home : home + "/"
        } else if urls.isEmpty {
            base = ""
        } else {
            throw Problem.noBase(file)
        }
        addresses = found.map { (String($0.url.dropFirst(min(base.count, $0.url.count))), $0.location) }
    }

    /// Reads `<folder>/sitemap.xml`; `name` is the folder as the user wrote it, for messages.
    public static func read(folder: URL, name: String, baseURL: String?) throws -> PublishedAddresses {
        let file = (name.hasSuffix("/") ? name : name + "/") + SitePaths.sitemap
        guard let data = FileManager.default.contents(atPath: folder.appendingPathComponent(SitePaths.sitemap).path) else {
            throw Problem.noSitemap(file)
        }
        return try PublishedAddresses(sitemap: String(decoding: data, as: UTF8.self), file: file, baseURL: baseURL)
    }

    /// A warning (rule `links`) at each published address the plan no longer has.
    public func disappearing(from plan: SitePlan) -> [Diagnostic] {
        addresses.compactMap { path, location in
            guard plan.file(at: path) == nil else { return nil }
            let example = path.isEmpty ? "hubs/old-name/" : path
            return Diagnostic(severity: .warning, rule: RuleID.links, location: location,
                              message: "/\(path) was published and is no longer part of the site: links, bookmarks and search results that lead to it will break.",
                              hint: "If the page moved (its file was renamed), add 'aliases: [\(example)]' to the file it is in now, "
                                  + "so the old address sends readers there; if it is gone for good, nothing needs doing.")
        }
    }

    static func unescape(_ text: String) -> String {
        text.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&apos;", with: "'")
            .replacingOccurrences(of: "&amp;", with: "&")
    }
}
