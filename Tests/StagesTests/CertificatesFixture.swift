import Foundation
import ProjectModel
import Stages
import TestSupport
import XCTest

/// One build of the certificates stage over the real `Input/`, with a signing key made for the
/// run (never a committed one), shared by the certificates test classes.
final class CertificatesFixture: Sendable {
    let directory: TemporaryDirectory
    let inputs: BuildInputs
    let keyPath: String
    let summary: BuildSummary
    var build: URL { directory.file("Build") }

    static let input = TestPaths.packageRoot.appendingPathComponent("Input")
    static let templates = TestPaths.packageRoot.appendingPathComponent("Templates")

    private static let shared = SharedFixture()

    /// The shared build, made on first use.
    static func get() async throws -> CertificatesFixture { try await shared.value() }

    private init(directory: TemporaryDirectory, inputs: BuildInputs, keyPath: String, summary: BuildSummary) {
        self.directory = directory
        self.inputs = inputs
        self.keyPath = keyPath
        self.summary = summary
    }

    /// Loads the real input and builds the certificates stage into a temporary folder.
    static func make() async throws -> CertificatesFixture {
        let directory = try TemporaryDirectory(prefix: "certificates")
        directory.removeAtExit()
        let keyPath = try makeKey(in: directory)
        let (loaded, diagnostics) = BuildInputs.load(input: input.path, templates: templates.path, strict: false)
        guard let inputs = loaded else {
            throw XCTSkip("the shipped input does not load: \(diagnostics.filter { $0.severity == .error }.prefix(3))")
        }
        let environment = StageEnvironment(inputDirectory: input, templatesDirectory: templates, payload: inputs,
                                           timestamp: 1_767_225_600, settings: [CertificateSigning.settingKey: keyPath])
        let options = BuildOptions(outputDirectory: directory.file("Build"), jobs: 2)
        let summary = try await BuildEngine(stages: [.certificates()]).build(environment: environment, options: options) { _ in }
        return CertificatesFixture(directory: directory, inputs: inputs, keyPath: keyPath, summary: summary)
    }

    /// A fresh 2048-bit RSA key in PEM, made with openssl in `directory`.
    static func makeKey(in directory: TemporaryDirectory) throws -> String {
        let openssl = try TestSkip.requireTool("openssl", package: "openssl")
        let path = directory.file("issuer.pem").path
        let result = try ProcessRunner.run(openssl, ["genrsa", "-out", path, "2048"])
        guard result.succeeded else { throw XCTSkip("openssl genrsa failed: \(result.standardError)") }
        return path
    }

    func file(_ path: String) -> URL { build.appendingPathComponent(path) }

    func bytes(_ path: String) throws -> [UInt8] { Array(try Data(contentsOf: file(path))) }

    func text(_ path: String) throws -> String { String(decoding: try bytes(path), as: UTF8.self) }

    var data: ProjectData { inputs.data }

    /// Every output file under `certificates/`, relative to the build folder, sorted.
    func outputs() -> [String] {
        let root = build.path + "/"
        let enumerator = FileManager.default.enumerator(atPath: build.appendingPathComponent("certificates").path)
        var paths: [String] = []
        while let next = enumerator?.nextObject() as? String {
            var isFolder: ObjCBool = false
            let full = build.appendingPathComponent("certificates/" + next).path
            if FileManager.default.fileExists(atPath: full, isDirectory: &isFolder), !isFolder.boolValue {
                paths.append(String(full.dropFirst(root.count)))
            }
        }
        return paths.sorted()
    }
}

/// Makes the fixture once, whichever test asks first.
private actor SharedFixture {
    private var fixture: CertificatesFixture?

    func value() async throws -> CertificatesFixture {
        if let fixture { return fixture }
        let made = try await CertificatesFixture.make()
        fixture = made
        return made
    }
}
