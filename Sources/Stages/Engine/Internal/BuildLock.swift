import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `Build/.lock`, held with `flock` for the whole build. The kernel releases it when the process
/// ends in any way (even `kill -9`), so a crashed build never blocks the next one.
final class BuildLock: Sendable {
    private let descriptor: Int32

    static let relativePath = ".lock"

    /// - Throws: ``BuildError/outputLocked(lockFile:)`` when another build holds it.
    init(directory: URL) throws {
        let path = directory.appendingPathComponent(BuildLock.relativePath).path
        let descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw BuildError.io(path: path, reason: "cannot open the lock file: \(String(cString: strerror(errno)))")
        }
        guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
            let reason = errno
            close(descriptor)
            if reason == EWOULDBLOCK { throw BuildError.outputLocked(lockFile: path) }
            throw BuildError.io(path: path, reason: "cannot lock: \(String(cString: strerror(reason)))")
        }
        self.descriptor = descriptor
    }

    deinit {
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }
}
