import Foundation

/// Why a build stopped without writing a site (content problems are diagnostics, not these).
public enum BuildError: Error, Equatable, Sendable, CustomStringConvertible {
    case outputIsSource(String)
    case outputNotWritable(String, String)
    case locked(String)
    case unsafeOutputPath(String)

    public var description: String {
        switch self {
        case .outputIsSource(let path):
            return "The output folder \(path) would replace the project or its content; choose another with --output."
        case .outputNotWritable(let path, let reason):
            return "Could not write the site to \(path): \(reason)"
        case .locked(let path):
            return "Another hubsite build is writing to \(path) right now; wait for it to finish and try again."
        case .unsafeOutputPath(let path):
            return "Refused to write '\(path)' because it would fall outside the output folder."
        }
    }
}
