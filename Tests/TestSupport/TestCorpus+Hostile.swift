import DocumentTree

extension TestCorpus {
    /// C0 control characters that XML 1.0 forbids (tab, line feed and carriage return excepted)
    /// plus the non-characters U+FFFE and U+FFFF: writers must drop or replace them.
    public static let controlCharacters = "\u{01}\u{02}\u{08}\u{0B}\u{0C}\u{1B}\u{1F}\u{7F}\u{FFFE}\u{FFFF}"
    /// A 2,000-letter word with no break opportunity.
    public static let longWord = String(repeating: "Donaudampfschifffahrtsgesellschaftskapitän", count: 48)
    /// A long URL without spaces.
    public static let longURL = "https://example.org/" + String(repeating: "segment-", count: 120) + "end?query=" + String(repeating: "x", count: 200)

    /// A document built to stress writers and validators: a table of `rows` body rows (10,000 by
    /// default), very long words and URLs, control characters, tabs and newlines inside text,
    /// combining marks, emoji, empty and duplicate headings, deep list nesting, and empty cells.
    public static func hostile(rows: Int = 10_000) -> Document {
        let oddText = "tab\there, newline\nhere, carriage\rreturn, controls [\(controlCharacters)], "
            + "combining e\u{0301} a\u{0308}, zero\u{200B}width, emoji 👩🏽‍💻🇷🇴, line\u{2028}separator, "
            + "bidi \u{202E}override\u{202C}, nbsp\u{00A0}and narrow\u{202F}nbsp."
        var deepList = List(kind: .bullet, items: [[.paragraph(Paragraph(text: "niveau 9"))]])
        for level in stride(from: 8, through: 1, by: -1) {
            deepList = List(kind: level.isMultiple(of: 2) ? .ordered(start: level) : .bullet,
                            items: [[.paragraph(Paragraph(text: "niveau \(level)")), .list(deepList)]])
        }
        let table = Table(
            columns: [TableColumn(weight: 1, alignment: .end), TableColumn(weight: 4), TableColumn(weight: 2), TableColumn(weight: 1, alignment: .center)],
            headerRows: [TableRow(cells: [TableCell(text: "#"), TableCell(text: "Texte <&>"), TableCell(text: "Valeur ]]>"), TableCell(text: "☐")])],
            bodyRows: (1...max(rows, 1)).map { row in
                TableRow(cells: [
                    TableCell(text: "\(row)"),
                    TableCell(text: row % 1000 == 0 ? longWord : "Ligne \(row) <script>x</script> & ș ț ã ç"),
                    TableCell(blocks: row % 97 == 0 ? [] : [.paragraph(Paragraph([.text("v\(row)"), .superscript([.text("\(row % 10)")])]))]),
                    TableCell(blocks: [.paragraph(Paragraph([.checkbox(checked: row.isMultiple(of: 2))]))]),
                ])
            },
            caption: [.text("Table de \(rows) lignes")])
        return Document(
            metadata: Metadata(title: "Hostile <title> & \"quotes\" ]]> \(controlCharacters)", subtitle: oddText,
                               authors: ["O'Brien & <Sons>"], language: "ro", date: "2027-01-31",
                               description: "</script>", keywords: ["a&b", "<c>"]),
            sections: [Section(blocks: [
                .tableOfContents(TableOfContents(title: "Cuprins", depth: 6)),
                .heading(Heading(level: 1, content: [])),
                .heading(Heading(level: 1, content: [.text("Duplicat")])),
                .heading(Heading(level: 1, content: [.text("Duplicat")])),
                .heading(Heading(level: 2, content: [.text("2.3 Același titlu!")], id: "duplicat")),
                .heading(Heading(level: 9, content: [.text("Niveau 9 ramené à 6")])),
                .paragraph(Paragraph(text: oddText)),
                .paragraph(Paragraph(text: longWord)),
                .paragraph(Paragraph([.link(Link(target: .external(longURL), content: [.text(longURL)]))])),
                .paragraph(Paragraph([.link(Link(target: .external("https://example.org/?a=1&b=<2>\"'"), content: [.text("lien <&>")], title: "titre \"&\" <x>"))])),
                .paragraph(Paragraph([.link(Link(target: .internal(anchor: "nowhere"), content: [.text("ancre inconnue")]))])),
                .paragraph(Paragraph([])),
                .paragraph(Paragraph([.text("")], style: "StyleThatDoesNotExist")),
                .paragraph(Paragraph([.styled(style: "NoSuchCharacterStyle", [.text("style inconnu")])])),
                .paragraph(Paragraph([.footnote([.paragraph(Paragraph([.footnote([.paragraph(Paragraph(text: "note dans une note"))])]))])])),
                .list(deepList),
                .list(List(kind: .ordered(start: 0), items: [])),
                .blockQuote([.blockQuote([.blockQuote([.codeBlock(CodeBlock(text: "]]>\u{01}</pre>", language: "<bad lang>"))])])]),
                .codeBlock(CodeBlock(text: "")),
                .table(Table(columns: [TableColumn(weight: 0), TableColumn(weight: -1)],
                             bodyRows: [TableRow(cells: [TableCell(text: "span trop large", columnSpan: 5, rowSpan: 7)])])),
                .table(table),
            ])])
    }
}
