@testable import DocumentWriters
import Foundation
import TestSupport
import XCTest

/// The packager deflates parts itself (reused libdeflate compressors, repeated parts once per
/// process) and writes the zip itself with their CRCs: what comes out must still be a plain,
/// checkable zip.
final class ZipPackagerTests: XCTestCase {
    private func unpack(_ bytes: [UInt8]) throws -> ZipContents { try ZipContents(bytes: bytes) }

    private static func text(_ count: Int, seed: Int) -> [UInt8] {
        Array((0..<count).map { "<w:p>paragraph \($0 * seed) — Ș ț ã é</w:p>" }.joined().utf8)
    }

    private func text(_ count: Int, seed: Int) -> [UInt8] { Self.text(count, seed: seed) }

    func testDeflatedRepeatedStoredAndEmptyPartsReadBackUnchanged() throws {
        let entries = [
            ArchiveEntry(path: "mimetype", bytes: Array("application/vnd.oasis.opendocument.text".utf8), isStored: true),
            ArchiveEntry(path: "content.xml", bytes: text(20_000, seed: 3)),
            ArchiveEntry(path: "styles.xml", bytes: text(300, seed: 7), isRepeated: true),
            ArchiveEntry(path: "empty.xml", bytes: []),
            ArchiveEntry(path: "empty-repeated.xml", bytes: [], isRepeated: true),
        ]
        let contents = try unpack(try ZipPackager(timestamp: 1_767_225_600).package(entries))
        XCTAssertEqual(contents.entries.map(\.name), entries.map(\.path))
        XCTAssertEqual(contents.entries.map(\.bytes), entries.map(\.bytes))
        XCTAssertEqual(contents.entries.map(\.isStored), [true, false, false, true, false])
    }

    func testPartsSmallerThanTheThresholdAreStoredUnlessRepeated() throws {
        let small = Array(repeating: UInt8(ascii: "a"), count: ZipPackager.smallestDeflatedSize - 1)
        let large = Array(repeating: UInt8(ascii: "a"), count: ZipPackager.smallestDeflatedSize)
        let contents = try unpack(try ZipPackager(timestamp: 0).package([
            ArchiveEntry(path: "small.xml", bytes: small), ArchiveEntry(path: "large.xml", bytes: large),
            ArchiveEntry(path: "small-repeated.xml", bytes: small, isRepeated: true),
        ]))
        XCTAssertEqual(contents.entries.map(\.isStored), [true, false, false])
        XCTAssertEqual(contents.entries.map(\.bytes), [small, large, small])
    }

    func testARepeatedPartIsTheSameCompressedBytesInEveryPackage() throws {
        let styles = text(500, seed: 11)
        let packager = ZipPackager(timestamp: 1_767_225_600)
        let first = try packager.package([ArchiveEntry(path: "a.xml", bytes: text(10, seed: 1)),
                                          ArchiveEntry(path: "styles.xml", bytes: styles, isRepeated: true)])
        let second = try packager.package([ArchiveEntry(path: "a.xml", bytes: text(10, seed: 2)),
                                           ArchiveEntry(path: "styles.xml", bytes: styles, isRepeated: true)])
        XCTAssertEqual(try unpack(second).entries.last?.bytes, styles)
        let compressed = try DeflaterPool.shared.compress(styles, level: ZipPackager.defaultCompressionLevel).compressed
        XCTAssertGreaterThan(compressed.count, 100)
        for package in [first, second] {
            XCTAssertNotNil(package.firstRange(of: compressed), "the repeated part's deflated bytes are copied as they are")
        }
    }

    func testTheSameEntriesGiveTheSameBytesWithRepeatedPartsOrWithout() throws {
        let entries = [ArchiveEntry(path: "content.xml", bytes: text(2_000, seed: 5)),
                       ArchiveEntry(path: "styles.xml", bytes: text(200, seed: 13), isRepeated: true)]
        let packager = ZipPackager(timestamp: 1_767_225_600)
        XCTAssertEqual(try packager.package(entries), try packager.package(entries))
        let plain = entries.map { ArchiveEntry(path: $0.path, bytes: $0.bytes) }
        XCTAssertEqual(try packager.package(plain), try packager.package(entries), "caching changes no byte")
    }

    func testConcurrentPackagesReuseDeflatersSafely() async throws {
        let expected = try ZipPackager(timestamp: 0).package([ArchiveEntry(path: "x.xml", bytes: text(3_000, seed: 17))])
        let results = try await withThrowingTaskGroup(of: [UInt8].self) { group in
            for _ in 0..<16 {
                group.addTask { try ZipPackager(timestamp: 0).package([ArchiveEntry(path: "x.xml", bytes: Self.text(3_000, seed: 17))]) }
            }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        XCTAssertEqual(results.count, 16)
        XCTAssertTrue(results.allSatisfy { $0 == expected })
    }

    /// Bitwise CRC-32 (polynomial 0xEDB88320), independent of the one under test.
    static func referenceCRC(_ bytes: [UInt8]) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in bytes {
            crc ^= UInt32(byte)
            for _ in 0..<8 { crc = crc & 1 == 1 ? (crc >> 1) ^ 0xEDB8_8320 : crc >> 1 }
        }
        return ~crc
    }

    func testEveryEntryRecordsTheCRCOfItsBytes() throws {
        let entries = [
            ArchiveEntry(path: "mimetype", bytes: Array("application/vnd.oasis.opendocument.text".utf8), isStored: true),
            ArchiveEntry(path: "content.xml", bytes: text(5_000, seed: 3)),
            ArchiveEntry(path: "small.xml", bytes: text(3, seed: 5)),
            ArchiveEntry(path: "styles.xml", bytes: text(300, seed: 7), isRepeated: true),
            ArchiveEntry(path: "Pictures/logo.png", bytes: TestImages.solidPNG(width: 4, height: 3), isStored: true, isRepeated: true),
            ArchiveEntry(path: "empty.xml", bytes: []),
        ]
        let contents = try unpack(try ZipPackager(timestamp: 0).package(entries))
        XCTAssertEqual(contents.entries.map(\.bytes), entries.map(\.bytes))
        XCTAssertEqual(contents.entries.map(\.recordedCRC), entries.map { Self.referenceCRC($0.bytes) })
    }

    func testRepeatedPartsThatDifferInOneByteStayApart() throws {
        // Transcripts' headers differ only in their holder's name: hundreds of parts of one size
        // that a sampled hash could not tell apart; each must come back as itself.
        let base = text(100, seed: 19)
        let packager = ZipPackager(timestamp: 0)
        for index in 0..<60 {
            var part = base
            part[base.count / 2] = UInt8(ascii: "A") + UInt8(index % 26)
            part[base.count / 2 + 1] = UInt8(ascii: "A") + UInt8(index / 26)
            let contents = try unpack(try packager.package([ArchiveEntry(path: "header.xml", bytes: part, isRepeated: true)]))
            XCTAssertEqual(contents.entries.first?.bytes, part, "part \(index)")
        }
    }
}
