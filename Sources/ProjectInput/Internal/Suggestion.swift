/// "Did you mean" hints: the closest candidate by optimal-string-alignment (Damerau–Levenshtein)
/// distance, when it is close enough to be a plausible typo.
enum Suggestion {
    /// The best candidate for `word`, or `nil` when none is close.
    static func nearest(to word: String, in candidates: some Sequence<String>) -> String? {
        let target = Array(word.lowercased().unicodeScalars)
        guard !target.isEmpty else { return nil }
        let limit = max(1, min(3, target.count / 3))
        // Ties go to the longest common prefix ("2.2" suggests "2.1" before "1.2"), then alphabetical order.
        var best: (distance: Int, prefix: Int, candidate: String)?
        for candidate in candidates where candidate != word {
            let other = Array(candidate.lowercased().unicodeScalars)
            if abs(other.count - target.count) > limit { continue }
            let distance = Self.distance(target, other)
            guard distance <= limit else { continue }
            let prefix = zip(target, other).prefix { $0 == $1 }.count
            if let current = best {
                let better = distance < current.distance
                    || (distance == current.distance && prefix > current.prefix)
                    || (distance == current.distance && prefix == current.prefix && candidate < current.candidate)
                if !better { continue }
            }
            best = (distance, prefix, candidate)
        }
        return best?.candidate
    }

    /// `"; did you mean 'X'?"`, or an empty string.
    static func hint(for word: String, in candidates: some Sequence<String>) -> String {
        guard let match = nearest(to: word, in: candidates) else { return "" }
        return "; did you mean '\(match)'?"
    }

    /// Optimal string alignment distance: insertions, deletions, substitutions and adjacent swaps.
    static func distance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous2 = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    value = min(value, previous2[j - 2] + 1)
                }
                current[j] = value
            }
            previous2 = previous
            previous = current
        }
        return previous[b.count]
    }
}
