import ArgumentParser
import Dispatch
import ITA
import ITAServe
import Synchronization

struct Serve: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: localized(th: "เปิดหน้าเว็บสำหรับตรวจเอกสาร: วางไฟล์แผนและผล แล้วรับผลการตรวจ ปัญหาที่พบ และไฟล์ Excel รายงานผล",
                            en: "The web page and HTTP API: drop a plan and results, get the verdict, the findings and the workbook."),
        discussion: localized(
            th: """
            ตัวอย่าง:
              ita serve                     แล้วเปิด http://127.0.0.1:8080/ ในเบราว์เซอร์
              ita serve --host 0.0.0.0      ให้เครื่องอื่นในสำนักงานเปิดได้ด้วย

            รับเฉพาะจากเครื่องนี้ (127.0.0.1) เว้นแต่จะกำหนด --host ไฟล์ที่ส่งมาเก็บไว้ในหน่วยความจำเท่านั้น \
            ไม่บันทึกลงดิสก์ และบันทึกเพียงจำนวนและเวลา สำหรับโปรแกรมอื่น: POST /api/validate, POST /api/export \
            (?format=pdf เมื่อมี LibreOffice), POST /api/batch (ไฟล์ในช่อง "files"), GET /healthz
            """,
            en: """
            Examples:
              ita serve                     then open http://127.0.0.1:8080/ in a browser
              ita serve --host 0.0.0.0      let other machines in the office in too

            Listens on 127.0.0.1 (this machine only) unless --host says otherwise. Uploads are held in \
            memory, never written to disk, and only counts and times are logged. API: POST /api/validate, \
            POST /api/export (?format=pdf when LibreOffice is installed), POST /api/batch (multipart field \
            "files"), GET /healthz.
            """))

    @Option(help: .localized(th: "ที่อยู่ที่รับการเชื่อมต่อ (0.0.0.0: ทุกเครือข่ายของเครื่องนี้)",
                             en: "The address to listen on (0.0.0.0: every network interface)."))
    var host = "127.0.0.1"

    @Option(help: .localized(th: "พอร์ต (0: พอร์ตใดก็ได้ที่ว่าง จะแสดงเมื่อเริ่มทำงาน)", en: "The port (0: any free port, printed on start)."))
    var port = 8080

    @Option(help: .localized(th: "ขนาดไฟล์ที่ส่งมาได้มากที่สุด ทุกไฟล์รวมกัน (เช่น 20MB, 512KB)",
                             en: "The largest upload, all files together (e.g. 20MB, 512KB).", valueName: "size"))
    var maxUpload = "20MB"

    @Option(help: .localized(th: "จำนวนงานตรวจที่ทำพร้อมกัน (ปกติเท่ากับจำนวนแกนของเครื่อง) งานที่เกินจะรอคิว ไม่เกิน --queue",
                             en: "Checks run at once (default: the number of cores); more requests wait, up to --queue."))
    var jobs: Int?

    @Option(help: .localized(th: "จำนวนคำขอที่รอคิวได้ คำขอที่เกินจะได้รับคำตอบ 503 (ระบบไม่ว่าง)",
                             en: "Requests that may wait for a free check; one more is answered 503."))
    var queue = 64

    @Option(help: .localized(th: "เวลาที่คำขอหนึ่งรอและทำงานได้นานที่สุด เป็นวินาที (เกินแล้วตอบ 503)",
                             en: "The longest a request may wait and work, in seconds (then 503).", valueName: "seconds"))
    var timeout = 60

    @Option(help: .localized(th: "ที่อยู่ของโปรแกรม soffice (LibreOffice) สำหรับปุ่มดาวน์โหลด PDF (ปกติหาจาก PATH)",
                             en: "Where the soffice program (LibreOffice) is, for the PDF downloads (default: found on PATH).", valueName: "path"))
    var soffice: String?

    @Flag(help: .localized(th: "ไม่ต้องแสดงบรรทัดบันทึกของแต่ละคำขอ", en: "Do not log a line per request."))
    var quiet = false

    /// --lang: the language of the start message and of this help (the page has its own switch).
    @OptionGroup var language: LanguageOption

    func validate() throws {
        guard let bytes = ServerConfiguration.byteCount(maxUpload), bytes > 0 else {
            throw ValidationError(localized(th: "--max-upload ต้องเป็นขนาด เช่น 20MB หรือ 512KB (ได้รับ \(maxUpload))",
                                            en: "--max-upload takes a size such as 20MB or 512KB (got \(maxUpload))."))
        }
        // A bare number is bytes: `--max-upload 30` would refuse every real file, so it is caught here.
        if bytes < ServerConfiguration.smallestUpload {
            let bare = maxUpload.allSatisfy(\.isNumber)
            let smallest = "\(ServerConfiguration.smallestUpload / 1000)KB"
            throw ValidationError(localized(th: "--max-upload ต้องไม่น้อยกว่า \(smallest) (ได้รับ \(maxUpload)"
                                                + (bare ? " คือ \(bytes) ไบต์ หมายถึง \(maxUpload)MB หรือไม่)" : ")"),
                                            en: "--max-upload takes \(smallest) or more (got \(maxUpload)"
                                                + (bare ? ", which is \(bytes) bytes; did you mean \(maxUpload)MB?)" : ")")))
        }
        guard (0...65535).contains(port) else {
            throw ValidationError(localized(th: "--port ต้องเป็นเลข 0–65535 (ได้รับ \(port))", en: "--port takes 0–65535 (got \(port))."))
        }
        if let jobs, jobs < 1 {
            throw ValidationError(localized(th: "--jobs ต้องเป็นจำนวนตั้งแต่ 1 ขึ้นไป (ได้รับ \(jobs))", en: "--jobs takes 1 or more (got \(jobs))."))
        }
        guard queue >= 0 else {
            throw ValidationError(localized(th: "--queue ต้องเป็นจำนวนตั้งแต่ 0 ขึ้นไป (ได้รับ \(queue))", en: "--queue takes 0 or more (got \(queue))."))
        }
        if let soffice, PDFRendering.findOffice(given: soffice, environment: [:]) == nil {
            throw ValidationError(localized(th: "--soffice ต้องเป็นโปรแกรมที่เรียกใช้ได้ (ได้รับ \(soffice))", en: "--soffice must name a program that can be run (got \(soffice))."))
        }
        guard timeout >= 1 else {
            throw ValidationError(localized(th: "--timeout ต้องเป็นอย่างน้อย 1 วินาที (ได้รับ \(timeout))", en: "--timeout takes 1 second or more (got \(timeout))."))
        }
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
            Console.error("ita serve: " + StartFailure.message(error, host: host, port: port, language: language.lang))
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
        if let soffice { configuration.office = soffice }
        let app = ServeApp(configuration: configuration, logRequests: !quiet)
        try await app.application { port in Console.error(app.startMessage(port: port, language: language.lang)) }.runService()
    }
}
