@testable import DocumentWriters
import Foundation
import TestSupport
import XCTest

/// The zip writer itself: what other tools read in its archives, header by header, and the
/// archives it refuses to write.
final class ZipArchiveWriterTests: XCTestCase {
    private static let mimetype = Array("application/vnd.oasis.opendocument.text".utf8)
    /// 2026-01-01 00:00:00 UTC.
    private static let newYear = 1_767_225_600

    private static func text(_ count: Int) -> [UInt8] {
        Array((0..<count).map { "<text:p>paragraph \($0) — Ș ț ã é</text:p>" }.joined().utf8)
    }

    /// A package with every kind of entry: stored first, deflated, repeated, small (stored),
    /// empty, a stored image, and names in UTF-8 beyond ASCII.
    private static let mixedEntries = [
        ArchiveEntry(path: "mimetype", bytes: mimetype, isStored: true),
        ArchiveEntry(path: "content.xml", bytes: text(3_000)),
        ArchiveEntry(path: "styles.xml", bytes: text(200), isRepeated: true),
        ArchiveEntry(path: "meta.xml", bytes: Array("<meta/>".utf8)),
        ArchiveEntry(path: "empty.xml", bytes: []),
        ArchiveEntry(path: "Pictures/logo.png", bytes: TestImages.solidPNG(width: 5, height: 4), isStored: true, isRepeated: true),
        ArchiveEntry(path: "Pictures/școală-été.xml", bytes: text(100)),
    ]

    private func package(_ entries: [ArchiveEntry] = ZipArchiveWriterTests.mixedEntries,
                         timestamp: Int = ZipArchiveWriterTests.newYear) throws -> [UInt8] {
        try ZipPackager(timestamp: timestamp).package(entries)
    }

    // MARK: Other readers

    func testPythonZipfileReadsEveryEntryWithItsNameDateAndMode() throws {
        let python = try TestSkip.requireTool("python3", package: "python3")
        try withTemporaryDirectory(prefix: "zip-python") { directory in
            let file = try directory.write(try package(), to: "mixed.odt")
            let script = """
            import sys, zipfile
            with zipfile.ZipFile(sys.argv[1]) as archive:
                assert archive.testzip() is None, archive.testzip()
                for info in archive.infolist():
                    data = archive.read(info)
                    print(info.filename, info.compress_type, info.flag_bits, info.create_system, oct(info.external_attr >> 16),
                          '%04d-%02d-%02d %02d:%02d:%02d' % info.date_time, len(data), len(info.extra), sep='|')
            """
            let result = try ProcessRunner.run(python, ["-c", script, file.path])
            XCTAssertTrue(result.succeeded, result.standardError)
            let rows = result.standardOutput.split(separator: "\n").map(String.init)
            XCTAssertEqual(rows.map { $0.split(separator: "|").first.map(String.init) }, Self.mixedEntries.map(\.path))
            XCTAssertEqual(rows.first, "mimetype|0|0|3|0o100644|2026-01-01 00:00:00|39|0")
            XCTAssertEqual(rows.last, "Pictures/școală-été.xml|8|2048|3|0o100644|2026-01-01 00:00:00|\(Self.text(100).count)|0")
        }
    }

    func testUnzipTestsTheArchiveWithoutErrors() throws {
        let unzip = try TestSkip.requireTool("unzip", package: "unzip")
        try withTemporaryDirectory(prefix: "zip-unzip") { directory in
            let file = try directory.write(try package(), to: "mixed.zip")
            let result = try ProcessRunner.run(unzip, ["-t", file.path])
            XCTAssertTrue(result.succeeded, result.standardOutput + result.standardError)
            XCTAssertTrue(result.standardOutput.contains("No errors detected"), result.standardOutput)
            XCTAssertEqual(result.standardOutput.components(separatedBy: "  OK").count - 1, Self.mixedEntries.count)
        }
    }

    // MARK: Headers

    func testANonASCIINameRoundTripsAndSetsTheUTF8FlagOnlyOnItsEntry() throws {
        let bytes = try package()
        XCTAssertEqual(try ZipContents(bytes: bytes).names, Self.mixedEntries.map(\.path))
        let headers = try ZipLayout(bytes)
        let utf8Flag: UInt16 = 1 << 11
        for (local, central) in zip(headers.local, headers.central) {
            let expected: UInt16 = local.name.utf8.allSatisfy { $0 < 0x80 } ? 0 : utf8Flag
            XCTAssertEqual(local.flags, expected, local.name)
            XCTAssertEqual(central.flags, expected, central.name)
        }
        XCTAssertEqual(headers.local.last?.name, "Pictures/școală-été.xml")
    }

