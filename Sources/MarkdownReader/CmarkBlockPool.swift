#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CCmark

/// The memory of one libcmark-gfm parse: its many small blocks (nodes, delimiters, string
/// buffers of cells and lines) come from size classes of 8 bytes up to 256 bytes, carved out of
/// 64 KiB chunks and kept on free lists for reuse; larger blocks come from `malloc`. glibc's
/// `calloc` and `free` for cmark were an eighth of converting a large manual; a class's free
/// list is a load and a store. A block costs what it costs glibc: its size rounded up to 8 and
/// an 8-byte header.
///
/// cmark's allocator functions get no context, so the pool of the parse running on a thread is
/// found in a thread-local slot: `CmarkBlockPool.run` installs a pool for the time of one parse
/// (every cmark object freed inside it) and returns all its chunks at the end. A block that is
/// not the pool's (its header lacks the pool's mark) is handed to the system allocator, so a
/// block cmark got elsewhere is still freed right.
enum CmarkBlockPool {
    /// Runs `body` with the allocator to give `cmark_parser_new_with_mem`. Every cmark object made
    /// with it must be freed before `body` returns.
    static func run<Result>(_ body: (UnsafeMutablePointer<cmark_mem>) -> Result) -> Result {
        let pool = PoolState.make()
        let previous = pthread_getspecific(poolKey)
        pthread_setspecific(poolKey, pool)
        defer {
            pthread_setspecific(poolKey, previous)
            PoolState.release(pool)
        }
        return body(cmarkPoolMemory)
    }

    /// Payload sizes up to this come from the size classes.
    static let largestClassSize = 256
    /// Header of every block: its payload capacity (4 bytes), then the mark (4 bytes), which
    /// falls on the high half of the size word glibc keeps before a block of its own: zero for
    /// any block below 4 GiB. Blocks are 8-byte aligned (cmark's structures hold pointers and
    /// integers, nothing wider).
    static let headerSize = 8
    static let mark: UInt32 = 0xC3A4_D17E
    /// A chunk starts with the address of the chunk before it.
    static let chunkHeaderSize = 8
    static let chunkSize = 65536
}

/// The pool's state, behind a raw pointer in the thread-local slot.
private struct PoolState {
    /// The free lists, one per class (payloads 8, 16, … 256 bytes); a free block's payload holds the next.
    var freeLists: UnsafeMutablePointer<UnsafeMutableRawPointer?>
    /// The newest chunk, and where its free space starts.
    var chunks: UnsafeMutableRawPointer?
    var bump: UnsafeMutableRawPointer?
    var remaining = 0

    static let classCount = CmarkBlockPool.largestClassSize / 8

    static func make() -> UnsafeMutablePointer<PoolState> {
        let lists = UnsafeMutablePointer<UnsafeMutableRawPointer?>.allocate(capacity: classCount)
        lists.initialize(repeating: nil, count: classCount)
        let state = UnsafeMutablePointer<PoolState>.allocate(capacity: 1)
        state.initialize(to: PoolState(freeLists: lists))
        return state
    }

    static func release(_ state: UnsafeMutablePointer<PoolState>) {
        var chunk = state.pointee.chunks
        while let current = chunk {
            chunk = current.load(as: UnsafeMutableRawPointer?.self)
            free(current)
        }
        state.pointee.freeLists.deallocate()
        state.deinitialize(count: 1)
        state.deallocate()
    }

    mutating func allocate(_ size: Int) -> UnsafeMutableRawPointer? {
        let headerSize = CmarkBlockPool.headerSize
        guard size <= CmarkBlockPool.largestClassSize else {
            guard size <= Int(UInt32.max), let base = malloc(size + headerSize) else { return nil }
            return Self.stamp(base, capacity: size)
        }
        let index = max(size - 1, 0) >> 3
        if let block = freeLists[index] {
            freeLists[index] = block.load(as: UnsafeMutableRawPointer?.self)
            return block
        }
        let capacity = (index + 1) << 3
        let total = capacity + headerSize
        if remaining < total {
            guard let chunk = malloc(CmarkBlockPool.chunkSize) else { return nil }
            chunk.storeBytes(of: chunks, as: UnsafeMutableRawPointer?.self)
            chunks = chunk
            bump = chunk + CmarkBlockPool.chunkHeaderSize
            remaining = CmarkBlockPool.chunkSize - CmarkBlockPool.chunkHeaderSize
        }
        guard let header = bump else { return nil }
        bump = header + total
        remaining -= total
        return Self.stamp(header, capacity: capacity)
    }

