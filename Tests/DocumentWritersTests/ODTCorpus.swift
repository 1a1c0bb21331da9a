import DocumentTree

/// Documents for the ODT tests: a corpus with every node type of the tree, and small trees
/// for the golden files. (The shared corpus of TestSupport can replace `everyNodeType` later.)
enum ODTCorpus {
    static let png: [UInt8] = [
        0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52, 0x00, 0x00, 0x00, 0x18,
        0x00, 0x00, 0x00, 0x10, 0x08, 0x02, 0x00, 0x00, 0x00, 0x83, 0x46, 0x28, 0xC2, 0x00, 0x00, 0x00, 0x26, 0x49, 0x44, 0x41,
        0x54, 0x78, 0xDA, 0x63, 0x60, 0xA8, 0xE9, 0x84, 0x23, 0x79, 0xAB, 0x0C, 0x38, 0x22, 0x59, 0x7C, 0x18, 0x1B, 0x44, 0x91,
        0x66, 0x24, 0xF1, 0xE1, 0x6C, 0xD0, 0x68, 0x3A, 0x1A, 0x4D, 0x47, 0x54, 0x30, 0x08, 0x00, 0x58, 0x88, 0x54, 0x90, 0x2C,
        0xE4, 0x72, 0x28, 0x00, 0x00, 0x00, 0x00, 0x49, 0x45, 0x4E, 0x44, 0xAE, 0x42, 0x60, 0x82,
    ]

    static let svg = Array("""
        <svg xmlns="http://www.w3.org/2000/svg" width="120" height="60" viewBox="0 0 120 60">\
        <rect width="120" height="60" rx="8" fill="#1F3A68"/>\
        <circle cx="30" cy="30" r="18" fill="#007C89"/></svg>
        """.utf8)

    static let pngImage = Image(data: png, format: .png, altText: "A chequered square in navy and teal",
                                width: .mm(24), height: .mm(16))
    static let svgImage = Image(data: svg, format: .svg, pngFallback: png, altText: "The project logo: a teal circle on navy",
                                width: .mm(60), height: .mm(30))

