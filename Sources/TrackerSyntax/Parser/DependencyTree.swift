/// A sentence's words as a dependency tree, as the parser built it.
public struct DependencyTree: Sendable, Hashable {
    /// The words in order; heads are indices into this array.
    public var words: [SyntaxWord]

    /// A tree of these words.
    public init(words: [SyntaxWord]) { self.words = words }

    /// The index of the root word (the first word without a head), if any.
    public var root: Int? { words.firstIndex { $0.head == nil } }

    /// The indices of the words whose head is `index`, in order.
    public func dependents(of index: Int) -> [Int] {
        words.indices.filter { words[$0].head == index }
    }

    /// The indices of `index`'s dependents with this relation, in order.
    public func dependents(of index: Int, _ relation: DependencyRelation) -> [Int] {
        words.indices.filter { words[$0].head == index && words[$0].relation == relation }
    }

    /// The word at `index` and every word below it, in order.
    public func subtree(of index: Int) -> [Int] {
        var inside = [Bool](repeating: false, count: words.count)
        inside[index] = true
        var changed = true
        while changed {
            changed = false
            for i in words.indices where !inside[i] {
                if let head = words[i].head, inside[head] { inside[i] = true; changed = true }
            }
        }
        return words.indices.filter { inside[$0] }
    }

    /// Relations as `relation(head, dependent)` using word forms, for explanations.
    public func describe(_ index: Int) -> String {
        let word = words[index]
        let head = word.head.map { words[$0].form } ?? "ROOT"
        return "\(word.relation.rawValue)(\(head), \(word.form))"
    }
}
