extension HouseStyle {
    /// The running header the house style gives a document: its title, and the logo at the end.
    public func defaultHeader(for metadata: Metadata) -> RunningContent {
        var content: [Inline] = []
        if let logo { content.append(.image(logo)); content.append(.text("  ")) }
        content.append(.text(running.header.replacingPlaceholder("{title}", with: metadata.title)))
        return RunningContent(blocks: [.paragraph(Paragraph(content, style: "Header"))])
    }

    /// The running footer the house style gives a document: the funding notice, then the page numbers.
    public func defaultFooter(for metadata: Metadata) -> RunningContent {
        var blocks: [Block] = []
        if !running.footer.isEmpty {
            blocks.append(.paragraph(Paragraph(text: running.footer, style: "Footer")))
        }
        if !running.pageNumber.isEmpty {
            blocks.append(.paragraph(Paragraph(pageNumberInlines(running.pageNumber), style: "Footer", alignment: .end)))
        }
        return RunningContent(blocks: blocks)
    }

    /// The header a section shows: its own, or the house style's.
    public func header(of section: Section, in document: Document) -> RunningContent {
        section.header ?? defaultHeader(for: document.metadata)
    }

    /// The footer a section shows: its own, or the house style's.
    public func footer(of section: Section, in document: Document) -> RunningContent {
        section.footer ?? defaultFooter(for: document.metadata)
    }

    private func pageNumberInlines(_ pattern: String) -> [Inline] {
        var result: [Inline] = []
        var rest = Substring(pattern)
        while !rest.isEmpty {
            if rest.hasPrefix("{page}") {
                result.append(.field(.pageNumber))
                rest = rest.dropFirst(6)
            } else if rest.hasPrefix("{pages}") {
                result.append(.field(.pageCount))
                rest = rest.dropFirst(7)
            } else {
                let next = rest.dropFirst().firstIndex(of: "{") ?? rest.endIndex
                result.append(.text(String(rest[rest.startIndex..<next])))
                rest = rest[next...]
            }
        }
        return result
    }
}

extension String {
    fileprivate func replacingPlaceholder(_ placeholder: String, with value: String) -> String {
        var result = ""
        var rest = Substring(self)
        while let range = rest.firstRange(of: placeholder) {
            result += rest[rest.startIndex..<range.lowerBound]
            result += value
            rest = rest[range.upperBound...]
        }
        return result + rest
    }
}
