import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
@testable import ITAServe
import Testing

let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

func sampleBytes(_ name: String) throws -> [UInt8] {
    Array(try Data(contentsOf: packageRoot.appendingPathComponent("Samples/\(name)")))
}

func fixtureBytes(_ path: String) throws -> [UInt8] {
    Array(try Data(contentsOf: packageRoot.appendingPathComponent("Tests/Fixtures/\(path)")))
}

/// The real `ita` executable SwiftPM built next to the test bundle.
let itaBinary: URL = {
    let beside = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("ita")
    if FileManager.default.isExecutableFile(atPath: beside.path) { return beside }
    return packageRoot.appendingPathComponent(".build/debug/ita")
}()

/// A `multipart/form-data` body as a browser or curl sends it.
struct MultipartBody {
    let boundary = "----itaTestBoundary7MA4YWxkTrZu0gW"
    var bytes: [UInt8] = []

    mutating func file(_ name: String, _ content: [UInt8], field: String = "files", type: String = "application/octet-stream") {
        bytes += Array("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(field)\"; filename=\"\(name)\"\r\nContent-Type: \(type)\r\n\r\n".utf8)
        bytes += content
        bytes += Array("\r\n".utf8)
    }

    mutating func field(_ name: String, _ value: String) {
        bytes += Array("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n".utf8)
    }

    var body: ByteBuffer { ByteBuffer(bytes: bytes + Array("--\(boundary)--\r\n".utf8)) }
    var headers: HTTPFields { [.contentType: "multipart/form-data; boundary=\(boundary)"] }
}

func samplePair() throws -> MultipartBody {
    var form = MultipartBody()
    form.file("kudjok-2564-plan.csv", try sampleBytes("kudjok-2564-plan.csv"))
    form.file("kudjok-2564-results.csv", try sampleBytes("kudjok-2564-results.csv"))
    return form
}

/// Posts `form` to the page's `/check` as the browser does; returns the result page's address
/// and its id.
func postCheck(_ client: some TestClientProtocol, _ form: MultipartBody) async throws -> (location: String, id: String) {
    let location = try await client.execute(uri: "/check", method: .post, headers: form.headers, body: form.body) { response in
        try #require(response.headers[.location])
    }
    return (location, String(location.dropFirst("/result/".count).prefix(while: { $0 != "?" })))
}

func testConfiguration() -> ServerConfiguration {
    var configuration = ServerConfiguration()
    configuration.jobs = 2
    return configuration
}

func jsonObject(_ buffer: ByteBuffer) throws -> [String: Any] {
    try #require(try JSONSerialization.jsonObject(with: Data(buffer.readableBytesView)) as? [String: Any])
}

func text(_ buffer: ByteBuffer) -> String { String(decoding: buffer.readableBytesView, as: UTF8.self) }

/// Runs `ita` to its end and returns what it printed on standard output and standard error
/// (the latter through a file, so neither pipe can fill while the other is read).
func runITA(_ arguments: [String], in directory: URL) throws -> (status: Int32, stdout: String, stderr: String) {
    let process = Process()
    process.executableURL = itaBinary
    process.arguments = arguments
    process.currentDirectoryURL = directory
    let out = Pipe()
    let errorFile = FileManager.default.temporaryDirectory.appendingPathComponent("ita-serve-test-\(UUID().uuidString).err")
    guard FileManager.default.createFile(atPath: errorFile.path, contents: nil) else { throw CocoaError(.fileWriteUnknown) }
    defer { try? FileManager.default.removeItem(at: errorFile) }
    process.standardOutput = out
    process.standardError = try FileHandle(forWritingTo: errorFile)
    try process.run()
    let data = out.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: data, as: UTF8.self), try String(contentsOf: errorFile, encoding: .utf8))
}

/// The `error.code` of a refusal's JSON body.
func errorCode(_ buffer: ByteBuffer) throws -> String? {
    (try jsonObject(buffer)["error"] as? [String: Any])?["code"] as? String
}
