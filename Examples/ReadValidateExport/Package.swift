// swift-tools-version:6.1
// A client of the ITA Toolkit as another project would be: it depends on the toolkit's package
// and uses its library products (`ITA`, `Sheets`) through their public API only.
import Foundation
import PackageDescription

// A package on disk is known by its folder's name (`ita-toolkit` when cloned from its repository,
// anything in a checkout of another name), so the name is read from the path rather than written.
let toolkit = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("../..").standardizedFileURL.lastPathComponent

let package = Package(
    name: "ReadValidateExport",
    platforms: [.macOS(.v14)],
    dependencies: [
        .package(path: "../.."),
    ],
    targets: [
        .executableTarget(
            name: "ReadValidateExport",
            dependencies: [
                .product(name: "ITA", package: toolkit),
                .product(name: "Sheets", package: toolkit),
            ]
        ),
    ]
)
