@testable import Stages
import XCTest

final class OutputPathTests: XCTestCase {
    func testOrdinaryRelativePathsAreAccepted() {
        for path in ["manual.odt", "certificates/SEM-RO/P-RO-00001/CT-UNIT.docx", "site/fr/index.html",
                     "kits/SEM-PT/programa-ação.odt", "a.b/c..d/e.", "manifest.json.bak", "x/manifest.json"] {
            XCTAssertNil(OutputPath.problem(with: path), path)
        }
    }

    func testEachRuleNamesWhatIsWrong() {
        let cases: [(String, String)] = [
            ("", "the path is empty"),
            ("/etc/passwd", "the path must be relative to the output folder"),
            ("kits\\agenda.odt", "use '/' between folders"),
            ("kits//agenda.odt", "the path has an empty folder name"),
            ("kits/", "the path has an empty folder name"),
            ("./agenda.odt", "the path must not contain '.' or '..'"),
            ("kits/../../agenda.odt", "the path must not contain '.' or '..'"),
            ("kits/..", "the path must not contain '.' or '..'"),
            (".cache/state", "names starting with '.' are reserved for the engine"),
            ("kits/.hidden", "names starting with '.' are reserved for the engine"),
            ("kits/...", "names starting with '.' are reserved for the engine"),
            ("manifest.json", "manifest.json is written by the engine"),
        ]
        for (path, reason) in cases {
            XCTAssertEqual(OutputPath.problem(with: path), reason, path)
        }
    }

    func testTheFirstProblemFromTheLeftIsReported() {
        XCTAssertEqual(OutputPath.problem(with: "a//.cache/x"), "the path has an empty folder name")
        XCTAssertEqual(OutputPath.problem(with: ".cache//x"), "names starting with '.' are reserved for the engine")
    }

    func testAPathFromASubstringIsCheckedLikeAnyOther() {
        let bridged = String("xx/kits/.hidden".dropFirst(3))
        XCTAssertEqual(OutputPath.problem(with: bridged), "names starting with '.' are reserved for the engine")
    }
}
