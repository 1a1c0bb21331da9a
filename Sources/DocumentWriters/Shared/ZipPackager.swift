/// One file inside a zip package (ODT or DOCX).
public struct ArchiveEntry: Sendable, Hashable {
    public var path: String
    public var bytes: [UInt8]
    /// Stored uncompressed (`mimetype` of an ODF package must be).
    public var isStored: Bool
    /// The same bytes recur in many packages of the process (parts made from the house style):
    /// deflated once and copied into each package.
    public var isRepeated: Bool
    public init(path: String, bytes: [UInt8], isStored: Bool = false, isRepeated: Bool = false) {
        self.path = path
        self.bytes = bytes
        self.isStored = isStored
        self.isRepeated = isRepeated
    }
}

/// Packs entries into zip bytes (`ZipArchiveWriter`), in the order given, with one fixed
/// timestamp, so the same entries always give the same bytes.
public struct ZipPackager: Sendable {
    /// Seconds since 1970 written as every entry's modification time.
    public var timestamp: Int
    /// Deflate level for deflated entries (libdeflate's: 1 fastest … 9 about like zlib's 9; up to 12).
    public var compressionLevel: UInt32

    /// Level 1: on the 10 MB body XML of a manual libdeflate's level 1 takes 38 ms here against
    /// 100 ms at level 6, for a part a fifth larger (still under a tenth of the XML), and deflate
    /// was the largest single cost of writing ODT and DOCX.
    public static let defaultCompressionLevel: UInt32 = 1

    /// Parts smaller than this are stored: deflating one would save a few hundred bytes
    /// (`docProps/core.xml`, relationships, an empty footnotes part) for a call whose fixed cost
    /// (building the Huffman trees) is more than writing the whole part. Repeated parts are
    /// deflated whatever their size, once.
    public static let smallestDeflatedSize = 2048

    public init(timestamp: Int, compressionLevel: UInt32 = ZipPackager.defaultCompressionLevel) {
        self.timestamp = timestamp
        self.compressionLevel = compressionLevel
    }

    /// The zip archive of `entries`, in their order, every entry dated `timestamp`.
    /// - Throws: `ZipError` when a part cannot be deflated, or the archive would need ZIP64
    ///   (65,535 entries or more, 4 GiB or more) or has a name longer than 65,535 bytes.
    public func package(_ entries: [ArchiveEntry]) throws -> [UInt8] {
        try ZipArchiveWriter.checkEntryCount(entries.count)
        let parts = try entries.map { ZipArchiveWriter.Entry(name: $0.path, part: try compressed($0)) }
        return try ZipArchiveWriter(modification: DOSDateTime(timestamp: timestamp)).write(parts)
    }

    /// `entry` as it goes into the zip: deflated here with a reused compressor (or the
    /// process's copy of a repeated part), or stored, with its CRC-32.
    private func compressed(_ entry: ArchiveEntry) throws -> CompressedPart {
        if entry.isStored || (!entry.isRepeated && entry.bytes.count < Self.smallestDeflatedSize) {
            return .stored(entry.bytes)
        } else if entry.isRepeated {
            return try RepeatedPartStore.shared.compressed(entry.bytes, level: compressionLevel)
        } else {
            return try DeflaterPool.shared.compress(entry.bytes, level: compressionLevel)
        }
    }
}

/// A zip package could not be written; `message` says why.
public struct ZipError: Error, CustomStringConvertible {
    public var message: String
    public var description: String { "zip: \(message)" }
}
