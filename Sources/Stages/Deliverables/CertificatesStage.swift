import Credentials
import DocumentTree
import Foundation
import ProjectModel

extension Stage {
    /// The certificates (D5 applied): for every participant of every seminar, the certificates
    /// the rules of `certification.yaml` grant — printed (ODT, DOCX, HTML, landscape A4), with a
    /// personal transcript for unit credits, and a signed Open Badges 3.0 credential when a
    /// signing key is configured; per seminar, the decision report; once, the issuer's public
    /// keys and the verification index the website publishes.
    ///
    /// Items: `<seminar>/<participant>` (language and country of the participant),
    /// `<seminar>/decisions` (the seminar's language and country) and `issuer` (no language).
    public static func certificates(version: String = "1") -> Stage {
        let memo = CertificateRecordsMemo()
        return .perItem("certificates", version: version, items: { environment in
            try CertificatesPlan(environment: environment, memo: memo).items()
        }, run: { context in
            try CertificatesPlan(environment: context.environment, memo: memo).run(context)
        })
    }
}

/// What the certificates stage reads and writes, worked out from the build inputs.
struct CertificatesPlan {
    static let projectFiles = ["project.yaml", "framework.yaml", "outcomes.yaml", "programme.yaml", "recognition.yaml",
                               "certification.yaml", "operators.yaml", "events.yaml", "people.yaml"]
    static let decisionsItem = "decisions"
    static let issuerItem = "issuer"

    let inputs: BuildInputs
    let environment: StageEnvironment
    let key: SigningKey?
    /// The records text the items were listed with, which their runs read.
    let memo: CertificateRecordsMemo

    init(environment: StageEnvironment, memo: CertificateRecordsMemo = CertificateRecordsMemo()) throws {
        self.environment = environment
        self.inputs = try BuildInputs.from(environment)
        self.key = try CertificateSigning.key(settings: environment.settings)
        self.memo = memo
    }

    var data: ProjectData { inputs.data }

    // MARK: Items

    func items() -> [StageItem] {
        let keyValue = InputRef.value("signingKey", key.map { "RS256 " + $0.thumbprint } ?? "none")
        var common: [InputRef] = Self.projectFiles.map(InputRef.input) + [.template(inputs.styleFile), keyValue]
        if let logo = inputs.style.running.logo {
            common.append(.template(logo))
            if logo.hasSuffix(".svg") { common.append(.template(String(logo.dropLast(4)) + ".png")) }
        }
        // Each item holds the SHA-256 of its records (an input named `records`, hashed exactly as
        // the text itself would be), not the text: its run takes the text from the memo.
        var items: [StageItem] = []
        let facts = CertificateFacts(data: data)
        let text = CertificateRecordsText(data: data, each: { seminar, records, sha256 in
            let language = facts.language(of: records.participant, at: seminar)
            items.append(StageItem(id: seminar.id + "/" + records.participant.id,
                                   inputs: common + labelInputs(language) + [.digest(name: "records", sha256: sha256)],
                                   language: language, country: seminar.country))
        }, seminarDone: { seminar, sha256 in
            items.append(StageItem(id: seminar.id + "/" + Self.decisionsItem,
                                   inputs: common + labelInputs(seminar.language) + [.digest(name: "records", sha256: sha256)],
                                   language: seminar.language, country: seminar.country))
        })
        items.append(StageItem(id: Self.issuerItem,
                               inputs: common + [.input("revocations.yaml"), .digest(name: "records", sha256: text.everyoneSHA256)]))
        memo.store(text)
        return items
    }

    private func labelInputs(_ language: String) -> [InputRef] {
        Set([language, inputs.defaultLanguage]).sorted().map { .template("labels/\($0).yaml") }
    }

    // MARK: Running

    func run(_ context: StageContext) throws {
        let id = context.item.id
        // Without a key the issuer item writes nothing: do not read every participant for it.
        if id == Self.issuerItem && key == nil { return }
        // The item renders from the records it was hashed on (its `records` input).
        let text = try hashedText(of: context.item)
        if id == Self.issuerItem { return try writeIssuer(text, context) }
        let records = ParticipantRecords.parse(canonical: String(decoding: text, as: UTF8.self))
        let parts = id.split(separator: "/", maxSplits: 1).map(String.init)
        guard parts.count == 2, let seminar = data.seminars.first(where: { $0.id == parts[0] }) else {
            throw CertificatesError(item: id, reason: "no seminar for this item")
        }
        if parts[1] == Self.decisionsItem { return try writeDecisions(records, at: seminar, context) }
        guard let participant = records.first, participant.participant.id == parts[1] else {
            throw CertificatesError(item: id, reason: "no records of participant '\(parts[1])'")
        }
        try writeParticipant(participant, at: seminar, context)
    }

    /// The records text whose SHA-256 is the item's `records` input: from the memo's text when it
    /// matches, else from a text made again from this run's input (another build of the same stage
    /// may have listed its items since).
    /// - Throws: when neither matches (the input changed under the build).
    private func hashedText(of item: StageItem) throws -> ArraySlice<UInt8> {
        let expected = item.inputs.lazy.compactMap { input -> String? in
            if case .digest("records", let sha256) = input { return sha256 }
            return nil
        }.first
        guard let expected else { return [] }
        for text in [memo.text, nil] {
            let text = text ?? CertificateRecordsText(data: data)
            let bytes = text.text(of: item.id)
            if ContentHash.hex(bytes) == expected {
                memo.store(text)
                return bytes
            }
        }
        throw CertificatesError(item: item.id, reason: "its records changed since the build listed its items")
    }

