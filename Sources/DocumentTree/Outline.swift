/// One entry of a table of contents.
public struct OutlineEntry: Sendable, Hashable {
    public var level: Int
    public var title: [Inline]
    public var anchor: String
}

extension Document {
    /// The headings listed in a table of contents, in order, down to `depth`.
    ///
    /// Call on a document that went through `withHeadingIDs()`; headings without an id are skipped.
    public func outline(depth: Int) -> [OutlineEntry] {
        var entries: [OutlineEntry] = []
        func visit(_ blocks: [Block]) {
            for block in blocks {
                switch block {
                case .heading(let heading) where heading.inTableOfContents && heading.level <= depth:
                    if let id = heading.id { entries.append(OutlineEntry(level: heading.level, title: heading.content, anchor: id)) }
                case .blockQuote(let inner): visit(inner)
                default: break
                }
            }
        }
        for section in sections { visit(section.blocks) }
        return entries
    }

    /// The same document with an id on every heading: ids already given are kept, the others are
    /// derived from the heading text (`learning-outcomes`, then `learning-outcomes-2`…), so the
    /// same tree always gets the same anchors.
    public func withHeadingIDs() -> Document {
        // Every writer calls this on a document the reader already gave ids to: then there is
        // nothing to assign, and the tree is returned as it is instead of rebuilt.
        func lacksID(_ blocks: [Block]) -> Bool {
            blocks.contains { block in
                switch block {
                case .heading(let heading): heading.id == nil
                case .blockQuote(let inner): lacksID(inner)
                default: false
                }
            }
        }
        guard sections.contains(where: { lacksID($0.blocks) }) else { return self }
        var used = Set<String>()
        func collect(_ blocks: [Block]) {
            for block in blocks {
                if case .heading(let heading) = block, let id = heading.id { used.insert(id) }
                if case .blockQuote(let inner) = block { collect(inner) }
            }
        }
        sections.forEach { collect($0.blocks) }
        func assign(_ blocks: [Block]) -> [Block] {
            blocks.map { block in
                switch block {
                case .heading(var heading) where heading.id == nil:
                    let base = AnchorID.slug(heading.content.plainText)
                    var candidate = base
                    var counter = 2
                    while used.contains(candidate) {
                        candidate = "\(base)-\(counter)"
                        counter += 1
                    }
                    used.insert(candidate)
                    heading.id = candidate
                    return .heading(heading)
                case .blockQuote(let inner):
                    return .blockQuote(assign(inner))
                default:
                    return block
                }
            }
        }
        var copy = self
        copy.sections = sections.map { section in
            var section = section
            section.blocks = assign(section.blocks)
            return section
        }
        return copy
    }
}

/// Anchor ids that every format accepts (XML NCName-safe, URL-fragment-safe).
public enum AnchorID {
    /// Lower-case ASCII letters and digits joined by `-`, starting with a letter
    /// (`"2.3 Managing, protecting"` → `"s-2-3-managing-protecting"`).
    public static func slug(_ text: String) -> String {
        var result = ""
        var pendingDash = false
        for scalar in text.decomposedLatin.unicodeScalars {
            if scalar.isASCII, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                if pendingDash, !result.isEmpty { result.append("-") }
                pendingDash = false
                result.unicodeScalars.append(scalar)
            } else if scalar.properties.generalCategory == .nonspacingMark {
                continue
            } else {
                pendingDash = true
            }
        }
        result = result.lowercased()
        if result.isEmpty { return "section" }
        if let first = result.first, !first.isLetter { result = "s-" + result }
        return String(result.prefix(80))
    }
}

extension String {
    /// Canonical decomposition, so `é` becomes `e` plus a combining accent that `slug` drops.
    fileprivate var decomposedLatin: String { decomposedStringWithCanonicalMappingPortable }

    private var decomposedStringWithCanonicalMappingPortable: String {
        // Foundation-free canonical decomposition through Unicode scalar properties is not
        // available in the standard library; map the Latin letters used in the five languages.
        var out = String.UnicodeScalarView()
        for scalar in unicodeScalars {
            if let base = latinBase[scalar] { out.append(base) } else { out.append(scalar) }
        }
        return String(out)
    }
}

private let latinBase: [Unicode.Scalar: Unicode.Scalar] = {
    let pairs: [(String, Character)] = [
        ("àáâãäåāăą", "a"), ("ÀÁÂÃÄÅĀĂĄ", "A"), ("çćč", "c"), ("ÇĆČ", "C"), ("èéêëēęě", "e"),
        ("ÈÉÊËĒĘĚ", "E"), ("ìíîïī", "i"), ("ÌÍÎÏĪ", "I"), ("ñń", "n"), ("ÑŃ", "N"), ("òóôõöøō", "o"),
        ("ÒÓÔÕÖØŌ", "O"), ("ùúûüū", "u"), ("ÙÚÛÜŪ", "U"), ("șşś", "s"), ("ȘŞŚ", "S"), ("țţ", "t"),
        ("ȚŢ", "T"), ("ýÿ", "y"), ("Ý", "Y"), ("žźż", "z"), ("ŽŹŻ", "Z"), ("ł", "l"), ("Ł", "L"),
    ]
    var map: [Unicode.Scalar: Unicode.Scalar] = [:]
    for (letters, base) in pairs {
        for letter in letters.unicodeScalars { map[letter] = base.unicodeScalars.first }
    }
    return map
}()

extension Array where Element == Inline {
    /// The text a reader sees, without formatting; footnotes left out.
    public var plainText: String {
        var result = ""
        for inline in self {
            switch inline {
            case .text(let text), .code(let text): result += text
            case .emphasis(let inner), .strong(let inner), .strikethrough(let inner),
                 .superscript(let inner), .subscript(let inner), .styled(_, let inner), .formatted(_, let inner):
                result += inner.plainText
            case .link(let link): result += link.content.plainText
            case .lineBreak: result += "\n"
            case .checkbox(let checked): result += checked ? "☒" : "☐"
            case .footnote, .image, .field: break
            }
        }
        return result
    }
}

extension Array where Element == Block {
    /// The text of the blocks, one line per paragraph, heading or cell.
    public var plainText: String {
        var lines: [String] = []
        for block in self {
            switch block {
            case .heading(let heading): lines.append(heading.content.plainText)
            case .paragraph(let paragraph): lines.append(paragraph.content.plainText)
            case .list(let list): list.items.forEach { lines.append($0.plainText) }
            case .table(let table):
                for row in table.headerRows + table.bodyRows { row.cells.forEach { lines.append($0.blocks.plainText) } }
            case .figure(let figure): lines.append(figure.caption.plainText)
            case .blockQuote(let inner): lines.append(inner.plainText)
            case .codeBlock(let code): lines.append(code.text)
            case .tableOfContents, .horizontalRule, .pageBreak: break
            }
        }
        return lines.filter { !$0.isEmpty }.joined(separator: "\n")
    }
}
