#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A moment as the MS-DOS time and date fields of a zip header (two-second steps, no time
/// zone), read in UTC so that the same timestamp gives the same bytes on every machine.
struct DOSDateTime: Equatable {
    /// Hours << 11 | minutes << 5 | seconds / 2.
    var time: UInt16
    /// (Year − 1980) << 9 | month << 5 | day.
    var date: UInt16

    /// The fields for `timestamp` (seconds since 1970, UTC). Years outside 1980…2107, which
    /// the fields cannot hold, become 1980 or 2107 with the rest of the date kept, as libzip
    /// (which wrote these fields before) does for years before 1980.
    init(timestamp: Int) {
        var seconds = time_t(timestamp)
        var parts = tm()
        guard gmtime_r(&seconds, &parts) != nil else {
            // Only a timestamp beyond any calendar fails; libzip writes 1980-01-01 00:00 then.
            self.init(time: 0, date: 1 << 5 | 1)
            return
        }
        let year = min(max(Int(parts.tm_year) + 1900, 1980), 2107)
        self.init(time: UInt16(Int(parts.tm_hour) << 11 | Int(parts.tm_min) << 5 | Int(parts.tm_sec) / 2),
                  date: UInt16((year - 1980) << 9 | (Int(parts.tm_mon) + 1) << 5 | Int(parts.tm_mday)))
    }

    init(time: UInt16, date: UInt16) {
        self.time = time
        self.date = date
    }
}
