import LedgerJSON

/// JSON Pointer (RFC 6901): building pointers from tokens, splitting them, and finding what one
/// points at in a document.
enum JSONPointer {
    /// `token` escaped for use in a pointer: `~` as `~0`, `/` as `~1`.
    static func escape(_ token: String) -> String {
        guard token.unicodeScalars.contains(where: { $0 == "~" || $0 == "/" }) else {
            return token
        }
        var escaped = String.UnicodeScalarView()
        for scalar in token.unicodeScalars {
            switch scalar {
            case "~": escaped.append(contentsOf: "~0".unicodeScalars)
            case "/": escaped.append(contentsOf: "~1".unicodeScalars)
            default: escaped.append(scalar)
            }
        }
        return String(escaped)
    }

    /// `pointer` with `token` appended as one more reference token.
    static func appending(_ token: String, to pointer: String) -> String {
        pointer + "/" + escape(token)
    }

    /// The reference tokens of `pointer`, unescaped; nil when it is not a JSON Pointer (it does
    /// not start with `/`, or has a `~` not followed by `0` or `1`).
    static func tokens(_ pointer: String) -> [String]? {
        if pointer.isEmpty { return [] }
        guard pointer.unicodeScalars.first == "/" else { return nil }
        var tokens: [String] = []
        let scalars = pointer.unicodeScalars.dropFirst()
        for raw in scalars.split(separator: "/", omittingEmptySubsequences: false) {
            var token = String.UnicodeScalarView()
            var iterator = raw.makeIterator()
            while let scalar = iterator.next() {
                guard scalar == "~" else {
                    token.append(scalar)
                    continue
                }
                switch iterator.next() {
                case "0": token.append("~")
                case "1": token.append("/")
                default: return nil
                }
            }
            tokens.append(String(token))
        }
        return tokens
    }

    /// The pointer whose tokens are `tokens`.
    static func pointer(_ tokens: [String]) -> String {
        tokens.reduce("") { appending($1, to: $0) }
    }

    /// The value `tokens` lead to inside `document`, or nil when they lead nowhere. An array
    /// index must be written in plain decimal without leading zeros.
    static func resolve(_ tokens: [String], in document: JSONValue) -> JSONValue? {
        var current = document
        for token in tokens {
            switch current {
            case .object(let members):
                guard let next = members[token] else { return nil }
                current = next
            case .array(let elements):
                guard let index = arrayIndex(token), index < elements.count else { return nil }
                current = elements[index]
            default:
                return nil
            }
        }
        return current
    }

    private static func arrayIndex(_ token: String) -> Int? {
        guard !token.isEmpty, token.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
        guard token == "0" || token.utf8.first != 0x30 else { return nil }
        return Int(token)
    }
}
