import ArgumentParser
import Credentials
import Foundation
import ProjectInput
import ProjectModel
import Stages

/// `deliverables verify FILE.jwt|CODE`: is this certificate genuine? Prints a plain verdict;
/// exit 0 only when valid, 1 otherwise, 64 for bad usage.
struct VerifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Verify a signed certificate credential (FILE.jwt) or a printed verification code.",
        discussion: """
        A credential is checked for its RS256 signature against the issuer's public keys (--jwks), \
        its issuer (the project's, from --input), its dates and the revocation list \
        (<input>/revocations.yaml). A code (K7M2P-4QX9C) is looked up in the published \
        verification index (--index). Exit codes: 0 valid, 1 not valid or not found, 64 bad usage.
        """)

    @Argument(help: "A credential file (.jwt) or a verification code.")
    var credential: String

    @Option(help: "The issuer's public JWK set.")
    var jwks: String = "Build/certificates/issuer/jwks.json"

    @Option(help: "The published verification index, for codes.")
    var index: String = "Build/certificates/verification-index.json"

    @Option(help: "The project's data: the issuer (project.yaml's website) and revocations.yaml.")
    var input: String = "Input"

    @Option(help: "Check as of this day (YYYY-MM-DD) instead of now, e.g. a credential dated after today.")
    var at: String?

    func validate() throws {
        if let at, CalendarDate(at) == nil { throw ValidationError("--at takes a day as YYYY-MM-DD, not '\(at)'") }
    }

    /// Noon UTC of `--at`, else now.
    private var moment: Date {
        guard let at, let day = CalendarDate(at), let epoch = CalendarDate(year: 1970, month: 1, day: 1) else { return Date() }
        return Date(timeIntervalSince1970: Double(day.dayNumber - epoch.dayNumber) * 86_400 + 43_200)
    }

    func run() throws {
        let isFile = FileManager.default.fileExists(atPath: credential) || credential.hasSuffix(".jwt")
        if isFile { try verifyCredential() } else { try verifyCode() }
    }

    private func read(_ path: String, what: String) throws -> [UInt8] {
        guard let data = FileManager.default.contents(atPath: path) else {
            writeToStandardError("error: \(path): cannot read the \(what)")
            throw ExitCode.failure
        }
        return Array(data)
    }

    private func verifyCredential() throws {
        let token = String(decoding: try read(credential, what: "credential"), as: UTF8.self)
        let keys = try read(jwks, what: "issuer's public keys (use --jwks)")
        let loaded = InputLoader.load(directory: input)
        if loaded.diagnostics.contains(where: { $0.severity == .error }) {
            writeToStandardError("error: \(input): the input has errors; run `deliverables check --input \(input)`")
            throw ExitCode.failure
        }
        let verdict: Verdict
        do {
            verdict = try CertificateVerification.verify(jwt: token, jwks: keys,
                                                         issuer: CertificateVerification.issuerID(of: loaded.data.project),
                                                         revocations: loaded.data.revocations, now: moment)
        } catch {
            writeToStandardError("error: \(jwks): not a JWK set: \(error)")
            throw ExitCode.failure
        }
        let id = verdict.credentialID.map { " (\($0))" } ?? ""
        if verdict.isValid {
            print("valid: \(credential)\(id) is signed by the issuer, in date and not revoked")
        } else {
            print("NOT VALID: \(credential)\(id)")
            for reason in verdict.reasons { print("  - \(reason)") }
            throw ExitCode.failure
        }
    }

    private func verifyCode() throws {
        let bytes = try read(index, what: "verification index (use --index)")
        let check: CodeCheck
        do {
            check = try CertificateVerification.check(code: credential, index: bytes)
        } catch {
            writeToStandardError("error: \(index): not a verification index: \(error)")
            throw ExitCode.failure
        }
        switch check {
        case .valid:
            print("\(credential): \(check.sentence)")
        default:
            print("\(credential): NOT VALID: \(check.sentence)")
            throw ExitCode.failure
        }
    }
}
