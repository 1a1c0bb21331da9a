import Foundation
import Stages
import TestSupport
import XCTest

final class WebsiteTests: XCTestCase {
    let languages = ["en", "fr", "pt", "ro", "it"]

    func testEveryPageExistsInEveryLanguageWithSymmetricHreflangAlternates() throws {
        let site = try WebsiteBuild.result().site
        let pages = WebsiteBuild.files(in: site, withExtension: "html").filter { languages.contains(String($0.prefix(2))) && $0.dropFirst(2).hasPrefix("/") && !$0.hasPrefix("files/") }
        let shapes = Set(pages.map { String($0.dropFirst(3)) })
        XCTAssertTrue(shapes.contains("framework/2-3/index.html"))
        XCTAssertGreaterThan(shapes.count, 25)
        for shape in shapes {
            for language in languages {
                let path = "\(language)/\(shape)"
                let html = try String(contentsOf: site.appendingPathComponent(path), encoding: .utf8)
                XCTAssertTrue(html.contains("<html lang=\"\(language)\">"), path)
                for other in languages {
                    // The alternate of `other` points at the same page in `other`, and that page points back.
                    let depth = shape.split(separator: "/").count
                    let expected = String(repeating: "../", count: depth) + "\(other)/\(shape)"
                    XCTAssertTrue(html.contains("<link rel=\"alternate\" hreflang=\"\(other)\" href=\"\(expected)\">"),
                                  "\(path) lacks the \(other) alternate \(expected)")
                }
            }
        }
    }

    func testNoInternalLinkIsBrokenAndNoAssetIsMissing() throws {
        let site = try WebsiteBuild.result().site
        var broken: [String] = []
        let pattern = try NSRegularExpression(pattern: "(?:href|src)=\"([^\"]*)\"")
        for page in WebsiteBuild.files(in: site, withExtension: "html") where !page.hasPrefix("files/") {
            let html = try String(contentsOf: site.appendingPathComponent(page), encoding: .utf8)
            let folder = site.appendingPathComponent(page).deletingLastPathComponent()
            for match in pattern.matches(in: html, range: NSRange(html.startIndex..., in: html)) {
                guard let range = Range(match.range(at: 1), in: html) else { continue }
                let link = String(html[range])
                if link.hasPrefix("http:") || link.hasPrefix("https:") || link.hasPrefix("mailto:") { continue }
                XCTAssertFalse(link.hasPrefix("/"), "\(page): absolute link \(link) breaks under file://")
                let parts = link.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
                let file = String(parts[0])
                let target = file.isEmpty ? site.appendingPathComponent(page) : folder.appendingPathComponent(file).standardized
                if !FileManager.default.fileExists(atPath: target.path) || file.hasSuffix("/") {
                    broken.append("\(page) → \(link)")
                    continue
                }
                if parts.count == 2, !parts[1].isEmpty, target.pathExtension == "html" {
                    let targetHTML = try String(contentsOf: target, encoding: .utf8)
                    if !targetHTML.contains("id=\"\(parts[1])\"") { broken.append("\(page) → \(link) (no such anchor)") }
                }
            }
        }
        XCTAssertEqual(broken, [], "broken links:\n" + broken.prefix(30).joined(separator: "\n"))
    }

    func testEveryPageAndTheStylesheetPassTheNuChecker() throws {
        let site = try WebsiteBuild.result().site
        let pages = WebsiteBuild.files(in: site, withExtension: "html").filter { !$0.hasPrefix("files/") }
        let files = pages.map { site.appendingPathComponent($0) } + [site.appendingPathComponent("assets/site.css")]
        let reports = try NuHTMLValidator().validate(files: files)
        XCTAssertEqual(reports.count, files.count)
        reports.assertAllValid()
    }

    func testPublishesNoPersonalFileAndCopiesTheVerificationData() throws {
        let site = try WebsiteBuild.result().site
        let files = WebsiteBuild.files(in: site)
        XCTAssertFalse(files.contains { $0.contains("certificate.html") }, "a personal certificate was published")
        XCTAssertTrue(files.contains("verify/verification-index.json"))
        XCTAssertTrue(files.contains("verify/keys.json"))
        XCTAssertTrue(files.contains("files/toolkit/digitrain-toolkit-fr.zip"))
        let everything = try files.filter { $0.hasSuffix(".html") || $0.hasSuffix(".json") }
            .map { try String(contentsOf: site.appendingPathComponent($0), encoding: .utf8) }.joined()
        XCTAssertFalse(everything.contains("Ana Popescu"))
        XCTAssertFalse(everything.contains(WebsiteBuild.realCode), "the code itself must never be published")
    }

