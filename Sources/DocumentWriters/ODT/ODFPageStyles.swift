import DocumentTree

/// The page layouts and master pages of a document: one layout per distinct page setup, one
/// master page per distinct (page setup, header, footer). The first master page is named
/// `Standard`, so it is also what LibreOffice uses for pages nothing else claims.
struct ODFPageStyles {
    struct Layout {
        var name: String
        var key: LayoutKey
    }

    /// A page layout depends on whether the pages have a header and a footer: without one, the
    /// whole margin is blank page; with one, the header sits inside the margin.
    struct LayoutKey: Hashable {
        var setup: PageSetup
        var hasHeader: Bool
        var hasFooter: Bool
    }

    struct Master {
        var name: String
        var layoutName: String
        var header: RunningContent
        var footer: RunningContent
    }

    private struct MasterKey: Hashable {
        var setup: PageSetup
        var header: RunningContent
        var footer: RunningContent
    }

    private(set) var layouts: [Layout] = []
    private(set) var masters: [Master] = []
    /// The master page of each section, by section index.
    private(set) var masterNameOfSection: [String] = []

    init(document: Document, style: HouseStyle) {
        var layoutNames: [LayoutKey: String] = [:]
        var masterNames: [MasterKey: String] = [:]
        for section in document.sections {
            let key = MasterKey(setup: section.pageSetup, header: style.header(of: section, in: document),
                                footer: style.footer(of: section, in: document))
            if let name = masterNames[key] {
                masterNameOfSection.append(name)
                continue
            }
            let layoutKey = LayoutKey(setup: key.setup, hasHeader: !key.header.blocks.isEmpty,
                                      hasFooter: !key.footer.blocks.isEmpty)
            let layoutName: String
            if let existing = layoutNames[layoutKey] {
                layoutName = existing
            } else {
                layoutName = "PageLayout\(layouts.count + 1)"
                layoutNames[layoutKey] = layoutName
                layouts.append(Layout(name: layoutName, key: layoutKey))
            }
            let name = masters.isEmpty ? "Standard" : "Page\(masters.count + 1)"
            masterNames[key] = name
            masters.append(Master(name: name, layoutName: layoutName, header: key.header, footer: key.footer))
            masterNameOfSection.append(name)
        }
        if masters.isEmpty {
            layouts.append(Layout(name: "PageLayout1", key: LayoutKey(setup: style.page, hasHeader: false, hasFooter: false)))
            masters.append(Master(name: "Standard", layoutName: "PageLayout1", header: .empty, footer: .empty))
        }
    }

    /// Space kept between the page edge and a running header or footer, in millimetres; the
    /// rest of the section's margin holds the header or footer itself and the gap to the text.
    static let runningEdgeDistance = 10.0
    /// Gap between a running header or footer and the text, in millimetres.
    static let runningSpacing = 4.0

    /// Writes the `style:page-layout` elements.
    func writeLayouts(into xml: XMLWriter) {
        for layout in layouts {
            let setup = layout.key.setup
            let margins = setup.margins
            let top = layout.key.hasHeader ? min(margins.top.millimetres, Self.runningEdgeDistance) : margins.top.millimetres
            let bottom = layout.key.hasFooter
                ? min(margins.bottom.millimetres, Self.runningEdgeDistance) : margins.bottom.millimetres
            xml.start(constant: "style:page-layout")
            xml.attribute(constant: "style:name", layout.name)
            xml.start(constant: "style:page-layout-properties")
            xml.attribute(constant: "fo:page-width", ODFUnits.mm(setup.width))
            xml.attribute(constant: "fo:page-height", ODFUnits.mm(setup.height))
            xml.attribute(constant: "style:print-orientation", setup.orientation.rawValue)
            xml.attribute(constant: "fo:margin-top", ODFUnits.mm(top))
            xml.attribute(constant: "fo:margin-bottom", ODFUnits.mm(bottom))
            xml.attribute(constant: "fo:margin-left", ODFUnits.mm(margins.left))
            xml.attribute(constant: "fo:margin-right", ODFUnits.mm(margins.right))
            xml.attribute(constant: "style:writing-mode", "lr-tb")
            xml.end()
            if layout.key.hasHeader {
                writeRunningStyle("style:header-style", margin: "fo:margin-bottom", room: margins.top.millimetres - top, into: xml)
            }
            if layout.key.hasFooter {
                writeRunningStyle("style:footer-style", margin: "fo:margin-top", room: margins.bottom.millimetres - bottom, into: xml)
            }
            xml.end()
        }
    }

    /// The header (footer) area fills what the margin leaves beyond the edge distance, so the
    /// text starts where the house style's margin says, unless the header grows taller.
    private func writeRunningStyle(_ element: String, margin: String, room: Double, into xml: XMLWriter) {
        xml.start(element)
        xml.start(constant: "style:header-footer-properties")
        let spacing = min(Self.runningSpacing, max(room, 0))
        xml.attribute(constant: "fo:min-height", ODFUnits.mm(max(room - spacing, 0)))
        xml.attribute(margin, ODFUnits.mm(spacing))
        xml.attribute(constant: "style:dynamic-spacing", "false")
        xml.end()
        xml.end()
    }
}
