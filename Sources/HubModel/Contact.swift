/// A hub's public contact route ("contact details", 003).
public struct Contact: Hashable, Sendable {
    public var email: String?
    public var phone: String?
    public var url: String?

    public init(email: String? = nil, phone: String? = nil, url: String? = nil) {
        self.email = email
        self.phone = phone
        self.url = url
    }

    public var isEmpty: Bool { email == nil && phone == nil && url == nil }
}
