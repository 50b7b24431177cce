import LedgerSigning

#if canImport(Glibc)
import Glibc
#endif

/// Reading the keys the checkpoint and witness commands are given.
public enum KeyArguments {
    // Keeps events/INVARIANTS.md rule 28: a signing key others may read is refused.
    /// The Ed25519 private key in the PEM file `path` (`openssl genpkey -algorithm ed25519`),
    /// refused when the file's mode lets its group or others read or write it: whoever can read
    /// it can sign checkpoints (or cosignatures) in its owner's name.
    public static func privateKey(pemFile path: String) throws(TransparencyError) -> Ed25519PrivateKey {
        var st = stat()
        if stat(path, &st) == 0, (st.st_mode & S_IFMT) == S_IFREG, st.st_mode & 0o077 != 0 {
            throw .keyReadableByOthers(path: path)
        }
        do { return try Ed25519PrivateKey.load(pemFile: path) } catch { throw .signing(error) }
    }

    /// The log's key given as a verifier key string (`origin+keyid+base64`, as `caseledger
    /// checkpoint` prints it), or as the path of a file whose first line is one.
    public static func logKey(_ argument: String) throws(TransparencyError) -> NoteVerifier {
        let text = try verifierKeyText(argument)
        do { return try NoteVerifier(verifierKey: text) } catch { throw .note(error) }
    }

    /// A witness's cosignature key given as a verifier key string (type 0x04, as `caseledger-audit
    /// witness` prints it), or as the path of a file whose first line is one.
    public static func witnessKey(_ argument: String) throws(TransparencyError) -> CosignatureVerifier {
        let text = try verifierKeyText(argument)
        do { return try CosignatureVerifier(verifierKey: text) } catch { throw .note(error) }
    }

    /// The argument itself, or the first line of the file it names when it names a regular file.
    private static func verifierKeyText(_ argument: String) throws(TransparencyError) -> String {
        var st = stat()
        guard stat(argument, &st) == 0, (st.st_mode & S_IFMT) == S_IFREG else { return argument }
        let fd = open(argument, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard fd >= 0 else { throw .ledger(.io(operation: "open", path: argument, errno: errno)) }
        defer { close(fd) }
        var buffer = [UInt8](repeating: 0, count: 4096)
        let n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
        guard n >= 0 else { throw .ledger(.io(operation: "read", path: argument, errno: errno)) }
        let text = String(decoding: buffer[0..<n], as: UTF8.self)
        return String(text.split(separator: "\n", omittingEmptySubsequences: false).first ?? "").trimmingSuffixCR()
    }
}

extension String {
    /// The string without a final carriage return.
    fileprivate func trimmingSuffixCR() -> String { hasSuffix("\r") ? String(dropLast()) : self }
}
