import DocumentTree

/// The font size of a name on a badge: the style's size when the name fits on one line, smaller
/// for long names so that the name fits on at most two lines of the badge's width.
///
/// Widths are estimated from the number of characters: a bold sans-serif character is at most
/// `averageCharacterWidth` em wide on average (Liberation Sans Bold mixed case is about 0.55 em;
/// 0.62 leaves room for capitals and wide letters). The
/// name is split at the space that best balances two lines; a line breaker that fills lines
/// greedily (at spaces and hyphens) then needs no more than two lines at that size, though it
/// may split them elsewhere (`Maria-Magdalena Constantinescu-` / `Rădulescu`).
enum BadgeNameSize {
    static let averageCharacterWidth = 0.62
    static let minimum = 9.0

    /// - Parameters:
    ///   - name: the name as printed.
    ///   - maximum: the badge name style's size in points.
    ///   - lineWidth: the width available for the name.
    static func points(for name: String, maximum: Double, lineWidth: Length) -> Double {
        let longest = Double(max(1, longestLine(of: name)))
        let fitting = lineWidth.points / (averageCharacterWidth * longest)
        let size = min(maximum, fitting)
        return max(minimum, (size * 2).rounded(.down) / 2)
    }

    /// Characters in the longer line when the name is printed on one line (if short) or split at
    /// the space that makes the two lines most even.
    static func longestLine(of name: String) -> Int {
        let characters = Array(name)
        var best = characters.count
        for (index, character) in characters.enumerated() where character == " " {
            best = min(best, max(index, characters.count - index - 1))
        }
        return best
    }
}
