import Foundation
import LedgerStore

#if canImport(Glibc)
import Glibc
#endif

/// What the figures were measured on.
enum Machine {
    /// Online cores.
    static var cores: Int { sysconf(Int32(_SC_NPROCESSORS_ONLN)) }

    /// The CPU's model name from /proc/cpuinfo.
    static var cpuModel: String {
        let text = (try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8)) ?? ""
        for line in text.split(separator: "\n") where line.hasPrefix("model name") {
            if let colon = line.firstIndex(of: ":") {
                return line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            }
        }
        return "unknown CPU"
    }

    /// The kernel's name and release, from uname(2).
    static var kernel: String {
        var u = utsname()
        uname(&u)
        func field<T>(_ value: T) -> String {
            withUnsafeBytes(of: value) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
        }
        return "\(field(u.sysname)) \(field(u.release)) \(field(u.machine))"
    }

    /// Lines for the top of the report.
    static func describe() -> [String] {
        [
            "date: \(Timestamp.now().rfc3339)",
            "machine: \(cores) cores (nproc), \(cpuModel), \(kernel)",
            "SHA-256: \(SHA256.usesCPUExtensions ? "CPU SHA extensions (SHA-NI) in use" : "portable C, no CPU SHA extensions")",
        ]
    }
}
