import Foundation
import LedgerSigning
import Testing

@Suite("Ed25519 through the operating system's libcrypto")
struct Ed25519Tests {
    @Test("RFC 8032 TEST 1–3: the seed gives the public key and the exact signature, which verifies", arguments: RFC8032Vector.all)
    func rfc8032Vectors(vector: RFC8032Vector) throws {
        let key = try Ed25519PrivateKey(seed: vector.secretKey)
        #expect(key.publicKey.rawRepresentation == vector.publicKey)
        #expect(try key.signature(for: vector.message) == vector.signature)
        let publicKey = try Ed25519PublicKey(rawRepresentation: vector.publicKey)
        #expect(publicKey.isValidSignature(vector.signature, for: vector.message))
    }

    @Test("a signature with one bit flipped, over another message, or by another key does not verify", arguments: RFC8032Vector.all)
    func alteredSignaturesFail(vector: RFC8032Vector) throws {
        let publicKey = try Ed25519PublicKey(rawRepresentation: vector.publicKey)
        for bit in [0, 7, 255, 511] {
            var flipped = vector.signature
            flipped[bit / 8] ^= 1 << UInt8(bit % 8)
            #expect(!publicKey.isValidSignature(flipped, for: vector.message), "bit \(bit)")
        }
        #expect(!publicKey.isValidSignature(vector.signature, for: vector.message + [0]))
        #expect(!publicKey.isValidSignature(Array(vector.signature.dropLast()), for: vector.message))
        let other = RFC8032Vector.all.first { $0.name != vector.name }!
        #expect(!(try Ed25519PublicKey(rawRepresentation: other.publicKey)).isValidSignature(vector.signature, for: vector.message))
    }

    @Test("a key made by 'openssl genpkey' signs what 'openssl pkeyutl' verifies, and verifies what it signs")
    func opensslMadeKeys() throws {
        let scratch = Scratch()
        try scratch.openssl(["genpkey", "-algorithm", "ed25519", "-out", "log.pem"])
        try scratch.openssl(["pkey", "-in", "log.pem", "-pubout", "-out", "log.pub"])
        let privateKey = try Ed25519PrivateKey.load(pemFile: scratch.path + "/log.pem")
        let publicKey = try Ed25519PublicKey.load(pemFile: scratch.path + "/log.pub")
        #expect(privateKey.publicKey == publicKey)
        #expect(!privateKey.description.contains("PRIVATE"))

        let message = Array("council.example/caseledger\n42\n".utf8)
        try scratch.write(message, to: "message")
        try scratch.write(try privateKey.signature(for: message), to: "ours.sig")
        try scratch.openssl(["pkeyutl", "-verify", "-pubin", "-inkey", "log.pub", "-rawin", "-in", "message", "-sigfile", "ours.sig"])

        try scratch.openssl(["pkeyutl", "-sign", "-inkey", "log.pem", "-rawin", "-in", "message", "-out", "theirs.sig"])
        let theirs = try scratch.read("theirs.sig")
        #expect(publicKey.isValidSignature(theirs, for: message))
        #expect(!publicKey.isValidSignature(theirs, for: message + [0x0A]))
    }

    @Test("a missing file, a directory or a FIFO is refused by name, without hanging")
    func keyFilesThatAreNotFiles() throws {
        let scratch = Scratch()
        let missing = scratch.path + "/missing.pem"
        let error = caught(SigningError.self) { _ = try Ed25519PrivateKey.load(pemFile: missing) }
        #expect(error?.code == "key-unreadable")
        #expect(error?.message.contains(missing) == true)
        #expect(caught(SigningError.self) { _ = try Ed25519PublicKey.load(pemFile: scratch.path) } == .keyFileNotRegular(path: scratch.path))
        let fifo = scratch.path + "/fifo"
        #expect(mkfifo(fifo, 0o600) == 0)
        #expect(caught(SigningError.self) { _ = try Ed25519PrivateKey.load(pemFile: fifo) } == .keyFileNotRegular(path: fifo))
    }

    @Test("the wrong kind of key is refused with what to do: public for private, private for public, EC, encrypted, not PEM")
    func wrongKeys() throws {
        let scratch = Scratch()
        try scratch.openssl(["genpkey", "-algorithm", "ed25519", "-out", "log.pem"])
        try scratch.openssl(["pkey", "-in", "log.pem", "-pubout", "-out", "log.pub"])
        try scratch.openssl(["genpkey", "-algorithm", "ed25519", "-aes-256-cbc", "-pass", "pass:secret", "-out", "locked.pem"])
        try scratch.openssl(["genpkey", "-algorithm", "EC", "-pkeyopt", "ec_paramgen_curve:P-256", "-out", "ec.pem"])
        try scratch.openssl(["pkey", "-in", "ec.pem", "-pubout", "-out", "ec.pub"])
        let garbage = try scratch.write(Array("not a key\n".utf8), to: "garbage.pem")
        let damaged = try scratch.write(Array("-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n".utf8), to: "damaged.pem")
        let path = { (name: String) in scratch.path + "/" + name }

        #expect(caught(SigningError.self) { _ = try Ed25519PrivateKey.load(pemFile: path("log.pub")) } == .publicKeyGivenForPrivate(path: path("log.pub")))
        let leaked = caught(SigningError.self) { _ = try Ed25519PublicKey.load(pemFile: path("log.pem")) }
        #expect(leaked == .privateKeyGivenForPublic(path: path("log.pem")))
        #expect(leaked?.message.contains("-pubout") == true)
        #expect(caught(SigningError.self) { _ = try Ed25519PrivateKey.load(pemFile: path("locked.pem")) } == .keyEncrypted(path: path("locked.pem")))
        #expect(caught(SigningError.self) { _ = try Ed25519PrivateKey.load(pemFile: path("ec.pem")) } == .keyNotEd25519(source: path("ec.pem"), found: "EC"))
        #expect(caught(SigningError.self) { _ = try Ed25519PublicKey.load(pemFile: path("ec.pub")) } == .keyNotEd25519(source: path("ec.pub"), found: "EC"))
        #expect(caught(SigningError.self) { _ = try Ed25519PrivateKey.load(pemFile: garbage) }?.code == "key-malformed")
        let unreadable = caught(SigningError.self) { _ = try Ed25519PrivateKey.load(pemFile: damaged) }
        #expect(unreadable?.code == "key-malformed")
        #expect(unreadable?.message.contains(damaged) == true)
    }

    @Test("raw keys and seeds are exactly 32 bytes")
    func rawKeyLengths() {
        #expect(caught(SigningError.self) { _ = try Ed25519PublicKey(rawRepresentation: [UInt8](repeating: 1, count: 31)) } == .rawKeyLength(what: "public key", count: 31))
        #expect(caught(SigningError.self) { _ = try Ed25519PrivateKey(seed: [UInt8](repeating: 1, count: 33)) } == .rawKeyLength(what: "private key seed", count: 33))
    }
}
