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
        // The CLI: subcommands, help and argument errors. The only package dependency.
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    ],
    targets: [
        .systemLibrary(name: "CZip", pkgConfig: "libzip", providers: [.apt(["libzip-dev"])]),
        .systemLibrary(name: "CXLSXWriter", pkgConfig: "xlsxwriter", providers: [.apt(["libxlsxwriter-dev"])]),
        .target(name: "ThaiText"),
        // ICU's Thai line breaking (dictionary words), the breaking office programs use.
        .target(name: "CLineBreak", linkerSettings: [.linkedLibrary("icuuc")]),
        .target(name: "Sheets", dependencies: ["CZip", "CXLSXWriter"]),
        .target(name: "ITA", dependencies: ["ThaiText", "Sheets", "CLineBreak"], resources: [.copy("Resources/templates")]),
        .executableTarget(
            name: "ITACommand",
            dependencies: ["ITA", "Sheets", "ThaiText", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        .testTarget(name: "ThaiTextTests", dependencies: ["ThaiText"]),
        .testTarget(name: "SheetsTests", dependencies: ["Sheets"], exclude: ["Support"]),
        .testTarget(name: "ITATests", dependencies: ["ITA", "Sheets", "ThaiText"]),
        .testTarget(name: "ITACommandTests", dependencies: ["ITA", "Sheets"], exclude: ["Support"]),
    ]
)