    func testMimetypeComesFirstStoredWithoutExtraFieldWithItsDataAtOffset38() throws {
        let bytes = try package()
        let first = try XCTUnwrap(try ZipLayout(bytes).local.first)
        XCTAssertEqual(first.offset, 0)
        XCTAssertEqual(first.name, "mimetype")
        XCTAssertEqual(first.method, 0)
        XCTAssertEqual(first.extraLength, 0)
        XCTAssertEqual(first.dataOffset, 38)
        XCTAssertEqual(Array(bytes[38..<38 + Self.mimetype.count]), Self.mimetype)
        XCTAssertEqual(try ZipContents(bytes: bytes).entries.first?.hasExtraField, false)
    }

    func testLocalAndCentralHeadersRecordTheIndependentCRCAndSizesOfStoredAndDeflatedEntries() throws {
        let headers = try ZipLayout(try package())
        XCTAssertEqual(headers.local.map(\.method), [0, 8, 8, 0, 0, 0, 8])
        for (entry, (local, central)) in zip(Self.mixedEntries, zip(headers.local, headers.central)) {
            XCTAssertEqual(local.crc, ZipPackagerTests.referenceCRC(entry.bytes), entry.path)
            XCTAssertEqual(central.crc, local.crc, entry.path)
            XCTAssertEqual(local.uncompressedSize, UInt32(entry.bytes.count), entry.path)
            XCTAssertEqual(central.compressedSize, local.compressedSize, entry.path)
            XCTAssertEqual(central.localHeaderOffset, UInt32(local.offset), entry.path)
            XCTAssertEqual(local.flags & 0b1000, 0, "\(entry.path): no data descriptor")
        }
    }

    func testTheTimestampIsWrittenAsUTCMSDOSTimeAndDate() {
        XCTAssertEqual(DOSDateTime(timestamp: Self.newYear), DOSDateTime(time: 0, date: 46 << 9 | 1 << 5 | 1))
        // 2026-07-15 13:37:59 UTC: two-second steps round down.
        XCTAssertEqual(DOSDateTime(timestamp: 1_784_122_679), DOSDateTime(time: 13 << 11 | 37 << 5 | 29, date: 46 << 9 | 7 << 5 | 15))
        // Before 1980 the year is 1980, the rest of the date kept (libzip did the same).
        XCTAssertEqual(DOSDateTime(timestamp: 0), DOSDateTime(time: 0, date: 0 << 9 | 1 << 5 | 1))
    }

    func testEveryHeaderCarriesTheFixedTimestamp() throws {
        let headers = try ZipLayout(try package(timestamp: 1_784_122_679))
        let expected = DOSDateTime(timestamp: 1_784_122_679)
        for header in headers.local + headers.central {
            XCTAssertEqual(DOSDateTime(time: header.time, date: header.date), expected, header.name)
        }
    }

    func testAnEmptyPackageIsAnEndRecordAlone() throws {
        let bytes = try package([])
        XCTAssertEqual(bytes, [0x50, 0x4B, 0x05, 0x06] + Array(repeating: 0, count: 18))
    }

    // MARK: Limits

    func testSixtyFiveThousandFiveHundredAndThirtyFiveEntriesAreRefused() throws {
        let part = CompressedPart.stored([])
        let writer = ZipArchiveWriter(modification: DOSDateTime(timestamp: 0))
        let tooMany = Array(repeating: ZipArchiveWriter.Entry(name: "a", part: part), count: 65_535)
        XCTAssertThrowsError(try writer.write(tooMany)) { error in
            XCTAssertTrue(error is ZipError, "\(error)")
            XCTAssertTrue("\(error)".contains("65535 entries"), "\(error)")
        }
        XCTAssertThrowsError(try ZipPackager(timestamp: 0).package(Array(repeating: ArchiveEntry(path: "a", bytes: []), count: 65_535)))
        XCTAssertNoThrow(try ZipArchiveWriter.checkEntryCount(65_534))
    }

