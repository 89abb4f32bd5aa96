import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Runs the hubsite binary and reports how it ended and the most memory it used (wait4's
/// rusage for this very child, not for every child of the test process).
struct MeasuredRun {
    /// True in a build made with -sanitize=address or thread, whose shadow memory inflates RSS.
    static let underSanitizer: Bool = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "__asan_init") != nil
        || dlsym(UnsafeMutableRawPointer(bitPattern: 0), "__tsan_init") != nil
    /// The memory bound a single check or build of one broken input must stay within.
    static let peakLimitKB = underSanitizer ? 4 * 1024 * 1024 : 500 * 1024

    var exitStatus: Int32?
    var signal: Int32?
    var peakKB: Int
    var seconds: Double
    var stdout: String

    static func hubsite(_ arguments: [String], timeout: Double = 60) throws -> MeasuredRun {
        let outPath = FileManager.default.temporaryDirectory.appendingPathComponent("hubsite-out-\(UUID().uuidString)").path
        defer { unlink(outPath) }
        let started = Date()
        let pid = try spawn(arguments, stdout: outPath)
        var status: Int32 = 0
        var usage = rusage()
        while true {
            let done = wait4(pid, &status, WNOHANG, &usage)
            if done == pid { break }
            if Date().timeIntervalSince(started) > timeout {
                kill(pid, SIGKILL)
                _ = wait4(pid, &status, 0, &usage)
                break
            }
            usleep(5_000)
        }
        let exited = (status & 0x7f) == 0
        let output = (try? String(contentsOfFile: outPath, encoding: .utf8)) ?? ""
        return MeasuredRun(exitStatus: exited ? (status >> 8) & 0xff : nil, signal: exited ? nil : status & 0x7f,
                           peakKB: Int(usage.ru_maxrss), seconds: Date().timeIntervalSince(started), stdout: output)
    }

    /// Starts hubsite with `arguments`, standard output to `stdout`, errors discarded, and
    /// leak detection on for sanitizer builds.
    static func spawn(_ arguments: [String], stdout: String = "/dev/null") throws -> pid_t {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, stdout, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let argv = [CommandLineTests.binary.path] + arguments
        var cArguments = argv.map { strdup($0) } + [nil]
        defer { for pointer in cArguments { free(pointer) } }
        var variables = ProcessInfo.processInfo.environment
        variables["ASAN_OPTIONS"] = "detect_leaks=1" // under make test-sanitize: hubsite's own leaks fail
        var environment = variables.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { for pointer in environment { free(pointer) } }
        var pid: pid_t = 0
        guard posix_spawn(&pid, argv[0], &actions, nil, &cArguments, &environment) == 0 else {
            throw POSIXError(.ENOEXEC)
        }
        return pid
    }
}
