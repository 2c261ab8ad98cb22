// swift-tools-version:6.1
import PackageDescription

/// The fuzz target for the analysis, a package of its own so that the main
/// package's `swift build` and `swift test` never build it. Build and run it
/// with `Fuzz/run.sh SECONDS` (see README.md here).
let package = Package(
    name: "ClaimTrackerFuzz",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(name: "ClaimTracker", path: "..")
    ],
    targets: [
        .executableTarget(
            name: "AnnotateFuzzer",
            dependencies: [.product(name: "TrackerAnalysis", package: "ClaimTracker")],
            swiftSettings: [
                .enableUpcomingFeature("InternalImportsByDefault"),
                .enableUpcomingFeature("ExistentialAny"),
            ]
        )
    ],
    swiftLanguageModes: [.v6]
)
