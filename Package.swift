// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "ITAToolkit",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "ita", targets: ["ITACommand"]),
        .library(name: "ITA", targets: ["ITA"]),
        .library(name: "Sheets", targets: ["Sheets"]),
        .library(name: "ThaiText", targets: ["ThaiText"]),
    ],
    dependencies: [
        // The CLI: subcommands, help and argument errors.
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        // `ita serve` only: the HTTP server of the web page and API. Linked into the executable
        // target alone, so users of the ITA, Sheets and ThaiText libraries never build a server.
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
    ],
    targets: [
        .systemLibrary(name: "CZip", pkgConfig: "libzip", providers: [.apt(["libzip-dev"])]),
        .systemLibrary(name: "CXLSXWriter", pkgConfig: "xlsxwriter", providers: [.apt(["libxlsxwriter-dev"])]),
        // Reads a published PDF's text layer with positions (and renders pages to find table borders).
        .systemLibrary(name: "CPoppler", pkgConfig: "poppler-glib", providers: [.apt(["libpoppler-glib-dev"])]),
        .target(name: "ThaiText"),
        // ICU's Thai line breaking (dictionary words), the breaking office programs use.
        .target(name: "CLineBreak", linkerSettings: [.linkedLibrary("icuuc")]),
        .target(name: "Sheets", dependencies: ["CZip", "CXLSXWriter", "CPoppler", "ThaiText"]),
        // The ITA templates (Resources/templates/ita-YYYY.json) are compiled into the module by the
        // EmbedTemplates plugin, so the `ita` binary has no resource bundle to lose when copied.
        .target(name: "ITA", dependencies: ["ThaiText", "Sheets", "CLineBreak"], plugins: ["EmbedTemplates"]),
        .plugin(name: "EmbedTemplates", capability: .buildTool(), dependencies: ["EmbedTemplatesTool"]),
        .executableTarget(name: "EmbedTemplatesTool"),
        // `ita serve`: the web page and HTTP API, a target of its own (not a product) so that its
        // router is testable without the command line and Hummingbird stays out of the libraries.
        .target(name: "ITAServe", dependencies: ["ITA", "Sheets", .product(name: "Hummingbird", package: "hummingbird")]),
        .executableTarget(
            name: "ITACommand",
            dependencies: [
                "ITA", "Sheets", .product(name: "ArgumentParser", package: "swift-argument-parser"),
                "ITAServe",
            ]
        ),
        .testTarget(name: "ThaiTextTests", dependencies: ["ThaiText"]),
        .testTarget(name: "SheetsTests", dependencies: ["Sheets"], exclude: ["Support"]),
        .testTarget(name: "ITATests", dependencies: ["ITA", "Sheets", "ThaiText"]),
        .testTarget(name: "ITACommandTests", dependencies: ["ITA", "Sheets"], exclude: ["Support"]),
        .testTarget(name: "ServeTests", dependencies: [
            "ITAServe", "ITA", "Sheets", .product(name: "HummingbirdTesting", package: "hummingbird"),
        ], exclude: ["Browser"]),
    ]
)
