import DocumentTree

/// Documents that exercise the whole document tree, for writer, validator and rendering tests.
public enum TestCorpus {
    // MARK: Phrases

    /// Romanian, Portuguese and French text with their diacritics.
    public static let diacritics = "Învățământ și formare în România: ș ț ă â î Ș Ț Ă Â Î; "
        + "formação e certificação em Portugal: ã õ ç á ê ó; éducation à Genève : é è ê ë ç à ù ô œ."
    /// Text that breaks naive XML, CDATA and HTML escaping.
    public static let hostileText = #"Hostile: a < b && c > d, "quoted" 'single', ]]> end of CDATA, </script><script>alert("x")</script>, <!-- not a comment -->, &amp; literally."#
    /// Right-to-left text (Hebrew and Arabic) inside a left-to-right paragraph.
    public static let rightToLeftText = "שלום עולם — مرحبا بالعالم"

    /// The PNG used by the corpus figures: 8×8 teal.
    public static let png = TestImages.solidPNG()
    /// The SVG used by the corpus figures.
    public static let svg = Array(TestImages.svg.utf8)

    /// The PNG figure's image.
    public static let pngImage = Image(data: png, format: .png, altText: "A small teal square",
                                       width: .mm(20), height: .mm(20))
    /// The SVG figure's image, with a PNG fallback.
    public static let svgImage = Image(data: svg, format: .svg, pngFallback: TestImages.solidPNG(width: 16, height: 10),
                                       altText: "A disc in a frame, drawn as SVG", width: .mm(48), height: .mm(30))
    /// The inline image (in a line of text).
    public static let inlineImage = Image(data: TestImages.solidPNG(width: 4, height: 4, color: Color(red: 0x1F, green: 0x3A, blue: 0x68)),
                                          format: .png, altText: "navy dot", width: .mm(4), height: .mm(4))

    // MARK: Every node type

    /// A small document that uses every block, inline, table feature and option of the tree:
    /// metadata, two sections (A4 portrait with the house-style header and footer, A4 landscape
    /// with other margins and a custom header and a footer with page fields), a table of
    /// contents, headings 1–6, named paragraph styles and alignments, all inline kinds,
    /// footnotes, nested lists, tables with spans, shading, fixed heights and check boxes,
    /// PNG and SVG figures, an inline image, a block quote, a code block, a rule, a page break,
    /// diacritics, right-to-left and hostile text.
    public static let everyNodeType = Document(metadata: metadata, sections: [portraitSection, landscapeSection])

    /// Phrases that any rendering of `everyNodeType` (HTML text, PDF text through pdftotext)
    /// must contain; compare after folding whitespace (`PDFText.normalize`).
    public static let expectedTexts: [String] = [
        "Corpus de test",
        "Un document qui utilise chaque nœud",
        "Table des matières",
        "Texte et typographie",
        "Paragraphe aligné au centre",
        "Liens et notes",
        "Note de bas de page simple.",
        "Second paragraphe de la note.",
        "Listes imbriquées",
        "Troisième niveau, élément un",
        "Învățământ și formare în România",
        "formação e certificação em Portugal",
        "éducation à Genève",
        "a < b && c > d",
        "]]> end of CDATA",
        "</script><script>alert(\"x\")</script>",
        "Figures et images",
        "Légende de la figure PNG",
        "Légende de la figure SVG",
        "Citation et code",
        "let total = hours.reduce(0, +)",
        "Formulaire",
        "Tableaux",
        "Présence par jour",
        "Maria Ionescu",
        "Légende du tableau de présence",
        "Feuille de signature",
        "Fin du corpus.",
    ]

    static let metadata = Metadata(
        title: "Corpus de test", subtitle: "Chaque nœud de l'arbre — ș ț ă â î ã õ ç é è",
        authors: ["Ana Popescu", "João Gonçalves", "Élodie Marchand"], language: "fr", date: "2027-03-12",
        description: "Un document qui utilise chaque nœud de l'arbre, pour les tests.",
        keywords: ["test", "corpus", "ODT", "DOCX", "HTML"])

    static let teal = Color(red: 0x00, green: 0x7C, blue: 0x89)
    static let red = Color(red: 0xC0, green: 0x1C, blue: 0x28)
    static let paleYellow = Color(red: 0xFF, green: 0xF4, blue: 0xCC)
    static let paleGreen = Color(red: 0xE2, green: 0xF0, blue: 0xD9)

    // MARK: Section 1: portrait, house-style header and footer

