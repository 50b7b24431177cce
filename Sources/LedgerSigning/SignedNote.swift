/// One signature line of a signed note: `— <key name> base64(key ID ‖ signature)`.
public struct NoteSignature: Hashable, Sendable, CustomStringConvertible {
    /// The key name.
    public let name: String
    /// The 32-bit key ID (the first four bytes of the base64 value, big-endian).
    public let keyID: UInt32
    /// The signature bytes after the key ID (64 for Ed25519; other types differ).
    public let signature: [UInt8]

    /// A signature line's parts.
    public init(name: String, keyID: UInt32, signature: [UInt8]) {
        self.name = name
        self.keyID = keyID
        self.signature = signature
    }

    /// The line, with its em dash and without its newline.
    public var line: String {
        let id: [UInt8] = [UInt8(keyID >> 24), UInt8(keyID >> 16 & 0xFF), UInt8(keyID >> 8 & 0xFF), UInt8(keyID & 0xFF)]
        return "\u{2014} \(name) \(Base64.encode(id + signature))"
    }

    /// The line.
    public var description: String { line }
}

/// A note signed by one or more keys (c2sp.org/signed-note): a text ending in a newline, a blank
/// line, and signature lines. Its text means nothing until `verify` has checked a signature
/// from a trusted key.
public struct SignedNote: Hashable, Sendable, CustomStringConvertible {
    /// The note text, including its final newline but not the blank line after it.
    public let text: String
    /// The signatures, in the order of their lines (never empty).
    public let signatures: [NoteSignature]

    /// The most signature lines a note may carry. The specification asks verifiers to accept
    /// at least 16; Go's golang.org/x/mod/sumdb/note refuses more than 100, and so does this.
    public static let maximumSignatures = 100

    /// The em dash and space that open a signature line.
    static let signaturePrefix: [UInt8] = Array("\u{2014} ".utf8)

    init(checkedText text: String, signatures: [NoteSignature]) {
        self.text = text
        self.signatures = signatures
    }

    /// Parses a signed note, checking its format but no signature (`verify` does that).
    public init(parsing bytes: [UInt8]) throws(NoteError) {
        try Self.checkCharacters(bytes, what: "the note")
        // The text ends at the last blank line: the last "\n\n".
        guard let split = Self.lastBlankLine(in: bytes) else {
            throw .malformedNote(reason: "no blank line separates the text from the signatures")
        }
        let textBytes = bytes[...split]
        var rest = bytes[(split + 2)...]
        guard !rest.isEmpty else { throw .malformedNote(reason: "there is no signature line after the blank line") }
        guard rest.last == 0x0A else { throw .malformedNote(reason: "the last signature line does not end with a newline") }
        var signatures: [NoteSignature] = []
        var number = 0
        while let end = rest.firstIndex(of: 0x0A) {
            number += 1
            guard number <= Self.maximumSignatures else {
                throw .malformedNote(reason: "it carries more than \(Self.maximumSignatures) signature lines")
            }
            signatures.append(try Self.parseSignatureLine(rest[rest.startIndex..<end], number: number))
            rest = rest[(end + 1)...]
        }
        self.init(checkedText: String(decoding: textBytes, as: UTF8.self), signatures: signatures)
    }

    /// The note `text` signed by each of `signers`, in order.
    public static func sign(text: String, by signers: [NoteSigner]) throws(NoteError) -> SignedNote {
        guard !signers.isEmpty else { throw .malformedNote(reason: "a note needs at least one signature") }
        let bytes = Array(text.utf8)
        try checkText(bytes)
        var signatures: [NoteSignature] = []
        for signer in signers { signatures.append(try signer.signature(forText: bytes)) }
        return SignedNote(checkedText: text, signatures: signatures)
    }

    /// This note with `signer`'s signature added after the others (replacing an earlier
    /// signature with the same key name and key ID): how a second party countersigns.
    public func adding(signatureBy signer: NoteSigner) throws(NoteError) -> SignedNote {
        let added = try signer.signature(forText: Array(text.utf8))
        let kept = signatures.filter { $0.name != signer.name || $0.keyID != signer.keyID }
        return SignedNote(checkedText: text, signatures: kept + [added])
    }

    /// The note as it is written: the text, a blank line, one line per signature.
    public var serialized: String {
        text + "\n" + signatures.map { $0.line + "\n" }.joined()
    }

    /// The note's bytes, as `serialized` writes them.
    public var bytes: [UInt8] { Array(serialized.utf8) }

    /// The serialized note.
    public var description: String { serialized }

