/// One figure of the hub's local picture (`local_picture`): its value, what it counts and where
/// it comes from. "To investigate local needs and context, for example sourcing and analysing
/// local data" (001): a figure is only as good as its source, so each names one.
public struct LocalFigure: Hashable, Sendable {
    /// As the source gives it, e.g. "over 6,000" or "1 in 10".
    public var value: String?
    /// What it counts, e.g. "Service children in the region's schools".
    public var counts: String?
    public var source: Source?
    /// Its place in `local_picture`, for the rule's locations.
    public var index = 0

    /// Where a figure comes from: a publication's name, its address and its year.
    public struct Source: Hashable, Sendable {
        public var name: String?
        public var url: String?
        public var year: Int?

        public init(name: String? = nil, url: String? = nil, year: Int? = nil) {
            self.name = name
            self.url = url
            self.year = year
        }
    }

    public init(value: String? = nil, counts: String? = nil, source: Source? = nil, index: Int = 0) {
        self.value = value
        self.counts = counts
        self.source = source
        self.index = index
    }
}
