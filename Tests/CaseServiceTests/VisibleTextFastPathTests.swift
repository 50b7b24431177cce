import CaseLedgerTestSupport
import Testing

@testable import CaseService

// issue 18: fast18
/// `VisibleText.neutralised` first asks, byte by byte, whether the text holds anything to replace,
/// and returns it untouched when not. That test must agree exactly with the scalar-by-scalar
/// definition: for every scalar near a boundary of what is replaced, alone and beside others,
/// and for many random strings made of such scalars, on one line and on several.
@Suite struct VisibleTextFastPathTests {
    /// Scalars at and beside every edge of what is replaced (and others sharing their lead bytes).
    static let edges: [Unicode.Scalar] = [
        0x00, 0x01, 0x07, 0x08, 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x1B, 0x1F, 0x20, 0x41, 0x7E, 0x7F,
        0x80, 0x85, 0x9F, 0xA0, 0xA3, 0xBF, 0xC0, 0xE9, 0x0600, 0x061B, 0x061C, 0x061D, 0x063F,
        0x2000, 0x200D, 0x200E, 0x200F, 0x2010, 0x2013, 0x2019, 0x2027, 0x2028, 0x2029, 0x202A, 0x202E, 0x202F,
        0x2030, 0x203F, 0x2040, 0x2065, 0x2066, 0x2067, 0x2069, 0x206A, 0x20AC, 0x2192, 0x2400, 0x2713, 0x2FFF,
        0x0301, 0xFEFF, 0x1F600,
    ].map { Unicode.Scalar($0)! }

    static func agree(_ text: String, _ comment: String) {
        for oneLine in [false, true] {
            let fast = VisibleText.neutralised(text, oneLine: oneLine)
            let slow = VisibleText.scalarByScalar(text, oneLine: oneLine)
            #expect(Array(fast.utf8) == Array(slow.utf8), "\(comment), oneLine \(oneLine)")
            #expect(VisibleText.needsChange(text, oneLine: oneLine) == (Array(slow.utf8) != Array(text.utf8)), "\(comment), oneLine \(oneLine)")
        }
    }

    @Test func everyScalarUpToU2100AndEveryEdgeAgreesAloneAndInContext() {
        var scalars = (0...0x2100).compactMap(Unicode.Scalar.init)
        scalars += Self.edges
        for s in scalars {
            let c = String(s)
            for text in [c, "a" + c + "b", c + "\n", "\r" + c, c + "\r", "\r\n" + c, c + "\r\n", "é" + c + "–"] {
                Self.agree(text, "U+\(String(s.value, radix: 16)) in \(text.unicodeScalars.map { $0.value })")
            }
        }
    }

    @Test func randomStringsOfEdgeScalarsAgree() {
        var random = SeededGenerator(seed: 18)
        for n in 0..<20_000 {
            let length = Int.random(in: 0...12, using: &random)
            var text = String.UnicodeScalarView()
            for _ in 0..<length { text.append(Self.edges.randomElement(using: &random)!) }
            Self.agree(String(text), "string \(n): \(text.map { $0.value })")
        }
    }

    // issue 18: fast18b
    /// The byte test skips printable ASCII eight bytes at a time: every edge scalar (and a CR LF)
    /// at every offset within printable ASCII runs of up to three words, before, inside and after a
    /// word, is still found exactly where the definition finds it; so is every ASCII byte.
    @Test func everyEdgeAtEveryOffsetInPrintableASCIIAgrees() {
        var random = SeededGenerator(seed: 1818)
        let printable = (0x20...0x7E).map { Character(Unicode.Scalar(UInt8($0))) }
        let inserts = Self.edges.map { String($0) } + ["\r\n", "\u{7F}", "~", " "] + (0...0x7F).map { String(Unicode.Scalar(UInt8($0))) }
        for insert in inserts {
            for before in 0...17 {
                let after = Int.random(in: 0...17, using: &random)
                let left = String((0..<before).map { _ in printable.randomElement(using: &random)! })
                let right = String((0..<after).map { _ in printable.randomElement(using: &random)! })
                Self.agree(left + insert + right, "\(insert.unicodeScalars.map { $0.value }) after \(before) and before \(after) ASCII bytes")
            }
        }
    }

    @Test func aLoneCarriageReturnAtTheEndAndAWindowsLineEndAreToldApart() {
        #expect(VisibleText.needsChange("a\r", oneLine: false))
        #expect(!VisibleText.needsChange("a\r\n", oneLine: false))
        #expect(VisibleText.needsChange("a\r\n", oneLine: true))
        #expect(!VisibleText.needsChange("£23.40 – café “quoted” → ✓ محمد", oneLine: true))
        #expect(VisibleText.needsChange("\u{202E}", oneLine: false) && VisibleText.needsChange("\u{85}", oneLine: false))
    }
}