    /// Headings, paragraphs, styles, lists, tables with spans, figures, links, notes, breaks,
    /// quotes, code, rules, check boxes, fields, a table of contents and a landscape section.
    static var everyNodeType: Document {
        let intro: [Block] = [
            .paragraph(Paragraph(text: "Manual de reconhecimento", style: "Title")),
            .paragraph(Paragraph(text: "Validação das aprendizagens não formais", style: "Subtitle")),
            .tableOfContents(TableOfContents(title: "Contents", depth: 3)),
            .pageBreak,
            .heading(Heading(level: 1, content: [.text("Introducere și context")])),
            .paragraph(Paragraph([
                .text("Formarea profesională în școală: "), .emphasis([.text("învățare")]), .text(", "),
                .strong([.text("evaluare")]), .text(", "), .strikethrough([.text("obsolete")]), .text(", x"),
                .superscript([.text("2")]), .text(" and H"), .subscript([.text("2")]), .text("O, "),
                .code("let  x = 1"), .text(". Français : élève, leçon, ça. Português: ação, coração."),
                .footnote([.paragraph(Paragraph(text: "Recommandation du Conseil du 22 mai 2017 (CEC)."))]),
            ])),
            .paragraph(Paragraph([
                .text("See "), .link(Link(target: .external("https://europa.eu/europass?a=1&b=2"), content: [.text("Europass")])),
                .text(" and the section "), .link(Link(target: .internal(anchor: "tabele-si-formulare"), content: [.text("on tables")])),
                .text("."), .lineBreak, .text("Second line "), .styled(style: "Highlight", [.text("highlighted")]),
                .text(" and "), .formatted(TextFormat(fontSize: 14, bold: true, color: Color(red: 200, green: 30, blue: 30)), [.text("big red")]),
                .footnote([.paragraph(Paragraph(text: "A second note with a link-free text."))]),
            ], alignment: .justify, keepWithNext: true)),
            .heading(Heading(level: 2, content: [.text("Listas e níveis")])),
            .list(List(kind: .bullet, items: [
                [.paragraph(Paragraph(text: "Identificação"))],
                [.paragraph(Paragraph(text: "Documentação")), .list(List(kind: .ordered(start: 3), items: [
                    [.paragraph(Paragraph(text: "Portefólio"))],
                    [.paragraph(Paragraph(text: "Entrevista"))],
                ]))],
                [.paragraph(Paragraph(text: "Avaliação e certificação"))],
            ])),
            .list(List(kind: .ordered(start: 1), items: [
                [.paragraph(Paragraph(text: "Premier point"))],
                [.paragraph(Paragraph(text: "Deuxième point"))],
            ], isTight: false)),
            .blockQuote([.paragraph(Paragraph(text: "La formation tout au long de la vie est un droit."))]),
            .codeBlock(CodeBlock(text: "deliverables build \\\n    --only seminars\n\tindented with a tab\n", language: "sh")),
            .horizontalRule,
            .figure(Figure(image: pngImage, caption: [.text("Figura 1: o padrão")])),
            .figure(Figure(image: svgImage, caption: [.text("Figure 2: the logo as SVG")], alignment: .start)),
            .paragraph(Paragraph([.text("An inline image "), .image(pngImage), .text(" inside text.")], style: "Small")),
            .paragraph(Paragraph([.text("Page "), .field(.pageNumber), .text(" of "), .field(.pageCount)], alignment: .center)),
            .heading(Heading(level: 3, content: [.text("Not listed")], inTableOfContents: false)),
            .paragraph(Paragraph(text: "مرحبا بالعالم — النص العربي من اليمين إلى اليسار")),
            .paragraph(Paragraph(text: "שלום עולם")),
        ]
        let table = Table(
            columns: [TableColumn(weight: 3), TableColumn(weight: 1, alignment: .center), TableColumn(weight: 1, alignment: .end)],
            headerRows: [TableRow(cells: [TableCell(text: "Unitate"), TableCell(text: "Ore"), TableCell(text: "ECVET")])],
            bodyRows: [
                TableRow(cells: [TableCell(text: "U1 Comunicare digitală", rowSpan: 2), TableCell(text: "12"), TableCell(text: "1")]),
                TableRow(cells: [TableCell(text: "8"), TableCell(text: "0,5")]),
                TableRow(cells: [TableCell(text: "Total (spans two columns)", columnSpan: 2, shading: Color(red: 0xFF, green: 0xF2, blue: 0xCC)),
                                 TableCell(text: "1,5")]),
                TableRow(cells: [TableCell(blocks: [.list(List(kind: .bullet, items: [[.paragraph(Paragraph(text: "in a cell"))]]))])]),
            ],
            caption: [.text("Table 1: units and hours")])
        let form = Table(
            columns: [TableColumn(weight: 1), TableColumn(weight: 2), TableColumn(weight: 1)],
            headerRows: [TableRow(cells: [TableCell(text: "Nume"), TableCell(text: "Semnătura"), TableCell(text: "Prezent")])],
            bodyRows: (1...3).map { _ in
                TableRow(cells: [TableCell(blocks: []), TableCell(blocks: []),
                                 TableCell(blocks: [.paragraph(Paragraph([.checkbox(checked: false), .text(" da  "), .checkbox(checked: true), .text(" nu")]))])],
                         height: .mm(12))
            })
        let landscape: [Block] = [
            .heading(Heading(level: 1, content: [.text("Tabele și formulare")], id: "tabele-si-formulare")),
            .table(table),
            .heading(Heading(level: 2, content: [.text("Fișă de prezență")])),
            .table(form),
        ]
        return Document(
            metadata: Metadata(title: "Manual <D4> & recunoaștere", subtitle: "Validação", authors: ["Ana Popescu", "João Silva"],
                               language: "pt-PT", date: "2027-03-12", description: "Corpus exercising every node type",
                               keywords: ["ECVET", "EQF"]),
            sections: [
                Section(blocks: intro),
                Section(pageSetup: .a4Landscape, footer: RunningContent(blocks: [
                    .paragraph(Paragraph([.text("Landscape footer — "), .field(.pageNumber)], style: "Footer", alignment: .center)),
                ]), blocks: landscape),
                Section(header: RunningContent.empty, footer: RunningContent.empty, blocks: [
                    .tableOfContents(TableOfContents(title: "Index", depth: 1)),
                    .paragraph(Paragraph(text: "Last page without header or footer.")),
                ]),
            ])
    }

    /// The house style of the corpus: the default, with a logo in the header and a funding notice.
    static var houseStyle: HouseStyle {
        var style = HouseStyle.default
        style.logo = Image(data: png, format: .png, altText: "Project logo", width: .mm(13.5), height: .mm(9))
        style.running.footer = "Co-funded by the Erasmus+ Programme of the European Union"
        return style
    }

    static let headingAndParagraph = Document(
        metadata: Metadata(title: "Small", language: "fr"),
        blocks: [
            .heading(Heading(level: 1, content: [.text("Objectifs")])),
            .paragraph(Paragraph([.text("Un paragraphe avec "), .emphasis([.text("emphase")]), .text(".")])),
        ])

    static let nestedList = Document(
        metadata: Metadata(title: "List", language: "en"),
        blocks: [
            .list(List(kind: .ordered(start: 2), items: [
                [.paragraph(Paragraph(text: "Two"))],
                [.paragraph(Paragraph(text: "Three")), .list(List(kind: .bullet, items: [[.paragraph(Paragraph(text: "Inner"))]]))],
            ])),
        ])

    static let spannedTable = Document(
        metadata: Metadata(title: "Table", language: "ro"),
        blocks: [
            .table(Table(
                columns: [TableColumn(weight: 2), TableColumn(weight: 1)],
                headerRows: [TableRow(cells: [TableCell(text: "A"), TableCell(text: "B")])],
                bodyRows: [
                    TableRow(cells: [TableCell(text: "spans two rows", rowSpan: 2), TableCell(text: "1")]),
                    TableRow(cells: [TableCell(text: "2")]),
                    TableRow(cells: [TableCell(text: "spans two columns", columnSpan: 2)]),
                ])),
        ])
}
