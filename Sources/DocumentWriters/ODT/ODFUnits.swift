import DocumentTree

/// Formats numbers and lengths for ODF attributes without Foundation, always the same way:
/// at most three decimals, no trailing zeros, a dot as decimal separator.
enum ODFUnits {
    static func number(_ value: Double) -> String {
        let scaled = (value * 1000).rounded()
        guard scaled.isFinite, abs(scaled) < 1e15 else { return "0" }
        let thousandths = Int(scaled)
        let magnitude = abs(thousandths)
        var result = thousandths < 0 ? "-" : ""
        result += String(magnitude / 1000)
        let fraction = magnitude % 1000
        if fraction != 0 {
            var digits = String(fraction)
            while digits.count < 3 { digits = "0" + digits }
            while digits.hasSuffix("0") { digits.removeLast() }
            result += "." + digits
        }
        return result
    }

    static func mm(_ length: Length) -> String { number(length.millimetres) + "mm" }
    static func mm(_ millimetres: Double) -> String { number(millimetres) + "mm" }
    static func pt(_ points: Double) -> String { number(points) + "pt" }
    static func percent(_ value: Double) -> String { number(value) + "%" }

    /// `fo:text-align` value of an alignment.
    static func textAlign(_ alignment: Alignment) -> String {
        switch alignment {
        case .start: return "start"
        case .center: return "center"
        case .end: return "end"
        case .justify: return "justify"
        }
    }
}

/// Turns house-style names into ODF style names (XML NCNames) the way LibreOffice does:
/// `Table Text` becomes `Table_20_Text`, shown to people under its original name.
enum ODFStyleName {
    static func encode(_ name: String) -> String {
        var result = ""
        for (index, scalar) in name.unicodeScalars.enumerated() {
            let isLetter = ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
            let isDigit = ("0"..."9").contains(scalar)
            if isLetter || scalar == "_" || (index > 0 && (isDigit || scalar == "-" || scalar == ".")) {
                result.unicodeScalars.append(scalar)
            } else {
                result += "_" + String(scalar.value, radix: 16) + "_"
            }
        }
        return result.isEmpty ? "_" : result
    }
}
