/// A length on the page, kept in millimetres, with the units each format wants.
public struct Length: Sendable, Hashable, Comparable, Codable {
    public var millimetres: Double
    public init(millimetres: Double) { self.millimetres = millimetres }
    public static func mm(_ value: Double) -> Length { Length(millimetres: value) }
    public static func cm(_ value: Double) -> Length { Length(millimetres: value * 10) }
    public static func pt(_ value: Double) -> Length { Length(millimetres: value * 25.4 / 72) }

    public var centimetres: Double { millimetres / 10 }
    public var points: Double { millimetres * 72 / 25.4 }
    /// Twentieths of a point, the unit of most DOCX lengths.
    public var twips: Int { Int((millimetres * 1440 / 25.4).rounded()) }
    /// English Metric Units, the unit of DrawingML sizes.
    public var emus: Int { Int((millimetres * 36_000).rounded()) }
    /// CSS pixels at 96 per inch.
    public var cssPixels: Double { millimetres * 96 / 25.4 }

    public static func < (lhs: Length, rhs: Length) -> Bool { lhs.millimetres < rhs.millimetres }
    public static func + (lhs: Length, rhs: Length) -> Length { .mm(lhs.millimetres + rhs.millimetres) }
    public static func - (lhs: Length, rhs: Length) -> Length { .mm(lhs.millimetres - rhs.millimetres) }

    public init(from decoder: any Decoder) throws {
        millimetres = try decoder.singleValueContainer().decode(Double.self)
    }
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(millimetres)
    }
}

/// Paper size, orientation and margins of a section.
public struct PageSetup: Sendable, Hashable, Codable {
    public enum Orientation: String, Sendable, Hashable, Codable { case portrait, landscape }
    /// Width and height of the sheet as it is printed (already swapped for landscape).
    public var width: Length
    public var height: Length
    public var orientation: Orientation
    public var margins: Margins

    public init(width: Length, height: Length, orientation: Orientation, margins: Margins) {
        self.width = width
        self.height = height
        self.orientation = orientation
        self.margins = margins
    }

    public static let a4Portrait = PageSetup(width: .mm(210), height: .mm(297), orientation: .portrait, margins: .standard)
    public static let a4Landscape = PageSetup(width: .mm(297), height: .mm(210), orientation: .landscape, margins: .standard)

    /// The width between the margins.
    public var textWidth: Length { width - margins.left - margins.right }
    /// The height between the margins.
    public var textHeight: Length { height - margins.top - margins.bottom }

    /// The same page setup with other margins.
    public func with(margins: Margins) -> PageSetup {
        var copy = self
        copy.margins = margins
        return copy
    }
}

public struct Margins: Sendable, Hashable, Codable {
    public var top: Length
    public var bottom: Length
    public var left: Length
    public var right: Length
    public init(top: Length, bottom: Length, left: Length, right: Length) {
        self.top = top
        self.bottom = bottom
        self.left = left
        self.right = right
    }
    public static func all(_ length: Length) -> Margins { Margins(top: length, bottom: length, left: length, right: length) }
    public static let standard = Margins(top: .mm(25), bottom: .mm(22), left: .mm(22), right: .mm(22))
}

/// An sRGB colour, written `#1F4E79` in the house style.
public struct Color: Sendable, Hashable, Codable, CustomStringConvertible {
    public var red: UInt8
    public var green: UInt8
    public var blue: UInt8
    public init(red: UInt8, green: UInt8, blue: UInt8) {
        self.red = red
        self.green = green
        self.blue = blue
    }
    /// Parses `#RRGGBB` or `RRGGBB`; nil for anything else.
    public init?(hex: String) {
        let digits = hex.hasPrefix("#") ? String(hex.dropFirst()) : hex
        guard digits.count == 6, let value = UInt32(digits, radix: 16) else { return nil }
        self.init(red: UInt8(value >> 16 & 0xFF), green: UInt8(value >> 8 & 0xFF), blue: UInt8(value & 0xFF))
    }
    /// Upper-case hex digits without `#` (the DOCX form).
    public var hexDigits: String {
        let digits = Array("0123456789ABCDEF")
        return String([red >> 4, red & 15, green >> 4, green & 15, blue >> 4, blue & 15].map { digits[Int($0)] })
    }
    /// `#RRGGBB` (the ODF and CSS form).
    public var hexString: String { "#" + hexDigits }
    public var description: String { hexString }

    public static let black = Color(red: 0, green: 0, blue: 0)
    public static let white = Color(red: 255, green: 255, blue: 255)

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let color = Color(hex: text) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "'\(text)' is not a colour; write it as #RRGGBB")
        }
        self = color
    }
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(hexString)
    }
}
