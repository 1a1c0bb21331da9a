/// Writes a zip archive (PKWARE APPNOTE 6.3.x, no ZIP64) of parts already in their final form
/// straight into one byte array: for each entry a local file header, then its data (no data
/// descriptor: sizes and CRC are known before the header is written), then the central
/// directory and its end record. Entries keep the order given, and nothing varies but the
/// entries, so the same entries always give the same bytes.
///
/// What every header says (the same for every entry):
/// - version made by `0x0314`: host 3 (Unix, so the external attributes hold a file mode),
///   specification 2.0, the newest feature used (deflate);
/// - version needed to extract 2.0 for deflated data, 1.0 for stored data (what libzip, which
///   wrote these packages before, records);
/// - general purpose flags: bit 11 (names in UTF-8) when a name is not pure ASCII, else none;
/// - no extra field and no comment: an ODF package's `mimetype` must have no extra field, and
///   with a 30-byte header its data starts at offset 38 when it comes first (ODF 1.3 part 2 §3.3);
/// - external attributes: a regular file with mode 0644.
///
/// Archives that would need ZIP64 (65,535 entries or more, a size or offset of 4 GiB − 1 or more)
/// are refused with a `ZipError`, as are names longer than 65,535 bytes.
struct ZipArchiveWriter {
    /// One entry: its name and its bytes as they go into the archive.
    struct Entry {
        var name: String
        var part: CompressedPart
    }

    /// The most entries without ZIP64: 0xFFFF in the count fields is the value that sends a
    /// reader to a ZIP64 record (Info-ZIP and Python write ZIP64 from there on), so it is avoided.
    static let maximumEntryCount = 0xFFFF - 1
    /// Sizes and offsets stay below this, 0xFFFFFFFF being the ZIP64 marker of 4-byte fields.
    static let sizeLimit = 0xFFFF_FFFF
    /// Names are counted in a 2-byte field.
    static let maximumNameLength = 0xFFFF

    static let localHeaderSize = 30
    static let centralHeaderSize = 46
    static let endRecordSize = 22

    private static let versionMadeBy: UInt16 = 0x0314
    private static let utf8NamesFlag: UInt16 = 1 << 11
    /// `S_IFREG | 0644` in the high half; the low half (MS-DOS attributes) is empty.
    private static let externalAttributes: UInt32 = 0o100644 << 16

    /// The modification time of every entry, as MS-DOS time and date fields.
    var modification: DOSDateTime

    /// The archive holding `entries` in their order.
    /// - Throws: `ZipError` when the archive would need ZIP64 or a name is too long.
    func write(_ entries: [Entry]) throws -> [UInt8] {
        try Self.checkEntryCount(entries.count)
        var names: [[UInt8]] = []
        names.reserveCapacity(entries.count)
        var localSize = 0
        var centralSize = 0
        for entry in entries {
            let name = Array(entry.name.utf8)
            guard name.count <= Self.maximumNameLength else {
                throw ZipError(message: "entry name of \(name.count) bytes is longer than zip allows (65,535): \(entry.name.prefix(80))…")
            }
            guard entry.part.size < Self.sizeLimit, entry.part.compressed.count < Self.sizeLimit else {
                throw ZipError(message: "\(entry.name): \(entry.part.size) bytes would need ZIP64 (4 GiB or more), which this writer does not write")
            }
            // Every local header starts before the central directory, so checking where that
            // starts (below) covers every entry's offset.
            localSize += Self.localHeaderSize + name.count + entry.part.compressed.count
            centralSize += Self.centralHeaderSize + name.count
            names.append(name)
        }
        try Self.checkLayout(centralDirectoryOffset: localSize, centralDirectorySize: centralSize)

        let total = localSize + centralSize + Self.endRecordSize
        return [UInt8](unsafeUninitializedCapacity: total) { buffer, initialized in
            var output = ArchiveOutput(buffer: UnsafeMutableRawBufferPointer(buffer))
            var offsets: [Int] = []
            offsets.reserveCapacity(entries.count)
            for (entry, name) in zip(entries, names) {
                offsets.append(output.position)
                writeHeader(of: entry.part, name: name, central: false, offset: 0, to: &output)
                output.append(entry.part.compressed)
            }
            for ((entry, name), offset) in zip(zip(entries, names), offsets) {
                writeHeader(of: entry.part, name: name, central: true, offset: offset, to: &output)
            }
            output.append32(0x0605_4B50)
            output.append16(0)  // number of this disk
            output.append16(0)  // disk where the central directory starts
            output.append16(UInt16(entries.count))  // entries on this disk
            output.append16(UInt16(entries.count))  // entries in all
            output.append32(UInt32(centralSize))
            output.append32(UInt32(localSize))  // where the central directory starts
            output.append16(0)  // comment length
            precondition(output.position == total, "zip layout: wrote \(output.position) of \(total) bytes")
            initialized = output.position
        }
    }

