import Foundation
import Testing
import HubBuild
import HubModel
#if canImport(Glibc)
import Glibc
#endif

/// The site is never half-written, builds do not trample each other, and nothing outside the
/// project is read.
@Suite(.serialized) struct ReliabilityTests {
    /// A project with many hubs, so a build lasts long enough to be interrupted.
    static func largeProject(hubs: Int, marker: String) -> TestProject {
        var files: [String: String?] = [:]
        for index in 0..<hubs {
            files["content/hubs/hub-\(index).md"] = TestProject.validHub.replacingOnce("title: Test Hub", with: "title: Hub \(index) \(marker)")
        }
        return TestProject(files: files)
    }

    @Test func killedBuildsLeaveTheOldOrTheNewSiteComplete() throws {
        let project = Self.largeProject(hubs: 300, marker: "old")
        defer { project.remove() }
        let site = project.root.appendingPathComponent("site")
        let arguments = ["build", "--source", project.root.path, "--today", "2026-11-25", "--quiet"]
        #expect(try MeasuredRun.hubsite(arguments).exitStatus == 0)
        let old = BrokenInputTests.snapshot(site)

        // The new content, and the site it makes, built once elsewhere for reference.
        for index in 0..<300 {
            project.write(Data(TestProject.validHub.replacingOnce("title: Test Hub", with: "title: Hub \(index) new").utf8), to: "content/hubs/hub-\(index).md")
        }
        let reference = project.root.appendingPathComponent("reference")
        #expect(try MeasuredRun.hubsite(arguments + ["--output", reference.path]).exitStatus == 0)
        let new = BrokenInputTests.snapshot(reference)
        #expect(old != new)
        let started = Date()
        #expect(try MeasuredRun.hubsite(arguments).exitStatus == 0)
        let duration = Date().timeIntervalSince(started)
        // Killed at once (the old site must stay), at points spread over the build, and long
        // after it should have ended (the new site must be there): both outcomes are seen.
        let delays = [0] + (1...6).map { duration * 1.2 * Double($0) / 6 } + [duration * 3 + 1]
        var sawOld = false, sawNew = false
        for (attempt, delay) in delays.enumerated() {
            try Self.writeSite(old, to: site)
            let pid = try MeasuredRun.spawn(arguments)
            usleep(UInt32(delay * 1_000_000))
            kill(pid, SIGKILL)
            var status: Int32 = 0
            waitpid(pid, &status, 0)
            let now = BrokenInputTests.snapshot(site)
            #expect(now == old || now == new, "attempt \(attempt): killed after \(delay) s, the site is neither the old nor the new one")
            if now == old { sawOld = true }
            if now == new { sawNew = true }
        }
        #expect(sawOld && sawNew, "killed at once the old site stays; waited for, the new one is there")
        // A later build cleans up whatever the killed ones left behind.
        #expect(try MeasuredRun.hubsite(arguments).exitStatus == 0)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: project.root.path).filter { $0.hasPrefix(".site.") }
        #expect(leftovers.allSatisfy { $0 == ".site.lock" || $0 == ".site.build" }, "\(leftovers)")
    }

    static func writeSite(_ snapshot: [String: Data], to folder: URL) throws {
        try? FileManager.default.removeItem(at: folder)
        for (path, data) in snapshot {
            let url = folder.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try data.write(to: url)
        }
    }

    @Test func aSecondBuildAtOnceIsTurnedAway() throws {
        let project = TestProject()
        defer { project.remove() }
        let writer = SiteWriter(output: project.root.appendingPathComponent("site"))
        try writer.withLock {
            let run = try CommandLineTests.run(["build", "--source", project.root.path, "--today", "2026-11-25"])
            #expect(run.status == 1)
            #expect(run.stderr.contains("Another hubsite build is writing to"))
        }
        #expect(try CommandLineTests.run(["build", "--source", project.root.path, "--today", "2026-11-25"]).status == 0)
    }

    /// The 5 MB limit applies to what a link leads to: a small link to a large file is refused.
    @Test func theSizeLimitFollowsLinks() throws {
        let project = TestProject()
        defer { project.remove() }
        project.write(Data((TestProject.validHub + String(repeating: "All work and no play. ", count: 300_000)).utf8), to: "big/large.md")
        try FileManager.default.createSymbolicLink(atPath: project.root.appendingPathComponent("content/hubs/linked.md").path,
                                                   withDestinationPath: "../../big/large.md")
        let problems = project.check().filter { $0.location.file == "content/hubs/linked.md" }
        #expect(problems.count == 1)
        #expect(problems.first?.message.contains("larger than 5 MB") == true)
    }

