extension HouseStyle {
    /// The style used when `Templates/style.yaml` leaves a key out.
    public static let `default`: HouseStyle = {
        let navy = Color(red: 0x1F, green: 0x3A, blue: 0x68)
        let teal = Color(red: 0x00, green: 0x7C, blue: 0x89)
        let grey = Color(red: 0x59, green: 0x59, blue: 0x59)
        let text = Color(red: 0x1A, green: 0x1A, blue: 0x1A)
        let paragraphs: [String: ParagraphStyle] = [
            "Normal": ParagraphStyle(font: .body, fontSize: 10.5, color: text, alignment: .start, spaceBefore: 0, spaceAfter: 6, lineHeight: 1.2),
            "Title": ParagraphStyle(font: .heading, fontSize: 28, bold: true, color: navy, spaceBefore: 0, spaceAfter: 12, lineHeight: 1.1),
            "Subtitle": ParagraphStyle(font: .heading, fontSize: 16, color: teal, spaceAfter: 18),
            "Heading1": ParagraphStyle(font: .heading, fontSize: 20, bold: true, color: navy, spaceBefore: 18, spaceAfter: 8, lineHeight: 1.1, keepWithNext: true, borderBelow: true),
            "Heading2": ParagraphStyle(font: .heading, fontSize: 15, bold: true, color: navy, spaceBefore: 14, spaceAfter: 6, lineHeight: 1.1, keepWithNext: true),
            "Heading3": ParagraphStyle(font: .heading, fontSize: 12.5, bold: true, color: teal, spaceBefore: 10, spaceAfter: 4, keepWithNext: true),
            "Heading4": ParagraphStyle(font: .heading, fontSize: 11, bold: true, color: text, spaceBefore: 8, spaceAfter: 3, keepWithNext: true),
            "Heading5": ParagraphStyle(font: .heading, fontSize: 10.5, bold: true, italic: true, color: text, spaceBefore: 6, spaceAfter: 3, keepWithNext: true),
            "Heading6": ParagraphStyle(font: .heading, fontSize: 10.5, italic: true, color: grey, spaceBefore: 6, spaceAfter: 3, keepWithNext: true),
            "Caption": ParagraphStyle(fontSize: 9, italic: true, color: grey, alignment: .center, spaceBefore: 3, spaceAfter: 9),
            "TOCHeading": ParagraphStyle(font: .heading, fontSize: 16, bold: true, color: navy, spaceBefore: 0, spaceAfter: 10),
            "TOC1": ParagraphStyle(bold: true, spaceBefore: 4, spaceAfter: 2),
            "TOC2": ParagraphStyle(spaceAfter: 1, indent: 6),
            "TOC3": ParagraphStyle(fontSize: 9.5, spaceAfter: 1, indent: 12),
            "Quote": ParagraphStyle(italic: true, color: grey, indent: 10),
            "Code": ParagraphStyle(font: .monospace, fontSize: 9, background: Color(red: 0xF3, green: 0xF4, blue: 0xF6), spaceAfter: 0, lineHeight: 1.0),
            "Footnote": ParagraphStyle(fontSize: 8.5, spaceAfter: 2, lineHeight: 1.1),
            "Header": ParagraphStyle(fontSize: 8.5, color: grey, spaceAfter: 0),
            "Footer": ParagraphStyle(fontSize: 8, color: grey, spaceAfter: 0),
            "Small": ParagraphStyle(fontSize: 8.5, color: grey),
        ]
        let characters: [String: CharacterStyle] = [
            "Strong": CharacterStyle(bold: true),
            "Emphasis": CharacterStyle(italic: true),
            "Code": CharacterStyle(font: .monospace, fontSize: 9.5, background: Color(red: 0xF3, green: 0xF4, blue: 0xF6)),
            "Highlight": CharacterStyle(bold: true, color: teal),
        ]
        return HouseStyle(
            page: .a4Portrait,
            fonts: Fonts(body: "Liberation Sans", heading: "Liberation Sans", monospace: "Liberation Mono", bodySize: 10.5),
            colors: Palette(text: text, heading: navy, accent: teal, muted: grey, link: Color(red: 0x0B, green: 0x5C, blue: 0xAD), pageBackground: .white),
            paragraphStyles: paragraphs,
            characterStyles: characters,
            table: TableStyle(headerBackground: navy, headerText: .white, border: Color(red: 0xB8, green: 0xC2, blue: 0xCC),
                              stripe: Color(red: 0xF2, green: 0xF5, blue: 0xF8), cellPadding: 1.5, borderWidth: 0.5),
            running: RunningTemplate(header: "{title}", logo: nil, logoHeight: 9, footer: "", pageNumber: "{page} / {pages}"))
    }()
}
