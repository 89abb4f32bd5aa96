/// A lead organisation of a hub, shown with its logo ("organisation logos", 003).
public struct Organisation: Hashable, Sendable {
    public var name: String
    /// Path under `content/`, e.g. `logos/portsmouth.svg`.
    public var logo: String?
    public var logoAlt: String?
    public var url: String?

    public init(name: String, logo: String? = nil, logoAlt: String? = nil, url: String? = nil) {
        self.name = name
        self.logo = logo
        self.logoAlt = logoAlt
        self.url = url
    }
}
