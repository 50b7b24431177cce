import CaseLedger
import Foundation
import LedgerJSON

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

    /// `events/examples/joe/NN-COMMAND.ACTOR.json`: Joe's case from referral to delivery, one
    /// file of JSON input per step, in file name order.
    static var joe: [Step] {
        let directory = root.appendingPathComponent("events/examples/joe").path
        let names = try! FileManager.default.contentsOfDirectory(atPath: directory).filter { $0.hasSuffix(".json") }.sorted()
        return names.map { name in
            let parts = name.dropLast(".json".count).split(separator: ".", maxSplits: 1)
            let command = String(parts[0].drop { $0 != "-" }.dropFirst())
            return Step(command: command, actor: String(parts[1]), input: try! JSONParser.parse(bytes("events/examples/joe/" + name)))
        }
    }
}
