import Foundation
import Sheets

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Why an output file cannot be written, in words a clerk can act on: the folder is missing,
/// read-only or not theirs to write, the disk is full, a folder where the file should be. Decided from
/// the file system at the output path (and the system's reason where the writer kept it), so
/// every writer's failure gets the same explanation.
enum OutputProblem {
    /// Checks the folder of `output` before any long work, so that a run of many files does not
    /// end by failing to save; nil when writing there can be tried.
    static func beforeWriting(_ output: String) -> String? {
        if output == "-" { return nil }
        return folderProblem(output) ?? notAFile(output)
    }

    /// The explanation of a writer's failure on `output`.
    static func explain(_ error: SheetsError, output: String) -> String {
        if error.code != .writeFailed { return localized(th: "บันทึกไม่สำเร็จ: \(error.description)", en: error.description) }
        if let known = fromSystemReason(error.message, output) { return known }
        if output != "-", let known = folderProblem(output) ?? notAFile(output) ?? probe(folder(of: output), output) { return known }
        return localized(th: "บันทึกไฟล์ \(output) ไม่สำเร็จ (\(error.message)) ลองบันทึกลงโฟลเดอร์อื่น",
                         en: error.description)
    }

    /// `-o` names one of the inputs.
    static func isInput(_ output: String) -> String {
        localized(th: "ไฟล์ที่จะบันทึก (\(output)) เป็นไฟล์เดียวกับไฟล์ที่อ่าน โปรแกรมไม่เขียนทับไฟล์ต้นฉบับ ใช้ชื่อไฟล์อื่น",
                  en: "-o names the input file \(output); files are never overwritten in place. Choose another name.")
    }

    private static func folder(of output: String) -> String {
        let parent = URL(fileURLWithPath: output).deletingLastPathComponent().path
        return parent.isEmpty ? "." : parent
    }

    private static func folderProblem(_ output: String) -> String? {
        let dir = folder(of: output)
        var st = stat()
        guard stat(dir, &st) == 0, (st.st_mode & S_IFMT) == S_IFDIR else {
            return localized(th: "ไม่พบโฟลเดอร์ \(dir) ที่จะบันทึก \(output) สร้างโฟลเดอร์นั้นก่อน หรือเลือกที่บันทึกอื่น",
                             en: "The folder \(dir) for \(output) does not exist; create it first or choose another place.")
        }
        var fs = statvfs()
        if statvfs(dir, &fs) == 0, fs.f_flag & UInt(ST_RDONLY) != 0 {
            return readOnly(dir)
        }
        if access(dir, W_OK) != 0 {
            return errno == EROFS ? readOnly(dir) : noPermission(dir)
        }
        return nil
    }

    private static func notAFile(_ output: String) -> String? {
        var st = stat()
        guard lstat(output, &st) == 0 else { return nil }
        switch st.st_mode & S_IFMT {
        case S_IFREG:
            return access(output, W_OK) == 0 ? nil : noPermission(output)
        case S_IFDIR:
            return localized(th: "\(output) เป็นโฟลเดอร์ ไม่ใช่ไฟล์ ใส่ชื่อไฟล์ที่จะบันทึก เช่น \(output)/ผล.xlsx",
                             en: "\(output) is a folder, not a file; give a file name such as \(output)/results.xlsx.")
        default:
            return nil  // a device or pipe: text outputs write to it directly; the writer says if it cannot
        }
    }

    /// The system's reason, as `strerror` worded it inside the writer's message.
    private static func fromSystemReason(_ message: String, _ output: String) -> String? {
        func says(_ code: Int32) -> Bool { message.contains(String(cString: strerror(code))) }
        let output = output == "-" ? localized(th: "ผลลัพธ์", en: "the output") : output
        if says(ENOSPC) || says(EDQUOT) {
            return localized(th: "ที่เก็บข้อมูลเต็ม บันทึก \(output) ไม่ครบ (ไม่มีไฟล์ครึ่ง ๆ กลาง ๆ ค้างไว้) ลบไฟล์ที่ไม่ใช้แล้ว หรือบันทึกลงที่อื่น แล้วสั่งใหม่",
                             en: "The disk is full: \(output) could not be written (nothing half-written is left). Free some space or write elsewhere, then run again.")
        }
        if says(EROFS) { return readOnly(folder(of: output)) }
        if says(EACCES) || says(EPERM) { return noPermission(folder(of: output)) }
        return nil
    }

    /// Tries to write a byte in `dir`, the way the writer would have, and says why that fails:
    /// the writers do not all keep the system's reason (libxlsxwriter only says "Usually a
    /// permissions error").
    private static func probe(_ dir: String, _ output: String) -> String? {
        let path = dir + "/.ita-probe-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        var failure: Int32 = 0
        if fd < 0 {
            failure = errno
        } else {
            var byte: UInt8 = 0x0A
            if write(fd, &byte, 1) != 1 || fsync(fd) != 0 { failure = errno }
            close(fd)
            unlink(path)
        }
        guard failure != 0 else { return nil }
        return fromSystemReason(String(cString: strerror(failure)), output)
    }

    private static func readOnly(_ dir: String) -> String {
        localized(th: "บันทึกลงโฟลเดอร์ \(dir) ไม่ได้ เพราะที่เก็บข้อมูลนี้เป็นแบบอ่านอย่างเดียว (เช่น แผ่นซีดี หรือแฟลชไดรฟ์ที่ล็อกไว้) เลือกโฟลเดอร์อื่น เช่น โฟลเดอร์เอกสารของคุณ",
                  en: "\(dir) is on a read-only disk; choose another folder, such as your documents folder.")
    }

    private static func noPermission(_ place: String) -> String {
        localized(th: "ไม่มีสิทธิ์บันทึกที่ \(place) เลือกโฟลเดอร์อื่น หรือขอสิทธิ์จากผู้ดูแลเครื่อง",
                  en: "No permission to write to \(place); choose another folder or ask the computer's administrator.")
    }
}
