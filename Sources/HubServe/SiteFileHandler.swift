import FlyingFox
import Foundation
import HubModel

/// Serves the last good site from memory: folders as their `index.html`, the site's 404 page
/// for anything missing, and nothing outside the site (`/../`, `%2e%2e`, encoded slashes all
/// get 404). HTML pages get the reload script and, after a failed rebuild, the error overlay.
struct SiteFileHandler: HTTPHandler {
    let signal: ReloadSignal
    let state: PreviewState

    static let types: [String: String] = [
        "html": "text/html; charset=utf-8", "css": "text/css; charset=utf-8", "svg": "image/svg+xml",
        "png": "image/png", "jpg": "image/jpeg", "jpeg": "image/jpeg", "webp": "image/webp",
        "ics": "text/calendar; charset=utf-8", "xml": "application/xml; charset=utf-8", "txt": "text/plain; charset=utf-8",
        "json": "application/json", "pdf": "application/pdf",
    ]

    func handleRequest(_ request: HTTPRequest) async throws -> HTTPResponse {
        let version = await signal.version
        let outcome = await state.latest
        guard let site = await state.site else {
            return HTTPResponse(statusCode: .ok, headers: [.contentType: "text/html; charset=utf-8", .cacheControl: "no-store"],
                                body: PreviewPage.errorPage(outcome?.diagnostics ?? [], version: version))
        }
        let diagnostics = outcome?.succeeded == false ? outcome?.diagnostics : nil
        guard let (path, data) = site.file(requested: request.target.path(percentEncoded: true)) else {
            let notFound = site.bytes(at: "404.html") ?? Data("Not found".utf8)
            return HTTPResponse(statusCode: .notFound, headers: [.contentType: "text/html; charset=utf-8", .cacheControl: "no-store"],
                                body: PreviewPage.inject(into: notFound, version: version, diagnostics: diagnostics))
        }
        let suffix = (path as NSString).pathExtension.lowercased()
        let type = Self.types[suffix] ?? "application/octet-stream"
        let body = suffix == "html" ? PreviewPage.inject(into: data, version: version, diagnostics: diagnostics) : data
        return HTTPResponse(statusCode: .ok, headers: [.contentType: type, .cacheControl: "no-store"], body: body)
    }
}
