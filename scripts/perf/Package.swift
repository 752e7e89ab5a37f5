// swift-tools-version:6.1
// Benchmarks live apart from the tests (swift-style habit 15): the main build never resolves this.
import Foundation
import PackageDescription

// SwiftPM names a path dependency after its folder (a worktree may not be called ITAToolkit).
let toolkit = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../..").standardized

let package = Package(
    name: "ITABench",
    platforms: [.macOS(.v14)],
    dependencies: [.package(path: toolkit.path)],
    targets: [
        .executableTarget(name: "xlsx-bench", dependencies: [.product(name: "Sheets", package: toolkit.lastPathComponent)]),
    ]
)
