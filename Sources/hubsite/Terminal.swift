import Foundation
import HubModel
#if canImport(Glibc)
import Glibc
#endif

/// Facts about where output goes.
enum Terminal {
    /// Colour only on a terminal, and never when NO_COLOR is set (https://no-color.org).
    static func wantsColour(fd: Int32) -> Bool {
        if let value = ProcessInfo.processInfo.environment["NO_COLOR"], !value.isEmpty { return false }
        return isatty(fd) == 1
    }

    /// Unbuffered, so a long-running command's lines appear at once even through a pipe.
    static func printOut(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    /// A person is watching: a terminal, and not a CI runner (which sets CI=true).
    static func isInteractive(fd: Int32) -> Bool {
        isatty(fd) == 1 && ProcessInfo.processInfo.environment["CI"] == nil
    }

    static func printError(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }

    /// Exit status for a finished check: 1 on errors (or warnings with --strict), else 0.
    static func exitCode(for diagnostics: [Diagnostic], strict: Bool) -> Int32 {
        if diagnostics.contains(where: { $0.severity == .error }) { return 1 }
        if strict, diagnostics.contains(where: { $0.severity == .warning }) { return 1 }
        return 0
    }
}
