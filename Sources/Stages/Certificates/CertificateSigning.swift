import Credentials
import Foundation

/// Where the signing key comes from, and what the build does without one.
///
/// The key is the PEM file named by `--signing-key PATH` (passed to the stage as the setting
/// ``settingKey``) or by the `DELIVERABLES_SIGNING_KEY` environment variable. Without either,
/// the printed certificates are still made and the signed credentials, verification codes and
/// verification index are skipped, with one warning; under `--strict` (setting ``strictKey``)
/// that is an error. A key that is configured but unreadable is always an error.
public enum CertificateSigning {
    /// The `StageEnvironment.settings` key holding the PEM path given by `--signing-key`.
    public static let settingKey = "certificates.signingKey"
    /// The `StageEnvironment.settings` key set to `true` by `--strict`.
    public static let strictKey = "strict"

    /// The one warning printed when no key is configured.
    public static let missingKeyWarning =
        "warning: certificates: no signing key (set \(SigningKey.environmentVariable) or pass --signing-key PATH): "
        + "printed certificates are made, signed credentials, verification codes and the verification index are skipped"

    private static let cache = Locked<[String: SigningKey]>([:])
    private static let warned = Locked(false)

    /// The configured key path, if any: the setting first, then the environment variable.
    /// - Parameter environment: the process environment when `nil` (only the one variable is read:
    ///   every certificate item asks, and copying the whole environment each time showed in profiles).
    public static func keyPath(settings: [String: String], environment: [String: String]? = nil) -> String? {
        if let path = settings[settingKey], !path.isEmpty { return path }
        let variable = environment.map { $0[SigningKey.environmentVariable] }
            ?? getenv(SigningKey.environmentVariable).map { String(cString: $0) }
        if let path = variable, !path.isEmpty { return path }
        return nil
    }

    /// The signing key, loaded once per path and process; nil when none is configured (after
    /// printing ``missingKeyWarning`` once).
    /// - Throws: `SigningKeyError` for an unreadable key; ``MissingSigningKey`` under strict.
    public static func key(settings: [String: String], environment: [String: String]? = nil) throws -> SigningKey? {
        guard let path = keyPath(settings: settings, environment: environment) else {
            if settings[strictKey] == "true" { throw MissingSigningKey() }
            let first = warned.withLock { already -> Bool in
                defer { already = true }
                return !already
            }
            if first { FileHandle.standardError.write(Data((missingKeyWarning + "\n").utf8)) }
            return nil
        }
        if let key = cache.withLock({ $0[path] }) { return key }
        let key = try SigningKey.load(pemPath: path)
        cache.withLock { $0[path] = key }
        return key
    }
}

/// `--strict` and no signing key.
public struct MissingSigningKey: Error, CustomStringConvertible {
    public var description: String {
        "certificates: no signing key; set \(SigningKey.environmentVariable) to the path of an RSA private key in PEM "
            + "or pass --signing-key PATH (make one with `openssl genrsa -out issuer.pem 2048`); --strict makes this an error"
    }
}
