import DocumentTree
import MarkdownReader
import XCTest

final class ImageTests: XCTestCase {
    /// The first bytes of a PNG: signature and IHDR with the given size (enough for measuring).
    private func pngHeader(width: UInt32, height: UInt32) -> [UInt8] {
        let signature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
        func bigEndian(_ value: UInt32) -> [UInt8] { [24, 16, 8, 0].map { UInt8(value >> $0 & 0xFF) } }
        return signature + bigEndian(13) + Array("IHDR".utf8) + bigEndian(width) + bigEndian(height) + [8, 6, 0, 0, 0] + [0, 0, 0, 0]
    }

    func testImageAloneInParagraphBecomesFigureSizedFromPNGHeader() {
        let png = pngHeader(width: 192, height: 96)
        let result = read("![Partner map](img/map.png)", images: ["img/map.png": png])
        XCTAssertEqual(result.warnings, [])
        XCTAssertEqual(result.document.sections[0].blocks, [
            .figure(Figure(image: Image(data: png, format: .png, altText: "Partner map", width: .mm(50.8), height: .mm(25.4)),
                           caption: [.text("Partner map")])),
        ])
    }

    func testWideImageIsScaledDownToTheTextWidth() {
        let png = pngHeader(width: 2000, height: 1000)
        let blocks = read("![Wide](wide.png)", images: ["wide.png": png]).document.sections[0].blocks
        guard case .figure(let figure) = blocks.first else { return XCTFail("no figure in \(blocks)") }
        XCTAssertEqual(figure.image.width, PageSetup.a4Portrait.textWidth)
        XCTAssertEqual(figure.image.height.millimetres, PageSetup.a4Portrait.textWidth.millimetres / 2, accuracy: 0.001)
    }

    func testSVGImageInTextTakesItsSizeFromWidthAndHeightAndItsPNGSibling() {
        let svg = Array(#"<svg xmlns="http://www.w3.org/2000/svg" width="40mm" height="2cm" viewBox="0 0 40 20"/>"#.utf8)
        let png = pngHeader(width: 10, height: 5)
        let blocks = read("Logo ![EU flag](flag%20eu.svg) here", images: ["flag eu.svg": svg, "flag eu.png": png]).document.sections[0].blocks
        XCTAssertEqual(blocks, [
            paragraph(.text("Logo "),
                      .image(Image(data: svg, format: .svg, pngFallback: png, altText: "EU flag", width: .mm(40), height: .mm(20))),
                      .text(" here")),
        ])
    }

    func testSVGWithOnlyViewBoxCountsCSSPixels() {
        let svg = Array(#"<svg viewBox="0 0 96 48" xmlns="http://www.w3.org/2000/svg"></svg>"#.utf8)
        let size = ImageProbe.naturalSize(of: svg, format: .svg)
        XCTAssertEqual(size?.width.millimetres ?? 0, 25.4, accuracy: 0.0001)
        XCTAssertEqual(size?.height.millimetres ?? 0, 12.7, accuracy: 0.0001)
    }

    func testMissingImageIsWarnedAndItsAltTextShown() {
        let result = read("Intro\n\n![Partner map](missing.png)")
        XCTAssertEqual(result.document.sections[0].blocks, [paragraph("Intro"), paragraph("Partner map")])
        XCTAssertEqual(result.warnings.map(\.description), ["3:1: warning: image 'missing.png' not found; its alternative text is shown instead"])
    }

    func testImageThatIsNeitherPNGNorSVGIsWarned() {
        assertWarnings("![Photo](photo.jpg)", images: ["photo.jpg": [0xFF, 0xD8, 0xFF]],
                       ["1:1: image 'photo.jpg' is neither PNG nor SVG; its alternative text is shown instead"])
    }

    func testImageWithoutAltTextIsWarned() {
        assertWarnings("![](logo.png)", images: ["logo.png": pngHeader(width: 10, height: 10)],
                       ["1:1: image 'logo.png' has no alternative text; describe it between the brackets: ![what it shows](logo.png)"])
    }
}
