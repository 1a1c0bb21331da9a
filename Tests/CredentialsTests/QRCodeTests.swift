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

    func testVerificationURLPNGIsSmallAndTheSameEachTime() throws {
        // A certificate's code: 41 × 41 modules of 6 px, 7,872 bytes of scanlines before deflate.
        let png = try QRCode.png(for: "https://digitrain.example.eu/verify/#64FSH-TJ483", moduleSize: 6, margin: 4)
        XCTAssertLessThan(png.count, 1000)
        XCTAssertEqual(png, try QRCode.png(for: "https://digitrain.example.eu/verify/#64FSH-TJ483", moduleSize: 6, margin: 4))
        XCTAssertLessThan(try QRCode.png(for: url, moduleSize: 8, margin: 4).count, 2000)
    }

    func testChunksAreWellFormedWithValidCRCs() throws {
        XCTAssertEqual(Self.bitwiseCRC32(Array("123456789".utf8)), 0xCBF4_3926)  // the check value
        let png = try QRCode.png(for: url, moduleSize: 5, margin: 4)
        XCTAssertEqual(Array(png.prefix(8)), PNGEncoder.signature)
        var position = 8
        var types: [String] = []
        while position + 12 <= png.count {
            let length = Int(Self.bigEndian32(png, at: position))
            let end = position + 8 + length
            XCTAssertLessThanOrEqual(end + 4, png.count)
            guard end + 4 <= png.count else { return }
            types.append(String(decoding: png[position + 4..<position + 8], as: UTF8.self))
            XCTAssertEqual(Self.bigEndian32(png, at: end), Self.bitwiseCRC32(Array(png[position + 4..<end])), "\(types.last ?? "")")
            position = end + 4
        }
        XCTAssertEqual(position, png.count)
        XCTAssertEqual(types, ["IHDR", "IDAT", "IEND"])
    }

    func testPNGPixelsAreTheModulesWhenDecodedByPillow() throws {
        guard let python = Self.pythonWithPillow() else { throw XCTSkip("no python3 with Pillow (pip install pillow)") }
        let symbol = try QRCode.matrix(for: url)
        let file = try Shell.temporaryDirectory(for: self).appendingPathComponent("code.png")
        // verify() checks the chunk CRCs; load() inflates the pixels (zlib checks the Adler-32).
        let script = """
        import sys
        from PIL import Image
        Image.open(sys.argv[1]).verify()
        image = Image.open(sys.argv[1])
        image.load()
        width, height = image.size
        print(image.mode, width, height)
        print(''.join('1' if image.getpixel((x, y)) == 0 else '0' for y in range(height) for x in range(width)))
        """
        // Module sizes that end scanlines mid-byte and one that crosses many bytes per module.
        for (moduleSize, margin) in [(1, 0), (6, 4), (11, 3), (20, 1)] {
            try Data(try QRCode.png(for: symbol, moduleSize: moduleSize, margin: margin)).write(to: file)
            let result = try Shell.run(python, ["-c", script, file.path])
            XCTAssertEqual(result.status, 0, result.error)
            let lines = result.output.split(separator: "\n").map(String.init)
            let side = (symbol.size + 2 * margin) * moduleSize
            XCTAssertEqual(lines.first, "1 \(side) \(side)")
            var expected = ""
            for y in 0..<side {
                for x in 0..<side { expected += symbol.isDark(x: x / moduleSize - margin, y: y / moduleSize - margin) ? "1" : "0" }
            }
            XCTAssertEqual(lines.count, 2)
            XCTAssertTrue(lines.last == expected, "module size \(moduleSize): the decoded pixels differ from the modules")
        }
    }

    /// CRC-32 one bit at a time (ISO 3309, reflected 0xEDB88320): independent of libdeflate's.
    private static func bitwiseCRC32(_ bytes: [UInt8]) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in bytes {
            crc ^= UInt32(byte)
            for _ in 0..<8 { crc = crc & 1 == 1 ? (crc >> 1) ^ 0xEDB8_8320 : crc >> 1 }
        }
        return ~crc
    }

    private static func bigEndian32(_ bytes: [UInt8], at offset: Int) -> UInt32 {
        bytes[offset..<offset + 4].reduce(0) { $0 << 8 | UInt32($1) }
    }

    /// The first python3 (on PATH, then the system one) that can import PIL.
    private static func pythonWithPillow() -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
        let candidates = path.split(separator: ":").map { "\($0)/python3" } + ["/usr/bin/python3"]
        return candidates.first { candidate in
            FileManager.default.isExecutableFile(atPath: candidate)
                && (try? Shell.run(candidate, ["-c", "import PIL"]).status) == 0
        }
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
