/// What the `style` and `favicon` templates receive: the site's settings only.
public struct ThemeValues: TemplateValue {
    public var site: SiteValues

    public static let variables = VariableTable<Self>("theme file", [
        .object("site", "the site's settings (see every page), e.g. `site.accent`, the accent colour") { $0.site },
    ])
}
