/// Quoting for a POSIX shell, so a command printed in a report can be pasted as it is.
public enum ShellQuoting {
    /// `text` unchanged when it holds only safe characters, otherwise in single quotes with any
    /// single quote written `'\''`.
    public static func quote(_ text: String) -> String {
        let safe = text.unicodeScalars.allSatisfy { s in
            (s >= "a" && s <= "z") || (s >= "A" && s <= "Z") || (s >= "0" && s <= "9") || "/._-+:=,@".unicodeScalars.contains(s)
        }
        if safe && !text.isEmpty { return text }
        return "'" + text.split(separator: "'", omittingEmptySubsequences: false).joined(separator: #"'\''"#) + "'"
    }
}
