// swift-tools-version:6.1
// Benchmarks live apart from the tests: the main build never resolves this.
import Foundation
import PackageDescription

// SwiftPM names a path dependency after its folder (a worktree may not be called ITAToolkit).
let toolkit = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../..").standardized

let package = Package(
    name: "ITABench",
    platforms: [.macOS(.v14)],
    dependencies: [.package(path: toolkit.path)],
    targets: [
        // libzip directly, for the inflate floor (the toolkit's own CZip module is not a product).
        .systemLibrary(name: "CLibzipBench", pkgConfig: "libzip"),
        .executableTarget(name: "xlsx-bench", dependencies: [
            "CLibzipBench", .product(name: "Sheets", package: toolkit.lastPathComponent),
        ]),
    ]
)