    /// Checks the note's signatures against the trusted `verifiers` (c2sp.org/signed-note,
    /// "Signatures"): a signature from an unknown key is ignored; every signature from a known
    /// key must verify, or the whole note is rejected; and at least one must be from a known key.
    public func verify(_ verifiers: NoteVerifiers) throws(NoteError) -> VerifiedNote {
        let textBytes = Array(text.utf8)
        var verified: [NoteSignature] = []
        var unverified: [NoteSignature] = []
        for signature in signatures {
            guard let verifier = verifiers.signatureVerifier(name: signature.name, keyID: signature.keyID) else {
                if !unverified.contains(signature) { unverified.append(signature) }
                continue
            }
            guard verifier.isValidSignature(signature.signature, forText: textBytes) else {
                throw .invalidSignature(name: signature.name, keyID: signature.keyID)
            }
            if !verified.contains(where: { $0.name == signature.name && $0.keyID == signature.keyID }) {
                verified.append(signature)
            }
        }
        guard !verified.isEmpty else {
            var names: [String] = []
            for signature in unverified where !names.contains(signature.name) { names.append(signature.name) }
            throw .noKnownSignature(signers: names)
        }
        return VerifiedNote(note: self, verifiedSignatures: verified, unverifiedSignatures: unverified)
    }

    /// Checks a note text before signing: valid characters, not empty, ending in a newline.
    static func checkText(_ bytes: [UInt8]) throws(NoteError) {
        try checkCharacters(bytes, what: "the note text")
        guard bytes.last == 0x0A else { throw .malformedNote(reason: "the note text does not end with a newline") }
    }

    /// Checks that `bytes` are UTF-8 without ASCII control characters other than newline
    /// (c2sp.org/signed-note, "Format"). A UTF-8 sequence never holds a byte below 0x80, so a
    /// byte scan finds every control character.
    static func checkCharacters(_ bytes: [UInt8], what: String) throws(NoteError) {
        var line = 1
        for byte in bytes {
            if byte == 0x0A {
                line += 1
            } else if byte < 0x20 {
                throw .malformedNote(reason: "\(what) holds the control character U+00\(String(byte, radix: 16, uppercase: true).leftPadded(to: 2)) on line \(line)")
            }
        }
        guard String(validating: bytes, as: UTF8.self) != nil else {
            throw .malformedNote(reason: "\(what) is not valid UTF-8")
        }
    }

    /// The index of the first newline of the last "\n\n" in `bytes`.
    private static func lastBlankLine(in bytes: [UInt8]) -> Int? {
        var index = bytes.count - 2
        while index >= 0 {
            if bytes[index] == 0x0A && bytes[index + 1] == 0x0A { return index }
            index -= 1
        }
        return nil
    }

    /// One signature line, without its newline.
    private static func parseSignatureLine(_ line: ArraySlice<UInt8>, number: Int) throws(NoteError) -> NoteSignature {
        guard line.starts(with: signaturePrefix) else {
            throw .malformedNote(reason: "signature line \(number) does not begin with an em dash (U+2014) and a space")
        }
        let body = line.dropFirst(signaturePrefix.count)
        guard let space = body.firstIndex(of: 0x20) else {
            throw .malformedNote(reason: "signature line \(number) has no space between the key name and the signature")
        }
        let name = String(decoding: body[..<space], as: UTF8.self)
        guard NoteKeyName.isValid(name) else {
            throw .malformedNote(reason: "signature line \(number) names the key '\(name)', which holds a space or '+' or is empty")
        }
        let encoded = String(decoding: body[(space + 1)...], as: UTF8.self)
        guard let decoded = Base64.decode(encoded), decoded.count > 4 else {
            throw .malformedNote(reason: "the signature by \(name) on line \(number) is not standard base64 of a key ID and a signature")
        }
        let keyID = decoded.prefix(4).reduce(UInt32(0)) { $0 << 8 | UInt32($1) }
        return NoteSignature(name: name, keyID: keyID, signature: Array(decoded[4...]))
    }
}

/// A signed note whose signatures `SignedNote.verify` has checked.
public struct VerifiedNote: Hashable, Sendable {
    /// The note as it was read.
    public let note: SignedNote
    /// The signatures from trusted keys, each key once, in the order of their lines: every one verified.
    public let verifiedSignatures: [NoteSignature]
    /// The signatures from keys the reader does not know, not checked (a witness's cosignature
    /// to a reader who does not know that witness, a log's new key after a rotation).
    public let unverifiedSignatures: [NoteSignature]

    /// The note text, now trustworthy.
    public var text: String { note.text }

    /// Whether a verified signature is from `verifier`'s key (a note key or a cosigner's key).
    public func isSigned(by verifier: some NoteSignatureVerifier) -> Bool {
        verifiedSignatures.contains { $0.name == verifier.name && $0.keyID == verifier.keyID }
    }
}
