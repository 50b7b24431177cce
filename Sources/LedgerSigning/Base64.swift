/// The standard base64 encoding of RFC 4648 §4 (alphabet `A–Z a–z 0–9 + /`, `=` padding), as
/// signed notes, verifier keys and checkpoints use it (c2sp.org/signed-note, "Conventions").
///
/// Decoding is strict: padding is required, nothing but the alphabet is accepted (no line
/// breaks, no spaces), and the unused bits of the last character must be zero, so every byte
/// string has exactly one encoding and a decoded value encodes back to the same text.
public enum Base64 {
    private static let alphabet: [UInt8] = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)

    /// The 6-bit value of each alphabet byte, 0xFF for bytes outside the alphabet.
    private static let values: [UInt8] = {
        var table = [UInt8](repeating: 0xFF, count: 256)
        for (value, byte) in alphabet.enumerated() { table[Int(byte)] = UInt8(value) }
        return table
    }()

    /// The encoding of `bytes`, padded with `=` to a multiple of four characters.
    public static func encode(_ bytes: some Collection<UInt8>) -> String {
        var out: [UInt8] = []
        out.reserveCapacity((bytes.count + 2) / 3 * 4)
        var iterator = bytes.makeIterator()
        while let b0 = iterator.next() {
            let b1 = iterator.next()
            let b2 = iterator.next()
            let group = UInt32(b0) << 16 | UInt32(b1 ?? 0) << 8 | UInt32(b2 ?? 0)
            out.append(alphabet[Int(group >> 18 & 63)])
            out.append(alphabet[Int(group >> 12 & 63)])
            out.append(b1 == nil ? UInt8(ascii: "=") : alphabet[Int(group >> 6 & 63)])
            out.append(b2 == nil ? UInt8(ascii: "=") : alphabet[Int(group & 63)])
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The bytes `text` encodes, or nil when it is not canonical standard base64 (wrong length,
    /// a character outside the alphabet, misplaced or missing padding, non-zero unused bits).
    public static func decode(_ text: some StringProtocol) -> [UInt8]? {
        let input = Array(text.utf8)
        guard input.count % 4 == 0 else { return nil }
        var out: [UInt8] = []
        out.reserveCapacity(input.count / 4 * 3)
        var index = 0
        while index < input.count {
            let isLast = index + 4 == input.count
            let padding = isLast ? (input[index + 3] == UInt8(ascii: "=") ? (input[index + 2] == UInt8(ascii: "=") ? 2 : 1) : 0) : 0
            var group: UInt32 = 0
            for offset in 0..<4 {
                let byte = input[index + offset]
                if offset >= 4 - padding {
                    group <<= 6
                    continue
                }
                let value = values[Int(byte)]
                guard value != 0xFF else { return nil }
                group = group << 6 | UInt32(value)
            }
            switch padding {
            case 0:
                out.append(UInt8(group >> 16 & 0xFF)); out.append(UInt8(group >> 8 & 0xFF)); out.append(UInt8(group & 0xFF))
            case 1:
                guard group & 0xFF == 0 else { return nil }
                out.append(UInt8(group >> 16 & 0xFF)); out.append(UInt8(group >> 8 & 0xFF))
            default:
                guard group & 0xFFFF == 0 else { return nil }
                out.append(UInt8(group >> 16 & 0xFF))
            }
            index += 4
        }
        return out
    }
}
