/// A key that checks one kind of signature line on a note: a log's Ed25519 note key
/// (`NoteVerifier`, signature type 0x01) or a witness's Ed25519 cosignature key
/// (`CosignatureVerifier`, type 0x04). `NoteVerifiers` holds either.
public protocol NoteSignatureVerifier: Sendable {
    /// The key name the signature lines carry.
    var name: String { get }
    /// The 32-bit key ID the signature lines carry.
    var keyID: UInt32 { get }
    /// The verifier key string `name+keyid+base64(type ‖ public key)`, for publishing.
    var verifierKey: String { get }
    /// Whether `signature` (the bytes after the key ID) is this key's signature of the note `text`.
    func isValidSignature(_ signature: [UInt8], forText text: [UInt8]) -> Bool
}

/// The rules of c2sp.org/tlog-cosignature for Ed25519 cosignatures (version 1): a witness's
/// statement that, as of a time, the checkpoint is the largest consistent tree it has seen.
public enum Cosignature {
    /// The signature type byte of Ed25519 cosignatures, in key IDs and verifier keys.
    public static let signatureType: UInt8 = 0x04

    /// The largest timestamp a cosignature may carry (2^63 − 1).
    public static let maximumTime = UInt64(Int64.max)

    /// The key ID of a cosigner's Ed25519 key: the first four bytes, big-endian, of
    /// SHA-256(name ‖ 0x0A ‖ 0x04 ‖ 32-byte public key) (c2sp.org/tlog-cosignature, "Format").
    public static func keyID(name: String, publicKey: Ed25519PublicKey) throws(SigningError) -> UInt32 {
        try NoteKeyName.keyID(name: name, type: signatureType, publicKey: publicKey)
    }

    /// The message an Ed25519 cosignature signs: `cosignature/v1`, `time <seconds>` (decimal, no
    /// leading zeros), each ending in a newline, then the checkpoint's whole note text
    /// (c2sp.org/tlog-cosignature, "Ed25519 signed message").
    public static func message(text: [UInt8], time: UInt64) -> [UInt8] {
        Array("cosignature/v1\ntime \(time)\n".utf8) + text
    }

    /// The time a cosignature's bytes (after the key ID) state: the first 8 bytes, big-endian;
    /// nil when they are not 8 + 64 bytes or the time is above 2^63 − 1.
    public static func time(ofSignature signature: [UInt8]) -> UInt64? {
        guard signature.count == 72 else { return nil }
        let time = signature.prefix(8).reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
        return time <= maximumTime ? time : nil
    }
}

/// A witness's key that verifies Ed25519 cosignatures (c2sp.org/tlog-cosignature): a name, its
/// key ID and the public key, as a verifier key string (`name+keyid+base64(0x04 ‖ public key)`)
/// publishes them. A cosignature never passes as a log's signature: its key ID is computed with
/// the type byte 0x04, and its signed message begins `cosignature/v1`.
public struct CosignatureVerifier: NoteSignatureVerifier, Hashable, Sendable, CustomStringConvertible {
    /// The key name, e.g. `ombudsman.example/witness`.
    public let name: String
    /// The 32-bit key ID cosignatures carry.
    public let keyID: UInt32
    /// The Ed25519 public key.
    public let publicKey: Ed25519PublicKey

    /// The cosignature verifier for `publicKey` under `name`.
    public init(name: String, publicKey: Ed25519PublicKey) throws(NoteError) {
        guard NoteKeyName.isValid(name) else { throw .invalidKeyName(name: name) }
        self.name = name
        self.publicKey = publicKey
        do { keyID = try Cosignature.keyID(name: name, publicKey: publicKey) } catch { throw .signing(error) }
    }

    /// The cosignature verifier a verifier key string of type 0x04 describes, e.g.
    /// `remora.n621.de+da77ade7+BOvN63jn/bLvkieywe8R6UYAtVtNbZpXh34x7onlmtw2`.
    public init(verifierKey: String) throws(NoteError) {
        let parts = try NoteKeyName.parseVerifierKey(verifierKey, type: Cosignature.signatureType)
        try self.init(name: parts.name, publicKey: parts.key)
        guard keyID == parts.keyID else { throw .keyIDMismatch(name: name, stated: parts.keyID, computed: keyID) }
    }

    /// The verifier key string: `name+keyid+base64(0x04 ‖ public key)`, for publishing.
    public var verifierKey: String {
        "\(name)+\(NoteError.hex(keyID))+\(Base64.encode([Cosignature.signatureType] + publicKey.rawRepresentation))"
    }

    /// Whether `signature` (8-byte big-endian time ‖ 64-byte Ed25519 signature) is this key's
    /// cosignature of the checkpoint note `text` at the time it states.
    public func isValidSignature(_ signature: [UInt8], forText text: [UInt8]) -> Bool {
        guard let time = Cosignature.time(ofSignature: signature) else { return false }
        return publicKey.isValidSignature(Array(signature[8...]), for: Cosignature.message(text: text, time: time))
    }

    /// The time of this key's verified cosignature on `note`, or nil when it carries none.
    public func time(in note: VerifiedNote) -> UInt64? {
        note.verifiedSignatures.first { $0.name == name && $0.keyID == keyID }.flatMap { Cosignature.time(ofSignature: $0.signature) }
    }

    /// The verifier key string.
    public var description: String { verifierKey }
}

/// A witness's key that makes Ed25519 cosignatures: a name, its key ID and an Ed25519 private key.
public struct CosignatureSigner: Sendable, CustomStringConvertible {
    /// The verifier that checks this signer's cosignatures.
    public let verifier: CosignatureVerifier
    /// The private key, held by libcrypto.
    private let privateKey: Ed25519PrivateKey

    /// The key name.
    public var name: String { verifier.name }
    /// The key ID.
    public var keyID: UInt32 { verifier.keyID }

    /// The cosigner for `privateKey` under `name`. Use a key of its own, never the log's key:
    /// the Ed25519 cosignature message does not commit to the cosigner's name.
    public init(name: String, privateKey: Ed25519PrivateKey) throws(NoteError) {
        verifier = try CosignatureVerifier(name: name, publicKey: privateKey.publicKey)
        self.privateKey = privateKey
    }

    /// This key's cosignature line for the checkpoint note text `text` at `time` (POSIX seconds).
    public func cosignature(forText text: String, time: UInt64) throws(NoteError) -> NoteSignature {
        let bytes = Array(text.utf8)
        try SignedNote.checkText(bytes)
        guard time <= Cosignature.maximumTime else {
            throw .malformedNote(reason: "a cosignature's time \(time) is above 2^63 - 1")
        }
        let stamp: [UInt8] = (0..<8).map { UInt8(truncatingIfNeeded: time >> (56 - 8 * UInt64($0))) }
        do {
            let signature = try privateKey.signature(for: Cosignature.message(text: bytes, time: time))
            return NoteSignature(name: name, keyID: keyID, signature: stamp + signature)
        } catch {
            throw .signing(error)
        }
    }

    /// `note` with this key's cosignature at `time` added after its other signatures (replacing
    /// an earlier signature with the same key name and key ID).
    public func cosign(_ note: SignedNote, time: UInt64) throws(NoteError) -> SignedNote {
        let added = try cosignature(forText: note.text, time: time)
        let kept = note.signatures.filter { $0.name != name || $0.keyID != keyID }
        return SignedNote(checkedText: note.text, signatures: kept + [added])
    }

    /// "cosigner <verifier key>": never the private key.
    public var description: String { "cosigner \(verifier.verifierKey)" }
}
