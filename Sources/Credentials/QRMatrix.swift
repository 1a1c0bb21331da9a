/// The modules of a QR code symbol, row by row, without the quiet zone.
public struct QRMatrix: Sendable, Hashable {
    /// Modules per side.
    public let size: Int
    /// The QR version (1–40).
    public let version: Int
    /// `size * size` values, true for dark modules.
    public let modules: [Bool]

    init(size: Int, version: Int, modules: [Bool]) {
        self.size = size
        self.version = version
        self.modules = modules
    }

    /// Whether the module at column `x`, row `y` is dark; false outside the symbol.
    public func isDark(x: Int, y: Int) -> Bool {
        guard x >= 0, y >= 0, x < size, y < size else { return false }
        return modules[y * size + x]
    }
}
