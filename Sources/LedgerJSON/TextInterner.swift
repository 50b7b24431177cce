#if canImport(Glibc)
import Glibc
#endif

/// Strings made from byte runs that repeat from line to line (an event line's type and actor, a
/// payload's vocabulary, team and provider names, references to policy clauses), kept so that the
/// same bytes give back the same String instead of a new allocation each time.
///
/// A String given back has exactly the bytes asked for, whether it came from the table or was
/// made now. Runs of 15 bytes or fewer are made directly (Swift keeps them inline, with no
/// allocation), as are runs longer than `maxCount`. The table is direct-mapped: a run whose slot
/// holds another string replaces it. Not thread-safe: one per reader (inside `JSONKeyCache`, or a
/// `JSONTapeScratch`).
package final class TextInterner {
    /// The longest run kept in the table.
    static let maxCount = 64
    /// How many strings the table holds (a power of two).
    private let slots: Int
    private let strings: UnsafeMutablePointer<String>

    /// An empty table of `slots` strings (rounded up to a power of two).
    init(slots: Int = 128) {
        var n = 1
        while n < slots { n <<= 1 }
        self.slots = n
        strings = .allocate(capacity: n)
        strings.initialize(repeating: "", count: n)
    }

    deinit {
        strings.deinitialize(count: slots)
        strings.deallocate()
    }

    /// The String of `bytes`, which must be well-formed UTF-8 (they are copied as they are).
    package func text(_ bytes: UnsafeRawBufferPointer) -> String {
        let count = bytes.count
        guard count > 15, count <= TextInterner.maxCount, let base = bytes.baseAddress else { return String(decoding: bytes, as: UTF8.self) }
        // The first and last eight bytes and the length pick the slot; the whole run is compared.
        let first = base.loadUnaligned(as: UInt64.self), last = base.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self)
        var h = (first &* 0x9E37_79B9_7F4A_7C15) ^ (last &* 0xC2B2_AE3D_27D4_EB4F) ^ UInt64(count)
        h ^= h >> 31
        let slot = strings + (Int(truncatingIfNeeded: h) & (slots - 1))
        // The held string's bytes read in place (every string held is native, so contiguous):
        // through its UTF-8 view it was retained for the comparison, as well as to be given back.
        let same = slot.pointee.withUTF8 { held in held.count == count && memcmp(held.baseAddress!, base, count) == 0 }
        if same { return slot.pointee }
        let made = String(decoding: bytes, as: UTF8.self)
        slot.pointee = made
        return made
    }
}