    /// Only for blocks with the pool's mark.
    mutating func deallocate(_ block: UnsafeMutableRawPointer, capacity: Int) {
        guard capacity <= CmarkBlockPool.largestClassSize else {
            free(block - CmarkBlockPool.headerSize)
            return
        }
        let index = (capacity >> 3) - 1
        block.storeBytes(of: freeLists[index], as: UnsafeMutableRawPointer?.self)
        freeLists[index] = block
    }

    private static func stamp(_ header: UnsafeMutableRawPointer, capacity: Int) -> UnsafeMutableRawPointer {
        header.storeBytes(of: UInt32(truncatingIfNeeded: capacity), as: UInt32.self)
        header.storeBytes(of: CmarkBlockPool.mark, toByteOffset: 4, as: UInt32.self)
        return header + CmarkBlockPool.headerSize
    }

    /// The payload capacity of a block of the pool, or nil for a block of the system allocator.
    static func capacity(of block: UnsafeMutableRawPointer) -> Int? {
        let header = block - CmarkBlockPool.headerSize
        guard header.load(fromByteOffset: 4, as: UInt32.self) == CmarkBlockPool.mark else { return nil }
        return Int(header.load(as: UInt32.self))
    }
}

private let poolKey: pthread_key_t = {
    var key = pthread_key_t()
    pthread_key_create(&key, nil)
    return key
}()

private func currentPool() -> UnsafeMutablePointer<PoolState>? {
    pthread_getspecific(poolKey)?.assumingMemoryBound(to: PoolState.self)
}

private func poolCalloc(_ count: Int, _ size: Int) -> UnsafeMutableRawPointer? {
    let (total, overflow) = count.multipliedReportingOverflow(by: size)
    guard !overflow else { return nil }
    guard let pool = currentPool() else { return calloc(count, size) }
    guard let block = pool.pointee.allocate(total) else { return nil }
    block.initializeMemory(as: UInt8.self, repeating: 0, count: total)
    return block
}

private func poolRealloc(_ block: UnsafeMutableRawPointer?, _ size: Int) -> UnsafeMutableRawPointer? {
    guard let block else { return currentPool().map { $0.pointee.allocate(size) } ?? malloc(size) }
    guard let capacity = PoolState.capacity(of: block) else { return realloc(block, size) }
    if size <= capacity { return block }
    if capacity > CmarkBlockPool.largestClassSize {
        // A large block grows where it is, as `realloc` can move pages instead of copying them.
        guard size <= Int(UInt32.max), let base = realloc(block - CmarkBlockPool.headerSize, size + CmarkBlockPool.headerSize) else { return nil }
        base.storeBytes(of: UInt32(size), as: UInt32.self)
        return base + CmarkBlockPool.headerSize
    }
    guard let pool = currentPool(), let grown = pool.pointee.allocate(size) else { return nil }
    grown.copyMemory(from: block, byteCount: capacity)
    pool.pointee.deallocate(block, capacity: capacity)
    return grown
}

private func poolFree(_ block: UnsafeMutableRawPointer?) {
    guard let block else { return }
    guard let capacity = PoolState.capacity(of: block) else {
        free(block)
        return
    }
    if let pool = currentPool() {
        pool.pointee.deallocate(block, capacity: capacity)
    } else if capacity > CmarkBlockPool.largestClassSize {
        free(block - CmarkBlockPool.headerSize)
    }
    // A small block outside its parse: its chunk went with the pool.
}

/// cmark keeps this pointer in its parser and in every node: it lives as long as the process.
/// Written once, before any parse, and only read afterwards.
nonisolated(unsafe) private let cmarkPoolMemory: UnsafeMutablePointer<cmark_mem> = {
    let memory = UnsafeMutablePointer<cmark_mem>.allocate(capacity: 1)
    memory.initialize(to: cmark_mem(calloc: { poolCalloc($0, $1) }, realloc: { poolRealloc($0, $1) }, free: { poolFree($0) }))
    return memory
}()
