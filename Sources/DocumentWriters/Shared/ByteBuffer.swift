#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A growable buffer of bytes in memory of its own (`malloc`/`realloc`), for the XML writer:
/// appending is a capacity test and a copy, without the uniqueness check and generic
/// sequence handling of `Array.append(contentsOf:)` (about 6 % of converting a large DOCX,
/// whose body is millions of appends of a few bytes). Growing a large buffer with `realloc`
/// moves pages instead of copying them, and never holds the old and the new block at once.
///
/// Not copyable, so the memory has one owner and is freed once, when the buffer ends.
struct ByteBuffer: ~Copyable {
    private var base: UnsafeMutablePointer<UInt8>
    private(set) var count = 0
    private var capacity: Int

    init(capacity: Int) {
        self.capacity = max(capacity, 16)
        guard let memory = malloc(self.capacity) else { fatalError("ByteBuffer: out of memory") }
        base = memory.assumingMemoryBound(to: UInt8.self)
    }

    @inline(__always)
    mutating func append(_ byte: UInt8) {
        if count == capacity { grow(toAtLeast: count + 1) }
        base[count] = byte
        count += 1
    }

    @inline(__always)
    mutating func append(contentsOf source: UnsafeBufferPointer<UInt8>) {
        guard let start = source.baseAddress, source.count > 0 else { return }
        if count + source.count > capacity { grow(toAtLeast: count + source.count) }
        (base + count).update(from: start, count: source.count)
        count += source.count
    }

    mutating func append(contentsOf bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { append(contentsOf: $0) }
    }

    /// For sequences without contiguous storage (a bridged string's UTF-8).
    mutating func append(contentsOf sequence: some Sequence<UInt8>) {
        for byte in sequence { append(byte) }
    }

    /// The decimal digits of `number`, with `-` when negative: what `String(number)` writes.
    mutating func appendDecimal(_ number: Int) {
        if count + 21 > capacity { grow(toAtLeast: count + 21) }
        if number < 0 {
            base[count] = 0x2D
            count += 1
        }
        var magnitude = number.magnitude
        var digits = 1
        var probe = magnitude
        while probe >= 10 {
            probe /= 10
            digits += 1
        }
        var position = count + digits
        count = position
        repeat {
            position -= 1
            base[position] = 0x30 + UInt8(magnitude % 10)
            magnitude /= 10
        } while magnitude > 0
    }

    /// A copy of the bytes.
    func array() -> [UInt8] {
        Array(UnsafeBufferPointer(start: base, count: count))
    }

    deinit {
        free(base)
    }

    private mutating func grow(toAtLeast minimum: Int) {
        var newCapacity = capacity
        while newCapacity < minimum { newCapacity *= 2 }
        guard let memory = realloc(base, newCapacity) else { fatalError("ByteBuffer: out of memory") }
        base = memory.assumingMemoryBound(to: UInt8.self)
        capacity = newCapacity
    }
}
