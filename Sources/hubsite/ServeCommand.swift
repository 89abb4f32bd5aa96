import ArgumentParser
import Foundation
import HubBuild
import HubModel
import HubServe
#if canImport(Glibc)
import Glibc
#endif

/// Live preview for co-leads: build, serve on 127.0.0.1, rebuild on save, reload open pages.
struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Preview the site at http://127.0.0.1:PORT/, rebuilding and reloading the page whenever you save a file.",
        discussion: """
        Watches content/, templates/ and hubsite.yml. A mistake while editing does not stop the \
        preview: the page shows the problems on top of the last good version until you fix them. \
        Press Ctrl-C to stop.
        """
    )

    @OptionGroup var project: ProjectOptions

    @Option(name: .shortAndLong, help: "The port to listen on; the next free one is used when it is taken.")
    var port: UInt16 = 1313

    @Flag(name: .shortAndLong, help: "Print only errors.")
    var quiet = false

    /// Runs the asynchronous preview on the concurrency pool and waits for it: the command stays a
    /// plain `ParsableCommand` like the others.
    func run() throws {
        let outcome = Outcome()
        let done = DispatchSemaphore(value: 0)
        let command = self
        Task.detached {
            do { try await command.serve() } catch { outcome.error = error }
            done.signal()
        }
        done.wait()
        if let error = outcome.error { throw error }
    }

    final class Outcome: @unchecked Sendable {
        var error: Error?
    }

    func serve() async throws {
        let colour = Terminal.wantsColour(fd: 2)
        let quiet = self.quiet
        let prefix = project.pathPrefix
        let shown = ShownWarnings()
        let server = try PreviewServer(options: project.buildOptions()) { outcome in
            ServeCommand.report(outcome, quiet: quiet, colour: colour, prefix: prefix, shown: shown)
        }
        let bound: UInt16
        do {
            bound = try await server.start(port: port)
        } catch {
            Terminal.printError("error: could not listen on 127.0.0.1 from port \(port): \(error)\n")
            await server.stop()
            throw ExitCode(1)
        }
        Terminal.printOut("Serving the site at http://127.0.0.1:\(bound)/ (press Ctrl-C to stop)\n")
        await Self.waitForInterrupt()
        await server.stop()
        Terminal.printOut("\nStopped.\n")
    }

    /// Errors every time; warnings only when they differ from the last ones printed, so a
    /// long session is not buried under the same warnings after every save.
    static func report(_ outcome: PreviewBuild.Outcome, quiet: Bool, colour: Bool, prefix: String, shown: ShownWarnings) {
        let warnings = outcome.diagnostics.filter { $0.severity == .warning }
        let newWarnings = !quiet && shown.replace(with: warnings)
        let printed = outcome.diagnostics.filter { $0.severity == .error || ($0.severity == .warning && newWarnings) }
        if !printed.isEmpty {
            let printer = DiagnosticPrinter(format: .human, pathPrefix: prefix, colour: colour, sources: outcome.sources)
            Terminal.printError(printer.render(printed, files: outcome.fileCount))
        }
        if outcome.succeeded, !quiet {
            let ms = Int(outcome.seconds * 1000)
            let note = warnings.isEmpty || newWarnings ? "" : " (\(warnings.count) warnings, as before)"
            Terminal.printOut("Built in \(ms) ms: \(outcome.filesPlanned) files, each rendered when it is asked for\(note).\n")
        } else if !outcome.succeeded {
            Terminal.printError("Not rebuilt because of the errors above; the browser shows them until they are fixed.\n")
        }
    }

    /// Suspends until SIGINT or SIGTERM.
    static func waitForInterrupt() async {
        signal(SIGINT, SIG_IGN)
        signal(SIGTERM, SIG_IGN)
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            let once = Once()
            for number in [SIGINT, SIGTERM] {
                let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
                source.setEventHandler {
                    if once.first() { continuation.resume() }
                }
                source.resume()
                Once.keep(source)
            }
        }
    }
}

/// Lets exactly one signal resume the wait.
final class Once: @unchecked Sendable {
    private let lock = NSLock()
    private var done = false
    nonisolated(unsafe) private static var sources: [DispatchSourceSignal] = []

    func first() -> Bool {
        lock.lock()
        defer { lock.unlock() }
        if done { return false }
        done = true
        return true
    }

    static func keep(_ source: DispatchSourceSignal) { sources.append(source) }
}

/// The warnings last printed by `serve`.
final class ShownWarnings: @unchecked Sendable {
    private let lock = NSLock()
    private var last: [Diagnostic]?

    /// Records `warnings`; true when they differ from the last ones.
    func replace(with warnings: [Diagnostic]) -> Bool {
        lock.lock()
        defer { lock.unlock() }
        defer { last = warnings }
        return last != warnings
    }
}
