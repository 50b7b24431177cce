// swift-tools-version:6.0
import PackageDescription

/// Release builds of the modules `caseledger-audit` runs reach generic type metadata through its
/// accessor functions rather than by mangled name: a one-case report then spends no time demangling
/// type names and searching the runtime's conformance records for their generic requirements.
let metadataByAccessor: [SwiftSetting] = [
    .unsafeFlags(["-Xfrontend", "-disable-concrete-type-metadata-mangled-name-accessors"], .when(configuration: .release))
]

let package = Package(
    name: "caseledger",
    targets: [
        // SHA-256 compression in C: uses the CPU's SHA instructions when present.
        .target(name: "CSHA256", path: "Sources/CSHA256"),
        // JSON: the value, parser, tape and tape builder, canonical form and its validator; knows nothing of ledgers.
        .target(name: "LedgerJSON", swiftSettings: metadataByAccessor),
        // The storage core: envelopes, hashing, the RFC 6962 Merkle tree, segments, index, ledger, verify; knows nothing of social care.
        .target(name: "LedgerStore", dependencies: ["CSHA256", "LedgerJSON"], swiftSettings: metadataByAccessor),
        // A JSON Schema (draft 2020-12) compiler and validator: linked by test targets only, never by an executable.
        .target(name: "JSONSchemaValidation", dependencies: ["LedgerJSON"]),
        // OpenSSL 3's libcrypto, the operating system's (Debian's libssl-dev), found with pkg-config.
        .systemLibrary(name: "CLibCrypto", path: "Sources/CLibCrypto", pkgConfig: "libcrypto", providers: [.apt(["libssl-dev"])]),
        // Ed25519 keys and signatures through libcrypto, C2SP signed notes and tlog checkpoints;
        // knows nothing of ledgers. The only target that touches libcrypto.
        .target(name: "LedgerSigning", dependencies: ["CLibCrypto"]),
        // Signed checkpoints of a ledger, witnesses' cosignatures and fork evidence: the glue of
        // the storage core (which keeps the files as bytes) and LedgerSigning (which knows nothing
        // of ledgers). No Foundation, so caseledger-audit can link it.
        .target(name: "LedgerTransparency", dependencies: ["LedgerStore", "LedgerSigning"]),
        // Argument parsing and error rendering shared by every executable.
        .target(name: "CLIKit", swiftSettings: metadataByAccessor),
        // The pure domain: commands, decide, events, evolve, projections, the staff register.
        // Built under strict memory safety (SE-0458) with its warnings as errors: an unsafe
        // construct in the domain does not build (events/INVARIANTS.md rule 11).
        .target(
            name: "CaseLedger", dependencies: ["LedgerJSON", "LedgerStore"],
            swiftSettings: metadataByAccessor + [.unsafeFlags(["-strict-memory-safety", "-Werror", "StrictMemorySafety"])]),
        // The application layer: reads streams, decides with the domain, appends.
        .target(name: "CaseService", dependencies: ["CaseLedger", "LedgerStore"], swiftSettings: metadataByAccessor),
        // Read-only audit reports: decision trails, explanations, diffs, in five formats.
        .target(name: "CaseAudit", dependencies: ["CaseLedger", "CaseService", "LedgerJSON", "LedgerStore", "LedgerSigning", "LedgerTransparency"], swiftSettings: metadataByAccessor),
        // The demo ledger: realistic cases recorded through CaseService with a fixed clock and ids.
        .target(name: "CaseDemo", dependencies: ["CaseLedger", "CaseService", "LedgerJSON", "LedgerStore"]),
        // The staff command: record decisions.
        .executableTarget(name: "caseledger", dependencies: ["LedgerJSON", "LedgerStore", "CLIKit", "CaseLedger", "CaseService", "CaseDemo", "LedgerSigning", "LedgerTransparency", "CaseAudit"]),
        // The auditor's and customer's command: opens a ledger read-only and never appends.
        .executableTarget(
            name: "caseledger-audit", dependencies: ["CaseAudit", "CaseLedger", "CaseService", "LedgerStore", "CLIKit", "LedgerSigning", "LedgerTransparency"],
            path: "tools/caseledger-audit", swiftSettings: metadataByAccessor,
            // A release build is one static executable (the tool uses no Foundation): the Swift
            // runtime, the C++ library and the C library linked in, so a report on one case starts
            // without the dynamic loader mapping and relocating shared libraries. Linked with lld,
            // which does not repeat the C library's note that a static program's dlopen (which the
            // runtime only calls when asked for a prespecializations library) needs that same C
            // library at run time.
            // LedgerSigning links libcrypto: statically, libcrypto.a (Debian's libssl-dev) and what
            // `pkg-config --static --libs libcrypto` adds (-ldl -pthread).
            linkerSettings: [
                .unsafeFlags(["-static-executable", "-use-ld=lld"], .when(configuration: .release)),
                .linkedLibrary("dl", .when(configuration: .release)), .linkedLibrary("pthread", .when(configuration: .release)),
            ]),
        // Benchmark and synthetic data generator (run in release mode).
        .executableTarget(
            name: "caseledger-bench", dependencies: ["LedgerJSON", "LedgerStore", "CLIKit", "CaseAudit", "CaseDemo", "CaseLedger", "CaseService"],
            path: "tools/caseledger-bench"),
        // A realistic synthetic caseload of any size (the demo's stories replayed through decide).
        .executableTarget(
            name: "caseledger-gen", dependencies: ["CaseDemo", "CLIKit"],
            path: "tools/caseledger-gen"),
        // Appends in a loop and reports each acknowledged seq: the child process of crash tests.
        .executableTarget(
            name: "caseledger-stress", dependencies: ["LedgerStore", "CLIKit"],
            path: "tools/caseledger-stress"),
        // Test helpers shared by the test targets (test targets cannot import one another): dates,
        // money and metadata, the test staff and configuration, `Make` builders, `TestCase`,
        // the standard adult case, the grand tour and the random history generator.
        .target(name: "CaseLedgerTestSupport", dependencies: ["CaseLedger"], path: "Tests/CaseLedgerTestSupport"),
        // The JSON parser, canonical form and text interner.
        .testTarget(name: "LedgerJSONTests", dependencies: ["LedgerJSON"]),
        // The storage core: append, read, recover, index, verify, SHA-256, the Merkle tree, the line fast path and the JSON tape.
        .testTarget(name: "LedgerStoreTests", dependencies: ["LedgerStore", "LedgerJSON", "CSHA256"]),
        // The JSON Schema compiler and validator, keyword by keyword.
        .testTarget(name: "JSONSchemaValidationTests", dependencies: ["JSONSchemaValidation", "LedgerJSON"]),
        // Ed25519 (RFC 8032 vectors, keys made by the openssl command), signed notes and checkpoints.
        .testTarget(name: "LedgerSigningTests", dependencies: ["LedgerSigning"]),
        // Checkpoints kept in the ledger directory, cosignatures stored beside them, the witness and its fork evidence.
        .testTarget(name: "LedgerTransparencyTests", dependencies: ["LedgerTransparency", "LedgerSigning", "LedgerStore", "LedgerJSON"]),
        // Argument parsing, help text, output and file access.
        .testTarget(name: "CLIKitTests", dependencies: ["CLIKit"]),
        // The domain: rules, projections, coding, stories and scenarios.
        .testTarget(name: "CaseLedgerTests", dependencies: ["CaseLedger", "CaseLedgerTestSupport"]),
        // The application layer: recording, concurrency, configuration, upcasting and views.
        .testTarget(name: "CaseServiceTests", dependencies: ["CaseService", "CaseLedger", "CaseLedgerTestSupport", "LedgerJSON", "LedgerStore"]),
        // The event catalogue in events/catalogue: schemas and examples against the domain's coding.
        .testTarget(name: "CatalogueTests", dependencies: ["CaseLedger", "CaseLedgerTestSupport", "CaseService", "JSONSchemaValidation", "LedgerJSON"]),
        // The audit reports and their golden files.
        .testTarget(
            name: "CaseAuditTests", dependencies: ["CaseAudit", "CaseLedger", "CaseLedgerTestSupport", "CaseService", "LedgerStore"],
            exclude: ["Golden"]),
        // The synthetic caseload, the oversight projection's rebuild and checkpoints, and the caseload's notice deadlines.
        .testTarget(
            name: "OversightTests", dependencies: ["CaseAudit", "CaseDemo", "CaseLedger", "CaseLedgerTestSupport", "CaseService", "LedgerJSON", "LedgerStore"]),
        // The executables run as processes: commands, crash safety, the independent verifier.
        .testTarget(
            name: "EndToEndTests",
            dependencies: [
                "LedgerJSON", "LedgerStore", "CaseLedger", "CaseLedgerTestSupport", "CaseService", "CaseDemo", "caseledger", "caseledger-stress",
                "caseledger-audit", "LedgerSigning", "LedgerTransparency",
                // issue 18: scripts — README runs it (ReadmeCommandsTests)
                "caseledger-gen",
            ]),
    ]
)
