import CLIKit
import Foundation
import LedgerJSON
import LedgerStore

/// Reads the JSON object given with `--json FILE` (or `-` for standard input).
enum JSONInput {
    /// The most bytes read: the same limit as one event.
    static let maxBytes = EnvelopeRules.maxLineBytes

    /// Why the input could not be read.
    struct Failure: ReportableError {
        let code: String
        let message: String
    }

    /// The JSON value in `source` (a path, or `-` for standard input).
    static func read(_ source: String) throws -> JSONValue {
        let name = source == "-" ? "standard input" : source
        let data: Data?
        if source == "-" {
            data = try? FileHandle.standardInput.readToEnd() ?? Data()
        } else {
            data = FileManager.default.contents(atPath: source)
        }
        guard let data else {
            throw Failure(code: "input-unreadable", message: "cannot read the --json input \(name): check the path and that it is a readable file")
        }
        guard data.count <= maxBytes else {
            throw Failure(code: "invalid-input", message: "the --json input \(name) is \(data.count) bytes, over the \(maxBytes)-byte limit for one event")
        }
        do {
            return try JSONParser.parse(Array(data))
        } catch {
            throw Failure(code: "invalid-input", message: "the --json input \(name) is not valid JSON: \(error.message); nothing was written")
        }
    }
}
