#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The process's environment variables, read from `environ` (no Foundation needed).
public enum ProcessEnvironment {
    /// Every variable, by name; for a name given twice, the first.
    public static var current: [String: String] {
        var out: [String: String] = [:]
        var p = environ
        while let entry = p.pointee {
            let text = String(cString: entry)
            if let eq = text.firstIndex(of: "=") {
                let name = String(text[..<eq])
                if out[name] == nil { out[name] = String(text[text.index(after: eq)...]) }
            }
            p += 1
        }
        return out
    }

    /// The variables among `names` that are set, by name (the first when one is given twice):
    /// what a command line can consult, without reading the rest of the environment.
    public static func variables(named names: [String]) -> [String: String] {
        var out: [String: String] = [:]
        for name in names where out[name] == nil {
            if let value = getenv(name) { out[name] = String(cString: value) }
        }
        return out
    }
}
