/// A photo of an activity: a picture under `content/`, what it shows for those who cannot see
/// it (required), and a caption.
public struct Photo: Hashable, Sendable {
    public var file: String?
    public var alt: String?
    public var caption: String?
    /// Its place in `photos`, for the rule's locations.
    public var index = 0

    public init(file: String? = nil, alt: String? = nil, caption: String? = nil, index: Int = 0) {
        self.file = file
        self.alt = alt
        self.caption = caption
        self.index = index
    }
}