    static let portraitSection = Section(pageSetup: .a4Portrait, header: nil, footer: nil, blocks: [
        .paragraph(Paragraph(text: "Corpus de test", style: "Title")),
        .paragraph(Paragraph(text: "Un document qui utilise chaque nœud", style: "Subtitle")),
        .tableOfContents(TableOfContents(title: "Table des matières", depth: 3)),

        .heading(Heading(level: 1, content: [.text("Texte et typographie")], id: "texte")),
        .paragraph(Paragraph([
            .text("Du texte en "), .emphasis([.text("italique")]), .text(", en "), .strong([.text("gras")]),
            .text(", "), .strong([.emphasis([.text("gras italique")])]), .text(", "),
            .strikethrough([.text("barré")]), .text(", en exposant : m"), .superscript([.text("2")]),
            .text(" et 1"), .superscript([.text("er")]), .text(", en indice : H"), .subscript([.text("2")]),
            .text("O, du code "), .code("let x = 1 < 2"), .text(", un style nommé "),
            .styled(style: "Highlight", [.text("mis en évidence")]), .text(", et un formatage direct "),
            .formatted(TextFormat(fontSize: 14, bold: true, italic: true, color: red), [.text("rouge 14 pt")]),
            .text(" puis "), .formatted(TextFormat(fontSize: 7), [.text("petit 7 pt")]), .text("."),
        ])),
        .paragraph(Paragraph(text: "Paragraphe aligné au centre.", alignment: .center)),
        .paragraph(Paragraph(text: "Paragraphe aligné à la fin.", alignment: .end)),
        .paragraph(Paragraph(text: String(repeating: "Paragraphe justifié sur plusieurs lignes pour que la justification se voie. ", count: 4), alignment: .justify)),
        .paragraph(Paragraph(text: "Paragraphe aligné au début.", alignment: .start)),
        .paragraph(Paragraph(text: "Légende isolée dans le style Caption.", style: "Caption")),
        .paragraph(Paragraph(text: "Petit texte dans le style Small.", style: "Small")),
        .paragraph(Paragraph([.text("Ce paragraphe reste avec le suivant.")], keepWithNext: true)),
        .paragraph(Paragraph([
            .text("Première ligne"), .lineBreak, .text("deuxième ligne après un saut de ligne ; 10"),
            Inline.nonBreakingSpace, .text("km et M."), Inline.nonBreakingSpace, .text("Dupont."),
        ])),

        .heading(Heading(level: 2, content: [.text("Liens et notes")])),
        .paragraph(Paragraph([
            .text("Un lien externe vers "),
            .link(Link(target: .external("https://europa.eu/europass/fr?lang=fr&view=full"), content: [.text("Europass")], title: "Europass (site officiel)")),
            .text(", un lien interne vers "),
            .link(Link(target: .internal(anchor: "tableaux"), content: [.text("la section des tableaux")])),
            .text(" et vers "),
            .link(Link(target: .internal(anchor: "texte"), content: [.emphasis([.text("le début")])])),
            .text(". Une note"),
            .footnote([.paragraph(Paragraph(text: "Note de bas de page simple."))]),
            .text(" et une note de deux paragraphes"),
            .footnote([
                .paragraph(Paragraph([.text("Premier paragraphe de la note, avec "), .strong([.text("du gras")]), .text(".")])),
                .paragraph(Paragraph(text: "Second paragraphe de la note.")),
            ]),
            .text("."),
        ])),

        .heading(Heading(level: 3, content: [.text("Diacritiques et écritures")])),
        .paragraph(Paragraph(text: diacritics)),
        .heading(Heading(level: 4, content: [.text("Texte de droite à gauche")])),
        .paragraph(Paragraph([.text("Avant "), .text(rightToLeftText), .text(" après.")])),
        .heading(Heading(level: 4, content: [.text("Texte hostile <b> & ]]>")], id: "hostile")),
        .paragraph(Paragraph(text: hostileText)),
        .heading(Heading(level: 5, content: [.text("Titre de niveau 5")], inTableOfContents: false)),
        .heading(Heading(level: 6, content: [.text("Titre de niveau 6")])),

        .heading(Heading(level: 2, content: [.text("Listes imbriquées")])),
        .list(List(kind: .ordered(start: 3), items: [
            [.paragraph(Paragraph(text: "Premier niveau, élément trois"))],
            [
                .paragraph(Paragraph(text: "Premier niveau, élément quatre")),
                .list(List(kind: .bullet, items: [
                    [.paragraph(Paragraph(text: "Deuxième niveau, puce un"))],
                    [
                        .paragraph(Paragraph(text: "Deuxième niveau, puce deux")),
                        .list(List(kind: .ordered(start: 1), items: [
                            [.paragraph(Paragraph(text: "Troisième niveau, élément un"))],
                            [.paragraph(Paragraph([.text("Troisième niveau, élément deux avec "), .code("code")]))],
                        ])),
                    ],
                ])),
            ],
            [.paragraph(Paragraph(text: "Premier niveau, élément cinq"))],
        ])),
        .list(List(kind: .bullet, items: [
            [.paragraph(Paragraph(text: "Liste à puces lâche, premier élément.")),
             .paragraph(Paragraph(text: "Avec un second paragraphe dans l'élément."))],
            [.paragraph(Paragraph(text: "Second élément."))],
        ], isTight: false)),

        .heading(Heading(level: 2, content: [.text("Figures et images")])),
        .figure(Figure(image: pngImage, caption: [.text("Légende de la figure PNG")], alignment: .center)),
        .figure(Figure(image: svgImage, caption: [.text("Légende de la figure SVG, avec "), .emphasis([.text("italique")])], alignment: .start)),
        .figure(Figure(image: pngImage, caption: [], alignment: .end)),
        .paragraph(Paragraph([.text("Une image dans la ligne "), .image(inlineImage), .text(" au milieu du texte.")])),

        .heading(Heading(level: 2, content: [.text("Citation et code")])),
        .blockQuote([
            .paragraph(Paragraph(text: "« La reconnaissance des acquis rend visibles les apprentissages. »")),
            .list(List(kind: .bullet, items: [[.paragraph(Paragraph(text: "Une liste dans la citation"))]])),
        ]),
        .codeBlock(CodeBlock(text: """
            // Somme des heures <total> & ]]>
            let total = hours.reduce(0, +)
                if total > 40 {
                    print("trop")
                }

            fin
            """, language: "swift")),
        .codeBlock(CodeBlock(text: "sans langage\tavec tabulation")),
        .horizontalRule,
        .paragraph(Paragraph(text: "Après la ligne horizontale.")),
        .pageBreak,

        .heading(Heading(level: 2, content: [.text("Formulaire")])),
        .paragraph(Paragraph([.checkbox(checked: true), .text(" J'ai suivi la formation. "),
                              .checkbox(checked: false), .text(" Je souhaite un certificat papier.")])),
    ])

