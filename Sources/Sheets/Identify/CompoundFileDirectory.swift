/// The names in a Compound File's directory (the container of .xls, .doc, .ppt and of
/// password-protected OOXML), enough to tell those apart: `Workbook`/`Book` (Excel),
/// `WordDocument`, `PowerPoint Document`, `EncryptionInfo` + `EncryptedPackage` (an encrypted
/// .xlsx/.docx). Only the header, the directory sectors and the FAT sectors that chain them are
/// read, each bounded; a damaged directory just yields fewer names.
struct CompoundFileDirectory {
    static let magic: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]
    /// Directory sectors followed at most: a real file's few dozen streams fit in a handful.
    static let maxDirectorySectors = 64

    private(set) var names: Set<String> = []

    /// `read(offset, count)` returns up to `count` bytes of the file from `offset`.
    init(header: [UInt8], read: (Int, Int) -> [UInt8]) {
        guard header.count >= 512, header.starts(with: Self.magic) else { return }
        func u16(_ b: [UInt8], _ at: Int) -> Int { Int(b[at]) | Int(b[at + 1]) << 8 }
        func u32(_ b: [UInt8], _ at: Int) -> Int { u16(b, at) | u16(b, at + 2) << 16 }
        let shift = u16(header, 30)
        guard shift == 9 || shift == 12 else { return }
        let sectorSize = 1 << shift
        let perFATSector = sectorSize / 4
        let difat = (0..<109).map { u32(header, 76 + 4 * $0) }
        // Sector ids at or above 0xFFFFFFFA are markers (end of chain, free, FAT, DIFAT).
        let endMarker = 0xFFFF_FFFA
        var sector = u32(header, 48)
        var seen: Set<Int> = []
        var cachedFAT: (index: Int, bytes: [UInt8])?
        while sector < endMarker, seen.count < Self.maxDirectorySectors, seen.insert(sector).inserted {
            let bytes = read((sector + 1) << shift, sectorSize)
            guard bytes.count == sectorSize else { break }
            for entry in stride(from: 0, to: sectorSize, by: 128) {
                let type = bytes[entry + 66]
                let length = min(u16(bytes, entry + 64), 64)
                guard type == 1 || type == 2 || type == 5, length >= 2 else { continue }
                let units = (0..<(length / 2 - 1)).map { UInt16(u16(bytes, entry + 2 * $0)) }
                names.insert(String(decoding: units, as: UTF16.self))
            }
            // The next directory sector, from the FAT sector that holds this one's entry.
            let fatIndex = sector / perFATSector
            guard fatIndex < difat.count, difat[fatIndex] < endMarker else { break }
            if cachedFAT?.index != fatIndex {
                cachedFAT = (fatIndex, read((difat[fatIndex] + 1) << shift, sectorSize))
            }
            guard let fat = cachedFAT?.bytes, fat.count == sectorSize else { break }
            sector = u32(fat, 4 * (sector % perFATSector))
        }
    }

    /// What the streams say the file is.
    var kind: FileKind {
        if names.contains("EncryptionInfo") || names.contains("EncryptedPackage") { return .encryptedOffice }
        if names.contains("Workbook") || names.contains("Book") { return .legacyExcel }
        if names.contains("WordDocument") { return .legacyWord }
        if names.contains("PowerPoint Document") { return .legacyPowerPoint }
        return .compoundFile
    }
}
