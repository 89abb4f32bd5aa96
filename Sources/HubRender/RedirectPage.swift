import HubModel

/// The page at an old address (`aliases:`), as Hugo writes one: it sends the reader to the new
/// address at once (`<meta http-equiv="refresh">`, no script), tells search engines where the
/// page is now (`rel=canonical`) and not to list the old one, and links to it for anyone whose
/// browser does not follow the refresh. A small page of its own, not a theme template: it has
/// no header, footer or styles to change.
enum RedirectPage {
    /// - Parameters:
    ///   - href: the new address from the old one (relative, so it works under any base).
    ///   - canonical: the new address in full, when the site has a base URL.
    static func html(href: String, canonical: String?, title: String, language: String, words: Words) -> String {
        let moved = Escaping.html(words.format("redirect_moved", ["title": title]))
        let link = Escaping.html(href)
        return """
            <!DOCTYPE html>
            <html lang="\(Escaping.html(language))">
            <head>
            <meta charset="utf-8">
            <title>\(moved)</title>
            <link rel="canonical" href="\(Escaping.html(canonical ?? href))">
            <meta name="robots" content="noindex">
            <meta http-equiv="refresh" content="0; url=\(link)">
            </head>
            <body>
            <p><a href="\(link)">\(moved)</a></p>
            </body>
            </html>

            """
    }

    /// `_redirects` (Netlify's and Cloudflare Pages' format): one line per old address, from
    /// the site's root (its base URL's path), to where it went, as a permanent redirect.
    static func redirects(_ moves: [(from: String, to: String)], basePath: String) -> String {
        moves.map { "\(basePath)\($0.from) \(basePath)\($0.to) 301\n" }.joined()
    }
}