    /// A local file header (`central` false) or a central directory header for `part`.
    private func writeHeader(of part: CompressedPart, name: [UInt8], central: Bool, offset: Int,
                             to output: inout ArchiveOutput) {
        let isASCII = name.allSatisfy { $0 < 0x80 }
        output.append32(central ? 0x0201_4B50 : 0x0403_4B50)
        if central { output.append16(Self.versionMadeBy) }
        output.append16(part.isStored ? 10 : 20)  // version needed to extract
        output.append16(isASCII ? 0 : Self.utf8NamesFlag)
        output.append16(part.method)
        output.append16(modification.time)
        output.append16(modification.date)
        output.append32(part.crc)
        output.append32(UInt32(part.compressed.count))
        output.append32(UInt32(part.size))
        output.append16(UInt16(name.count))
        output.append16(0)  // extra field length
        if central {
            output.append16(0)  // comment length
            output.append16(0)  // disk number where the file starts
            output.append16(0)  // internal attributes
            output.append32(Self.externalAttributes)
            output.append32(UInt32(offset))
        }
        output.append(name)
    }

    /// Refuses more entries than a zip without ZIP64 can count.
    static func checkEntryCount(_ count: Int) throws {
        guard count <= maximumEntryCount else {
            throw ZipError(message: "\(count) entries would need ZIP64 (at most \(maximumEntryCount) without it), which this writer does not write")
        }
    }

    /// Refuses a central directory that starts, or is, 4 GiB or more.
    static func checkLayout(centralDirectoryOffset: Int, centralDirectorySize: Int) throws {
        guard centralDirectoryOffset < sizeLimit, centralDirectorySize < sizeLimit else {
            throw ZipError(message: "an archive of \(centralDirectoryOffset + centralDirectorySize) bytes would need ZIP64 (4 GiB or more), which this writer does not write")
        }
    }
}

/// Little-endian writes into memory whose size was worked out beforehand.
private struct ArchiveOutput {
    let buffer: UnsafeMutableRawBufferPointer
    private(set) var position = 0

    init(buffer: UnsafeMutableRawBufferPointer) { self.buffer = buffer }

    mutating func append16(_ value: UInt16) {
        buffer.storeBytes(of: value.littleEndian, toByteOffset: position, as: UInt16.self)
        position += 2
    }

    mutating func append32(_ value: UInt32) {
        buffer.storeBytes(of: value.littleEndian, toByteOffset: position, as: UInt32.self)
        position += 4
    }

    mutating func append(_ bytes: [UInt8]) {
        bytes.withUnsafeBytes { source in
            guard let base = source.baseAddress, source.count > 0, let target = buffer.baseAddress else { return }
            precondition(position + source.count <= buffer.count, "zip layout: write past the end")
            (target + position).copyMemory(from: base, byteCount: source.count)
        }
        position += bytes.count
    }
}
