import Foundation

/// The package's root folder, found from this file's place.
let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// A file of `Samples/`.
func sample(_ name: String) -> String { packageRoot.appendingPathComponent("Samples/\(name)").path }

/// A new empty folder for one test's outputs, removed by the caller.
func scratchFolder() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("ita-public-api-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}
