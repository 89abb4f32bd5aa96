// swift-tools-version:6.0
// SPDX-License-Identifier: Apache-2.0 (hubsite; LICENSE at the root)
import PackageDescription
import Foundation

// hubsite: a static site generator for SCiP Alliance hub webpages.
// Data flows one way: files → model → diagnostics → site plan → pages. docs/architecture.md
// draws the module graph below; a test fails when the two disagree. hubsite builds and is
// tested on Linux (Debian) only, so no Apple platform is claimed.
//   HubModel     plain value types (hubs, opportunities, dates, diagnostics, rule ids)
//   HubParallel  the order-preserving parallel map every stage uses
//   HubContent   loading: front matter (Yams), Markdown (cmark-gfm), hubsite.yml
//   HubCalendar  events, month grids, iCalendar, Atom, JSON-LD
//   HubReport    the Healthy Hub report: every hub against the framework's criteria
//   HubLinkCheck outward links over HTTP(S) with libcurl (hubsite check --links), and their cache
//   HubPlan      the site plan: every file the site will contain
//   HubRules     validation against the rule catalogue in seeds/rules.yml
//   HubRender    templates (its own Mustache parser and compiled renderer) and typed page values
//   HubBuild     the build as a pipeline of named steps, site writing and swapping
//   HubServe     the live preview (FlyingFox): rebuilt from the current content, pages rendered on request
//   hubsite      command-line surface only
let package = Package(
    name: "hubsite",
    products: [
        .executable(name: "hubsite", targets: ["hubsite"]),
    ],
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams", exact: "6.2.2"),
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/swhitty/FlyingFox", exact: "0.27.1"),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
    ],
    targets: [
        .systemLibrary(
            name: "CCmarkGFM",
            pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]
        ),
        // libcurl, called directly by the link check (FoundationNetworking's URLSession sits on
        // it too, but cannot bound a transfer's time: docs/architecture.md).
        .systemLibrary(
            name: "CCurl",
            pkgConfig: "libcurl",
            providers: [.apt(["libcurl4-openssl-dev"])]
        ),
        .target(name: "HubModel", resources: [.embedInCode("Words")]),
        .target(name: "HubParallel"),
        .target(name: "CAtomicSwap"),
        .target(
            name: "HubContent",
            dependencies: ["HubModel", "HubParallel", "CCmarkGFM", .product(name: "Yams", package: "Yams")]
        ),
        .target(name: "HubCalendar", dependencies: ["HubModel"]),
        .target(name: "HubReport", dependencies: ["HubModel"]),
        .target(name: "HubLinkCheck", dependencies: ["HubModel", "CCurl"]),
        .target(name: "HubPlan", dependencies: ["HubModel", "HubCalendar", "HubReport"]),
        .target(
            name: "HubRules",
            dependencies: ["HubModel", "HubParallel", "HubPlan", .product(name: "Yams", package: "Yams")],
            resources: [.embedInCode("Resources/rules.yml")]
        ),
        .target(
            name: "HubRender",
            dependencies: ["HubModel", "HubParallel", "HubCalendar", "HubPlan", "HubReport"],
            resources: [.embedInCode("Theme")]
        ),
        .target(
            name: "HubBuild",
            dependencies: ["HubModel", "HubParallel", "HubContent", "HubRules", "HubCalendar", "HubPlan", "HubRender", "HubReport", "HubLinkCheck",
                           "CAtomicSwap"]
        ),
        .target(
            name: "HubServe",
            dependencies: ["HubBuild", "HubContent", "HubModel", "HubPlan", "HubRender", .product(name: "FlyingFox", package: "FlyingFox")]
        ),
        .executableTarget(
            name: "hubsite",
            dependencies: ["HubBuild", "HubServe", "HubModel", "HubContent", "HubRules", "HubRender", "HubReport",
                           .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        .executableTarget(
            name: "hubsite-fuzz",
            dependencies: ["HubBuild"]
        ),
        .testTarget(
            name: "HubsiteTests",
            dependencies: ["HubModel", "HubParallel", "HubContent", "HubRules", "HubCalendar", "HubPlan", "HubRender", "HubReport",
                           "HubBuild", "HubServe", .product(name: "PropertyBased", package: "swift-property-based"),
                           // The reference the compiled templates are compared with.
                           .product(name: "Mustache", package: "swift-mustache")],
            resources: [.copy("Fixtures")]
        ),
    ]
)

// `make fuzz` sets HUBSITE_FUZZ to add the libFuzzer target (built with -sanitize=fuzzer);
// ordinary builds never see it.
if ProcessInfo.processInfo.environment["HUBSITE_FUZZ"] != nil {
    package.targets.append(.executableTarget(
        name: "hubsite-fuzzer",
        dependencies: ["HubBuild"],
        path: "Fuzz/hubsite-fuzzer",
        swiftSettings: [.unsafeFlags(["-parse-as-library"])]
    ))
}
