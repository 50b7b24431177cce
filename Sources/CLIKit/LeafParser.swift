/// Parses the arguments of one leaf command (a command without subcommands).
struct LeafParser {
    let spec: CommandSpec
    let commandPath: [String]
    let environment: [String: String]

    /// Reads options and flags in order, then fills positionals, then applies environment
    /// fallbacks and defaults. The first problem found is thrown.
    func parse(_ arguments: ArraySlice<String>) throws(UsageError) -> ParsedArguments {
        var positionals: [String] = []
        var values: [String: [String]] = [:]
        var sources: [String: ValueSource] = [:]
        var flags: Set<String> = []
        var index = arguments.startIndex
        var optionsEnded = false
        while index < arguments.endIndex {
            let token = arguments[index]
            index += 1
            if optionsEnded || !Self.looksLikeOption(token) {
                positionals.append(token)
                continue
            }
            if token == "--" {
                optionsEnded = true
                continue
            }
            let (name, inlineValue) = Self.split(token)
            if let option = lookUpOption(name) {
                let value: String
                if let inlineValue {
                    value = inlineValue
                } else if index < arguments.endIndex, !Self.looksLikeOption(arguments[index]) {
                    value = arguments[index]
                    index += 1
                } else {
                    throw error("missing value for \(option.synopsis)")
                }
                if values[option.name] != nil, !option.isRepeatable {
                    throw error("--\(option.name) given more than once")
                }
                try check(value, of: option, source: .commandLine)
                values[option.name, default: []].append(value)
                sources[option.name] = .commandLine
            } else if let flag = lookUpFlag(name) {
                if inlineValue != nil { throw error("--\(flag.name) does not take a value") }
                flags.insert(flag.name)
            } else {
                throw unknownOption(name)
            }
        }
        let positionalValues = try assign(positionals)
        for option in spec.options where values[option.name] == nil {
            if let variable = option.environment, let value = environment[variable], !value.isEmpty {
                try check(value, of: option, source: .environment(variable))
                values[option.name] = [value]
                sources[option.name] = .environment(variable)
            } else if let value = option.defaultValue {
                values[option.name] = [value]
                sources[option.name] = .defaultValue
            } else if option.isRequired {
                throw error(ParsedArguments.missingMessage(for: option))
            }
        }
        return ParsedArguments(
            commandPath: commandPath, spec: spec, positionalValues: positionalValues,
            optionValues: values, optionSources: sources, flagsGiven: flags)
    }

    /// Anything starting with a dash except a lone "-" (which conventionally means stdin).
    static func looksLikeOption(_ token: String) -> Bool {
        token.hasPrefix("-") && token != "-"
    }

    /// Splits `--name=value` into its parts; other tokens have no inline value.
    static func split(_ token: String) -> (name: String, value: String?) {
        guard token.hasPrefix("--"), let equals = token.firstIndex(of: "=") else {
            return (token, nil)
        }
        return (String(token[..<equals]), String(token[token.index(after: equals)...]))
    }

    private func lookUpOption(_ token: String) -> OptionSpec? {
        if token.hasPrefix("--") {
            return spec.options.first { "--\($0.name)" == token }
        }
        return spec.options.first { $0.short.map { "-\($0)" } == token }
    }

    private func lookUpFlag(_ token: String) -> FlagSpec? {
        if token.hasPrefix("--") {
            return spec.flags.first { "--\($0.name)" == token }
        }
        return spec.flags.first { $0.short.map { "-\($0)" } == token }
    }

    private func check(_ value: String, of option: OptionSpec, source: ValueSource) throws(UsageError) {
        guard let allowed = option.allowedValues, !allowed.contains(value) else { return }
        let list = allowed.joined(separator: ", ")
        throw error("--\(option.name) must be one of \(list); got '\(value)'\(source.suffix)")
    }

    private func unknownOption(_ token: String) -> UsageError {
        guard token.hasPrefix("--") else { return error("unknown option '\(token)'") }
        let names = spec.options.map(\.name) + spec.flags.map(\.name) + ["help"]
        let typed = String(token.dropFirst(2))
        if let guess = Suggestion.closest(to: typed, among: names) {
            return error("unknown option '\(token)'; did you mean '--\(guess)'?")
        }
        return error("unknown option '\(token)'")
    }

    /// Fills the declared positionals in order; a variadic one takes the rest.
    private func assign(_ values: [String]) throws(UsageError) -> [String: [String]] {
        var result: [String: [String]] = [:]
        var remaining = values[...]
        for argument in spec.arguments {
            if argument.isVariadic {
                result[argument.name] = Array(remaining)
                remaining = []
            } else if let first = remaining.popFirst() {
                result[argument.name] = [first]
            }
            if argument.isRequired, result[argument.name, default: []].isEmpty {
                throw error("missing expected argument <\(argument.name)>")
            }
        }
        if let extra = remaining.first {
            throw error("unexpected argument '\(extra)'")
        }
        return result
    }

    private func error(_ message: String) -> UsageError {
        UsageError(command: commandPath, message: message)
    }
}
