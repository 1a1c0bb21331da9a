import Yams

extension Node {
    /// The same tree with every tag resolved once, for decoding.
    ///
    /// Yams resolves an implicit tag by running the default resolver's regular expressions, and its
    /// decoder looks every key up by building a new implicit-tagged node that is resolved again:
    /// decoding the project's 5 KB style file ran about 7 000 regular-expression matches (85 M
    /// instructions, more than writing a 60-page ODT). Here each node keeps the tag the default
    /// resolver gives it, and carries the basic resolver (no rules: plain strings), so a key lookup
    /// costs a string comparison. Values decode exactly as before (`true` is still a bool, `12` an
    /// int); keys are tagged as strings, which is how the decoder looks them up.
    var withTagsResolved: Node {
        // `Node.tag` resolves the tag; its description is the resolved name (`tag:yaml.org,2002:int`).
        let resolved = Tag(Tag.Name(rawValue: self.tag.description), .basic, .default)
        switch self {
        case .scalar(let scalar):
            return .scalar(Node.Scalar(scalar.string, resolved, scalar.style, scalar.mark))
        case .mapping(let mapping):
            // Keys get the string tag: the decoder looks them up by their text, as strings.
            let pairs = mapping.map { pair -> (Node, Node) in
                let key: Node = pair.key.scalar.map { .scalar(Node.Scalar($0.string, Tag(.str, .basic, .default), $0.style, $0.mark)) }
                    ?? pair.key.withTagsResolved
                return (key, pair.value.withTagsResolved)
            }
            return .mapping(Node.Mapping(pairs, resolved, mapping.style, mapping.mark))
        case .sequence(let sequence):
            return .sequence(Node.Sequence(sequence.map(\.withTagsResolved), resolved, sequence.style, sequence.mark))
        case .alias:
            return self
        }
    }
}