    // MARK: Section 2: landscape, other margins, custom header and footer with page fields

    static let landscapeSection = Section(
        pageSetup: PageSetup.a4Landscape.with(margins: Margins(top: .mm(15), bottom: .mm(15), left: .mm(20), right: .mm(20))),
        header: RunningContent(blocks: [.paragraph(Paragraph([.text("En-tête personnalisé — "), .emphasis([.text("Corpus de test")])], style: "Header", alignment: .end))]),
        footer: RunningContent(blocks: [
            .paragraph(Paragraph(text: "Pied de page personnalisé", style: "Footer")),
            .paragraph(Paragraph([.text("Page "), .field(.pageNumber), .text(" sur "), .field(.pageCount)], style: "Footer", alignment: .center)),
        ]),
        blocks: [
            .heading(Heading(level: 1, content: [.text("Tableaux")], id: "tableaux")),
            .table(attendanceTable),
            .heading(Heading(level: 2, content: [.text("Feuille de signature")])),
            .table(signatureTable),
            .paragraph(Paragraph(text: "Fin du corpus.", alignment: .start)),
        ])

    /// Two header rows, column weights and alignments, column and row spans in the header and
    /// the body, shading, vertical alignment, check boxes, a cell with several blocks, a caption.
    static let attendanceTable = Table(
        columns: [TableColumn(weight: 3), TableColumn(weight: 1, alignment: .center),
                  TableColumn(weight: 1, alignment: .center), TableColumn(weight: 2, alignment: .end)],
        headerRows: [
            TableRow(cells: [
                TableCell(text: "Participant", rowSpan: 2),
                TableCell(text: "Présence par jour", columnSpan: 2),
                TableCell(text: "Heures", rowSpan: 2),
            ]),
            TableRow(cells: [TableCell(text: "Jour 1"), TableCell(text: "Jour 2")]),
        ],
        bodyRows: [
            TableRow(cells: [
                TableCell(text: "Maria Ionescu"),
                TableCell(blocks: [.paragraph(Paragraph([.checkbox(checked: true)]))], verticalAlignment: .middle),
                TableCell(blocks: [.paragraph(Paragraph([.checkbox(checked: false)]))], verticalAlignment: .middle),
                TableCell(text: "7,5"),
            ]),
            TableRow(cells: [
                TableCell(text: "Gonçalo Araújo", rowSpan: 2, shading: paleYellow),
                TableCell(text: "Excusé les deux jours", columnSpan: 2, shading: paleGreen),
                TableCell(text: "0"),
            ]),
            TableRow(cells: [
                TableCell(blocks: [.paragraph(Paragraph([.emphasis([.text("Rattrapage en ligne")])]))], columnSpan: 2, verticalAlignment: .bottom),
                TableCell(text: "3"),
            ]),
            TableRow(cells: [
                TableCell(blocks: [
                    .paragraph(Paragraph(text: "Ștefan Țurcanu")),
                    .list(List(kind: .bullet, items: [[.paragraph(Paragraph(text: "tuteur"))], [.paragraph(Paragraph(text: "observateur"))]])),
                ]),
                TableCell(text: "✓"),
                TableCell(text: "✓"),
                TableCell(blocks: [.paragraph(Paragraph([.strong([.text("15")])], alignment: .end))], shading: teal, verticalAlignment: .bottom),
            ], height: nil),
        ],
        caption: [.text("Légende du tableau de présence")])

    /// A form: empty cells of fixed height to write and sign in.
    static let signatureTable = Table(
        columns: [TableColumn(weight: 3), TableColumn(weight: 2), TableColumn(weight: 3)],
        headerRows: [TableRow(cells: [TableCell(text: "Nom"), TableCell(text: "Date"), TableCell(text: "Signature")])],
        bodyRows: (1...3).map { _ in
            TableRow(cells: [TableCell(blocks: []), TableCell(blocks: []), TableCell(blocks: [], verticalAlignment: .bottom)], height: .mm(14))
        },
        caption: [])
}
