/// Finds `$ref` loops that would make validation run forever.
///
/// A subschema reached through `$ref`, `allOf`, `anyOf`, `oneOf`, `not`, `if`, `then` or
/// `else` is applied to the same value as its parent. If following only those keywords leads
/// back to a schema already on the path, evaluation would recurse without end. Every other
/// applicator moves to a smaller part of the value, so recursion through it always ends.
enum ReferenceCycles {
    /// Throws `SchemaError.Kind.referenceCycle` for the first such loop found in `nodes`.
    static func check(_ nodes: [SchemaNode]) throws(SchemaError) {
        var finished = [Bool](repeating: false, count: nodes.count)
        var path: [Int] = []
        var onPath = [Bool](repeating: false, count: nodes.count)

        func visit(_ node: Int) throws(SchemaError) {
            path.append(node)
            onPath[node] = true
            for (target, keyword) in sameValueEdges(nodes[node]) {
                if onPath[target] {
                    let loop = path[path.firstIndex(of: target)!...] + [target]
                    let chain = loop.map { "#" + nodes[$0].pointer }.joined(separator: " → ")
                    throw SchemaError(
                        .referenceCycle, at: keyword,
                        "these references lead back to themselves without looking inside the data, so validation would never end: \(chain)")
                }
                if !finished[target] { try visit(target) }
            }
            onPath[node] = false
            finished[node] = true
            path.removeLast()
        }

        for node in nodes.indices where !finished[node] {
            try visit(node)
        }
    }

    /// The subschemas `node` applies to the value it is given, each with the JSON Pointer of
    /// the keyword that leads there.
    private static func sameValueEdges(_ node: SchemaNode) -> [(target: Int, keyword: String)] {
        guard case .keywords(let keywords) = node.body else { return [] }
        var edges: [(target: Int, keyword: String)] = []
        for keyword in keywords {
            let at = JSONPointer.appending(keyword.name, to: node.pointer)
            switch keyword.rule {
            case .reference(let target), .not(let target):
                edges.append((target, at))
            case .allOf(let targets), .anyOf(let targets), .oneOf(let targets):
                for (index, target) in targets.enumerated() {
                    edges.append((target, JSONPointer.appending(String(index), to: at)))
                }
            case .conditional(let condition, let then, let otherwise):
                edges.append((condition, at))
                if let then { edges.append((then, JSONPointer.appending("then", to: node.pointer))) }
                if let otherwise { edges.append((otherwise, JSONPointer.appending("else", to: node.pointer))) }
            default:
                break
            }
        }
        return edges
    }
}
