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

        xml.start("text:table-of-content")
        xml.attribute("text:name", name)
        xml.start("text:table-of-content-source")
        xml.attribute("text:outline-level", String(depth))
        xml.attribute("text:use-index-marks", "false")
        xml.start("text:index-title-template")
        xml.attribute("text:style-name", headingStyle)
        xml.text(toc.title)
        xml.end()
        for level in 1...depth {
            xml.start("text:table-of-content-entry-template")
            xml.attribute("text:outline-level", String(level))
            xml.attribute("text:style-name", catalog.tocStyle(level: level))
            xml.start("text:index-entry-link-start")
            xml.attribute("text:style-name", ODFStyleCatalog.indexLink)
            xml.end()
            xml.empty("text:index-entry-text")
            xml.start("text:index-entry-tab-stop")
            xml.attribute("style:type", "right")
            xml.attribute("style:leader-char", ".")
            xml.end()
            xml.empty("text:index-entry-page-number")
            xml.empty("text:index-entry-link-end")
            xml.end()
        }
        xml.end()

        xml.start("text:index-body")
        xml.start("text:index-title")
        xml.attribute("text:name", name + "_Head")
        writeParagraph([.text(toc.title)], base: headingStyle, alignment: nil, keepWithNext: false, context: context)
        xml.end()
        var entryContext = context
        entryContext.allowsFootnotes = false
        entryContext.canBreak = false
        for entry in document.outline(depth: depth) {
            xml.start("text:p")
            xml.attribute("text:style-name", catalog.tocStyle(level: entry.level))
            xml.start("text:a")
            xml.attribute("xlink:type", "simple")
            xml.attribute("xlink:href", "#" + entry.anchor)
            xml.attribute("text:style-name", ODFStyleCatalog.indexLink)
            xml.attribute("text:visited-style-name", ODFStyleCatalog.indexLink)
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
