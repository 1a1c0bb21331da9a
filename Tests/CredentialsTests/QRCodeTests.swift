import Foundation
import XCTest
@testable import Credentials

final class QRCodeTests: XCTestCase {
    private let url = "https://digitrainers.example.eu/verify/#K7M2P-4QX9C"

    private func zbarimg() throws -> String {
        guard let path = Shell.which("zbarimg") else { throw XCTSkip("zbarimg (Debian zbar-tools) is not installed") }
        return path
    }

    func testPNGDecodesToTheURL() throws {
        let zbar = try zbarimg()
        let file = try Shell.temporaryDirectory(for: self).appendingPathComponent("code.png")
        for (moduleSize, margin) in [(8, 4), (3, 4), (5, 2)] {
            try Data(try QRCode.png(for: url, moduleSize: moduleSize, margin: margin)).write(to: file)
            let result = try Shell.run(zbar, ["--raw", "-q", file.path])
            XCTAssertEqual(result.status, 0, result.error)
            XCTAssertEqual(result.output.trimmingCharacters(in: .newlines), url)
        }
    }

    func testPNGIsWellFormed() throws {
        let png = try QRCode.png(for: url, moduleSize: 4, margin: 4)
        XCTAssertEqual(Array(png.prefix(8)), PNGEncoder.signature)
        // An independent decoder: Python's zlib must inflate the IDAT and the size must match IHDR.
        let file = try Shell.temporaryDirectory(for: self).appendingPathComponent("code.png")
        try Data(png).write(to: file)
        let script = """
        import struct, sys, zlib
        data = open(sys.argv[1], 'rb').read()
        pos, idat = 8, b''
        while pos < len(data):
            length, kind = struct.unpack('>I4s', data[pos:pos+8])
            body = data[pos+8:pos+8+length]
            assert zlib.crc32(kind + body) == struct.unpack('>I', data[pos+8+length:pos+12+length])[0], kind
            if kind == b'IHDR': width, height, depth, colour = struct.unpack('>IIBB', body[:10])
            if kind == b'IDAT': idat += body
            pos += 12 + length
        raw = zlib.decompress(idat)
        assert len(raw) == height * (1 + (width + 7) // 8), (len(raw), width, height)
        print(width, height, depth, colour)
        """
        let result = try Shell.run("/usr/bin/python3", ["-c", script, file.path])
        XCTAssertEqual(result.status, 0, result.error)
        let symbol = try QRCode.matrix(for: url)
        let side = (symbol.size + 8) * 4
        XCTAssertEqual(result.output.trimmingCharacters(in: .newlines), "\(side) \(side) 1 0")
    }

    func testChecksumsMatchKnownValues() {
        XCTAssertEqual(CRC32.checksum(Array("123456789".utf8)), 0xCBF4_3926)
        XCTAssertEqual(Adler32.checksum(Array("Wikipedia".utf8)), 0x11E6_0398)
        let large = [UInt8](repeating: 0xFF, count: 100_000)
        let stored = PNGEncoder.zlibStored(large)
        XCTAssertEqual(stored.count, 2 + 5 * 2 + 100_000 + 4)  // two stored blocks
    }

    func testSVGDrawsTheSameModules() throws {
        let symbol = try QRCode.matrix(for: url)
        let svg = try QRCode.svg(for: url, margin: 4, title: "Verify <this> certificate")
        XCTAssertTrue(svg.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(symbol.size + 8) \(symbol.size + 8)\""))
        XCTAssertTrue(svg.contains("<title>Verify &lt;this&gt; certificate</title>"))
        // Sum of run lengths = number of dark modules.
        let runs = svg.matches(of: /h(\d+)v1/).compactMap { Int($0.1) }
        XCTAssertEqual(runs.reduce(0, +), symbol.modules.filter { $0 }.count)
        XCTAssertEqual(try QRCode.svg(for: url), try QRCode.svg(for: url))
    }

    func testSVGDecodesToTheURLWhenRendered() throws {
        let zbar = try zbarimg()
        guard let convert = Shell.which("rsvg-convert") else { throw XCTSkip("rsvg-convert is not installed") }
        let directory = try Shell.temporaryDirectory(for: self)
        let svg = directory.appendingPathComponent("code.svg")
        let png = directory.appendingPathComponent("code.png")
        try QRCode.svg(for: url).write(to: svg, atomically: true, encoding: .utf8)
        XCTAssertEqual(try Shell.run(convert, ["-w", "400", "-o", png.path, svg.path]).status, 0)
        XCTAssertEqual(try Shell.run(zbar, ["--raw", "-q", png.path]).output.trimmingCharacters(in: .newlines), url)
    }

    func testBadDimensionsAndOversizedTextAreRefused() {
        XCTAssertThrowsError(try QRCode.png(for: url, moduleSize: 0, margin: 4))
        XCTAssertThrowsError(try QRCode.png(for: url, moduleSize: 8, margin: -1))
        XCTAssertThrowsError(try QRCode.matrix(for: String(repeating: "x", count: 5000))) { error in
            XCTAssertEqual(error as? QRCodeError, .textTooLong(bytes: 5000))
        }
        XCTAssertThrowsError(try QRCode.matrix(for: "a\u{0}b")) { XCTAssertEqual($0 as? QRCodeError, .containsNul) }
    }
}
