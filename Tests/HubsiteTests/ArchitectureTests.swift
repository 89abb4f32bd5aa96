import Foundation
import Testing

/// docs/architecture.md draws the module graph; Package.swift declares it; the sources import
/// it. The three must agree.
@Suite struct ArchitectureTests {
    static let repository = CatalogueTests.repository

    /// Target → the targets and products it depends on, read from Package.swift.
    static func packageGraph() throws -> [String: Set<String>] {
        let text = try String(contentsOf: repository.appendingPathComponent("Package.swift"), encoding: .utf8)
        var graph: [String: Set<String>] = [:]
        // One piece per target declaration; its name is the first `name:` in it.
        var pieces: [Substring] = []
        var rest = text[...]
        while let start = rest.range(of: #"\.(target|executableTarget|testTarget|systemLibrary)\("#, options: .regularExpression) {
            let after = rest[start.upperBound...]
            let end = after.range(of: #"\.(target|executableTarget|testTarget|systemLibrary)\("#, options: .regularExpression)?.lowerBound ?? after.endIndex
            pieces.append(after[..<end])
            rest = after[end...]
        }
        for own in pieces {
            guard let nameStart = own.range(of: "name: \"") else { continue }
            let name = String(own[nameStart.upperBound...].prefix { $0 != "\"" })
            guard name.hasPrefix("Hub") || name == "hubsite" else { continue }
            var dependencies: Set<String> = []
            if let list = own.range(of: "dependencies: [") {
                var depth = 1, index = list.upperBound
                while index < own.endIndex, depth > 0 {
                    if own[index] == "[" { depth += 1 } else if own[index] == "]" { depth -= 1 }
                    index = own.index(after: index)
                }
                let inside = own[list.upperBound..<index]
                for piece in inside.components(separatedBy: "\"").enumerated() where piece.offset % 2 == 1 {
                    dependencies.insert(piece.element)
                }
            }
            // The project's own modules; packages and C libraries are the edges the doc names in words.
            graph[name] = dependencies.filter { $0.hasPrefix("Hub") }
        }
        return graph
    }

    /// Module → its dependencies, from the table in docs/architecture.md.
    static func documentedGraph() throws -> [String: Set<String>] {
        let text = try String(contentsOf: repository.appendingPathComponent("docs/architecture.md"), encoding: .utf8)
        var graph: [String: Set<String>] = [:]
        for line in text.split(separator: "\n") where line.hasPrefix("| `") {
            let cells = line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
            guard cells.count == 3 else { continue }
            let name = cells[0].trimmingCharacters(in: CharacterSet(charactersIn: "`"))
            let dependencies = cells[2] == "—" ? [] : cells[2].components(separatedBy: ", ").map { $0.trimmingCharacters(in: CharacterSet(charactersIn: "`")) }
            graph[name] = Set(dependencies)
        }
        return graph
    }

    @Test func theDocumentedGraphIsThePackagesGraph() throws {
        let package = try Self.packageGraph().filter { $0.key != "HubsiteTests" }
        let documented = try Self.documentedGraph()
        #expect(package.count >= 12)
        #expect(Set(package.keys) == Set(documented.keys))
        for (module, dependencies) in package {
            #expect(documented[module] == dependencies, "\(module): Package.swift says \(dependencies.sorted()), docs/architecture.md says \(documented[module]?.sorted() ?? [])")
        }
    }

    /// No source file imports a module of this project that its target does not depend on,
    /// and the layering the issue asked for holds.
    @Test func sourcesImportOnlyWhatTheirTargetDependsOn() throws {
        let graph = try Self.packageGraph()
        let sources = Self.repository.appendingPathComponent("Sources")
        for module in try FileManager.default.contentsOfDirectory(atPath: sources.path) where graph[module] != nil {
            let walker = FileManager.default.enumerator(atPath: sources.appendingPathComponent(module).path)
            while let file = walker?.nextObject() as? String {
                guard file.hasSuffix(".swift") else { continue }
                let text = try String(contentsOf: sources.appendingPathComponent(module).appendingPathComponent(file), encoding: .utf8)
                for line in text.split(separator: "\n") where line.hasPrefix("import Hub") {
                    let imported = String(line.dropFirst("import ".count))
                    #expect(graph[module]?.contains(imported) == true, "\(module)/\(file) imports \(imported)")
                }
            }
        }
        #expect(graph["HubRules"]?.contains("HubContent") == false)
        #expect(graph["HubReport"]?.contains("HubRules") == false)
        // HubRender reaches Yams and cmark-gfm through nothing it depends on.
        var reached: Set<String> = [], queue = ["HubRender"]
        while let next = queue.popLast() {
            for dependency in graph[next] ?? [] where reached.insert(dependency).inserted { queue.append(dependency) }
        }
        #expect(!reached.contains("HubContent") && !reached.contains("HubRules"), "\(reached.sorted())")
    }
}
