import Dispatch
import Foundation
import ITA

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The progress of long work on standard error — files done of the total with the errors found
/// so far and the time left, or rows done for one long conversion — and only when standard
/// error is a terminal: a script or a log file never gets one. It appears once the work has
/// lasted half a second (`ITA_PROGRESS_AFTER=seconds` changes that; tests set 0), is redrawn
/// in place four times a second, and is wiped when the work ends, so the report that follows
/// starts on a clean line. Colour only on a terminal and never with `NO_COLOR`.
final class ProgressBar: @unchecked Sendable {
    enum Unit { case files, rows }

    private let unit: Unit
    private let total: Int
    private let enabled: Bool
    private let color: Bool
    private let start = DispatchTime.now()
    private let lock = NSLock()
    private var done = 0
    private var errors = 0
    private var drawn = false
    private var finished = false
    private var timer: DispatchSourceTimer?
    /// When the bar may first appear, and when it was last drawn (uptime nanoseconds).
    private var showFrom: UInt64 = 0
    private var lastDrawn: UInt64 = 0

    /// Progress over `total` files.
    convenience init(files total: Int) {
        self.init(unit: .files, total: total, enabled: Self.wanted)
    }

    /// Progress over rows of unknown number.
    convenience init(rows enabled: Bool = ProgressBar.wanted) {
        self.init(unit: .rows, total: 0, enabled: enabled)
    }

    /// Standard error is a terminal that can redraw a line (not `TERM=dumb`, as in some editors' consoles).
    static var wanted: Bool {
        Console.stderrIsTerminal && ProcessInfo.processInfo.environment["TERM"] != "dumb"
    }

    init(unit: Unit, total: Int, enabled: Bool) {
        self.unit = unit
        self.total = total
        self.enabled = enabled
        self.color = enabled && Console.colorAllowed
        guard enabled else { return }
        let delay = ProcessInfo.processInfo.environment["ITA_PROGRESS_AFTER"].flatMap(Double.init).map { max(0, $0) } ?? 0.5
        showFrom = start.uptimeNanoseconds + UInt64(delay * 1e9)
        let timer = DispatchSource.makeTimerSource(queue: .global(qos: .utility))
        timer.schedule(deadline: .now() + delay, repeating: .milliseconds(250))
        timer.setEventHandler { [weak self] in
            guard let self else { return }
            lock.lock()
            defer { lock.unlock() }
            redraw()
        }
        timer.resume()
        self.timer = timer
    }

    deinit { timer?.cancel() }

    /// The callback `Pipeline.run` calls after each file (from its workers, one call at a time).
    var files: @Sendable (FileProgress) -> Void {
        { [self] progress in update(done: progress.done, errors: progress.errors) }
    }

    /// `done` files finished, with `errors` error findings among them.
    func update(done: Int, errors: Int) {
        guard enabled else { return }
        lock.lock()
        defer { lock.unlock() }
        self.done = done
        self.errors = errors
        drawIfDue()
    }

    /// Between the timer's beats: at the last file, or a tenth of a second after the last
    /// drawing. The caller holds the lock.
    private func drawIfDue() {
        let now = DispatchTime.now().uptimeNanoseconds
        if now >= showFrom, done == total || now - lastDrawn >= 100_000_000 { redraw() }
    }

    /// The rows done so far, from a reader that counts them in chunks.
    func set(rows: Int) {
        guard enabled else { return }
        lock.lock()
        done = rows
        lock.unlock()
    }

    /// Stops drawing and wipes the bar.
    func finish() {
        guard enabled else { return }
        timer?.cancel()
        timer = nil
        lock.lock()
        defer { lock.unlock() }
        finished = true
        if drawn { write("\r\u{1B}[K") }
    }

    /// Draws the bar; the caller holds the lock.
    private func redraw() {
        guard !finished else { return }
        drawn = true
        lastDrawn = DispatchTime.now().uptimeNanoseconds
        write("\r" + line(done: done, errors: errors, elapsed: elapsedSeconds()) + "\u{1B}[K")
    }

    private func elapsedSeconds() -> Double {
        Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
    }

    /// The text of the bar; `localized` picks the run's language.
    func line(done: Int, errors: Int, elapsed: Double) -> String {
        let green = color ? "\u{1B}[32m" : "", red = color ? "\u{1B}[31m" : "", reset = color ? "\u{1B}[0m" : ""
        switch unit {
        case .rows:
            return "ita  " + localized(th: "\(done.grouped()) แถว · \(Self.clock(elapsed))",
                                       en: "\(done.grouped()) rows · \(Self.clock(elapsed))")
        case .files:
            var parts = [localized(th: "\(done)/\(total) ไฟล์", en: "\(done)/\(total) files")]
            let errorText = localized(th: "ข้อผิดพลาด \(errors)", en: "\(errors) errors")
            parts.append(errors > 0 ? red + errorText + reset : errorText)
            if done == 0 {
                // One large file: no estimate yet, but the time so far shows the work goes on.
                parts.append(localized(th: "ใช้เวลาไปแล้ว \(Self.clock(elapsed))", en: "\(Self.clock(elapsed)) so far"))
            } else if done < total {
                let left = elapsed / Double(done) * Double(total - done)
                parts.append(localized(th: "เหลืออีกประมาณ \(Self.clock(left))", en: "about \(Self.clock(left)) left"))
            }
            let text = parts.joined(separator: " · ")
            // The line must fit the terminal, or each redraw would start a new line: the bar gives way.
            let plain = "ita  " + ([parts[0], errorText] + parts.dropFirst(2)).joined(separator: " · ")
            if plain.count >= columns { return String(plain.prefix(max(1, columns - 1))) }
            let width = min(24, columns - plain.count - 5)
            guard width >= 5 else { return "ita  " + text }
            let filled = total > 0 ? min(width, done * width / total) : 0
            let fill = filled > 0 ? green + String(repeating: "█", count: filled) + reset : ""
            return "ita  [" + fill + String(repeating: "░", count: width - filled) + "]  " + text
        }
    }

    /// The width of the terminal on standard error (80 when it cannot be told).
    private let columns: Int = {
        var size = winsize()
        return ioctl(STDERR_FILENO, UInt(TIOCGWINSZ), &size) == 0 && size.ws_col > 0 ? Int(size.ws_col) : 80
    }()

    /// m:ss, or h:mm:ss from an hour.
    static func clock(_ seconds: Double) -> String {
        let s = Int(seconds.rounded())
        let (h, m, r) = (s / 3600, s / 60 % 60, s % 60)
        return h > 0 ? String(format: "%d:%02d:%02d", h, m, r) : String(format: "%d:%02d", m, r)
    }

    private func write(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }
}

extension Int {
    /// 12,345: digits grouped by thousands, whatever the locale.
    fileprivate func grouped() -> String {
        let digits = String(self)
        var out = ""
        for (i, c) in digits.enumerated() {
            if i > 0, (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(c)
        }
        return out
    }
}
