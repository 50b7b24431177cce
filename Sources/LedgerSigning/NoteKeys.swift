/// The rules c2sp.org/signed-note sets for the names and IDs of keys.
public enum NoteKeyName {
    /// The signature type byte of Ed25519 signatures (c2sp.org/signed-note, "Signature types").
    public static let ed25519SignatureType: UInt8 = 0x01

    /// Whether `name` may name a key: not empty, no Unicode space (the White_Space property, as
    /// Go's `unicode.IsSpace`) and no plus sign (c2sp.org/signed-note, "Format").
    public static func isValid(_ name: String) -> Bool {
        !name.isEmpty && !name.unicodeScalars.contains { $0 == "+" || $0.properties.isWhitespace }
    }

    /// The key ID of an Ed25519 key: the first four bytes, big-endian, of
    /// SHA-256(key name ‖ 0x0A ‖ 0x01 ‖ 32-byte public key) (c2sp.org/signed-note, "Ed25519 signatures").
    public static func keyID(name: String, publicKey: Ed25519PublicKey) throws(SigningError) -> UInt32 {
        try keyID(name: name, type: ed25519SignatureType, publicKey: publicKey)
    }

    /// The key ID of a key of signature type `type`: the first four bytes, big-endian, of
    /// SHA-256(key name ‖ 0x0A ‖ type ‖ 32-byte public key).
    static func keyID(name: String, type: UInt8, publicKey: Ed25519PublicKey) throws(SigningError) -> UInt32 {
        let digest = try LibCrypto.sha256(Array(name.utf8) + [0x0A, type] + publicKey.rawRepresentation)
        return digest.prefix(4).reduce(0) { $0 << 8 | UInt32($1) }
    }

    /// The parts of a verifier key string `name+keyid+base64(type ‖ key)` (c2sp.org/signed-note,
    /// "Verifier keys"), with the name checked and the signature type required to be `type`; the
    /// key ID is not yet checked against the key.
    static func parseVerifierKey(_ verifierKey: String, type: UInt8) throws(NoteError) -> (name: String, keyID: UInt32, key: Ed25519PublicKey) {
        // The base64 key may itself hold "+": only the first two separate parts.
        let parts = verifierKey.split(separator: "+", maxSplits: 2, omittingEmptySubsequences: false)
        guard parts.count == 3 else {
            throw .malformedVerifierKey(key: verifierKey, reason: "it has \(parts.count) parts separated by '+', not 3")
        }
        guard isValid(String(parts[0])) else { throw .invalidKeyName(name: String(parts[0])) }
        guard let stated = parseKeyID(parts[1]) else {
            throw .malformedVerifierKey(key: verifierKey, reason: "the key ID '\(parts[1])' is not eight hexadecimal digits")
        }
        guard let material = Base64.decode(parts[2]), !material.isEmpty else {
            throw .malformedVerifierKey(key: verifierKey, reason: "the key is not standard base64")
        }
        guard material[0] == type else {
            if [ed25519SignatureType, Cosignature.signatureType].contains(material[0]) {
                throw .wrongKeyType(name: String(parts[0]), found: material[0], expected: type)
            }
            throw .unsupportedSignatureType(name: String(parts[0]), type: material[0])
        }
        guard material.count == 33, let key = try? Ed25519PublicKey(rawRepresentation: Array(material[1...])) else {
            throw .malformedVerifierKey(key: verifierKey, reason: "an Ed25519 public key is 32 bytes, not \(material.count - 1)")
        }
        return (String(parts[0]), stated, key)
    }

    /// Eight hexadecimal digits as a key ID; nil for anything else.
    static func parseKeyID(_ text: Substring) -> UInt32? {
        guard text.utf8.count == 8, text.utf8.allSatisfy({ $0 < 0x80 }) else { return nil }
        return UInt32(text, radix: 16)
    }
}

/// A key that verifies Ed25519 signatures on notes: a name, its key ID and the public key, as a
/// verifier key string (`name+keyid+base64(0x01 ‖ public key)`) publishes them.
public struct NoteVerifier: NoteSignatureVerifier, Hashable, Sendable, CustomStringConvertible {
    /// The key name, e.g. `council.example/caseledger`.
    public let name: String
    /// The 32-bit key ID signatures carry.
    public let keyID: UInt32
    /// The Ed25519 public key.
    public let publicKey: Ed25519PublicKey

    /// The verifier for `publicKey` under `name`, its key ID computed as the specification recommends.
    public init(name: String, publicKey: Ed25519PublicKey) throws(NoteError) {
        guard NoteKeyName.isValid(name) else { throw .invalidKeyName(name: name) }
        self.name = name
        self.publicKey = publicKey
        do { keyID = try NoteKeyName.keyID(name: name, publicKey: publicKey) } catch { throw .signing(error) }
    }

    /// The verifier a verifier key string describes (c2sp.org/signed-note, "Verifier keys"),
    /// e.g. `example.com/foo+530d903a+AekyeRrm56hApGFkyQR4ZCbV54Id2LKaANYcrnKv3U2k`.
    public init(verifierKey: String) throws(NoteError) {
        let parts = try NoteKeyName.parseVerifierKey(verifierKey, type: NoteKeyName.ed25519SignatureType)
        try self.init(name: parts.name, publicKey: parts.key)
        guard keyID == parts.keyID else { throw .keyIDMismatch(name: name, stated: parts.keyID, computed: keyID) }
    }

