import HubParallel
import HubPlan

/// A plan's files with each of their dependencies numbered: made when the plan is made, and
/// kept while a rebuild keeps the plan's files (an edit to what pages show). Fingerprinting
/// the files after an edit then looks up each distinct dependency once and combines numbers,
/// instead of looking up the 100,000 dependencies that a large network's 20,000 files name
/// (a few thousand hubs and opportunities, each named by several files).
struct DependencySlots {
    /// Each distinct dependency, by its slot.
    let dependencies: [PlannedFile.Dependency]
    /// The files' slots, one file after another: file `i`'s are `slots[starts[i]..<starts[i + 1]]`.
    let slots: [Int]
    let starts: [Int]
    /// Each file's kind, hashed.
    let kinds: [Int]
    /// The files' paths, hashed in order: the value of `.files`.
    let paths: Int

    init(files: [PlannedFile]) {
        var numbers: [PlannedFile.Dependency: Int] = [:]
        var dependencies: [PlannedFile.Dependency] = []
        var slots: [Int] = []
        var starts = [0]
        var kinds: [Int] = []
        var paths = Hasher()
        starts.reserveCapacity(files.count + 1)
        kinds.reserveCapacity(files.count)
        for file in files {
            for dependency in file.dependencies {
                if let slot = numbers[dependency] {
                    slots.append(slot)
                } else {
                    numbers[dependency] = dependencies.count
                    slots.append(dependencies.count)
                    dependencies.append(dependency)
                }
            }
            starts.append(slots.count)
            kinds.append(file.kind.hashValue)
            paths.combine(file.path)
        }
        self.dependencies = dependencies
        self.slots = slots
        self.starts = starts
        self.kinds = kinds
        self.paths = paths.finalize()
    }

    var fileCount: Int { kinds.count }

    /// Each file's fingerprint: what every file depends on (`global`), its kind, and the value
    /// of each of its dependencies (`values`, by slot).
    func fingerprints(global: Int, values: [Int]) -> [Int] {
        ParallelMap.map(Array(0..<fileCount)) { file in
            var hasher = Hasher()
            hasher.combine(global)
            hasher.combine(kinds[file])
            for position in starts[file]..<starts[file + 1] { hasher.combine(values[slots[position]]) }
            return hasher.finalize()
        }
    }
}
