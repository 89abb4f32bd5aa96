import Foundation
import HubModel

/// What inspecting one logo file found. Worked out once per path and validation run, however
/// many hubs use the logo (a network often shares one), so that a rebuild does not read the
/// same file for every hub.
enum LogoVerdict: Sendable, Hashable {
    /// The path does not lead to a readable file inside `content/`.
    case unresolved(AssetPath.Problem)
    /// The file is there but unusable, or (advisory) larger than it should be.
    case problem(message: String, hint: String, advisory: Bool)
    case fine

    /// Reports what was found about `file` at `location`, a file that cannot be found named
    /// as `named` ("The logo of South Hub", "The photo"); true when the file can be used (it is
    /// fine, or only an advisory was reported).
    @discardableResult
    func report(_ file: String, as named: String, at location: SourceLocation, into findings: inout Findings) -> Bool {
        switch self {
        case .fine:
            return true
        case .unresolved(let problem):
            let (message, hint) = AssetPath.explain(problem, path: file)
            findings.report(named + ": " + message, at: location, hint: hint)
            return false
        case .problem(let message, let hint, let advisory):
            findings.report(message, at: location, hint: hint, advisory: advisory)
            return advisory
        }
    }

    /// Reads the file `logo` names (relative to `content/`) and judges its type and size.
    /// - Parameter what: the word for the file in messages ("logo", or "image" for an
    ///   opportunity's picture, checked the same way).
    static func inspect(_ logo: String, source: URL, maxKB: Int, what: String = "logo") -> LogoVerdict {
        let url: URL
        switch AssetPath.resolve(logo, source: source) {
        case .success(let resolved): url = resolved
        case .failure(let problem): return .unresolved(problem)
        }
        let ext = url.pathExtension
        guard let expected = ImageSniffer.expectedKind(forExtension: ext) else {
            return .problem(message: "The \(what) \"\(logo)\" is not a PNG, JPEG, SVG or WebP file.",
                            hint: "Save the \(what) as .png, .jpg, .svg or .webp.", advisory: false)
        }
        let size = ((try? FileManager.default.attributesOfItem(atPath: url.path))?[.size] as? NSNumber)?.intValue ?? 0
        // Read no more than is needed to judge a file that is far too large anyway.
        guard size <= 20 * 1024 * 1024, let data = FileManager.default.contents(atPath: url.path) else {
            return .problem(message: "The \(what) \"\(logo)\" is larger than 20 MB.",
                            hint: "Export the \(what) at web size (a few hundred pixels wide, under \(maxKB) KB).", advisory: false)
        }
        if expected == .svg {
            switch ImageSniffer.inspectSVG(data) {
            case .valid: break
            case .active(let active):
                return .problem(message: "The SVG \(what) \"\(logo)\" contains \(active); a \(what) must not run code.",
                                hint: "Export the \(what) again without scripts or interactivity, or use a PNG.", advisory: false)
            case .notXML:
                return .problem(message: "The \(what) \"\(logo)\" is named .svg but is not an SVG image (it is not well-formed XML).",
                                hint: "Export the \(what) again as SVG, or use the file's real type as its extension.", advisory: false)
            case .notSVG(let root):
                return .problem(message: "The \(what) \"\(logo)\" is XML but not SVG (its root element is <\(root)>).",
                                hint: "Export the \(what) again as SVG, or use a PNG.", advisory: false)
            }
        } else if ImageSniffer.sniff(data) != expected {
            let actual = ImageSniffer.sniff(data).map { "a \($0.rawValue.uppercased()) image" } ?? "not an image"
            return .problem(message: "The \(what) \"\(logo)\" is named .\(ext) but its contents are \(actual).",
                            hint: "Give the file the extension of its real type, or export it again as .\(ext).", advisory: false)
        }
        if size > maxKB * 1024 {
            return .problem(message: "The \(what) \"\(logo)\" is \(size / 1024) KB; pages load slowly with \(what)s above \(maxKB) KB.",
                            hint: "Export the \(what) at web size (a few hundred pixels wide).", advisory: true)
        }
        return .fine
    }
}
