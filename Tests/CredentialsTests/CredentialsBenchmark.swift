import Foundation
import XCTest
@testable import Credentials

/// Throughput of the per-participant work (credential JSON, RS256 signature, verification code,
/// QR PNG and SVG). Runs only with `CREDENTIALS_BENCH=1`; prints figures, asserts nothing about
/// time. Use a release build:
/// `CREDENTIALS_BENCH=1 swift test -c release --filter CredentialsBenchmark`.
final class CredentialsBenchmark: XCTestCase {
    func testPerParticipantCost() throws {
        guard ProcessInfo.processInfo.environment["CREDENTIALS_BENCH"] == "1" else {
            throw XCTSkip("set CREDENTIALS_BENCH=1 to run the benchmark")
        }
        let signer = try Fixtures.signer()
        let secret = signer.key.derivedSecret(purpose: "verification-code")
        let count = 1000
        let credentials = (0..<count).map { Fixtures.credential(participant: "P-\($0)") }

        /// CPU time of this thread in ms: wall time means little on a machine shared by many builds.
        func cpuMilliseconds() -> Double {
            var time = timespec()
            clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
            return Double(time.tv_sec) * 1e3 + Double(time.tv_nsec) / 1e6
        }

        func median(_ block: () throws -> Void) rethrows -> Double {
            var runs: [Double] = []
            for _ in 0..<5 {
                let start = cpuMilliseconds()
                try block()
                runs.append((cpuMilliseconds() - start) / Double(count))
            }
            return runs.sorted()[2]
        }

        var sink = 0
        let json = median { for credential in credentials { sink &+= credential.jsonBytes.count } }
        let sign = try median { for credential in credentials { sink &+= try signer.sign(credential).utf8.count } }
        let message = [UInt8](repeating: 7, count: 64)
        let rsa = try median { for _ in 0..<count { sink &+= try signer.key.signRS256(message).count } }
        let code = median {
            for credential in credentials {
                sink &+= VerificationCode.make(certificateID: credential.id, secret: secret).normalised.utf8.count
            }
        }
        let symbols = try credentials.map { try QRCode.matrix(for: "https://digitrainers.example.eu/verify/#" + $0.id) }
        let qr = try median {
            for credential in credentials {
                sink &+= try QRCode.matrix(for: "https://digitrainers.example.eu/verify/#" + credential.id).size
            }
        }
        let png = try median { for symbol in symbols { sink &+= try QRCode.png(for: symbol).count } }
        let svg = try median { for symbol in symbols { sink &+= try QRCode.svg(for: symbol).utf8.count } }
        let verifier = try Fixtures.verifier()
        let jwts = try credentials.prefix(200).map { try signer.sign($0) }
        let now = Fixtures.date("2028-01-01T00:00:00Z")
        var verifyRuns: [Double] = []
        for _ in 0..<5 {
            let start = cpuMilliseconds()
            for jwt in jwts { sink &+= verifier.verify(jwt: jwt, now: now).reasons.count }
            verifyRuns.append((cpuMilliseconds() - start) / Double(jwts.count))
        }
        let total = sign + code + qr + png + svg  // signing includes the JSON
        print(String(format: """
            credentials benchmark (CPU ms per participant, median of 5 runs of %d):
              credential JSON  %.3f
              RS256 VC-JWT     %.3f (includes the JSON)
                of which RSA   %.3f
              verification code %.3f
              QR encoding      %.3f (libqrencode)
              QR PNG           %.3f
              QR SVG           %.3f
              total            %.3f  → %.0f participants/s on one core
              verify VC-JWT    %.3f
            """, count, json, sign, rsa, code, qr, png, svg, total, 1000 / total, verifyRuns.sorted()[2]))
        XCTAssertGreaterThan(sink, 0)
    }
}
