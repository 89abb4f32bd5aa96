import Foundation
import HubModel

/// "Signpost supporting resources, organisations and funding opportunities that exist within
/// the region" (000): each file the hub page offers to download is a file under `content/`
/// that the site publishes, of a kind a reader can open, no larger than `max_mb`, with a title
/// its link says and, when given, the code of its language.
public struct ResourcesRule: HubRule {
    public static let id = RuleID.resources
    public static let fields = ["resources"]
    public init() {}

    public func check(_ hub: Hub, context: RuleContext, findings: inout Findings) {
        let fields = hub.fields
        let maxMB = context.option("max_mb", of: Self.id)
        for resource in hub.resources {
            let path = "resources[\(resource.index)]"
            guard let file = resource.file else {
                findings.report("Resource \(resource.index + 1) of 'resources' has no 'file'.", at: fields.location(of: path),
                                hint: "Add 'file:' with the path of the file under content/, e.g. 'file: files/hub-flyer.pdf'.")
                continue
            }
            if resource.title == nil {
                findings.report("The resource \"\(file.prefix(80))\" has no title: its link would say only the file's name.",
                                at: fields.location(of: path + ".file"), hint: "Add 'title:' with what the file is, e.g. 'title: Hub flyer'.")
            }
            if let language = resource.language, !Self.isLanguageCode(language) {
                findings.report("'\(path).language' is not a language code: \"\(language.prefix(40))\".", at: fields.location(of: path + ".language"),
                                hint: "Write the code of the language the file is in, e.g. 'language: \(Self.likelyCode(language) ?? "cy")' (en for English, cy for Welsh).")
            }
            checkFile(file, path: path + ".file", maxMB: maxMB, context: context, fields: fields, findings: &findings)
        }
    }

    func checkFile(_ file: String, path: String, maxMB: Int, context: RuleContext, fields: FieldLocations, findings: inout Findings) {
        let location = fields.location(of: path)
        guard let bytes = context.content.fileSizes[file] else {
            if case .failure(let problem) = AssetPath.resolve(file, source: context.source) {
                let (message, hint) = AssetPath.explain(problem, path: file)
                findings.report("The resource's file: " + message, at: location, hint: hint)
            } else if DocumentType.of(path: file) == nil {
                reportKind(file, at: location, findings: &findings)
            } else if file.split(separator: "/").contains(where: { $0.hasPrefix(".") && $0 != "." }) {
                findings.report("\"\(file.prefix(80))\" is in a hidden folder (its name starts with '.'), which the site does not publish.", at: location,
                                hint: "Move the file to a folder such as content/files/ and write its new path.")
            } else if Self.isLink(file, source: context.source) {
                findings.report("\"\(file.prefix(80))\" is a link to another file, which the site does not publish.", at: location,
                                hint: "Replace the link with the file itself.")
            } else {
                findings.report("\"\(file.prefix(80))\" is not written as the site publishes it: the path must be written exactly as the file and its folders are named.",
                                at: location, hint: "Write the path from content/ with no './' and the same capital and small letters as the file's name, e.g. 'files/flyer.pdf'.")
            }
            return
        }
        guard DocumentType.of(path: file) != nil else {
            reportKind(file, at: location, findings: &findings)
            return
        }
        if maxMB > 0, bytes > maxMB * 1024 * 1024 {
            findings.report("\"\(file.prefix(80))\" is \(DocumentType.sizeText(bytes: bytes)), over the site's limit of \(maxMB) MB for a file to download.",
                            at: location,
                            hint: "Make it smaller (save a PDF 'for the web', or with smaller pictures), or raise the limit in hubsite.yml: 'rules: { resources: { max_mb: \(bytes / (1024 * 1024) + 1) } }'.")
        }
    }

    /// Whether any part of the path under content/ is a symbolic link.
    static func isLink(_ file: String, source: URL) -> Bool {
        var path = source.appendingPathComponent("content").path
        for part in file.split(separator: "/") where part != "." {
            path += "/" + part
            var info = stat()
            if lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFLNK { return true }
        }
        return false
    }

    func reportKind(_ file: String, at location: SourceLocation, findings: inout Findings) {
        findings.report("\"\(file.prefix(80))\" is not a kind of file the page offers to download.", at: location,
                        hint: "Save it as a PDF, Word, PowerPoint, Excel, OpenDocument, CSV or image file (\(DocumentType.extensions.joined(separator: ", "))).")
    }

    /// A BCP 47 language tag as pages write one: `en`, `cy`, `en-GB`, `pt-BR`.
    static func isLanguageCode(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard let first = parts.first, (2...3).contains(first.count), first.allSatisfy({ $0.isASCII && $0.isLetter }) else { return false }
        return parts.dropFirst().allSatisfy { (2...8).contains($0.count) && $0.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) } }
    }

    /// The code a language's name most likely means ("Welsh", "Cymraeg" → cy).
    static func likelyCode(_ name: String) -> String? {
        ["welsh": "cy", "cymraeg": "cy", "english": "en", "saesneg": "en"][name.lowercased().trimmingCharacters(in: .whitespaces)]
    }
}
