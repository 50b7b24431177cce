import CLibCrypto

/// The few libcrypto calls LedgerSigning makes besides signing: the thread's error queue and
/// SHA-256. Pointer work stays in this file and `Ed25519.swift`.
enum LibCrypto {
    /// libcrypto's error queue for this thread as one line (oldest first), emptied; "no detail"
    /// when libcrypto recorded nothing.
    static func takeErrors() -> String {
        var lines: [String] = []
        while true {
            let code = ERR_get_error()
            if code == 0 { break }
            var buffer = [CChar](repeating: 0, count: 256)
            ERR_error_string_n(code, &buffer, buffer.count)
            lines.append(String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self))
        }
        return lines.isEmpty ? "no detail" : lines.joined(separator: "; ")
    }

    /// The SHA-256 digest of `bytes` (32 bytes), computed by libcrypto.
    static func sha256(_ bytes: [UInt8]) throws(SigningError) -> [UInt8] {
        var digest = [UInt8](repeating: 0, count: 32)
        var length: UInt32 = 0
        let ok = withNonNullBytes(bytes) { input, count in
            digest.withUnsafeMutableBufferPointer { EVP_Digest(input, count, $0.baseAddress, &length, EVP_sha256(), nil) }
        }
        guard ok == 1, length == 32 else { throw .libcrypto(operation: "compute SHA-256", detail: takeErrors()) }
        return digest
    }

    /// Calls `body` with a non-null pointer to `bytes` and their count: libcrypto's functions
    /// take a pointer even for an empty input, which an empty array does not provide.
    static func withNonNullBytes<R>(_ bytes: [UInt8], _ body: (UnsafePointer<UInt8>, Int) -> R) -> R {
        if bytes.isEmpty {
            var placeholder: UInt8 = 0
            return withUnsafePointer(to: &placeholder) { body($0, 0) }
        }
        return bytes.withUnsafeBufferPointer { body($0.baseAddress!, $0.count) }
    }
}
