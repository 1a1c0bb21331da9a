import DocumentTree

extension ODFBodyWriter {
    /// A table of contents whose index body already holds the entries, each title linked to its
    /// heading's bookmark, so readers show it without updating it. The source part lets
    /// LibreOffice regenerate it (with page numbers) when asked.
    func writeTableOfContents(_ toc: TableOfContents, context: Context) {
        if context.canBreak, pendingMasterPage != nil || pendingPageBreak {
            // LibreOffice takes a page style only from a body paragraph or table, not from the
            // index title: a paragraph without height carries it.
            writeParagraph([], base: ODFStyleCatalog.pageStart, alignment: nil, keepWithNext: true, context: context)
        }
        tableOfContentsCount += 1
        let depth = min(max(toc.depth, 1), 10)
        let name = "Table of Contents" + String(tableOfContentsCount)
        let headingStyle = catalog.paragraphStyle("TOCHeading") ?? catalog.normal

        xml.start(constant: "text:table-of-content")
        xml.attribute(constant: "text:name", name)
        xml.start(constant: "text:table-of-content-source")
        xml.attribute(constant: "text:outline-level", number: depth)
        xml.attribute(constant: "text:use-index-marks", "false")
        xml.start(constant: "text:index-title-template")
        xml.attribute(constant: "text:style-name", headingStyle)
        xml.text(toc.title)
        xml.end()
        for level in 1...depth {
            xml.start(constant: "text:table-of-content-entry-template")
            xml.attribute(constant: "text:outline-level", number: level)
            xml.attribute(constant: "text:style-name", catalog.tocStyle(level: level))
            xml.start(constant: "text:index-entry-link-start")
            xml.attribute(constant: "text:style-name", ODFStyleCatalog.indexLink)
            xml.end()
            xml.empty(constant: "text:index-entry-text")
            xml.start(constant: "text:index-entry-tab-stop")
            xml.attribute(constant: "style:type", "right")
            xml.attribute(constant: "style:leader-char", ".")
            xml.end()
            xml.empty(constant: "text:index-entry-page-number")
            xml.empty(constant: "text:index-entry-link-end")
            xml.end()
        }
        xml.end()

        xml.start(constant: "text:index-body")
        xml.start(constant: "text:index-title")
        xml.attribute(constant: "text:name", name + "_Head")
        writeParagraph([.text(toc.title)], base: headingStyle, alignment: nil, keepWithNext: false, context: context)
        xml.end()
        var entryContext = context
        entryContext.allowsFootnotes = false
        entryContext.canBreak = false
        for entry in document.outline(depth: depth) {
            xml.start(constant: "text:p")
            xml.attribute(constant: "text:style-name", catalog.tocStyle(level: entry.level))
            xml.start(constant: "text:a")
            xml.attribute(constant: "xlink:type", "simple")
            xml.attribute(constant: "xlink:href", "#" + entry.anchor)
            xml.attribute(constant: "text:style-name", ODFStyleCatalog.indexLink)
            xml.attribute(constant: "text:visited-style-name", ODFStyleCatalog.indexLink)
            isInsideLink = true
            writeInlines(entry.title, context: entryContext)
            isInsideLink = false
            xml.end()
            xml.end()
        }
        xml.end()
        xml.end()
    }
}
