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
        let drawingID = String(state.drawingID())
        let name = "Picture \(drawingID)"
        xml.start(constant: "w:r")
        writeRunProperties(format)
        xml.start(constant: "w:drawing")
        xml.start(constant: "wp:inline")
        for side in ["distT", "distB", "distL", "distR"] { xml.attribute(side, "0") }
        xml.empty("wp:extent", ["cx": String(width), "cy": String(height)])
        xml.empty("wp:docPr", ["id": drawingID, "name": name, "descr": image.altText])
        xml.element("wp:cNvGraphicFramePr") {
            xml.empty("a:graphicFrameLocks", ["noChangeAspect": "1"])
        }
        xml.element("a:graphic") {
            xml.element("a:graphicData", ["uri": WordNamespace.picture]) {
                xml.element("pic:pic") {
                    xml.element("pic:nvPicPr") {
                        xml.empty("pic:cNvPr", ["id": "0", "name": name, "descr": image.altText])
                        xml.element("pic:cNvPicPr") {
                            xml.empty("a:picLocks", ["noChangeAspect": "1", "noChangeArrowheads": "1"])
                        }
                    }
                    xml.element("pic:blipFill") {
                        xml.element("a:blip", ["r:embed": mainID]) {
                            if let svgID {
                                xml.element("a:extLst") {
                                    xml.element("a:ext", ["uri": "{96DAC541-7B7A-43D3-8B79-37D633B846F1}"]) {
                                        xml.empty("asvg:svgBlip", ["xmlns:asvg": WordNamespace.svgExtension, "r:embed": svgID])
                                    }
                                }
                            }
                        }
                        xml.element("a:stretch") { xml.empty(constant: "a:fillRect") }
                    }
                    xml.element("pic:spPr") {
                        xml.element("a:xfrm") {
                            xml.empty("a:off", ["x": "0", "y": "0"])
                            xml.empty("a:ext", ["cx": String(width), "cy": String(height)])
                        }
                        xml.element("a:prstGeom", ["prst": "rect"]) { xml.empty(constant: "a:avLst") }
                    }
                }
            }
        }
        xml.end()
        xml.end()
        xml.end()
    }
}
