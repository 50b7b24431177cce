import CLibCrypto

/// An Ed25519 public key (RFC 8032): the 32-byte encoding of the point, as a verifier key,
/// a published key file or a key ID hashes it.
///
/// Signatures are checked by the operating system's libcrypto (OpenSSL 3), never by Swift code.
public struct Ed25519PublicKey: Hashable, Sendable, CustomStringConvertible {
    /// The 32-byte encoding of RFC 8032 §5.1.5.
    public let rawRepresentation: [UInt8]

    /// The key with this 32-byte encoding.
    public init(rawRepresentation bytes: [UInt8]) throws(SigningError) {
        guard bytes.count == 32 else { throw .rawKeyLength(what: "public key", count: bytes.count) }
        rawRepresentation = bytes
    }

    /// The public key in a PEM file, as `openssl pkey -in KEY.pem -pubout -out KEY.pub` writes it
    /// (`-----BEGIN PUBLIC KEY-----`, SubjectPublicKeyInfo).
    public static func load(pemFile path: String) throws(SigningError) -> Ed25519PublicKey {
        try Ed25519PublicKey(pem: try KeyFile.read(path), source: path)
    }

    /// The public key in PEM `bytes`; `source` names where they came from in error messages
    /// (the file's path).
    public init(pem bytes: [UInt8], source: String) throws(SigningError) {
        switch KeyFile.pemLabel(bytes) {
        case nil:
            throw .keyMalformed(source: source, reason: "no '-----BEGIN PUBLIC KEY-----' line")
        case let label? where label.hasSuffix("PRIVATE KEY"):
            throw .privateKeyGivenForPublic(path: source)
        default:
            break
        }
        let key = try PKey.reading(bytes, source: source) { bio in PEM_read_bio_PUBKEY(bio, nil, nil, nil) }
        self = try key.publicKey(source: source)
    }

    /// Whether `signature` is this key's valid Ed25519 signature of `message` (RFC 8032 §5.1.7,
    /// as libcrypto implements it: a signature that is not 64 bytes is never valid).
    public func isValidSignature(_ signature: [UInt8], for message: [UInt8]) -> Bool {
        guard signature.count == 64 else { return false }
        guard let key = rawRepresentation.withUnsafeBufferPointer({
            EVP_PKEY_new_raw_public_key(EVP_PKEY_ED25519, nil, $0.baseAddress, $0.count)
        }) else {
            _ = LibCrypto.takeErrors()
            return false
        }
        defer { EVP_PKEY_free(key) }
        guard let context = EVP_MD_CTX_new() else { return false }
        defer { EVP_MD_CTX_free(context) }
        // Ed25519 hashes the message itself: no digest is named (the NULL type).
        guard EVP_DigestVerifyInit(context, nil, nil, nil, key) == 1 else {
            _ = LibCrypto.takeErrors()
            return false
        }
        let result = LibCrypto.withNonNullBytes(message) { input, count in
            signature.withUnsafeBufferPointer { EVP_DigestVerify(context, $0.baseAddress, $0.count, input, count) }
        }
        if result != 1 { _ = LibCrypto.takeErrors() }
        return result == 1
    }

    /// The key as lowercase hexadecimal.
    public var description: String { rawRepresentation.map { String($0, radix: 16).leftPadded(to: 2) }.joined() }
}

/// An Ed25519 private key held by libcrypto, for signing checkpoints.
///
/// Made from a PEM file that `openssl genpkey -algorithm ed25519` wrote, or from a raw 32-byte
/// seed (RFC 8032's "secret key"). The secret never leaves libcrypto's memory through this
/// type: it has no accessor, and its description shows only the public half.
///
/// `@unchecked Sendable`: the key is never changed after it is made, and libcrypto (OpenSSL 3)
/// lets any number of threads sign with one key at once, each with its own digest context.
public final class Ed25519PrivateKey: @unchecked Sendable, CustomStringConvertible {
    /// libcrypto's key, owned by this object and freed with it.
    private let key: OpaquePointer
    /// The public half.
    public let publicKey: Ed25519PublicKey

    private init(owning key: PKey, source: String) throws(SigningError) {
        publicKey = try key.publicKey(source: source)
        self.key = key.release()
    }

    deinit { EVP_PKEY_free(key) }

    /// The private key in a PEM file, as `openssl genpkey -algorithm ed25519 -out KEY.pem`
    /// writes it (`-----BEGIN PRIVATE KEY-----`, PKCS #8). An encrypted key is refused: nothing
    /// here asks for a passphrase.
    public static func load(pemFile path: String) throws(SigningError) -> Ed25519PrivateKey {
        var bytes = try KeyFile.read(path)
        defer { bytes.withUnsafeMutableBytes { KeyFile.wipe($0) } }
        return try Ed25519PrivateKey(pem: bytes, source: path)
    }