    @Test func contentLinksLeavingTheProjectAreRefused() throws {
        let project = TestProject()
        defer { project.remove() }
        let outside = FileManager.default.temporaryDirectory.appendingPathComponent("outside-\(UUID().uuidString).md")
        try Data(TestProject.validHub.utf8).write(to: outside)
        defer { try? FileManager.default.removeItem(at: outside) }
        try FileManager.default.createSymbolicLink(at: project.root.appendingPathComponent("content/hubs/linked.md"), withDestinationURL: outside)
        try FileManager.default.createDirectory(at: project.root.appendingPathComponent("templates"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(at: project.root.appendingPathComponent("templates/footer.mustache"), withDestinationURL: outside)
        let problems = project.check()
        #expect(problems.contains { $0.location.file == "content/hubs/linked.md" && $0.message.contains("outside the project folder") })
        #expect(problems.contains { $0.location.file == "templates/footer.mustache" && $0.message.contains("outside the project folder") })
    }
}

@Suite struct StagingTests {
    /// The staging copy is reused between builds: whatever a previous build left in it that the
    /// new one does not make is gone from the new site, including a folder where a file goes.
    @Test func staleFilesInTheStagingCopyNeverReachTheSite() throws {
        let project = TestProject()
        defer { project.remove() }
        _ = try project.pipeline.build()
        _ = try project.pipeline.build() // the staging copy now holds a complete old site
        let staging = project.root.appendingPathComponent(".site.build")
        #expect(FileManager.default.fileExists(atPath: staging.appendingPathComponent("index.html").path))
        try Data("stale".utf8).write(to: staging.appendingPathComponent("stale.html"))
        try FileManager.default.createDirectory(at: staging.appendingPathComponent("robots.txt-folder"), withIntermediateDirectories: true)
        try FileManager.default.removeItem(at: staging.appendingPathComponent("favicon.svg"))
        try FileManager.default.createDirectory(at: staging.appendingPathComponent("favicon.svg/inner"), withIntermediateDirectories: true)
        try FileManager.default.removeItem(at: staging.appendingPathComponent("hubs"))
        try Data("not a folder".utf8).write(to: staging.appendingPathComponent("hubs"))
        _ = try project.pipeline.build()
        let site = project.root.appendingPathComponent("site")
        let reference = BuildTests.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: reference) }
        _ = try BuildPipeline(options: BuildOptions(source: project.root, output: reference, today: TestProject.today)).build()
        #expect(BrokenInputTests.snapshot(site) == BrokenInputTests.snapshot(reference))
        #expect(!FileManager.default.fileExists(atPath: site.appendingPathComponent("stale.html").path))
    }

    /// Pages are written into the staging copy while they render; a link left in it (here in
    /// place of the `hubs` folder and of a page) is removed, never written through.
    @Test func linksInTheStagingCopyAreNeverFollowed() throws {
        let project = TestProject()
        defer { project.remove() }
        _ = try project.pipeline.build()
        _ = try project.pipeline.build()
        let staging = project.root.appendingPathComponent(".site.build")
        let outside = BuildTests.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: outside) }
        try FileManager.default.createDirectory(at: outside, withIntermediateDirectories: true)
        try FileManager.default.removeItem(at: staging.appendingPathComponent("hubs"))
        try FileManager.default.createSymbolicLink(at: staging.appendingPathComponent("hubs"), withDestinationURL: outside)
        let victim = outside.appendingPathComponent("victim.html")
        try Data("keep me".utf8).write(to: victim)
        try FileManager.default.removeItem(at: staging.appendingPathComponent("index.html"))
        try FileManager.default.createSymbolicLink(at: staging.appendingPathComponent("index.html"), withDestinationURL: victim)
        let built = try project.pipeline.build()
        #expect(built.pages != nil)
        #expect(try FileManager.default.contentsOfDirectory(atPath: outside.path) == ["victim.html"])
        #expect(try String(contentsOf: victim, encoding: .utf8) == "keep me")
        let site = project.root.appendingPathComponent("site")
        #expect(FileManager.default.fileExists(atPath: site.appendingPathComponent("hubs/test/index.html").path))
        let attributes = try FileManager.default.attributesOfItem(atPath: site.appendingPathComponent("index.html").path)
        #expect(attributes[.type] as? FileAttributeType == .typeRegular)
    }
}
