// Replays fuzzing inputs through the same harness as the libFuzzer target, once each:
//   hubsite-fuzz Tests/HubsiteTests/Fixtures/fuzz-corpus/*
// A crash here is a crash the fuzzer found; `make fuzz` runs the fuzzer itself.
import Foundation
import HubBuild

var failures = 0
for path in CommandLine.arguments.dropFirst() {
    guard let data = FileManager.default.contents(atPath: path) else {
        FileHandle.standardError.write(Data("cannot read \(path)\n".utf8))
        failures += 1
        continue
    }
    FuzzHarness.run([UInt8](data))
}
print("replayed \(CommandLine.arguments.count - 1 - failures) inputs")
exit(failures == 0 ? 0 : 1)
