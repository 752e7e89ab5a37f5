import Foundation
import ITA
import NIOCore

/// Why `ita serve` could not start listening, said for the one who started it: the port taken
/// (often an `ita serve` already open), a port below 1024 without the rights, an address this
/// machine does not have, a host name that is not known. Anything else keeps the system's words.
package enum StartFailure {
    /// The message after "ita serve: " for `error`, thrown while binding `host`:`port`.
    package static func message(_ error: any Error, host: String, port: Int, language: Language) -> String {
        let t = Words(language: language)
        if let error = error as? IOError {
            switch error.errnoCode {
            case EADDRINUSE:
                return t("พอร์ต \(port) มีโปรแกรมอื่นใช้อยู่แล้ว (อาจเป็น ita serve ที่เปิดไว้ก่อนหน้า ให้เปิด http://127.0.0.1:\(port)/ ดูก่อน) ปิดโปรแกรมนั้น หรือเลือกพอร์ตอื่น เช่น ita serve --port \(port == 8081 ? 8082 : 8081)",
                         "port \(port) is already in use by another program (perhaps an ita serve started before: try http://127.0.0.1:\(port)/); stop it, or choose another port, e.g. ita serve --port \(port == 8081 ? 8082 : 8081)")
            case EACCES:
                return t("พอร์ต \(port) ต่ำกว่า 1024 ต้องใช้สิทธิ์ผู้ดูแลระบบ เลือกพอร์ตตั้งแต่ 1024 ขึ้นไป เช่น ita serve --port 8080",
                         "port \(port) is below 1024 and needs administrator rights; choose 1024 or above, e.g. ita serve --port 8080")
            case EADDRNOTAVAIL:
                return t("เครื่องนี้ไม่มีที่อยู่ \(host) ใช้ --host 127.0.0.1 (เฉพาะเครื่องนี้) หรือ --host 0.0.0.0 (ทุกเครือข่ายของเครื่องนี้)",
                         "this machine has no address \(host); use --host 127.0.0.1 (this machine only) or --host 0.0.0.0 (every network of this machine)")
            default:
                break
            }
        }
        if isUnknownHost(error) {
            return t("ไม่รู้จักชื่อเครื่อง \(host) ใช้ --host 127.0.0.1 (เฉพาะเครื่องนี้) หรือ --host 0.0.0.0 (ทุกเครือข่ายของเครื่องนี้)",
                     "the host name \(host) is not known; use --host 127.0.0.1 (this machine only) or --host 0.0.0.0 (every network of this machine)")
        }
        return t("เริ่มทำงานไม่ได้ (\(error)) ตรวจว่าพอร์ต \(port) ไม่มีโปรแกรมอื่นใช้อยู่ หรือเลือกพอร์ตอื่นด้วย --port",
                 "could not start (\(error)); check that no other program uses port \(port), or choose another with --port")
    }

    /// NIO says it in two ways: the older enum case, and the type that carries the resolver's error.
    private static func isUnknownHost(_ error: any Error) -> Bool {
        if error is SocketAddressError.UnknownHost { return true }
        if case SocketAddressError.unknown = error { return true }
        return false
    }
}
