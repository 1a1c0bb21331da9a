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

        func median(_ block: () throws -> Void) rethrows -> Double {
            var runs: [Double] = []
            for _ in 0..<5 {
                let start = DispatchTime.now().uptimeNanoseconds
                try block()
                runs.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6 / Double(count))
            }
            return runs.sorted()[2]
        }

        var sink = 0
        let json = median { for credential in credentials { sink &+= credential.jsonBytes.count } }
        let sign = try median { for credential in credentials { sink &+= try signer.sign(credential).utf8.count } }
        let code = median {
            for credential in credentials {
                sink &+= VerificationCode.make(certificateID: credential.id, secret: secret).normalised.utf8.count
            }
        }
        let png = try median {
            for credential in credentials {
                sink &+= try QRCode.png(for: "https://digitrainers.example.eu/verify/#" + credential.id).count
            }
        }
        let svg = try median {
            for credential in credentials {
                sink &+= try QRCode.svg(for: "https://digitrainers.example.eu/verify/#" + credential.id).utf8.count
            }
        }
        let verifier = try Fixtures.verifier()
        let jwts = try credentials.prefix(200).map { try signer.sign($0) }
        let now = Fixtures.date("2028-01-01T00:00:00Z")
        var verifyRuns: [Double] = []
        for _ in 0..<5 {
            let start = DispatchTime.now().uptimeNanoseconds
            for jwt in jwts { sink &+= verifier.verify(jwt: jwt, now: now).reasons.count }
            verifyRuns.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6 / Double(jwts.count))
        }
        let total = sign + code + png + svg  // signing includes the JSON
        print(String(format: """
            credentials benchmark (ms per participant, median of 5 runs of %d):
              credential JSON  %.3f
              RS256 VC-JWT     %.3f (includes the JSON)
              verification code %.3f
              QR PNG           %.3f
              QR SVG           %.3f
              total            %.3f  → %.0f participants/s on one core
              verify VC-JWT    %.3f
            """, count, json, sign, code, png, svg, total, 1000 / total, verifyRuns.sorted()[2]))
        XCTAssertGreaterThan(sink, 0)
    }
}
