/// Questions the kind rules ask of the sentence's dependency tree (parsed
/// only when a rule gets this far: see ``SentenceAnalysis/syntax()``).
extension SentenceAnalysis {
    /// Whether the group's main verb is passive: the tree's `aux:pass` or
    /// `nsubj:pass` on it, or, where the tree has no word for it, "be" + participle.
    mutating func isPassive(_ group: VerbGroup) -> Bool {
        let syntax = syntax()
        if syntax.wordOfToken[group.main] != nil { return syntax.isPassive(group.main) }
        return group.hasBe && tokens[group.main].classes.contains(.participle)
    }

    /// Whether a believing or seeming verb names the standard a figure is
    /// compared with ("rose more than analysts had expected", "as expected",
    /// "not what dealers had hoped for"): the tree's `mark` "than"/"as" on the
    /// verb, or the verb inside a free relative on "what". Such a verb doubts nothing.
    mutating func isComparisonStandard(_ group: VerbGroup) -> Bool {
        let syntax = syntax()
        if syntax.children(of: group.main, [.mark]).contains(where: { isComparisonMark($0) }) { return true }
        // "than economists had expected" is often parsed with "than" as the case of the subject.
        for child in syntax.children(of: group.main, [.nsubj, .obl]) where child < group.main {
            if syntax.children(of: child, [.case, .mark]).contains(where: { lowercased($0) == "than" }) { return true }
        }
        if let head = syntax.head(of: group.main), head < group.first, lowercased(head) == "what",
            syntax.relation(group.main) == .aclRelcl
        {
            return true
        }
        // The parser may hang "than" elsewhere ("by more than expected"): it
        // still marks the clause when it comes within three words before it.
        return (max(0, group.first - 3)..<group.first).contains { lowercased($0) == "than" }
    }

    /// "than" or "as" (a comparison's marker).
    func isComparisonMark(_ token: Int) -> Bool {
        let word = lowercased(token)
        return word == "than" || word == "as"
    }

    /// A token's text in lower case.
    func lowercased(_ token: Int) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[tokens[token].start..<tokens[token].end]), as: UTF8.self).lowercased()
    }
}
