import Foundation
import HubModel

/// What serve mode adds to HTML pages, and only in serve mode: a script that reloads the page
/// after a rebuild, and an overlay listing the problems when the last rebuild failed.
public enum PreviewPage {
    public static let reloadPath = "/__hubsite/reload"

    public static func script(version: Int) -> String {
        """
        <script>(function(){var v=\(version);function poll(){fetch('\(reloadPath)?since='+v,{cache:'no-store'}).then(function(r){return r.text()}).then(function(t){if(t!==String(v)){location.reload()}else{poll()}}).catch(function(){setTimeout(poll,1000)})}poll()})();</script>
        """
    }

    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }

    public static func overlay(_ diagnostics: [Diagnostic]) -> String {
        let errors = diagnostics.filter { $0.severity == .error }
        var html = """
        <div id="hubsite-overlay" role="alert" style="position:fixed;inset:0;z-index:2147483647;overflow:auto;background:rgba(20,20,20,.94);color:#fff;font:16px/1.5 system-ui,sans-serif;padding:2rem">
        <h2 style="margin-top:0;color:#ffb3b3">hubsite could not rebuild the site: \(errors.count) error\(errors.count == 1 ? "" : "s")</h2>
        <p>The page below is the last good build. Fix the problems and save: this page reloads by itself.</p>
        <ol>
        """
        for diagnostic in errors.prefix(50) {
            let l = diagnostic.location
            html += "<li style=\"margin-bottom:1rem\"><code style=\"color:#ffd479\">\(escape("\(l.file):\(l.line):\(l.column)"))</code> <strong>error[\(escape(diagnostic.rule))]</strong>: \(escape(diagnostic.message))"
            if let hint = diagnostic.hint { html += "<br><em>Hint: \(escape(hint))</em>" }
            html += "</li>\n"
        }
        return html + "</ol></div>\n"
    }

    /// Adds the script (and the overlay, if any) before `</body>`.
    public static func inject(into html: Data, version: Int, diagnostics: [Diagnostic]?) -> Data {
        var text = String(decoding: html, as: UTF8.self)
        var addition = script(version: version)
        if let diagnostics, diagnostics.contains(where: { $0.severity == .error }) { addition = overlay(diagnostics) + addition }
        if let range = text.range(of: "</body>", options: .backwards) {
            text.replaceSubrange(range, with: addition + "</body>")
        } else {
            text += addition
        }
        return Data(text.utf8)
    }

    /// Shown when no build has ever succeeded, so there is no page to put the overlay on.
    public static func errorPage(_ diagnostics: [Diagnostic], version: Int) -> Data {
        let html = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>hubsite: build failed</title></head><body>\n</body></html>\n"
        return inject(into: Data(html.utf8), version: version, diagnostics: diagnostics)
    }
}
