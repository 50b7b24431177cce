import CaseLedger
import Foundation
import LedgerStore

/// Files of this repository used as test input: the England configuration and the example story.
enum Repository {
    /// The repository's root directory.
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// A file's bytes, by path from the root.
    static func bytes(_ path: String) -> [UInt8] {
        Array(FileManager.default.contents(atPath: root.appendingPathComponent(path).path)!)
    }

    /// `events/config/england-2026.json`.
    static var englandConfiguration: JSONValue { try! JSONParser.parse(bytes("events/config/england-2026.json")) }

    /// One step of the example story: the command, who records it, and its JSON input.
    struct Step {
        let command: String
        let actor: String
        let input: JSONValue
    }

    /// `events/examples/joe.jsonl`: Joe's case from referral to delivery.
    static var joe: [Step] {
        let text = String(decoding: bytes("events/examples/joe.jsonl"), as: UTF8.self)
        return text.split(separator: "\n").map { line in
            let v = try! JSONParser.parse(String(line))
            return Step(command: v["command"]!.stringValue!, actor: v["as"]!.stringValue!, input: v["input"]!)
        }
    }
}