    private var evaluator: EligibilityEvaluator {
        EligibilityEvaluator(programme: data.programme, recognition: data.recognition)
    }

    private var signer: CredentialSigner? {
        key.map { CredentialSigner(key: $0, keyID: $0.keyID(directory: Self.site(data) + "/keys")) }
    }

    static func site(_ data: ProjectData) -> String { (data.project.website ?? "https://example.org").trimmingSuffix("/") }

    /// The certificates granted to one participant, with their verification codes.
    func granted(_ records: ParticipantRecords, at seminar: Seminar) -> [IssuedCertificate] {
        let types = data.certification.certificateTypes
        let decisions = evaluator.decisions(for: records, at: seminar, types: types)
        let facts = CertificateFacts(data: data)
        let codeSecret = key?.derivedSecret(purpose: "verification-code")
        return zip(types, decisions).compactMap { type, decision in
            guard decision.granted else { return nil }
            let id = CertificateIdentity.id(participant: records.participant.id, type: type.id, seminar: seminar.id)
            let code = codeSecret.map { VerificationCode.make(certificateID: id, secret: $0).formatted }
            return facts.certificate(type, for: records, at: seminar, code: code)
        }
    }

    private func writeParticipant(_ records: ParticipantRecords, at seminar: Seminar, _ context: StageContext) throws {
        let base = "certificates/\(seminar.id)/\(records.participant.id)/"
        let builder = signer.map { signer in
            (signer, CredentialBuilder(data: data, issuer: CredentialBuilder.issuer(of: data.project),
                                       saltSecret: signer.key.derivedSecret(purpose: "identity-salt")))
        }
        let frameStyle = CertificateSheet.frameStyle(inputs.style)
        for certificate in granted(records, at: seminar) {
            let wording = CertificateWording(labels: inputs.labels, language: certificate.language, fallback: inputs.defaultLanguage)
            let qr = try certificate.verificationURL.map { try QRCode.png(for: $0, moduleSize: 6, margin: 4) }
            let sheet = CertificateSheet(certificate: certificate, data: data, wording: wording, style: inputs.style, qrCode: qr)
            try context.writeDocument(sheet.document(), to: base + certificate.type.id, language: certificate.language, style: frameStyle)
            if certificate.type.kind != .participation {
                let transcript = TranscriptSheet(certificate: certificate, data: data, wording: wording)
                try context.writeDocument(transcript.document(), to: base + certificate.type.id + "-transcript",
                                          language: certificate.language, style: inputs.style)
            }
            if let (signer, credentials) = builder {
                let jwt = try signer.sign(credentials.credential(for: certificate))
                try context.write(base + certificate.type.id + ".jwt", bytes: Array(jwt.utf8), language: nil)
            }
        }
    }

    private func writeDecisions(_ records: [ParticipantRecords], at seminar: Seminar, _ context: StageContext) throws {
        let types = data.certification.certificateTypes
        let entries = records.map {
            (participant: $0.participant, decisions: evaluator.decisions(for: $0, at: seminar, types: types))
        }
        let report = DecisionReport(seminar: seminar, decisions: entries, types: types,
                                    reasons: EligibilityReasonText(labels: inputs.labels, language: seminar.language),
                                    fallback: inputs.defaultLanguage)
        try context.writeDocument(report.document(), to: "certificates/\(seminar.id)/decisions", language: seminar.language,
                                  style: inputs.style)
    }

    /// The issuer's JWK set and the verification index: only what verification needs, no names.
    private func writeIssuer(_ records: ArraySlice<UInt8>, _ context: StageContext) throws {
        guard let signer else { return }
        try context.write("certificates/issuer/jwks.json", bytes: JWKSet(keys: [signer.publishedKey]).jsonBytes)
        // The bare JWK the `kid` URL (`<website>/keys/<thumbprint>.json`) must serve.
        try context.write("certificates/issuer/keys/\(signer.key.thumbprint).json", bytes: signer.publishedKey.jsonBytes)
        let revoked = Dictionary(data.revocations.map { ($0.certificateID, $0) }, uniquingKeysWith: { a, _ in a })
        var verification = VerificationIndex()
        let seminars = Dictionary(data.seminars.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        // One participant at a time: everyone's records parsed at once were the stage's peak memory.
        try ParticipantRecords.forEach(canonical: records) { participant in
            guard let seminar = seminars[participant.participant.activity] else { return }
            for certificate in granted(participant, at: seminar) {
                guard let text = certificate.verificationCode, let code = VerificationCode(parsing: text) else { continue }
                let revocation = revoked[certificate.id].map {
                    Credentials.Revocation(date: $0.date.map(CredentialBuilder.midnight), reason: $0.reason)
                }
                try verification.add(VerificationRecord(code: code, certificateType: certificate.type.id,
                                                        issued: CredentialBuilder.midnight(certificate.issued),
                                                        revocation: revocation, credentialID: certificate.id))
            }
        }
        try context.write("certificates/verification-index.json", bytes: verification.jsonBytes)
    }
}

/// A certificates item that cannot be made (its seminar or participant vanished).
struct CertificatesError: Error, CustomStringConvertible {
    var item: String
    var reason: String
    var description: String { "certificates/\(item): \(reason)" }
}
