import Foundation
import LedgerSigning
import Testing

/// Bytes from hexadecimal text.
func hex(_ text: String) -> [UInt8] {
    var bytes: [UInt8] = []
    var index = text.startIndex
    while index < text.endIndex {
        let next = text.index(index, offsetBy: 2)
        bytes.append(UInt8(text[index..<next], radix: 16)!)
        index = next
    }
    return bytes
}

/// Hexadecimal text from bytes.
func hex(_ bytes: [UInt8]) -> String {
    bytes.map { String(format: "%02x", $0) }.joined()
}

/// A fresh temporary directory for one test, removed when the value is deinitialised.
final class Scratch {
    let path: String

    init() {
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("caseledger-signing-tests-\(UUID().uuidString)")
        try! FileManager.default.createDirectory(at: base, withIntermediateDirectories: true)
        path = base.path
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }

    /// Writes `bytes` to `name` in the directory and returns its path.
    @discardableResult
    func write(_ bytes: [UInt8], to name: String) throws -> String {
        let file = path + "/" + name
        try Data(bytes).write(to: URL(fileURLWithPath: file))
        return file
    }

    /// The bytes of `name` in the directory.
    func read(_ name: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: URL(fileURLWithPath: path + "/" + name)))
    }

    /// Runs the `openssl` command (Debian's openssl package) in the directory, recording a test
    /// issue with its output when it fails.
    func openssl(_ arguments: [String], sourceLocation: SourceLocation = #_sourceLocation) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["openssl"] + arguments
        process.currentDirectoryURL = URL(fileURLWithPath: path)
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0,
                "openssl \(arguments.joined(separator: " ")) failed (the tests need the openssl command: Debian's openssl package):\n\(text)",
                sourceLocation: sourceLocation)
    }
}

/// RFC 8032 §7.1 "Test Vectors for Ed25519", TEST 1–3 (https://www.rfc-editor.org/rfc/rfc8032#section-7.1):
/// SECRET KEY (the 32-byte seed), PUBLIC KEY, MESSAGE and SIGNATURE, copied from the RFC.
struct RFC8032Vector: Sendable, CustomTestStringConvertible {
    let name: String
    let secretKey: [UInt8]
    let publicKey: [UInt8]
    let message: [UInt8]
    let signature: [UInt8]

    var testDescription: String { name }

    static let all: [RFC8032Vector] = [
        RFC8032Vector(
            name: "TEST 1 (empty message)",
            secretKey: hex("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60"),
            publicKey: hex("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a"),
            message: [],
            signature: hex("e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b")),
        RFC8032Vector(
            name: "TEST 2 (one byte)",
            secretKey: hex("4ccd089b28ff96da9db6c346ec114e0f5b8a319f35aba624da8cf6ed4fb8a6fb"),
            publicKey: hex("3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c"),
            message: hex("72"),
            signature: hex("92a009a9f0d4cab8720e820b5f642540a2b27b5416503f8fb3762223ebdb69da085ac1e43e15996e458f3613d0f11d8c387b2eaeb4302aeeb00d291612bb0c00")),
        RFC8032Vector(
            name: "TEST 3 (two bytes)",
            secretKey: hex("c5aa8df43f9f837bedb7442f31dcb7b166d38535076f094b85ce3a2e0b4458f7"),
            publicKey: hex("fc51cd8e6218a1a38da47ed00230f0580816ed13ba3303ac5deb911548908025"),
            message: hex("af82"),
            signature: hex("6291d657deec24024827e69c3abe01a30ce548a284743a445e3680d7db5ac3ac18ff9b538d16f290ae67f760984dc6594a7c15e9716ed28dc027beceea1ec40a")),
    ]
}

/// The error of type `E` that `body` throws, or nil (recording an issue) when it throws none or another.
func caught<E: Error>(_ type: E.Type, sourceLocation: SourceLocation = #_sourceLocation, _ body: () throws -> Void) -> E? {
    do {
        try body()
        Issue.record("expected a \(E.self), but nothing was thrown", sourceLocation: sourceLocation)
        return nil
    } catch let error as E {
        return error
    } catch {
        Issue.record("expected a \(E.self), but \(error) was thrown", sourceLocation: sourceLocation)
        return nil
    }
}
