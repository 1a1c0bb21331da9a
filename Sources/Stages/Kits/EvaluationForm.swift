import DocumentTree
import ProjectModel

/// The evaluation form: the activity's questions in the kit's language, Likert statements as a
/// table of five check boxes, yes/no questions with two boxes, and free-text questions with an
/// empty box of fixed height to write in.
struct EvaluationForm {
    let facts: KitFacts

    static let answerBoxHeight = Length.mm(38)

    func document() -> Document {
        let words = facts.words
        var blocks = facts.titleBlocks(words.label("evaluation"))
        blocks.append(.paragraph(Paragraph(text: words.label("anonymous"), style: "Small")))
        let questions = facts.activity.evaluation
        let likert = questions.filter { $0.kind == .likert }
        if !likert.isEmpty {
            blocks.append(.paragraph(Paragraph(text: words.label("likertIntro"), style: "FormLabel")))
            blocks.append(.table(likertTable(likert)))
        }
        for question in questions where question.kind == .yesNo {
            blocks.append(.paragraph(Paragraph(text: words.text(question.text), style: "FormLabel")))
            blocks.append(.paragraph(Paragraph([.checkbox(checked: false), .text(" " + words.common("yes") + "      "),
                                                .checkbox(checked: false), .text(" " + words.common("no"))])))
        }
        for question in questions where question.kind == .text {
            blocks.append(.paragraph(Paragraph([.text(words.text(question.text))], style: "FormLabel", keepWithNext: true)))
            blocks.append(.table(Table(columns: [TableColumn()],
                                       bodyRows: [TableRow(cells: [TableCell(blocks: [], shading: .white)], height: Self.answerBoxHeight)])))
        }
        return Document(metadata: facts.metadata(words.label("evaluation")),
                        sections: [Section(pageSetup: facts.style.page, footer: facts.pageFooter, blocks: blocks)])
    }

    private func likertTable(_ questions: [EvaluationQuestion]) -> Table {
        let words = facts.words
        let header = TableRow(cells: [TableCell(text: words.label("statement"))] + (1...5).map { TableCell(text: String($0)) })
        let rows = questions.map { question in
            TableRow(cells: [TableCell(blocks: [.paragraph(Paragraph(text: words.text(question.text)))], verticalAlignment: .middle)]
                + (1...5).map { _ in TableCell(blocks: [.paragraph(Paragraph([.checkbox(checked: false)]))], verticalAlignment: .middle) },
                     height: .mm(12))
        }
        return Table(columns: [TableColumn(weight: 8)] + Array(repeating: TableColumn(weight: 0.9, alignment: .center), count: 5),
                     headerRows: [header], bodyRows: rows)
    }
}
