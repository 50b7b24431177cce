/// Every way a signed note, a verifier or signer key, or a checkpoint can be refused. Each case
/// carries what the person who must act needs, a stable `code` for scripts, and a one-line
/// `message` ending with the specification it applies. No case ever carries private key material.
public enum NoteError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The note breaks the format of c2sp.org/signed-note (`reason` says where and how).
    case malformedNote(reason: String)
    /// A key name is empty, or holds a space or a plus sign.
    case invalidKeyName(name: String)
    /// A verifier key string (`name+keyid+base64`) is not well formed.
    case malformedVerifierKey(key: String, reason: String)
    /// A signer key string (`PRIVATE+KEY+…`) is not well formed; the key is never repeated.
    case malformedSignerKey(reason: String)
    /// A key names a signature type other than Ed25519 (0x01).
    case unsupportedSignatureType(name: String, type: UInt8)
    /// A verifier key of the other kind than wanted: a cosigner's key (0x04) where a log's note
    /// key (0x01) is needed, or the reverse.
    case wrongKeyType(name: String, found: UInt8, expected: UInt8)
    /// A key string's key ID is not the one its name and public key give.
    case keyIDMismatch(name: String, stated: UInt32, computed: UInt32)
    /// Two different public keys were given under one key name and key ID.
    case conflictingVerifiers(name: String, keyID: UInt32)
    /// A signature from a known key does not verify: the whole note is rejected.
    case invalidSignature(name: String, keyID: UInt32)
    /// No signature on the note is from a known key; `signers` are the names it does carry.
    case noKnownSignature(signers: [String])
    /// The note text is not a checkpoint of c2sp.org/tlog-checkpoint (`reason` says how).
    case malformedCheckpoint(reason: String)
    /// The checkpoint is for another log than the one expected.
    case wrongOrigin(expected: String, found: String)
    /// Signing failed in libcrypto.
    case signing(SigningError)

    /// A short stable identifier of the kind of failure, e.g. `note-signature-invalid`.
    public var code: String {
        switch self {
        case .malformedNote: return "note-malformed"
        case .invalidKeyName: return "note-key-name-invalid"
        case .malformedVerifierKey: return "verifier-key-malformed"
        case .malformedSignerKey: return "signer-key-malformed"
        case .unsupportedSignatureType: return "note-signature-type-unsupported"
        case .wrongKeyType: return "note-key-type-mismatch"
        case .keyIDMismatch: return "note-key-id-mismatch"
        case .conflictingVerifiers: return "verifier-ambiguous"
        case .invalidSignature: return "note-signature-invalid"
        case .noKnownSignature: return "note-unverified"
        case .malformedCheckpoint: return "checkpoint-malformed"
        case .wrongOrigin: return "checkpoint-wrong-origin"
        case .signing(let error): return error.code
        }
    }

    /// One line for the person who must act on it.
    public var message: String {
        switch self {
        case .malformedNote(let reason):
            return "the signed note is malformed: \(reason) — c2sp.org/signed-note"
        case .invalidKeyName(let name):
            return "\(name.isEmpty ? "an empty key name" : "the key name '\(name)'") cannot be used: a key name "
                + "is not empty and holds no spaces and no '+' (use the log's origin, e.g. 'council.example/caseledger') — c2sp.org/signed-note"
        case .malformedVerifierKey(let key, let reason):
            return "the verifier key '\(key)' is malformed (\(reason)): a verifier key reads "
                + "'name+keyid+base64-key', as the signer published it — c2sp.org/signed-note"
        case .malformedSignerKey(let reason):
            return "the signer key is malformed (\(reason)): a signer key reads 'PRIVATE+KEY+name+keyid+base64-key' — c2sp.org/signed-note"
        case .unsupportedSignatureType(let name, let type):
            return "the key \(name) is of signature type 0x\(String(type, radix: 16).leftPadded(to: 2)), "
                + "but only Ed25519 (0x01) is supported — c2sp.org/signed-note"
        case .wrongKeyType(let name, let found, let expected):
            return "the key \(name) is \(Self.kind(of: found)), but \(Self.kind(of: expected)) is needed here: give the "
                + "other key string (a log publishes its note key, a witness its cosignature key) — c2sp.org/tlog-cosignature"
        case .keyIDMismatch(let name, let stated, let computed):
            return "the key \(name) states key ID \(Self.hex(stated)), but its name and public key give "
                + "\(Self.hex(computed)): the key string was altered or mistyped — c2sp.org/signed-note"
        case .conflictingVerifiers(let name, let keyID):
            return "two different public keys were given as \(name)+\(Self.hex(keyID)): keep only the one the signer published — c2sp.org/signed-note"
        case .invalidSignature(let name, let keyID):
            return "the signature by \(name) (key \(Self.hex(keyID))) does not verify: the note was altered after it "
                + "was signed, or signed with another key; the whole note is rejected — c2sp.org/signed-note"
        case .noKnownSignature(let signers):
            let carried = signers.isEmpty ? "" : " (it is signed by \(signers.joined(separator: ", ")))"
            return "the note carries no signature from a key you trust\(carried): check that you were given the "
                + "signer's published key; the note is rejected — c2sp.org/signed-note"
        case .malformedCheckpoint(let reason):
            return "the checkpoint is malformed: \(reason) — c2sp.org/tlog-checkpoint"
        case .wrongOrigin(let expected, let found):
            return "the checkpoint is for the log '\(found)', not '\(expected)': it belongs to another log — c2sp.org/tlog-checkpoint"
        case .signing(let error):
            return error.message
        }
    }

    /// The code and the message.
    public var description: String { "\(code): \(message)" }

    /// "a log's note key (type 0x01)" or "a witness's cosignature key (type 0x04)".
    static func kind(of type: UInt8) -> String {
        type == Cosignature.signatureType ? "a witness's cosignature key (type 0x04)" : "a log's note key (type 0x01)"
    }

    /// A key ID as eight lowercase hexadecimal digits, as key strings write it.
    static func hex(_ keyID: UInt32) -> String { String(keyID, radix: 16).leftPadded(to: 8) }
}
