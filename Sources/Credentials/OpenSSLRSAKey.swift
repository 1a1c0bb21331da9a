import COpenSSL

/// The issuer's private key as the system's OpenSSL (libcrypto 3) holds it, for the one job
/// OpenSSL does faster here: the RS256 signature. On this project's build machines (x86-64 with
/// AVX-512 IFMA) OpenSSL 3 signs with a 2048-bit key in 0.44 ms, swift-crypto's BoringSSL in
/// 0.8 ms, and a certificates build makes two signatures per participant. Everything else about
/// the key (parsing and its errors, the public JWK, derived secrets, verification) stays with
/// swift-crypto, which also checks each signature's twin once per key: RSASSA-PKCS1-v1_5 is
/// deterministic, so both libraries must give the same bytes (see `SigningKey`).
///
/// Concurrent signing with one key is safe: OpenSSL 3 treats the `EVP_PKEY` as read-only and
/// keeps RSA blinding per thread.
final class OpenSSLRSAKey: @unchecked Sendable {
    /// `EVP_PKEY *`, owned.
    private let key: OpaquePointer

    /// The key from its DER form (PKCS#1 `RSAPrivateKey` or PKCS#8), or `nil` when OpenSSL
    /// cannot read it as an RSA key.
    init?(der: [UInt8]) {
        let parsed = der.withUnsafeBufferPointer { buffer -> OpaquePointer? in
            var cursor: UnsafePointer<UInt8>? = buffer.baseAddress
            guard cursor != nil else { return nil }
            return d2i_AutoPrivateKey(nil, &cursor, buffer.count)
        }
        guard let parsed else {
            ERR_clear_error()
            return nil
        }
        guard EVP_PKEY_get_base_id(parsed) == EVP_PKEY_RSA else {
            EVP_PKEY_free(parsed)
            return nil
        }
        key = parsed
    }

    deinit { EVP_PKEY_free(key) }

    /// RSASSA-PKCS1-v1_5 with SHA-256 over `message` (OpenSSL's default padding for an RSA key).
    /// - Throws: `SigningFailure` with OpenSSL's first queued error.
    func signRS256(_ message: [UInt8]) throws -> [UInt8] {
        guard let context = EVP_MD_CTX_new() else { throw SigningFailure(stage: "EVP_MD_CTX_new") }
        defer { EVP_MD_CTX_free(context) }
        guard EVP_DigestSignInit(context, nil, EVP_sha256(), nil, key) == 1 else {
            throw SigningFailure(stage: "EVP_DigestSignInit")
        }
        var length = Int(EVP_PKEY_get_size(key))
        var signature = [UInt8](repeating: 0, count: length)
        let status = signature.withUnsafeMutableBufferPointer { output in
            message.withUnsafeBufferPointer { input in
                EVP_DigestSign(context, output.baseAddress, &length, input.baseAddress, input.count)
            }
        }
        guard status == 1 else { throw SigningFailure(stage: "EVP_DigestSign") }
        signature.removeLast(signature.count - length)
        return signature
    }

    /// An OpenSSL call that failed, with the library's own reason.
    struct SigningFailure: Error, CustomStringConvertible {
        var stage: String
        var reason: String

        init(stage: String) {
            self.stage = stage
            let code = ERR_get_error()
            ERR_clear_error()
            var text = [CChar](repeating: 0, count: 256)
            if code != 0 { ERR_error_string_n(code, &text, text.count) }
            reason = code != 0 ? String(decoding: text.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
                               : "no reason given"
        }

        var description: String { "RS256 signature failed in OpenSSL (\(stage)): \(reason)" }
    }
}
