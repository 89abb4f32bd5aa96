import ArgumentParser
import Foundation
#if canImport(Glibc)
import Glibc
#endif

// Usage errors exit with 2 (swift-argument-parser's default is 64), as the interface promises:
// 0 success, 1 content errors, 2 usage errors.
do {
    var command = try Hubsite.parseAsRoot()
    do {
        try command.run()
    } catch {
        Hubsite.exit(withError: error)
    }
} catch {
    let code = Hubsite.exitCode(for: error)
    if code == .success {
        Hubsite.exit(withError: error)
    }
    FileHandle.standardError.write(Data((Hubsite.fullMessage(for: error) + "\n").utf8))
    exit(2)
}
