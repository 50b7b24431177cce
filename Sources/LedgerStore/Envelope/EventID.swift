/// A UUID identifying one event, written in its canonical lowercase 8-4-4-4-12 form.
public struct EventID: Hashable, Sendable, CustomStringConvertible {
    /// The 128 bits, most significant first.
    public let high: UInt64
    public let low: UInt64

    /// The UUID with these bits.
    public init(high: UInt64, low: UInt64) {
        self.high = high
        self.low = low
    }

    /// A random (version 4) UUID.
    public static func random() -> EventID {
        var g = SystemRandomNumberGenerator()
        return random(using: &g)
    }

    /// A version 4 UUID drawn from `generator` (deterministic generators give repeatable ids).
    public static func random<G: RandomNumberGenerator>(using generator: inout G) -> EventID {
        let h = ((generator.next() as UInt64) & 0xFFFF_FFFF_FFFF_0FFF) | 0x0000_0000_0000_4000
        let l = ((generator.next() as UInt64) & 0x3FFF_FFFF_FFFF_FFFF) | 0x8000_0000_0000_0000
        return EventID(high: h, low: l)
    }

    /// Parses `xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx` in either case; nil for anything else.
    public init?(_ text: some StringProtocol) {
        var h: UInt64 = 0, l: UInt64 = 0, n = 0, i = 0
        for c in text.utf8 {
            if i == 8 || i == 13 || i == 18 || i == 23 {
                guard c == UInt8(ascii: "-") else { return nil }
                i += 1
                continue
            }
            let v: UInt8
            switch c {
            case 0x30...0x39: v = c - 0x30
            case 0x61...0x66: v = c - 0x61 + 10
            case 0x41...0x46: v = c - 0x41 + 10
            default: return nil
            }
            if n < 16 { h = h << 4 | UInt64(v) } else { l = l << 4 | UInt64(v) }
            n += 1
            i += 1
        }
        guard i == 36, n == 32 else { return nil }
        self.init(high: h, low: l)
    }

    /// The canonical lowercase text form.
    public var description: String {
        // Plain ASCII: the UTF-8 decoder takes its ASCII fast path.
        withText { text in String(decoding: text, as: UTF8.self) }
    }

    /// Appends the 36-byte canonical text form to `buffer`.
    public func appendText(to buffer: inout [UInt8]) {
        withText { buffer.append(contentsOf: $0) }
    }

    /// Calls `body` with the 36-byte canonical text form, written on the stack.
    func withText<R>(_ body: (UnsafeRawBufferPointer) -> R) -> R {
        var digits: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
        var text: (UInt64, UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0, 0)
        return withUnsafeMutableBytes(of: &digits) { d in
            SHA256Digest.writeHex(high, to: d.baseAddress!)
            SHA256Digest.writeHex(low, to: d.baseAddress! + 16)
            return withUnsafeMutableBytes(of: &text) { t in
                let dash = UInt8(ascii: "-")
                t.baseAddress!.copyMemory(from: d.baseAddress!, byteCount: 8)
                t[8] = dash
                (t.baseAddress! + 9).copyMemory(from: d.baseAddress! + 8, byteCount: 4)
                t[13] = dash
                (t.baseAddress! + 14).copyMemory(from: d.baseAddress! + 12, byteCount: 4)
                t[18] = dash
                (t.baseAddress! + 19).copyMemory(from: d.baseAddress! + 16, byteCount: 4)
                t[23] = dash
                (t.baseAddress! + 24).copyMemory(from: d.baseAddress! + 20, byteCount: 12)
                return body(UnsafeRawBufferPointer(rebasing: t[0..<36]))
            }
        }
    }
}
