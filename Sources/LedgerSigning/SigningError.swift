#if canImport(Glibc)
import Glibc
#endif

/// Every way loading an Ed25519 key or signing with one can fail. Each case carries what the
/// person who must act needs (the key file by its path), a stable `code` for scripts, and a
/// one-line `message` naming the problem and what to do. No case ever carries key material.
public enum SigningError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The key file could not be opened or read (`errno` from the failing system call).
    case keyFileUnreadable(path: String, errno: Int32)
    /// The path names a directory, FIFO, device or socket rather than a regular file.
    case keyFileNotRegular(path: String)
    /// The file is larger than any PEM key file (`limit` bytes).
    case keyFileTooLarge(path: String, limit: Int)
    /// The bytes (from `source`: a path, or a description of where they came from) are not a
    /// PEM key libcrypto can read; `reason` says why.
    case keyMalformed(source: String, reason: String)
    /// The private key file is protected by a passphrase, which signing without a person present cannot supply.
    case keyEncrypted(path: String)
    /// The key is of another algorithm (`found`, as libcrypto names it: `RSA`, `EC`, `ED448`, …).
    case keyNotEd25519(source: String, found: String)
    /// A public key file was given where the private key is needed.
    case publicKeyGivenForPrivate(path: String)
    /// A private key file was given where the public key is needed (publish the public key instead).
    case privateKeyGivenForPublic(path: String)
    /// A raw key (`what`: "public key" or "private key seed") is not 32 bytes long.
    case rawKeyLength(what: String, count: Int)
    /// libcrypto failed an operation that should not fail (out of memory, a broken installation);
    /// `detail` is libcrypto's own error text.
    case libcrypto(operation: String, detail: String)

    /// A short stable identifier of the kind of failure, e.g. `key-not-ed25519`.
    public var code: String {
        switch self {
        case .keyFileUnreadable: return "key-unreadable"
        case .keyFileNotRegular: return "key-not-a-file"
        case .keyFileTooLarge: return "key-too-large"
        case .keyMalformed: return "key-malformed"
        case .keyEncrypted: return "key-encrypted"
        case .keyNotEd25519: return "key-not-ed25519"
        case .publicKeyGivenForPrivate: return "key-public-not-private"
        case .privateKeyGivenForPublic: return "key-private-not-public"
        case .rawKeyLength: return "key-length"
        case .libcrypto: return "libcrypto-failure"
        }
    }

    /// One line for the person who must act on it.
    public var message: String {
        switch self {
        case .keyFileUnreadable(let path, let errno):
            return "cannot read the key file \(path): \(String(cString: strerror(errno))): check the path and its permissions"
        case .keyFileNotRegular(let path):
            return "\(path) is not a regular file: give the path of the PEM key file itself"
        case .keyFileTooLarge(let path, let limit):
            return "\(path) is larger than \(limit) bytes, far more than a PEM key file: check the path"
        case .keyMalformed(let source, let reason):
            return "\(source) is not an Ed25519 key in PEM form (\(reason)): make one with "
                + "'openssl genpkey -algorithm ed25519 -out KEY.pem' and publish its public half with "
                + "'openssl pkey -in KEY.pem -pubout -out KEY.pub'"
        case .keyEncrypted(let path):
            return "the private key \(path) is protected by a passphrase, which signing cannot ask for: "
                + "keep the key unencrypted in a file only the signing account can read (chmod 600)"
        case .keyNotEd25519(let source, let found):
            return "\(source) holds a \(found) key, but checkpoints are signed with Ed25519: make one with "
                + "'openssl genpkey -algorithm ed25519 -out KEY.pem'"
        case .publicKeyGivenForPrivate(let path):
            return "\(path) holds a public key, but signing needs the private key it was made from"
        case .privateKeyGivenForPublic(let path):
            return "\(path) holds a private key, which must never leave the signer: give the public key, "
                + "made with 'openssl pkey -in \(path) -pubout -out KEY.pub'"
        case .rawKeyLength(let what, let count):
            return "an Ed25519 \(what) is 32 bytes, not \(count)"
        case .libcrypto(let operation, let detail):
            return "libcrypto could not \(operation) (\(detail)): check the OpenSSL 3 installation (Debian's libssl3)"
        }
    }

    /// The code and the message: "key-not-ed25519: log.pem holds a RSA key, …".
    public var description: String { "\(code): \(message)" }
}
