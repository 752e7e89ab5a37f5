import ArgumentParser
import Dispatch
import ITAServe
import Synchronization

struct Serve: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "The web page and HTTP API: drop a plan and results, get the verdict, the findings and the workbook.",
        discussion: """
        Listens on 127.0.0.1 (this machine only) unless --host says otherwise. Uploads are held in \
        memory, never written to disk, and only counts and times are logged. API: POST /api/validate, \
        POST /api/export, POST /api/batch (multipart field "files"), GET /healthz.
        """)

    @Option(help: "The address to listen on (0.0.0.0: every network interface).")
    var host = "127.0.0.1"

    @Option(help: "The port (0: any free port, printed on start).")
    var port = 8080

    @Option(help: ArgumentHelp("The largest upload, all files together (e.g. 20MB, 512KB).", valueName: "size"))
    var maxUpload = "20MB"

    @Option(help: "Checks run at once (default: the number of cores); more requests wait, up to --queue.")
    var jobs: Int?

    @Option(help: "Requests that may wait for a free check; one more is answered 503.")
    var queue = 64

    @Option(help: ArgumentHelp("The longest a request may wait and work, in seconds (then 503).", valueName: "seconds"))
    var timeout = 60

    @Flag(help: "Do not log a line per request.")
    var quiet = false

    func validate() throws {
        guard let bytes = ServerConfiguration.byteCount(maxUpload), bytes > 0 else {
            throw ValidationError("--max-upload takes a size such as 20MB or 512KB (got \(maxUpload)).")
        }
        guard (0...65535).contains(port) else { throw ValidationError("--port takes 0–65535 (got \(port)).") }
        if let jobs, jobs < 1 { throw ValidationError("--jobs takes 1 or more (got \(jobs)).") }
        guard queue >= 0 else { throw ValidationError("--queue takes 0 or more (got \(queue)).") }
        guard timeout >= 1 else { throw ValidationError("--timeout takes 1 second or more (got \(timeout)).") }
    }

    /// `ita` runs its commands synchronously; the server runs on Swift's concurrency threads
    /// while this thread waits for it to stop (Ctrl-C or SIGTERM shut it down gracefully).
    func run() throws {
        let failure = Mutex<(any Error)?>(nil)
        let stopped = DispatchSemaphore(value: 0)
        let serve = self
        Task {
            do { try await serve.serve() } catch { failure.withLock { $0 = error } }
            stopped.signal()
        }
        stopped.wait()
        if let error = failure.withLock({ $0 }) {
            Console.error("ita serve: \(error)")
            throw ExitCode(2)
        }
    }

    func serve() async throws {
        var configuration = ServerConfiguration()
        configuration.host = host
        configuration.port = port
        configuration.maxUploadBytes = ServerConfiguration.byteCount(maxUpload) ?? configuration.maxUploadBytes
        if let jobs { configuration.jobs = jobs }
        configuration.queue = queue
        configuration.requestTimeout = .seconds(timeout)
        let app = ServeApp(configuration: configuration, logRequests: !quiet)
        try await app.application { port in Console.error(app.startMessage(port: port)) }.runService()
    }
}
