// Shared by the fuzz targets (scripts/fuzz compiles it with each of them).

/// Limits low enough for many executions per second, high enough for every seed.
func fuzzReadOptions() -> ReadOptions {
    var options = ReadOptions()
    options.limits.maxPartBytes = 8 << 20
    options.limits.maxTotalBytes = 32 << 20
    options.limits.maxGridCells = 200_000
    return options
}

@_silgen_name("crc32") private func zlibCRC32(_ crc: UInt, _ buffer: UnsafePointer<UInt8>?, _ length: UInt32) -> UInt

/// A zip of stored entries (no compression), with correct sizes and CRCs.
func storedZip(_ entries: [(String, [UInt8])]) -> [UInt8] {
    var out: [UInt8] = [], directory: [UInt8] = []
    func u16(_ v: Int, _ a: inout [UInt8]) { a += [UInt8(v & 0xFF), UInt8(v >> 8 & 0xFF)] }
    func u32(_ v: Int, _ a: inout [UInt8]) { u16(v & 0xFFFF, &a); u16(v >> 16 & 0xFFFF, &a) }
    for (name, data) in entries {
        let crc = Int(data.withUnsafeBufferPointer { zlibCRC32(0, $0.baseAddress, UInt32($0.count)) })
        let nameBytes = Array(name.utf8), offset = out.count
        u32(0x0403_4B50, &out); u16(20, &out); u16(0, &out); u16(0, &out); u16(0, &out); u16(0x5821, &out)
        u32(crc, &out); u32(data.count, &out); u32(data.count, &out); u16(nameBytes.count, &out); u16(0, &out)
        out += nameBytes; out += data
        u32(0x0201_4B50, &directory); u16(20, &directory); u16(20, &directory); u16(0, &directory); u16(0, &directory)
        u16(0, &directory); u16(0x5821, &directory); u32(crc, &directory); u32(data.count, &directory); u32(data.count, &directory)
        u16(nameBytes.count, &directory); u16(0, &directory); u16(0, &directory); u16(0, &directory); u16(0, &directory)
        u32(0, &directory); u32(offset, &directory); directory += nameBytes
    }
    let directoryOffset = out.count
    out += directory
    u32(0x0605_4B50, &out); u16(0, &out); u16(0, &out); u16(entries.count, &out); u16(entries.count, &out)
    u32(directory.count, &out); u32(directoryOffset, &out); u16(0, &out)
    return out
}
