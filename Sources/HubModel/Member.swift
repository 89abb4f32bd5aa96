/// An organisation taking part in a hub.
public struct Member: Hashable, Sendable {
    public var name: String
    public var type: MemberType

    public init(name: String, type: MemberType) {
        self.name = name
        self.type = type
    }
}
