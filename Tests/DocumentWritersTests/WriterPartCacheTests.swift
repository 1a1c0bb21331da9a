import DocumentTree
@testable import DocumentWriters
import TestSupport
import XCTest

/// The in-process cache of parts that depend only on the house style, the language and the
/// running contents: a cached part must give exactly the bytes a fresh one would.
final class WriterPartCacheTests: XCTestCase {
    private let writers: [any DocumentWriter] = [ODTWriter(), DOCXWriter(), HTMLWriter()]

    private func certificate(_ name: String, language: String = "en") -> Document {
        Document(metadata: Metadata(title: "Certificate", language: language), blocks: [
            .heading(Heading(level: 1, content: [.text("Certificate of achievement")])),
            .paragraph(Paragraph(text: "Awarded to \(name)")),
        ])
    }

    /// Options with an empty cache of their own, so nothing made by another test is reused.
    private func coldOptions(_ style: HouseStyle = WriterFixtures.houseStyle) -> WriterOptions {
        var options = WriterOptions(style: style)
        options.partCache = WriterPartCache()
        return options
    }

    func testCachedPartsGiveTheSameBytesAsFreshOnes() throws {
        let options = coldOptions()
        for writer in writers {
            for name in ["Ana Popescu", "João Silva", "Ana Popescu"] {
                let warm = try writer.write(certificate(name), options: options)
                let cold = try writer.write(certificate(name), options: coldOptions())
                XCTAssertEqual(warm, cold, "\(writer.format) for \(name)")
            }
        }
        XCTAssertGreaterThan(options.partCache.count, 0, "the writers keep parts")
    }

    func testEachLanguageGetsItsOwnStyles() throws {
        let options = coldOptions()
        let english = try DOCXWriter().part("word/styles.xml", of: certificate("A"), options: options)
        let french = try DOCXWriter().part("word/styles.xml", of: certificate("A", language: "fr"), options: options)
        XCTAssertTrue(english.contains("w:val=\"en\""), english)
        XCTAssertTrue(french.contains("w:val=\"fr\""), french)
        let odtFrench = try ODTWriter().part("styles.xml", of: certificate("A", language: "fr"), options: options)
        XCTAssertTrue(odtFrench.contains("fo:language=\"fr\""))
    }

    func testChangingTheStyleTakesTheCacheOfTheNewStyle() throws {
        var options = WriterOptions(style: WriterFixtures.houseStyle)
        let first = options.partCache
        _ = try HTMLWriter().write(certificate("A"), options: options)
        options.style.colors.heading = Color(red: 0x12, green: 0x34, blue: 0x56)
        XCTAssertFalse(options.partCache === first, "a new style, a new cache")
        let page = try HTMLWriter().text(certificate("A"), options: options)
        XCTAssertTrue(page.contains("#123456"), "the stylesheet is the new style's")
        options.style = WriterFixtures.houseStyle
        XCTAssertTrue(options.partCache === first, "the same style finds its cache again")
    }

    func testRunningHeaderWithALogoIsRestoredIntoEachPackage() throws {
        let options = coldOptions()
        for _ in 0..<3 {
            let package = try DOCXWriter().package(certificate("B"), options: options)
            XCTAssertTrue(package.names.contains("word/media/image1.png"), "\(package.names)")
            XCTAssertTrue(try package.text("word/_rels/header1.xml.rels").contains("media/image1.png"))
        }
    }

    func testHeaderWithAListIsNotCachedAndStillCorrect() throws {
        var document = certificate("C")
        document.sections[0].header = RunningContent(blocks: [
            .list(List(kind: .bullet, items: [[.paragraph(Paragraph(text: "one"))]])),
        ])
        let options = coldOptions()
        let first = try DOCXWriter().write(document, options: options)
        let second = try DOCXWriter().write(document, options: options)
        XCTAssertEqual(first, second)
        XCTAssertEqual(first, try DOCXWriter().write(document, options: coldOptions()))
    }

    func testConcurrentWritersGetTheBytesOfSequentialOnes() async throws {
        let options = coldOptions()
        let names = (0..<24).map { "Participant \($0 % 5)" }
        var expected: [[UInt8]] = []
        for (index, name) in names.enumerated() {
            expected.append(try writers[index % 3].write(certificate(name, language: index % 2 == 0 ? "en" : "fr"), options: coldOptions()))
        }
        let writers = writers
        let results = try await withThrowingTaskGroup(of: (Int, [UInt8]).self) { group in
            for (index, name) in names.enumerated() {
                group.addTask {
                    let document = Document(metadata: Metadata(title: "Certificate", language: index % 2 == 0 ? "en" : "fr"), blocks: [
                        .heading(Heading(level: 1, content: [.text("Certificate of achievement")])),
                        .paragraph(Paragraph(text: "Awarded to \(name)")),
                    ])
                    return (index, try writers[index % 3].write(document, options: options))
                }
            }
            var results = [[UInt8]](repeating: [], count: names.count)
            for try await (index, bytes) in group { results[index] = bytes }
            return results
        }
        XCTAssertEqual(results, expected)
    }
}
