import DocumentTree

extension WordDocumentWriter {
    /// A figure: the image in a paragraph of its own, then its caption.
    func writeFigure(_ figure: Figure, _ context: BlockContext) {
        xml.start(constant: "w:p")
        writeParagraphProperties(ParagraphProperties(style: context.paragraphStyle, alignment: figure.alignment,
                                                     keepWithNext: !figure.caption.isEmpty), context)
        writeDrawingRun(figure.image, RunFormat(), maximumWidth: context.width)
        xml.end()
        if !figure.caption.isEmpty {
            writeParagraph(figure.caption, properties: ParagraphProperties(style: "Caption"), context)
        }
    }

    /// A run holding an inline DrawingML picture (`wp:inline` / `pic:pic`) with its alt text.
    ///
    /// PNG is embedded as is. SVG with a PNG fallback embeds the PNG as the picture and the SVG
    /// through the `asvg:svgBlip` extension (Word 2016+ shows the vector, every other reader the
    /// PNG); SVG without a fallback is embedded directly, which LibreOffice and current Word show.
    func writeDrawingRun(_ image: Image, _ format: RunFormat, maximumWidth: Length? = nil) {
        let mainTarget: String
        var svgTarget: String?
        switch image.format {
        case .png:
            mainTarget = state.media.target(for: image.data, fileExtension: "png")
        case .svg:
            if let fallback = image.pngFallback {
                mainTarget = state.media.target(for: fallback, fileExtension: "png")
                svgTarget = state.media.target(for: image.data, fileExtension: "svg")
            } else {
                mainTarget = state.media.target(for: image.data, fileExtension: "svg")
            }
        }
        let mainID = relationships.id(type: .image, target: mainTarget)
        let svgID = svgTarget.map { relationships.id(type: .image, target: $0) }
        var width = max(image.width.emus, 1)
        var height = max(image.height.emus, 1)
        if let maximumWidth, width > maximumWidth.emus, maximumWidth.emus > 0 {
            height = max(1, Int((Double(height) * Double(maximumWidth.emus) / Double(width)).rounded()))
            width = maximumWidth.emus
        }
        let drawingID = state.drawingID()
        let name = "Picture \(drawingID)"
        // Constant names and markup: the same bytes as elements built from attribute lists, without
        // building a string for every name and number (a certificate draws its logo and QR code).
        xml.start(constant: "w:r")
        writeRunProperties(format)
        xml.start(constant: "w:drawing")
        xml.start(constant: "wp:inline", attributes: " distT=\"0\" distB=\"0\" distL=\"0\" distR=\"0\"")
        xml.start(constant: "wp:extent")
        xml.attribute(constant: "cx", number: width)
        xml.attribute(constant: "cy", number: height)
        xml.end()
        xml.start(constant: "wp:docPr")
        xml.attribute(constant: "id", number: drawingID)
        xml.attribute(constant: "name", name)
        xml.attribute(constant: "descr", image.altText)
        xml.end()
        xml.markup("<wp:cNvGraphicFramePr><a:graphicFrameLocks noChangeAspect=\"1\"/></wp:cNvGraphicFramePr>")
        xml.markup("<a:graphic><a:graphicData uri=\"http://schemas.openxmlformats.org/drawingml/2006/picture\"><pic:pic><pic:nvPicPr>")
        xml.start(constant: "pic:cNvPr", attributes: " id=\"0\"")
        xml.attribute(constant: "name", name)
        xml.attribute(constant: "descr", image.altText)
        xml.end()
        xml.markup("<pic:cNvPicPr><a:picLocks noChangeAspect=\"1\" noChangeArrowheads=\"1\"/></pic:cNvPicPr></pic:nvPicPr><pic:blipFill>")
        xml.start(constant: "a:blip")
        xml.attribute(constant: "r:embed", mainID)
        if let svgID {
            xml.markup("<a:extLst><a:ext uri=\"{96DAC541-7B7A-43D3-8B79-37D633B846F1}\">")
            xml.start(constant: "asvg:svgBlip", attributes: " xmlns:asvg=\"http://schemas.microsoft.com/office/drawing/2016/SVG/main\"")
            xml.attribute(constant: "r:embed", svgID)
            xml.end()
            xml.markup("</a:ext></a:extLst>")
        }
        xml.end()
        xml.markup("<a:stretch><a:fillRect/></a:stretch></pic:blipFill><pic:spPr><a:xfrm><a:off x=\"0\" y=\"0\"/>")
        xml.start(constant: "a:ext")
        xml.attribute(constant: "cx", number: width)
        xml.attribute(constant: "cy", number: height)
        xml.end()
        xml.markup("</a:xfrm><a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom></pic:spPr></pic:pic></a:graphicData></a:graphic>")
        xml.end()
        xml.end()
        xml.end()
    }
}
