import CCmark
import Foundation
import DocumentTree
import XCTest
@testable import MarkdownReader

/// The block pool behind libcmark-gfm: blocks keep their bytes through growth, freed blocks are
/// reused, blocks of the system allocator pass through, and parses on several threads at once
/// each use a pool of their own.
final class CmarkBlockPoolTests: XCTestCase {
    func testBlocksKeepTheirBytesWhenTheyGrowAndFreedBlocksAreReused() {
        CmarkBlockPool.run { memory in
            let mem = memory.pointee
            var blocks: [(UnsafeMutableRawPointer, Int, UInt8)] = []
            for (index, size) in [1, 15, 16, 17, 100, 1000, 1024, 1025, 5000, 70000].enumerated() {
                guard let block = mem.calloc(1, size) else { return XCTFail("no block of \(size)") }
                XCTAssertTrue(UnsafeRawBufferPointer(start: block, count: size).allSatisfy { $0 == 0 }, "calloc zeroes \(size)")
                XCTAssertEqual(Int(bitPattern: block) % 8, 0, "aligned for pointers")
                block.initializeMemory(as: UInt8.self, repeating: UInt8(index + 1), count: size)
                blocks.append((block, size, UInt8(index + 1)))
            }
            for (block, size, value) in blocks {
                // Grow past the next class, then past the largest class.
                guard let grown = mem.realloc(block, size * 2 + 1), let again = mem.realloc(grown, size + 3000) else {
                    return XCTFail("no growth of \(size)")
                }
                XCTAssertTrue(UnsafeRawBufferPointer(start: again, count: size).allSatisfy { $0 == value }, "bytes of \(size) kept")
                mem.free(again)
            }
            let first = mem.calloc(1, 41)
            mem.free(first)
            XCTAssertEqual(mem.calloc(1, 48), first, "a freed block of the class is reused")
            XCTAssertNotNil(mem.realloc(nil, 10), "realloc of nothing allocates")
            mem.free(nil)
            // A block of the system allocator passes through.
            let system = malloc(64)
            mem.free(system)
        }
    }

    func testParsesOnSeveralThreadsAtOnceGiveTheSameTreeAsOneAlone() {
        let markdown = (1...40).map { "## Part \($0)\n\nText *\($0)* with a note.[^n\($0)]\n\n| a | b |\n|---|--:|\n| x\($0) | \($0) |\n\n[^n\($0)]: Note \($0).\n" }
            .joined(separator: "\n")
        let expected = read(markdown).document
        let results = ResultsBox(count: 8)
        DispatchQueue.concurrentPerform(iterations: 8) { index in
            results.set(index, read(markdown).document)
        }
        for index in 0..<8 { XCTAssertEqual(results.get(index), expected, "thread \(index)") }
    }
}

/// Results written from several threads, read after they are done.
private final class ResultsBox: @unchecked Sendable {
    private var values: [Document?]
    private let lock = NSLock()

    init(count: Int) { values = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ value: Document) { lock.withLock { values[index] = value } }
    func get(_ index: Int) -> Document? { lock.withLock { values[index] } }
}
