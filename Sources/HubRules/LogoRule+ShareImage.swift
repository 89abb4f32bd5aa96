import HubModel

/// The site's share picture (`share_image:` in hubsite.yml), checked as logos are: a page
/// without a picture of its own is shared with it, so a missing or unusable file would make
/// every such link preview blank, and its alt text is what a screen reader says of it.
extension LogoRule: SiteRule {
    public func check(_ context: RuleContext, findings: inout Findings) {
        let config = context.content.config
        guard let image = config.shareImage else { return }
        let location = config.fields.location(of: "share_image")
        if config.shareImageAlt == nil {
            findings.report("The share picture has no alt text ('share_image_alt'), so people using screen readers cannot tell what it shows.",
                            at: location, hint: "Add 'share_image_alt:' to hubsite.yml, saying what the picture shows.")
        }
        guard LogoVerdict.inspect(image, source: context.source, maxKB: context.option("max_kb", of: Self.id), what: "share picture")
            .report(image, as: "The share picture", at: location, into: &findings) else { return }
        guard PixelSize.mimeType(ofPath: image) != nil else {
            findings.report("The share picture \"\(image)\" is an SVG, which sharing sites do not show.", at: location,
                            hint: "Export it as a PNG or JPEG, ideally 1200 × 630 pixels, and name that file in 'share_image'.")
            return
        }
        if let size = context.content.imageSizes[image], size.width < PixelSize.smallestShared || size.height < PixelSize.smallestShared {
            findings.report("The share picture \"\(image)\" is \(size.width) × \(size.height) pixels; sharing sites show pictures under "
                            + "\(PixelSize.smallestShared) × \(PixelSize.smallestShared) small or not at all, so pages are shared without it.", at: location,
                            hint: "Use a picture of at least 600 × 315 pixels, ideally 1200 × 630.", advisory: true)
        }
    }
}
