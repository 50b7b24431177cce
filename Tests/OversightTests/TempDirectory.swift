import Foundation

/// A fresh directory under the system's temporary directory, removed by `remove()`.
struct TempDirectory {
    let path: String

    init(_ name: String) throws {
        path = NSTemporaryDirectory() + "caseledger-oversight-\(name)-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    func remove() { try? FileManager.default.removeItem(atPath: path) }
}