    func testVerificationScriptAcceptsARealCodeAndRejectsMadeUpOnes() throws {
        _ = try TestSkip.requireTool("node", package: "nodejs")
        let site = try WebsiteBuild.result().site
        let script = """
        const v = require(process.argv[1]);
        const index = JSON.parse(require('fs').readFileSync(process.argv[2], 'utf8'));
        const code = process.argv[3];
        const typed = code.slice(0, 5).toLowerCase() + '-' + code.slice(5);
        const wrongCheck = code.slice(0, 9) + (code[9] === 'A' ? 'B' : 'A');
        Promise.all([v.lookup(index, typed), v.lookup(index, wrongCheck), v.lookup(index, '0000000000'), v.lookup(index, 'hello')])
          .then(r => console.log(JSON.stringify(r.map(x => x.outcome)) + ' ' + (r[0].record ? r[0].record.certificateType + ' ' + r[0].record.issued : '')));
        """
        let result = try WebsiteBuild.run("node", ["-e", script, site.appendingPathComponent("assets/verify.js").path,
                                                    site.appendingPathComponent("verify/verification-index.json").path,
                                                    WebsiteBuild.realCode])
        XCTAssertEqual(result.status, 0, result.output)
        // '0000000000' is well formed (check character 0) but no certificate has it.
        XCTAssertEqual(result.output.trimmingCharacters(in: .whitespacesAndNewlines),
                       "[\"valid\",\"malformed\",\"unknown\",\"malformed\"] participation 2027-04-07")
    }

    func testCalendarsParseWithTheirLocalTimesAndZones() throws {
        let site = try WebsiteBuild.result().site
        let check = """
        import sys, icalendar
        data = open(sys.argv[1], 'rb').read()
        assert b'\\r\\n' in data and all(len(l) <= 75 for l in data.split(b'\\r\\n')), 'lines not CRLF or longer than 75 octets'
        cal = icalendar.Calendar.from_ical(data)
        for e in cal.walk('VEVENT'):
            print(e['UID'], e['DTSTART'].dt.isoformat(), str(e['DTSTART'].dt.tzinfo), e['DTSTAMP'].dt.isoformat())
        """
        let result = try WebsiteBuild.run("python3", ["-c", check, site.appendingPathComponent("ro/events/all.ics").path])
        if result.output.contains("No module named 'icalendar'") { throw XCTSkip("pip install icalendar") }
        XCTAssertEqual(result.status, 0, result.output)
        // ME-RO: 2027 in Bucharest, summer time (UTC+3); DTSTAMP is the build timestamp.
        let line = result.output.split(separator: "\n").first { $0.hasPrefix("ME-RO@") }.map(String.init) ?? ""
        XCTAssertTrue(line.contains("Europe/Bucharest"), result.output)
        XCTAssertTrue(line.contains("+03:00"), line)
        XCTAssertTrue(line.hasSuffix("2026-01-01T00:00:00+00:00"), line)
        // ME-PT: Lisbon is one hour ahead of UTC in summer.
        let lisbon = result.output.split(separator: "\n").first { $0.hasPrefix("ME-PT@") }.map(String.init) ?? ""
        XCTAssertTrue(lisbon.contains("Europe/Lisbon") && lisbon.contains("+01:00"), lisbon)
        // Every event and seminar day is in the calendar of all activities.
        let seminarDays = result.output.split(separator: "\n").filter { $0.hasPrefix("SEM-") }.count
        XCTAssertGreaterThanOrEqual(seminarDays, 5)
        let text = try String(contentsOf: site.appendingPathComponent("ro/events/ME-RO.ics"), encoding: .utf8)
        XCTAssertTrue(text.contains("BEGIN:VTIMEZONE\r\nTZID:Europe/Bucharest\r\n"))
        XCTAssertTrue(text.contains("DTSTART;TZID=Europe/Bucharest:"))
    }

