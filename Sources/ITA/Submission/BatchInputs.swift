import Foundation
import Sheets

/// The files a reviewer hands to `ita batch`: folders walked recursively and ZIP archives opened
/// (their members read under `ReadLimits`, so a zip bomb becomes one failed input with its reason).
public enum BatchInputs {
    /// Extensions of the documents agencies submit; other files in a folder are skipped (and counted).
    public static let documentExtensions: Set<String> = ["xlsx", "xlsm", "xls", "csv", "tsv", "txt", "docx", "pdf"]

    public struct Walk: Sendable {
        public var inputs: [Pipeline.Input] = []
        /// Files inside folders or archives that are not documents (images, notes), by path.
        public var skipped: [String] = []

        /// A walk's result: the inputs found, and the files skipped.
        public init(inputs: [Pipeline.Input] = [], skipped: [String] = []) {
            self.inputs = inputs
            self.skipped = skipped
        }
    }

    /// Each argument: a folder (walked, in name order), a `.zip` archive (its members), or a file.
    public static func walk(_ arguments: [String], limits: ReadLimits = ReadLimits()) -> Walk {
        var walk = Walk()
        for argument in arguments {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: argument, isDirectory: &isDirectory), isDirectory.boolValue {
                let base = URL(fileURLWithPath: argument)
                let found = (FileManager.default.enumerator(at: base, includingPropertiesForKeys: [.isRegularFileKey],
                                                            options: [.skipsHiddenFiles])?.allObjects as? [URL]) ?? []
                let prefix = argument.hasSuffix("/") ? argument : argument + "/"
                for url in found.sorted(by: { $0.path < $1.path }) {
                    guard (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true else { continue }
                    let relative = url.path.hasPrefix(base.path + "/") ? String(url.path.dropFirst(base.path.count + 1)) : url.lastPathComponent
                    add(prefix + relative, to: &walk, limits: limits, fromFolder: true)
                }
            } else {
                add(argument, to: &walk, limits: limits, fromFolder: false)
            }
        }
        return walk
    }

    static func add(_ path: String, to walk: inout Walk, limits: ReadLimits, fromFolder: Bool) {
        let ext = (path as NSString).pathExtension.lowercased()
        if ext == "zip" {
            do throws(SheetsError) {
                for member in try ZipFolder.members(ofArchive: path, limits: limits) {
                    let inner = path + "/" + member.name
                    let name = (member.name as NSString).lastPathComponent
                    let memberExt = (name as NSString).pathExtension.lowercased()
                    if name.hasPrefix(".") || member.name.hasPrefix("__MACOSX/") { continue }
                    if memberExt == "zip" {
                        walk.inputs.append(.failed(path: inner, SheetsError(.unsupportedFormat, "a zip archive inside a zip archive; unpack it first", path: inner)))
                    } else if !documentExtensions.contains(memberExt) {
                        walk.skipped.append(inner)
                    } else {
                        switch member.contents {
                        case .success(let bytes): walk.inputs.append(.bytes(path: inner, bytes))
                        case .failure(var error):
                            error.path = inner
                            walk.inputs.append(.failed(path: inner, error))
                        }
                    }
                }
            } catch {
                walk.inputs.append(.failed(path: path, error))
            }
        } else if fromFolder && !documentExtensions.contains(ext) || (path as NSString).lastPathComponent.hasPrefix("~$") {
            walk.skipped.append(path)
        } else {
            walk.inputs.append(.file(path))
        }
    }
}