    func testAPartOf4GiBIsRefusedWithoutWritingIt() {
        // Only the recorded size is large: the writer must refuse before copying anything.
        let huge = CompressedPart(size: 0xFFFF_FFFF, crc: 0, compressed: [1, 2, 3])
        let writer = ZipArchiveWriter(modification: DOSDateTime(timestamp: 0))
        XCTAssertThrowsError(try writer.write([ZipArchiveWriter.Entry(name: "big.xml", part: huge)])) { error in
            XCTAssertTrue(error is ZipError, "\(error)")
            XCTAssertTrue("\(error)".contains("big.xml"), "\(error)")
        }
    }

    func testACentralDirectoryAt4GiBIsRefused() {
        XCTAssertNoThrow(try ZipArchiveWriter.checkLayout(centralDirectoryOffset: 0xFFFF_FFFE, centralDirectorySize: 46))
        XCTAssertThrowsError(try ZipArchiveWriter.checkLayout(centralDirectoryOffset: 0xFFFF_FFFF, centralDirectorySize: 46))
        XCTAssertThrowsError(try ZipArchiveWriter.checkLayout(centralDirectoryOffset: 100, centralDirectorySize: 0x1_0000_0000))
    }

    func testANameLongerThan65535BytesIsRefused() throws {
        let longName = String(repeating: "a", count: 65_536)
        XCTAssertThrowsError(try package([ArchiveEntry(path: longName, bytes: [1])])) { error in
            XCTAssertTrue(error is ZipError, "\(error)")
        }
        let longest = String(repeating: "a", count: 65_535)
        XCTAssertEqual(try ZipContents(bytes: try package([ArchiveEntry(path: longest, bytes: [1])])).names, [longest])
    }
}

/// The headers of a zip archive read field by field (APPNOTE 4.3.7, 4.3.12, 4.3.16), to check
/// what the writer put where; independent of the writer's code.
private struct ZipLayout {
    struct Header {
        var offset: Int
        var flags: UInt16
        var method: UInt16
        var time: UInt16
        var date: UInt16
        var crc: UInt32
        var compressedSize: UInt32
        var uncompressedSize: UInt32
        var extraLength: Int
        var name: String
        var dataOffset: Int
        var localHeaderOffset: UInt32
    }

    var local: [Header] = []
    var central: [Header] = []

    init(_ bytes: [UInt8]) throws {
        func u16(_ at: Int) -> UInt16 { UInt16(bytes[at]) | UInt16(bytes[at + 1]) << 8 }
        func u32(_ at: Int) -> UInt32 { UInt32(u16(at)) | UInt32(u16(at + 2)) << 16 }
        let end = bytes.count - 22
        guard end >= 0, u32(end) == 0x0605_4B50 else { throw LayoutError( "no end record at the end") }
        let count = Int(u16(end + 10))
        var position = Int(u32(end + 16))
        for _ in 0..<count {
            guard u32(position) == 0x0201_4B50 else { throw LayoutError( "no central header at \(position)") }
            let nameLength = Int(u16(position + 28))
            let extraLength = Int(u16(position + 30))
            let commentLength = Int(u16(position + 32))
            central.append(Header(offset: position, flags: u16(position + 8), method: u16(position + 10),
                                  time: u16(position + 12), date: u16(position + 14), crc: u32(position + 16),
                                  compressedSize: u32(position + 20), uncompressedSize: u32(position + 24),
                                  extraLength: extraLength,
                                  name: String(decoding: bytes[position + 46..<position + 46 + nameLength], as: UTF8.self),
                                  dataOffset: 0, localHeaderOffset: u32(position + 42)))
            position += 46 + nameLength + extraLength + commentLength
        }
        for entry in central {
            let at = Int(entry.localHeaderOffset)
            guard u32(at) == 0x0403_4B50 else { throw LayoutError( "no local header at \(at)") }
            let nameLength = Int(u16(at + 26))
            let extraLength = Int(u16(at + 28))
            local.append(Header(offset: at, flags: u16(at + 6), method: u16(at + 8), time: u16(at + 10),
                                date: u16(at + 12), crc: u32(at + 14), compressedSize: u32(at + 18),
                                uncompressedSize: u32(at + 22), extraLength: extraLength,
                                name: String(decoding: bytes[at + 30..<at + 30 + nameLength], as: UTF8.self),
                                dataOffset: at + 30 + nameLength + extraLength, localHeaderOffset: 0))
        }
    }
}

private struct LayoutError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
