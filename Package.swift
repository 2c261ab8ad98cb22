// swift-tools-version:6.1
import PackageDescription

/// Swift 6 language mode everywhere; GRDB stays an implementation detail of the store.
let strictSettings: [SwiftSetting] = [
    .enableUpcomingFeature("InternalImportsByDefault"),
    .enableUpcomingFeature("ExistentialAny"),
]

let package = Package(
    name: "ClaimTracker",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "tracker", targets: ["TrackerCLI"]),
        .library(name: "TrackerAnalysis", targets: ["TrackerAnalysis"]),
        .library(name: "TrackerStore", targets: ["TrackerStore"]),
        .library(name: "TrackerSyntax", targets: ["TrackerSyntax"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        // Hummingbird's own header types (HTTPField.Name for the security headers); already in its graph.
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
        // Documents from the web (tracker ingest URL, --feed); SwiftNIO for the tests' loopback server.
        .package(url: "https://github.com/swift-server/async-http-client", from: "1.37.0"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
    ],
    targets: [
        // Pure text analysis: documents, sentences, tokens, syntax, cues, tagging. No I/O, no SQL.
        // (Yams reads the user's YAML actor dictionaries into the same types as the JSON ones.)
        .target(
            name: "TrackerAnalysis",
            dependencies: ["CLibXML2", "TrackerSyntax", .product(name: "Yams", package: "Yams")],
            resources: [
                .embedInCode("Resources/boilerplate.tsv"),
                .embedInCode("Resources/abbreviations.tsv"),
                .embedInCode("Resources/lexicon.tsv"),
                .embedInCode("Resources/verbs.tsv"),
                .embedInCode("Resources/actors.json"),
                .embedInCode("Resources/actions.tsv"),
                .embedInCode("Resources/topics.tsv"),
                .embedInCode("Resources/publishers.tsv"),
                .embedInCode("Resources/outcome-verbs.tsv"),
            ],
            swiftSettings: strictSettings
        ),
        // Syntax learned from treebanks: word splitting, part-of-speech tags, dependency trees.
        // Pure (its only I/O is reading the bundled model); the statement tagger reads its trees.
        .target(
            name: "TrackerSyntax",
            resources: [.copy("Resources/english.model")],
            swiftSettings: strictSettings
        ),
        // Trains the syntax model from CoNLL-U treebanks; never in the library's hot path.
        .executableTarget(
            name: "TrackerTraining",
            dependencies: ["TrackerSyntax"],
            swiftSettings: strictSettings
        ),
        // libxml2's HTML parser (it forgives broken markup as browsers do); wrapped in
        // TrackerAnalysis/Documents/HTML, since parsing a page in memory is pure analysis.
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        // The SQLite schema as numbered migration files, embedded in the binary.
        .target(
            name: "TrackerSchema",
            path: "Schema",
            exclude: ["README.md"],
            resources: [
                .embedInCode("001_initial.sql"),
                .embedInCode("002_performance.sql"),
                .embedInCode("003_statement_time_and_topics.sql"),
                .embedInCode("004_stable_ids_and_import_record.sql"),
                .embedInCode("005_search_stemming.sql"),
                .embedInCode("006_document_country.sql"),
                .embedInCode("008_document_pages_and_fetches.sql"),
                .embedInCode("012_outcome_links_human_only.sql"),
                .embedInCode("013_outcome_attribution.sql"),
            ],
            swiftSettings: strictSettings
        ),
        // The database: migrations, records, idempotent ingest, queries.
        .target(
            name: "TrackerStore",
            dependencies: [
                "TrackerAnalysis",
                "TrackerSchema",
                .product(name: "GRDB", package: "GRDB.swift"),
                // SQLite's C API, for binding ingest rows without GRDB's argument arrays.
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
            ],
            swiftSettings: strictSettings
        ),
        // Where documents come from besides text files: PDF through poppler's pdftotext (a
        // subprocess), web pages and RSS/Atom feeds over HTTP. Reads bytes; the analysis stays pure.
        .target(
            name: "TrackerSources",
            dependencies: [
                "TrackerAnalysis",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
            ],
            swiftSettings: strictSettings
        ),
        // Markdown reports from the store's query API; layouts are Mustache templates.
        .target(
            name: "TrackerReports",
            dependencies: ["TrackerAnalysis", "TrackerStore", .product(name: "Mustache", package: "swift-mustache")],
            resources: [
                .embedInCode("Templates/status.mustache"),
                .embedInCode("Templates/actor.mustache"),
                .embedInCode("Templates/topic.mustache"),
                .embedInCode("Templates/document.mustache"),
                .embedInCode("Templates/evidence.mustache"),
                .embedInCode("Templates/commitments.mustache"),
                .embedInCode("Templates/changes.mustache"),
            ],
            swiftSettings: strictSettings
        ),
        // The browser workbench: server-rendered pages over the store and the report models.
        // Static files (stylesheet, script) are bundled as a resource folder and served from it only.
        .target(
            name: "TrackerWeb",
            dependencies: [
                "TrackerAnalysis",
                "TrackerStore",
                "TrackerReports",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
            ],
            resources: [.copy("Static")],
            swiftSettings: strictSettings
        ),
        // Deterministic large corpora built from the examples, for benchmarks and load tests.
        .target(
            name: "TrackerCorpus",
            dependencies: ["TrackerAnalysis"],
            swiftSettings: strictSettings
        ),
        // The `tracker` command.
        .executableTarget(
            name: "TrackerCLI",
            dependencies: [
                "TrackerAnalysis",
                "TrackerStore",
                "TrackerReports",
                "TrackerSyntax",
                "TrackerWeb",
                "TrackerSources",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            // An executable has no public API to guard; its conformances of library
            // types to ArgumentParser protocols need the default (public) imports.
            swiftSettings: [.enableUpcomingFeature("ExistentialAny")]
        ),
        // Throughput, latency and memory benchmarks; run in release: `swift run -c release TrackerBenchmarks`.
        .executableTarget(
            name: "TrackerBenchmarks",
            dependencies: ["TrackerAnalysis", "TrackerSchema", "TrackerStore", "TrackerReports", "TrackerCorpus", "TrackerSyntax"],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "TrackerAnalysisTests",
            dependencies: ["TrackerAnalysis", "TrackerSyntax", "TrackerTestSupport"],
            exclude: ["Fixtures"],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "TrackerStoreTests",
            dependencies: ["TrackerStore", "TrackerAnalysis", "TrackerTestSupport"],
            exclude: ["Fixtures"],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "TrackerSyntaxTests",
            dependencies: ["TrackerSyntax"],
            exclude: ["Fixtures"],
            swiftSettings: strictSettings
        ),
        // What the tests share: the example articles, PDFs they write themselves and an HTTP server on loopback.
        .target(
            name: "TrackerTestSupport",
            dependencies: [
                "TrackerAnalysis",
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
            ],
            path: "Tests/TrackerTestSupport",
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "TrackerSourcesTests",
            dependencies: ["TrackerSources", "TrackerAnalysis", "TrackerTestSupport"],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "TrackerWebTests",
            dependencies: [
                "TrackerWeb",
                "TrackerStore",
                "TrackerReports",
                "TrackerAnalysis",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
            ],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "TrackerCLITests",
            dependencies: [
                "TrackerCLI", "TrackerCorpus", "TrackerStore", "TrackerAnalysis", "TrackerSources", "TrackerSyntax", "TrackerWeb",
                "TrackerTestSupport",
            ],
            swiftSettings: strictSettings
        ),
    ],
    swiftLanguageModes: [.v6]
)
