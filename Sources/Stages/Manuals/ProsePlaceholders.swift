import Foundation
import DocumentTree

/// Replaces a prose paragraph that is only a placeholder — `{{figure:framework}}`,
/// `{{table:coverage}}`, `{{table:units-competences}}` — with the figure or table made from the
/// data, so the staff can place them inside their text. Unknown placeholders stay as written, so
/// a typo shows in the output instead of vanishing.
struct ProsePlaceholders: Sendable {
    let context: ManualContext

    /// The placeholder names this manual's prose may use.
    static let names = ["figure:framework", "table:coverage", "table:units-competences"]

    func apply(to blocks: [Block]) -> [Block] {
        blocks.map { block in
            guard case .paragraph(let paragraph) = block, let name = Self.placeholder(in: paragraph.content.plainText),
                  let replacement = self.block(named: name) else { return block }
            return replacement
        }
    }

    /// `figure:framework` for a paragraph reading `{{figure:framework}}`, else nil.
    static func placeholder(in text: String) -> String? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard trimmed.hasPrefix("{{"), trimmed.hasSuffix("}}"), trimmed.count > 4 else { return nil }
        return String(trimmed.dropFirst(2).dropLast(2)).trimmingCharacters(in: .whitespaces)
    }

    private func block(named name: String) -> Block? {
        switch name {
        case "figure:framework": FrameworkFigure(context: context).block()
        case "table:coverage": Self.firstTable(in: CoverageMatrix(context: context).blocks())
        case "table:units-competences": Self.firstTable(in: UnitCompetenceMatrix(context: context).blocks())
        default: nil
        }
    }

    private static func firstTable(in blocks: [Block]) -> Block? {
        blocks.first { if case .table = $0 { true } else { false } }
    }
}