    func testChromiumRendersTheHomeAndFrameworkPages() throws {
        let chromium = try TestSkip.requireTool("chromium", package: "chromium")
        let site = try WebsiteBuild.result().site
        for page in ["en/index.html", "fr/framework/2-3/index.html"] {
            let png = FileManager.default.temporaryDirectory.appendingPathComponent("website-\(page.replacingOccurrences(of: "/", with: "_")).png")
            try? FileManager.default.removeItem(at: png)
            _ = try WebsiteBuild.run(chromium, ["--headless", "--no-sandbox", "--disable-gpu", "--screenshot=\(png.path)",
                                                "--window-size=1280,1600", site.appendingPathComponent(page).absoluteString])
            let bytes = try [UInt8](Data(contentsOf: png))
            XCTAssertGreaterThan(bytes.count, 20_000, "\(page): screenshot nearly empty")
            XCTAssertEqual(Array(bytes.prefix(8)), [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
            let width = bytes[16..<20].reduce(0) { $0 << 8 | Int($1) }
            let height = bytes[20..<24].reduce(0) { $0 << 8 | Int($1) }
            XCTAssertEqual(width, 1280)
            XCTAssertEqual(height, 1600)
        }
    }

    func testVerificationPageInChromiumChecksTheCodeGivenInTheAddress() throws {
        let chromium = try TestSkip.requireTool("chromium", package: "chromium")
        let site = try WebsiteBuild.result().site
        let page = site.appendingPathComponent("fr/verify/index.html").absoluteString
        let code = WebsiteBuild.realCode
        let real = try WebsiteBuild.run(chromium, ["--headless", "--no-sandbox", "--disable-gpu", "--virtual-time-budget=5000",
                                                   "--dump-dom", page + "#code=" + code.prefix(5).lowercased() + "-" + code.dropFirst(5)])
        XCTAssertTrue(real.output.contains("class=\"verify-result valid\""), real.output.suffix(2000).description)
        XCTAssertTrue(real.output.contains("Ce certificat est valable.") && real.output.contains("2027-04-07"))
        let madeUp = try WebsiteBuild.run(chromium, ["--headless", "--no-sandbox", "--disable-gpu", "--virtual-time-budget=5000",
                                                     "--dump-dom", page + "#code=0000000000"])
        XCTAssertTrue(madeUp.output.contains("class=\"verify-result unknown\""), madeUp.output.suffix(2000).description)
        XCTAssertTrue(madeUp.output.contains("Aucun certificat ne porte ce code."))
    }

    func testCredentialCheckAcceptsASignedCredentialAndRejectsATamperedOrForeignOne() throws {
        _ = try TestSkip.requireTool("node", package: "nodejs")
        let site = try WebsiteBuild.result().site
        // node makes an RSA key, signs an Open Badges-like VC-JWT with RS256 and publishes the JWK set.
        let script = """
        const v = require(process.argv[1]);
        const crypto = require('crypto');
        const b64 = (x) => Buffer.from(x).toString('base64url');
        const { publicKey, privateKey } = crypto.generateKeyPairSync('rsa', { modulusLength: 2048 });
        const jwk = Object.assign(publicKey.export({ format: 'jwk' }), { kid: 'k1', alg: 'RS256', use: 'sig' });
        const other = crypto.generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey;
        const payload = { iss: 'urn:issuer', vc: { id: 'urn:uuid:1', issuer: { id: 'urn:issuer', name: 'DIGITRAIN' }, validFrom: '2027-04-07T00:00:00Z',
          credentialSubject: { achievement: { name: 'ICT trainer — participation' } } } };
        const sign = (key, kid, body) => { const data = b64(JSON.stringify({ alg: 'RS256', kid, typ: 'JWT' })) + '.' + b64(JSON.stringify(body));
          return data + '.' + b64(crypto.sign('sha256', Buffer.from(data), key)); };
        const good = sign(privateKey, 'k1', payload);
        const parts = good.split('.');
        const tampered = parts[0] + '.' + b64(JSON.stringify(Object.assign({}, payload, { vc: Object.assign({}, payload.vc, { validFrom: '2020-01-01T00:00:00Z' }) }))) + '.' + parts[2];
        const foreign = sign(other, 'k1', payload);
        const unknown = sign(privateKey, 'k2', payload);
        const keys = { keys: [jwk] };
        Promise.all([good, tampered, foreign, unknown, 'not a jwt'].map(t => v.verifyCredential(t, keys)))
          .then(r => console.log(JSON.stringify(r.map(x => x.outcome)) + ' ' + r[0].credential.achievement + ' ' + r[0].credential.validFrom));
        """
        let result = try WebsiteBuild.run("node", ["-e", script, site.appendingPathComponent("assets/verify.js").path])
        XCTAssertEqual(result.status, 0, result.output)
        XCTAssertEqual(result.output.trimmingCharacters(in: .whitespacesAndNewlines),
                       "[\"signed\",\"badSignature\",\"badSignature\",\"unknownKey\",\"malformed\"] ICT trainer — participation 2027-04-07T00:00:00Z")
    }
}