    /// The verifier key string: `name+keyid+base64(0x01 ‖ public key)`, for publishing.
    public var verifierKey: String {
        "\(name)+\(NoteError.hex(keyID))+\(Base64.encode([NoteKeyName.ed25519SignatureType] + publicKey.rawRepresentation))"
    }

    /// Whether `signature` (without its key ID) is this key's signature of the note `text`.
    public func isValidSignature(_ signature: [UInt8], forText text: [UInt8]) -> Bool {
        publicKey.isValidSignature(signature, for: text)
    }

    /// The verifier key string.
    public var description: String { verifierKey }
}

/// A key that signs notes: a name, its key ID and an Ed25519 private key.
public struct NoteSigner: Sendable, CustomStringConvertible {
    /// The verifier that checks this signer's signatures (name, key ID and public key).
    public let verifier: NoteVerifier
    /// The private key, held by libcrypto.
    private let privateKey: Ed25519PrivateKey

    /// The key name.
    public var name: String { verifier.name }
    /// The key ID.
    public var keyID: UInt32 { verifier.keyID }

    /// The signer for `privateKey` under `name` (e.g. a key loaded from the PEM file
    /// `openssl genpkey -algorithm ed25519` wrote).
    public init(name: String, privateKey: Ed25519PrivateKey) throws(NoteError) {
        verifier = try NoteVerifier(name: name, publicKey: privateKey.publicKey)
        self.privateKey = privateKey
    }

    /// The signer a signer key string describes: `PRIVATE+KEY+name+keyid+base64(0x01 ‖ seed)`,
    /// the form Go's golang.org/x/mod/sumdb/note writes. Errors never repeat the string.
    public init(signerKey: String) throws(NoteError) {
        // The base64 key may itself hold "+": only the first four separate parts.
        let parts = signerKey.split(separator: "+", maxSplits: 4, omittingEmptySubsequences: false)
        guard parts.count == 5, parts[0] == "PRIVATE", parts[1] == "KEY" else {
            throw .malformedSignerKey(reason: "it does not read PRIVATE+KEY+ followed by three parts")
        }
        guard NoteKeyName.isValid(String(parts[2])) else { throw .invalidKeyName(name: String(parts[2])) }
        guard let stated = NoteKeyName.parseKeyID(parts[3]) else {
            throw .malformedSignerKey(reason: "the key ID is not eight hexadecimal digits")
        }
        guard var material = Base64.decode(parts[4]), !material.isEmpty else {
            throw .malformedSignerKey(reason: "the key is not standard base64")
        }
        defer { material.withUnsafeMutableBytes { KeyFile.wipe($0) } }
        guard material[0] == NoteKeyName.ed25519SignatureType else {
            throw .unsupportedSignatureType(name: String(parts[2]), type: material[0])
        }
        guard material.count == 33 else {
            throw .malformedSignerKey(reason: "an Ed25519 seed is 32 bytes, not \(material.count - 1)")
        }
        var seed = Array(material[1...])
        defer { seed.withUnsafeMutableBytes { KeyFile.wipe($0) } }
        let key: Ed25519PrivateKey
        do { key = try Ed25519PrivateKey(seed: seed) } catch { throw .signing(error) }
        try self.init(name: String(parts[2]), privateKey: key)
        guard keyID == stated else { throw .keyIDMismatch(name: name, stated: stated, computed: keyID) }
    }

    /// This signer's signature of the note text `text` (which `SignedNote` checks first).
    func signature(forText text: [UInt8]) throws(NoteError) -> NoteSignature {
        do {
            return NoteSignature(name: name, keyID: keyID, signature: try privateKey.signature(for: text))
        } catch {
            throw .signing(error)
        }
    }

    /// "signer <verifier key>": never the private key.
    public var description: String { "signer \(verifier.verifierKey)" }
}

/// The keys a reader trusts, looked up by key name and key ID (c2sp.org/signed-note,
/// "Signatures": the pair identifies the key): a log's `NoteVerifier`s and witnesses'
/// `CosignatureVerifier`s alike.
public struct NoteVerifiers: Sendable {
    private let byNameAndID: [NameAndID: any NoteSignatureVerifier]

    private struct NameAndID: Hashable, Sendable {
        let name: String
        let keyID: UInt32
    }

    /// The set of `verifiers`; the same key given twice counts once, two different keys (by
    /// their verifier key strings) under one name and key ID are refused.
    public init(_ verifiers: [any NoteSignatureVerifier]) throws(NoteError) {
        var table: [NameAndID: any NoteSignatureVerifier] = [:]
        for verifier in verifiers {
            let slot = NameAndID(name: verifier.name, keyID: verifier.keyID)
            if let existing = table[slot], existing.verifierKey != verifier.verifierKey {
                throw .conflictingVerifiers(name: verifier.name, keyID: verifier.keyID)
            }
            table[slot] = verifier
        }
        byNameAndID = table
    }

    /// The trusted Ed25519 note key (signature type 0x01) with this name and key ID, if any.
    public func verifier(name: String, keyID: UInt32) -> NoteVerifier? {
        byNameAndID[NameAndID(name: name, keyID: keyID)] as? NoteVerifier
    }

    /// The trusted key of any kind (a note key or a cosigner's key) with this name and key ID, if any.
    public func signatureVerifier(name: String, keyID: UInt32) -> (any NoteSignatureVerifier)? {
        byNameAndID[NameAndID(name: name, keyID: keyID)]
    }
}