    /// The private key in PEM `bytes`; `source` names where they came from in error messages.
    public convenience init(pem bytes: [UInt8], source: String) throws(SigningError) {
        switch KeyFile.pemLabel(bytes) {
        case nil:
            throw .keyMalformed(source: source, reason: "no '-----BEGIN PRIVATE KEY-----' line")
        case "ENCRYPTED PRIVATE KEY"?:
            throw .keyEncrypted(path: source)
        case let label? where label.hasSuffix("PUBLIC KEY"):
            throw .publicKeyGivenForPrivate(path: source)
        default:
            break
        }
        // A passphrase callback that supplies none: libcrypto's default would prompt on the terminal.
        let key = try PKey.reading(bytes, source: source) { bio in
            PEM_read_bio_PrivateKey(bio, nil, { _, _, _, _ in 0 }, nil)
        }
        try self.init(owning: key, source: source)
    }

    /// The private key with this 32-byte seed (RFC 8032 §5.1.5's secret key; the test vectors'
    /// SECRET KEY; a C2SP signer key's key material).
    public convenience init(seed: [UInt8]) throws(SigningError) {
        guard seed.count == 32 else { throw .rawKeyLength(what: "private key seed", count: seed.count) }
        guard let raw = seed.withUnsafeBufferPointer({
            EVP_PKEY_new_raw_private_key(EVP_PKEY_ED25519, nil, $0.baseAddress, $0.count)
        }) else {
            throw .libcrypto(operation: "make an Ed25519 key from a seed", detail: LibCrypto.takeErrors())
        }
        try self.init(owning: PKey(raw), source: "the seed")
    }

    /// The Ed25519 signature (64 bytes) of `message` (RFC 8032 §5.1.6), made by libcrypto.
    public func signature(for message: [UInt8]) throws(SigningError) -> [UInt8] {
        guard let context = EVP_MD_CTX_new() else {
            throw .libcrypto(operation: "allocate a signing context", detail: LibCrypto.takeErrors())
        }
        defer { EVP_MD_CTX_free(context) }
        // Ed25519 hashes the message itself: no digest is named (the NULL type).
        guard EVP_DigestSignInit(context, nil, nil, nil, key) == 1 else {
            throw .libcrypto(operation: "start an Ed25519 signature", detail: LibCrypto.takeErrors())
        }
        var signature = [UInt8](repeating: 0, count: 64)
        var length = signature.count
        let result = LibCrypto.withNonNullBytes(message) { input, count in
            signature.withUnsafeMutableBufferPointer { EVP_DigestSign(context, $0.baseAddress, &length, input, count) }
        }
        guard result == 1, length == 64 else {
            throw .libcrypto(operation: "sign with Ed25519", detail: LibCrypto.takeErrors())
        }
        return signature
    }

    /// "Ed25519 private key with public key <hex>": never the secret.
    public var description: String { "Ed25519 private key with public key \(publicKey)" }
}

/// An owned libcrypto `EVP_PKEY` on its way into a key type: freed unless released.
private final class PKey {
    private var pointer: OpaquePointer?

    init(_ pointer: OpaquePointer) { self.pointer = pointer }

    deinit { if let pointer { EVP_PKEY_free(pointer) } }

    /// The key a PEM reader makes from `bytes`, checked to be Ed25519.
    static func reading(_ bytes: [UInt8], source: String,
                        _ read: (OpaquePointer) -> OpaquePointer?) throws(SigningError) -> PKey {
        ERR_clear_error()
        let key: OpaquePointer? = bytes.withUnsafeBytes { buffer -> OpaquePointer? in
            guard let bio = BIO_new_mem_buf(buffer.baseAddress, Int32(buffer.count)) else { return nil }
            defer { BIO_free(bio) }
            return read(bio)
        }
        guard let key else { throw .keyMalformed(source: source, reason: LibCrypto.takeErrors()) }
        let owned = PKey(key)
        guard EVP_PKEY_get_id(key) == EVP_PKEY_ED25519 else {
            let name = EVP_PKEY_get0_type_name(key).map { String(cString: $0) } ?? "non-Ed25519"
            throw .keyNotEd25519(source: source, found: name)
        }
        return owned
    }

    /// The 32-byte public key.
    func publicKey(source: String) throws(SigningError) -> Ed25519PublicKey {
        guard let pointer else { preconditionFailure("PKey used after release") }
        var raw = [UInt8](repeating: 0, count: 32)
        var length = raw.count
        guard raw.withUnsafeMutableBufferPointer({ EVP_PKEY_get_raw_public_key(pointer, $0.baseAddress, &length) }) == 1,
              length == 32 else {
            throw .libcrypto(operation: "read the public key of \(source)", detail: LibCrypto.takeErrors())
        }
        return try Ed25519PublicKey(rawRepresentation: raw)
    }

    /// Hands the key over to its new owner.
    func release() -> OpaquePointer {
        guard let pointer else { preconditionFailure("PKey released twice") }
        self.pointer = nil
        return pointer
    }
}

extension String {
    /// The string with `0`s before it up to `width` characters.
    func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
