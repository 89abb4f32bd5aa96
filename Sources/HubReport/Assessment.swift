/// How a hub stands against one criterion, with the figure behind the verdict.
public struct Assessment: Sendable, Hashable, Codable {
    public enum Status: String, Sendable, Codable, CaseIterable {
        case met = "met"
        case notMet = "not met"
        case noData = "no data"

        /// For sorting: problems first.
        public var rank: Int {
            switch self {
            case .notMet: return 0
            case .noData: return 1
            case .met: return 2
            }
        }
    }

    public var criterion: String
    public var status: Status
    public var figure: String

    public init(criterion: String, status: Status, figure: String) {
        self.criterion = criterion
        self.status = status
        self.figure = figure
    }
}
