import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Tells what an image file really is from its bytes, not its name.
public enum ImageSniffer {
    public enum Kind: String, Sendable {
        case png, jpeg, webp, svg
    }

    public static func expectedKind(forExtension ext: String) -> Kind? {
        switch ext.lowercased() {
        case "png": return .png
        case "jpg", "jpeg": return .jpeg
        case "webp": return .webp
        case "svg": return .svg
        default: return nil
        }
    }

    /// The kind the bytes are, or nil when they are none of the supported images.
    public static func sniff(_ data: Data) -> Kind? {
        let bytes = [UInt8](data.prefix(16))
        if bytes.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) { return .png }
        if bytes.starts(with: [0xFF, 0xD8, 0xFF]) { return .jpeg }
        if bytes.count >= 12, bytes.starts(with: Array("RIFF".utf8)), Array(bytes[8..<12]) == Array("WEBP".utf8) { return .webp }
        if case .valid = inspectSVG(data) { return .svg }
        return nil
    }

    public enum SVGVerdict: Equatable, Sendable {
        case valid
        case notXML
        case notSVG(root: String)
        /// Scripts, event handlers or `javascript:` links: refused, since a logo must not run code.
        case active(String)
    }

    public static func inspectSVG(_ data: Data) -> SVGVerdict {
        let delegate = SVGDelegate()
        let parser = XMLParser(data: data)
        parser.shouldResolveExternalEntities = false
        parser.delegate = delegate
        // On Linux, parse() can return true after errors; parserError is the reliable signal.
        let ok = parser.parse() && parser.parserError == nil
        if let active = delegate.active { return .active(active) }
        guard ok, let root = delegate.root else { return .notXML }
        return root.lowercased() == "svg" ? .valid : .notSVG(root: root)
    }

    private final class SVGDelegate: NSObject, XMLParserDelegate {
        var root: String?
        var active: String?

        func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                    qualifiedName: String?, attributes: [String: String] = [:]) {
            let local = elementName.split(separator: ":").last.map(String.init)?.lowercased() ?? elementName.lowercased()
            if root == nil { root = local }
            if local == "script" || local == "foreignobject" {
                active = active ?? "a <\(local)> element"
            }
            for (name, value) in attributes {
                let lowered = name.lowercased()
                if lowered.hasPrefix("on") {
                    active = active ?? "an event-handler attribute '\(name)'"
                }
                let squeezed = value.lowercased().filter { !$0.isWhitespace }
                if squeezed.hasPrefix("javascript:") || squeezed.hasPrefix("data:text/html") {
                    active = active ?? "a script link in '\(name)'"
                }
            }
        }
    }
}
