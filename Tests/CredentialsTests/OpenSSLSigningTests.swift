import Foundation
import XCTest
@testable import Credentials

/// RS256 signatures are made by OpenSSL for speed; they must be byte for byte swift-crypto's.
final class OpenSSLSigningTests: XCTestCase {
    private let messages: [[UInt8]] = [
        [], [0x2E], Array("eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0".utf8),
        (0..<16_384).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) },
    ]

    func testOpenSSLSignsExactlyAsSwiftCryptoForEveryKeySize() throws {
        for bits in [2048, 3072, 4096] {
            let key = try SigningKey.generateForTesting(bits: bits)
            XCTAssertTrue(key.signsWithOpenSSL, "OpenSSL did not take the \(bits)-bit key")
            for message in messages {
                let signature = try key.signRS256(message)
                XCTAssertEqual(signature.count, bits / 8)
                XCTAssertEqual(signature, try key.signRS256WithSwiftCrypto(message), "\(bits) bits, \(message.count) bytes")
            }
        }
    }

    func testKeysFromOpenSSLFilesSignWithOpenSSLInBothPEMForms() throws {
        let openssl = try Shell.openssl()
        let folder = try Shell.temporaryDirectory(for: self)
        for (name, arguments) in [("pkcs8.pem", ["genrsa"]), ("pkcs1.pem", ["genrsa", "-traditional"])] {
            let path = folder.appendingPathComponent(name).path
            XCTAssertEqual(try Shell.run(openssl, arguments + ["-out", path]).status, 0)
            let key = try SigningKey.load(pemPath: path)
            XCTAssertTrue(key.signsWithOpenSSL, name)
            XCTAssertEqual(try key.signRS256(messages[2]), try key.signRS256WithSwiftCrypto(messages[2]), name)
        }
    }

    func testOpenSSLRefusesWhatIsNotAnRSAPrivateKey() throws {
        XCTAssertNil(OpenSSLRSAKey(der: []))
        XCTAssertNil(OpenSSLRSAKey(der: Array("not DER at all".utf8)))
        let openssl = try Shell.openssl()
        let path = try Shell.temporaryDirectory(for: self).appendingPathComponent("ec.der").path
        let made = try Shell.run(openssl, ["genpkey", "-algorithm", "EC", "-pkeyopt", "ec_paramgen_curve:P-256",
                                           "-outform", "DER", "-out", path])
        XCTAssertEqual(made.status, 0, made.error)
        XCTAssertNil(OpenSSLRSAKey(der: Array(try Data(contentsOf: URL(fileURLWithPath: path)))))
    }

    func testConcurrentSignaturesWithOneKeyAreAllCorrect() throws {
        let key = try SigningKey.generateForTesting()
        let expected = try messages.map { try key.signRS256WithSwiftCrypto($0) }
        let failures = LockedCount()
        let messages = messages
        DispatchQueue.concurrentPerform(iterations: 64) { index in
            let message = messages[index % messages.count]
            if (try? key.signRS256(message)) != expected[index % messages.count] { failures.add() }
        }
        XCTAssertEqual(failures.value, 0)
    }
}

private final class LockedCount: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0
    func add() { lock.withLock { count += 1 } }
    var value: Int { lock.withLock { count } }
}
