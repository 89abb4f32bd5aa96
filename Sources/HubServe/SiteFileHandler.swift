import FlyingFox
import Foundation
import HubModel

/// Serves the preview folder: folders as their `index.html`, the site's 404 page for anything
/// missing, and never a file outside the folder (`/../`, `%2e%2e`, encoded slashes and links
/// that leave it all get 404).
struct SiteFileHandler: HTTPHandler {
    let root: URL
    let signal: ReloadSignal
    let state: PreviewState

    static let types: [String: String] = [
        "html": "text/html; charset=utf-8", "css": "text/css; charset=utf-8", "svg": "image/svg+xml",
        "png": "image/png", "jpg": "image/jpeg", "jpeg": "image/jpeg", "webp": "image/webp",
        "ics": "text/calendar; charset=utf-8", "xml": "application/xml; charset=utf-8", "txt": "text/plain; charset=utf-8",
        "json": "application/json", "pdf": "application/pdf",
    ]

    /// The file a request path names, or nil when it does not exist or would leave the root.
    static func resolve(_ rawPath: String, in root: URL) -> URL? {
        let pathOnly = String(rawPath.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false).first ?? "")
        guard let decoded = pathOnly.removingPercentEncoding else { return nil }
        if decoded.contains("\0") || decoded.contains("\\") { return nil }
        let segments = decoded.split(separator: "/", omittingEmptySubsequences: true)
        if segments.contains(where: { $0 == ".." || $0 == "." }) { return nil }
        let base = root.resolvingSymlinksInPath().standardizedFileURL
        var url = base
        for segment in segments { url.appendPathComponent(String(segment)) }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else { return nil }
        if isDirectory.boolValue {
            url.appendPathComponent("index.html")
            guard FileManager.default.fileExists(atPath: url.path) else { return nil }
        }
        let resolved = url.resolvingSymlinksInPath().standardizedFileURL
        guard resolved.path.hasPrefix(base.path + "/") else { return nil }
        return resolved
    }

    func handleRequest(_ request: HTTPRequest) async throws -> HTTPResponse {
        let version = await signal.version
        let outcome = await state.latest
        if !(await state.hasSite) {
            return HTTPResponse(statusCode: .ok, headers: [.contentType: "text/html; charset=utf-8", .cacheControl: "no-store"],
                                body: PreviewPage.errorPage(outcome?.diagnostics ?? [], version: version))
        }
        let diagnostics = outcome?.succeeded == false ? outcome?.diagnostics : nil
        guard let file = Self.resolve(request.target.path(percentEncoded: true), in: root),
              let data = FileManager.default.contents(atPath: file.path) else {
            let notFound = FileManager.default.contents(atPath: root.appendingPathComponent("404.html").path) ?? Data("Not found".utf8)
            return HTTPResponse(statusCode: .notFound, headers: [.contentType: "text/html; charset=utf-8", .cacheControl: "no-store"],
                                body: PreviewPage.inject(into: notFound, version: version, diagnostics: diagnostics))
        }
        let type = Self.types[file.pathExtension.lowercased()] ?? "application/octet-stream"
        let body = file.pathExtension.lowercased() == "html" ? PreviewPage.inject(into: data, version: version, diagnostics: diagnostics) : data
        return HTTPResponse(statusCode: .ok, headers: [.contentType: type, .cacheControl: "no-store"], body: body)
    }
}
