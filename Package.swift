// swift-tools-version: 6.1
import PackageDescription

/// deliverables: structured project data in, manuals, kits, certificates and a website out.
///
/// Imports run one way: ProjectModel ← ProjectInput, ProjectModel ← Stages,
/// DocumentTree ← DocumentWriters ← Stages; the CLI imports everything; writers know nothing
/// of the domain.
let package = Package(
    name: "deliverables",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "deliverables", targets: ["deliverables"]),
        .library(name: "ProjectModel", targets: ["ProjectModel"]),
        .library(name: "ProjectInput", targets: ["ProjectInput"]),
        .library(name: "DocumentTree", targets: ["DocumentTree"]),
        .library(name: "DocumentWriters", targets: ["DocumentWriters"]),
        .library(name: "MarkdownReader", targets: ["MarkdownReader"]),
        .library(name: "Stages", targets: ["Stages"]),
        .library(name: "Credentials", targets: ["Credentials"]),
    ],
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
    ],
    targets: [
        // System libraries: a module map and a shim header, nothing else.
        .systemLibrary(name: "CZip", pkgConfig: "libzip", providers: [.apt(["libzip-dev"])]),
        .systemLibrary(name: "CDeflate", pkgConfig: "libdeflate", providers: [.apt(["libdeflate-dev"])]),
        .systemLibrary(name: "CLibXML2", pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"])]),
        .systemLibrary(name: "CCmark", providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]),
        .systemLibrary(name: "CQRencode", pkgConfig: "libqrencode", providers: [.apt(["libqrencode-dev"])]),
        .systemLibrary(name: "COpenSSL", pkgConfig: "libcrypto", providers: [.apt(["libssl-dev"])]),

        // The domain: value types only.
        .target(name: "ProjectModel"),
        // Loading Input/ with source positions, and the checker.
        .target(name: "ProjectInput", dependencies: ["ProjectModel", "Yams"]),
        // The format-neutral document tree and the house style values.
        .target(name: "DocumentTree"),
        // ODT, DOCX and HTML writers, with the zip and XML helpers they share.
        .target(name: "DocumentWriters", dependencies: ["DocumentTree", "CDeflate", "CLibXML2", "Yams"]),
        // CommonMark + GFM into the document tree.
        .target(name: "MarkdownReader", dependencies: ["DocumentTree", "CCmark", "Yams"]),
        // Open Badges 3.0 credentials signed as VC-JWT (RS256), verification codes, QR codes.
        .target(name: "Credentials", dependencies: [
            "CQRencode", "CDeflate", "COpenSSL",
            .product(name: "Crypto", package: "swift-crypto"),
            .product(name: "_CryptoExtras", package: "swift-crypto"),
        ]),
        // One stage per deliverable, the build engine, cache and manifest.
        .target(name: "Stages", dependencies: [
            "ProjectModel", "ProjectInput", "DocumentTree", "DocumentWriters", "MarkdownReader", "Credentials", "Yams",
            .product(name: "Crypto", package: "swift-crypto"),
            .product(name: "Mustache", package: "swift-mustache"),
        ]),
        // The command line: argument parsing and progress only.
        .executableTarget(name: "deliverables", dependencies: [
            "ProjectModel", "ProjectInput", "DocumentTree", "DocumentWriters", "MarkdownReader", "Stages", "Credentials",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),

        // Shared test support: fixtures, external validators (jing, xmllint, Nu checker, soffice).
        .target(name: "TestSupport", dependencies: ["DocumentTree", "CZip"], path: "Tests/TestSupport"),
        .testTarget(name: "ProjectInputTests", dependencies: ["ProjectInput", "ProjectModel", "TestSupport"],
                    resources: [.copy("Fixtures")]),
        .testTarget(name: "DocumentWritersTests", dependencies: ["DocumentWriters", "DocumentTree", "TestSupport"],
                    resources: [.copy("Goldens")]),
        .testTarget(name: "MarkdownReaderTests", dependencies: ["MarkdownReader", "DocumentTree", "TestSupport"]),
        .testTarget(name: "CredentialsTests", dependencies: [
            "Credentials", "TestSupport", .product(name: "Crypto", package: "swift-crypto"),
        ]),
        .testTarget(name: "StagesTests", dependencies: ["Stages", "TestSupport"]),
        .testTarget(name: "DeliverablesCLITests", dependencies: ["TestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)
