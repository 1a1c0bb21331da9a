/// Recognises PNG and SVG files and reads their natural size, so an image can be placed on the
/// page at the size its file says (PNG: IHDR and pHYs; SVG: `width`/`height` or `viewBox`).
public enum ImageProbe {
    /// PNG when the bytes start with the PNG signature, SVG when an `<svg` element appears near the
    /// start; nil for anything else.
    public static func format(of data: [UInt8]) -> Image.Format? {
        if data.starts(with: pngSignature) { return .png }
        let head = String(decoding: data.prefix(4096), as: UTF8.self)
        if head.contains("<svg") { return .svg }
        return nil
    }

    /// The size the file asks to be shown at; nil when the file does not say or cannot be read.
    ///
    /// PNG pixels count at 96 per inch unless a `pHYs` chunk gives the resolution; SVG lengths
    /// without a unit, and `viewBox` sizes, are CSS pixels (96 per inch).
    public static func naturalSize(of data: [UInt8], format: Image.Format) -> (width: Length, height: Length)? {
        switch format {
        case .png: return pngSize(data)
        case .svg: return svgSize(String(decoding: data, as: UTF8.self))
        }
    }

    /// The natural size scaled down (never up) so the width fits in `maxWidth`, keeping the aspect ratio.
    public static func fitting(_ size: (width: Length, height: Length), maxWidth: Length) -> (width: Length, height: Length) {
        guard size.width > maxWidth, size.width.millimetres > 0 else { return size }
        let scale = maxWidth.millimetres / size.width.millimetres
        return (maxWidth, .mm(size.height.millimetres * scale))
    }

    private static let pngSignature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]

    private static func bigEndian32(_ data: [UInt8], at offset: Int) -> UInt32? {
        guard offset >= 0, offset + 4 <= data.count else { return nil }
        return data[offset..<offset + 4].reduce(0) { $0 << 8 | UInt32($1) }
    }

    private static func pngSize(_ data: [UInt8]) -> (width: Length, height: Length)? {
        // Signature (8), IHDR length (4), "IHDR" (4), width (4), height (4).
        guard data.count >= 24, let width = bigEndian32(data, at: 16), let height = bigEndian32(data, at: 20),
              width > 0, height > 0 else { return nil }
        var pixelsPerMillimetreX = 96 / 25.4
        var pixelsPerMillimetreY = 96 / 25.4
        var offset = 8
        while let length = bigEndian32(data, at: offset), offset + 12 + Int(length) <= data.count {
            let type = String(decoding: data[offset + 4..<offset + 8], as: UTF8.self)
            if type == "pHYs", length == 9, data[offset + 16] == 1,
               let x = bigEndian32(data, at: offset + 8), let y = bigEndian32(data, at: offset + 12), x > 0, y > 0 {
                pixelsPerMillimetreX = Double(x) / 1000
                pixelsPerMillimetreY = Double(y) / 1000
                break
            }
            if type == "IDAT" || type == "IEND" { break }
            offset += 12 + Int(length)
        }
        return (.mm(Double(width) / pixelsPerMillimetreX), .mm(Double(height) / pixelsPerMillimetreY))
    }

    private static func svgSize(_ text: String) -> (width: Length, height: Length)? {
        guard let start = text.firstRange(of: "<svg") else { return nil }
        let tagEnd = text[start.upperBound...].firstIndex(of: ">") ?? text.endIndex
        let tag = String(text[start.upperBound..<tagEnd])
        let width = attribute("width", in: tag).flatMap(svgLength)
        let height = attribute("height", in: tag).flatMap(svgLength)
        let viewBox = attribute("viewBox", in: tag).map { box in
            box.split(whereSeparator: { $0 == " " || $0 == "," }).compactMap { Double($0) }
        }
        let boxSize: (Double, Double)? = viewBox.flatMap { $0.count == 4 && $0[2] > 0 && $0[3] > 0 ? ($0[2], $0[3]) : nil }
        switch (width, height, boxSize) {
        case let (width?, height?, _):
            return (width, height)
        case let (width?, nil, (boxWidth, boxHeight)?):
            return (width, .mm(width.millimetres * boxHeight / boxWidth))
        case let (nil, height?, (boxWidth, boxHeight)?):
            return (.mm(height.millimetres * boxWidth / boxHeight), height)
        case let (nil, nil, (boxWidth, boxHeight)?):
            return (Length.mm(boxWidth * 25.4 / 96), Length.mm(boxHeight * 25.4 / 96))
        default:
            return nil
        }
    }

    private static func attribute(_ name: String, in tag: String) -> String? {
        var rest = Substring(tag)
        while let range = rest.firstRange(of: name) {
            let before = range.lowerBound == rest.startIndex ? " " : rest[rest.index(before: range.lowerBound)]
            var after = rest[range.upperBound...].drop(while: { $0 == " " })
            if before.isWhitespace, after.first == "=" {
                after = after.dropFirst().drop(while: { $0 == " " })
                guard let quote = after.first, quote == "\"" || quote == "'" else { return nil }
                let value = after.dropFirst().prefix(while: { $0 != quote })
                return String(value)
            }
            rest = rest[range.upperBound...]
        }
        return nil
    }

    /// An SVG length: a number with an optional unit (`px`, `mm`, `cm`, `in`, `pt`, `pc`); percentages are unknown.
    private static func svgLength(_ text: String) -> Length? {
        let trimmed = text.strippingEdges(of: " \t\n")
        let units: [(String, Double)] = [("px", 25.4 / 96), ("mm", 1), ("cm", 10), ("in", 25.4), ("pt", 25.4 / 72), ("pc", 25.4 / 6)]
        for (unit, millimetres) in units where trimmed.hasSuffix(unit) {
            guard let value = Double(trimmed.dropLast(unit.count)), value > 0 else { return nil }
            return .mm(value * millimetres)
        }
        guard let value = Double(trimmed), value > 0 else { return nil }
        return .mm(value * 25.4 / 96)
    }
}

extension String {
    fileprivate func strippingEdges(of set: String) -> String {
        let characters = Set(set)
        return String(drop(while: { characters.contains($0) }).reversed().drop(while: { characters.contains($0) }).reversed())
    }
}
