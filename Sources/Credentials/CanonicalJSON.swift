/// A JSON value as the credential types build it: objects are lists of members, not
/// dictionaries, so writing one sorts a few keys instead of hashing each of them twice (into the
/// dictionary, then out of it). `bytes` are always `jsonValue.canonicalBytes`.
///
/// The keys of one object must be distinct (the builders use fixed, distinct keys).
enum CanonicalJSON: Sendable {
    /// Any JSON value, written as `JSONValue.canonicalBytes` writes it.
    case value(JSONValue)
    case array([CanonicalJSON])
    case object([(key: String, value: CanonicalJSON)])

    /// The same value as a `JSONValue`.
    var jsonValue: JSONValue {
        switch self {
        case .value(let value): return value
        case .array(let elements): return .array(elements.map(\.jsonValue))
        case .object(let members):
            var dictionary = [String: JSONValue](minimumCapacity: members.count)
            for member in members { dictionary[member.key] = member.value.jsonValue }
            return .object(dictionary)
        }
    }

    /// The canonical UTF-8 bytes: those of `jsonValue.canonicalBytes`.
    func bytes(reservingCapacity capacity: Int = 1024) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(capacity)
        write(into: &out)
        return out
    }

    // The elements are read through buffer pointers: iterating the arrays would copy (retain and
    // release) every element, which cost more than writing most of them.
    private func write(into out: inout [UInt8]) {
        switch self {
        case .value(let value): value.write(into: &out)
        case .array(let elements):
            out.append(UInt8(ascii: "["))
            elements.withUnsafeBufferPointer { elements in
                for index in elements.indices {
                    if index > 0 { out.append(UInt8(ascii: ",")) }
                    elements[index].write(into: &out)
                }
            }
            out.append(UInt8(ascii: "]"))
        case .object(let members):
            out.append(UInt8(ascii: "{"))
            // The builders list most members in key order already: then there is nothing to sort.
            let inOrder = members.withUnsafeBufferPointer { members in
                members.indices.dropFirst().allSatisfy { JSONValue.utf8Precedes(members[$0 - 1].key, members[$0].key) }
            }
            let sorted = inOrder ? members : members.sorted { JSONValue.utf8Precedes($0.key, $1.key) }
            sorted.withUnsafeBufferPointer { members in
                for index in members.indices {
                    if index > 0 { out.append(UInt8(ascii: ",")) }
                    JSONValue.writeString(members[index].key, into: &out)
                    out.append(UInt8(ascii: ":"))
                    members[index].value.write(into: &out)
                }
            }
            out.append(UInt8(ascii: "}"))
        }
    }
}

extension CanonicalJSON {
    static func string(_ text: String) -> CanonicalJSON { .value(.string(text)) }
}
