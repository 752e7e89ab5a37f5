import Foundation
import Testing

/// Outputs that cannot be written — a read-only disk, a folder that is not the user's, a full
/// disk, a missing folder, a folder named as the file — exit 2 with a Thai message saying what
/// to do (English with `--lang en`), and leave nothing half-written.
@Suite struct OutputErrorTests {
    static let input = sample("kudjok-2564-report.txt")

    /// The commands that write a file, with `OUT` standing for the output path.
    static let writers: [[String]] = [
        ["export", input, "-o", "OUT.xlsx"],
        ["template", "-o", "OUT.xlsx"],
        ["convert", input, "-o", "OUT.xlsx"],
        ["convert", input, "-o", "OUT.csv"],
        ["batch", input, "-o", "OUT.xlsx"],
    ]

    static func arguments(_ command: [String], out: String) -> [String] {
        command.map { $0.hasPrefix("OUT") ? out + $0.dropFirst(3) : $0 }
    }

    static func expectThai(_ run: Run, _ thai: String, _ context: String) {
        #expect(run.status == 2, "\(context): \(run.stderr)")
        #expect(run.stderr.contains(thai), "\(context): \(run.stderr)")
        #expect(!run.stderr.contains("\u{FFFD}") && !run.stderr.contains("errno") && !run.stderr.contains("EACCES"), "\(context): \(run.stderr)")
    }

    /// A tmpfs mounted in a private mount namespace (`unshare -rm`, no privileges needed where
    /// user namespaces are allowed); nil where they are not.
    static func inPrivateMount(_ options: String, _ script: String) throws -> Run? {
        let probe = try execute(URL(fileURLWithPath: "/usr/bin/env"), ["unshare", "-rm", "true"])
        guard probe.status == 0 else { return nil }
        let dir = try temporaryDirectory()
        return try execute(URL(fileURLWithPath: "/usr/bin/env"),
                           ["unshare", "-rm", "sh", "-c", "mount -t tmpfs -o \(options) tmpfs '\(dir.path)' && \(script.replacingOccurrences(of: "DIR", with: dir.path))"])
    }

    @Test(arguments: writers)
    func aReadOnlyDiskIsSaidAsSuch(_ command: [String]) throws {
        let shell = ([itaBinary.path] + Self.arguments(command, out: "DIR/out")).map { "'\($0)'" }.joined(separator: " ")
        guard let thai = try Self.inPrivateMount("ro,size=1m", shell),
              let english = try Self.inPrivateMount("ro,size=1m", shell + " --lang en")
        else { return }  // no user namespaces here: nothing to mount read-only
        Self.expectThai(thai, "ที่เก็บข้อมูลนี้เป็นแบบอ่านอย่างเดียว", "\(command)")
        #expect(thai.stderr.contains("เลือกโฟลเดอร์อื่น"))
        #expect(english.status == 2 && english.stderr.contains("read-only disk; choose another folder"), "\(english.stderr)")
    }

    @Test(arguments: writers)
    func aFolderThatIsNotYoursIsSaidAsSuch(_ command: [String]) throws {
        let dir = try temporaryDirectory()
        let locked = dir.appendingPathComponent("locked")
        try FileManager.default.createDirectory(at: locked, withIntermediateDirectories: true)
        try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: locked.path)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: dir.path)
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: locked.path) }
        // As root every folder is writable: run as nobody instead.
        let prefix = getuid() == 0 ? ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"] : []
        let env = URL(fileURLWithPath: "/usr/bin/env")
        let arguments = prefix + [itaBinary.path] + Self.arguments(command, out: locked.path + "/out")
        let thai = try execute(env, arguments)
        Self.expectThai(thai, "ไม่มีสิทธิ์บันทึกที่ \(locked.path) เลือกโฟลเดอร์อื่น หรือขอสิทธิ์จากผู้ดูแลเครื่อง", "\(command)")
        let english = try execute(env, arguments + ["--lang", "en"])
        #expect(english.status == 2 && english.stderr.contains("No permission to write to \(locked.path)"), "\(english.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: locked.path).isEmpty)
    }

    /// `/dev/full` answers every write with ENOSPC: a text output written to it meets a full disk.
    @Test func aFullDiskIsSaidAsSuch() throws {
        let thai = try execute(itaBinary, ["convert", Self.input, "-o", "/dev/full", "--to", "csv"])
        Self.expectThai(thai, "ที่เก็บข้อมูลเต็ม บันทึก /dev/full ไม่ครบ", "convert to /dev/full")
        #expect(thai.stderr.contains("ลบไฟล์ที่ไม่ใช้แล้ว หรือบันทึกลงที่อื่น"))
        let english = try execute(itaBinary, ["convert", Self.input, "-o", "/dev/full", "--to", "csv", "--lang", "en"])
        #expect(english.status == 2 && english.stderr.contains("The disk is full"), "\(english.stderr)")
    }

    /// A workbook on a tmpfs too small for it: the writer fails and the cause is found.
    @Test(arguments: [["export", input, "-o", "OUT.xlsx"], ["convert", input, "-o", "OUT.xlsx"], ["batch", input, "-o", "OUT.xlsx"]])
    func aFullDiskUnderAWorkbookIsSaidAsSuch(_ command: [String]) throws {
        let shell = ([itaBinary.path] + Self.arguments(command, out: "DIR/out")).map { "'\($0)'" }.joined(separator: " ")
        // Fill the 64 KiB disk to its last byte, then write.
        guard let run = try Self.inPrivateMount("size=64k", "(cat /dev/zero > DIR/filler 2>/dev/null; true) && " + shell + "; s=$?; echo \"left: $(ls -A DIR | grep -c tmp-)\" >&2; exit $s")
        else { return }
        Self.expectThai(run, "ที่เก็บข้อมูลเต็ม", "\(command)")
        #expect(run.stderr.contains("left: 0"), "no temporary file is left: \(run.stderr)")
    }

    @Test(arguments: writers)
    func aMissingFolderOrAFolderAsTheFileIsSaidAsSuch(_ command: [String]) throws {
        let dir = try temporaryDirectory()
        let missing = try execute(itaBinary, Self.arguments(command, out: dir.path + "/ไม่มี/out"))
        Self.expectThai(missing, "ไม่พบโฟลเดอร์ \(dir.path)/ไม่มี", "\(command)")
        #expect(missing.stderr.contains("สร้างโฟลเดอร์นั้นก่อน"))
        let folder = dir.appendingPathComponent("out" + (command.last.map { String($0.dropFirst(3)) } ?? ""))
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let isFolder = try execute(itaBinary, Self.arguments(command, out: dir.path + "/out"))
        Self.expectThai(isFolder, "\(folder.path) เป็นโฟลเดอร์ ไม่ใช่ไฟล์", "\(command)")
    }
}
