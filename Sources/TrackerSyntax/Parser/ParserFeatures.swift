/// The parser's feature templates, after Zhang and Nivre (2011): words and
/// tags of the top three stack items and the first three buffer items, their
/// pairs and triples, the distance between stack top and buffer front, their
/// valencies, and the tags, words and labels of their outermost dependents.
package enum ParserFeatures {
    /// The number of features `transition` writes.
    package static let transitionCount = 55
    /// The number of features `label` writes.
    package static let labelCount = 28

    /// What the templates see of one position: its word and tag keys, or markers for none and root.
    @usableFromInline
    struct Item {
        var w: UInt64, t: UInt64, form: UInt64
    }

    @inline(__always)
    static func item(_ i: Int, _ words: UnsafeBufferPointer<WordKeys>, _ tags: UnsafeBufferPointer<UInt8>) -> Item {
        if i < 0 { return Item(w: 1, t: 1, form: 1) }
        if i >= words.count { return Item(w: 2, t: 2, form: 2) }
        return Item(w: words[i].lower, t: UInt64(tags[i]) &+ 16, form: words[i].form)
    }

    @inline(__always)
    static func label(_ i: Int32, _ state: ParseState) -> UInt64 {
        i < 0 ? 1 : UInt64(state.labels[Int(i)]) &+ 16
    }

    @inline(__always)
    static func distance(_ a: Int, _ b: Int) -> UInt64 {
        let d = abs(b - a)
        return UInt64(d < 5 ? d : d < 10 ? 5 : 6)
    }

    /// Writes the transition features of `state` into `out` (which holds `transitionCount`).
    package static func transition(
        _ state: ParseState, _ words: UnsafeBufferPointer<WordKeys>, _ tags: UnsafeBufferPointer<UInt8>,
        into out: UnsafeMutablePointer<UInt64>
    ) {
        let depth = state.stack.count
        let s0i = depth >= 1 ? Int(state.stack[depth - 1]) : -1
        let s1i = depth >= 2 ? Int(state.stack[depth - 2]) : -1
        let s2i = depth >= 3 ? Int(state.stack[depth - 3]) : -1
        let b0i = state.next
        let b1i = state.next + 1 <= state.count ? state.next + 1 : -1
        let b2i = state.next + 2 <= state.count ? state.next + 2 : -1
        let s0 = item(s0i, words, tags), s1 = item(s1i, words, tags), s2 = item(s2i, words, tags)
        let b0 = item(b0i, words, tags)
        let b1 = b1i < 0 ? Item(w: 1, t: 1, form: 1) : item(b1i, words, tags)
        let b2 = b2i < 0 ? Item(w: 1, t: 1, form: 1) : item(b2i, words, tags)
        let s0l1 = s0i >= 0 ? Int(state.left1[s0i]) : -1
        let s0l2 = s0i >= 0 ? Int(state.left2[s0i]) : -1
        let s0r1 = s0i >= 0 ? Int(state.right1[s0i]) : -1
        let s0r2 = s0i >= 0 ? Int(state.right2[s0i]) : -1
        let b0l1 = Int(state.left1[b0i]), b0l2 = Int(state.left2[b0i])
        let s1r1 = s1i >= 0 ? Int(state.right1[s1i]) : -1
        let s0L1 = item(s0l1, words, tags), s0L2 = item(s0l2, words, tags)
        let s0R1 = item(s0r1, words, tags), s0R2 = item(s0r2, words, tags)
        let b0L1 = item(b0l1, words, tags), b0L2 = item(b0l2, words, tags)
        let s1R1 = item(s1r1, words, tags)
        let ls0l1 = label(Int32(s0l1), state), ls0r1 = label(Int32(s0r1), state)
        let ls0l2 = label(Int32(s0l2), state), ls0r2 = label(Int32(s0r2), state)
        let lb0l1 = label(Int32(b0l1), state), lb0l2 = label(Int32(b0l2), state)
        let ls1r1 = label(Int32(s1r1), state)
        let dist = s0i >= 0 ? distance(s0i, b0i) : 0
        let s0vl = s0i >= 0 ? UInt64(state.leftCount[s0i]) : 9, s0vr = s0i >= 0 ? UInt64(state.rightCount[s0i]) : 9
        let b0vl = UInt64(state.leftCount[b0i])
        let s0ll = s0i >= 0 ? state.leftLabels[s0i] : 1, s0rl = s0i >= 0 ? state.rightLabels[s0i] : 1
        let b0ll = state.leftLabels[b0i]
        var k = 0
        @inline(__always) func put(_ template: UInt64, _ a: UInt64, _ b: UInt64 = 0, _ c: UInt64 = 0) {
            out[k] = FeatureHash.combine(template &+ 100, a, b, c); k += 1
        }
        // Single positions.
        put(1, s0.w); put(2, s0.t); put(3, s0.w, s0.t)
        put(4, s1.w); put(5, s1.t); put(6, s1.w, s1.t)
        put(7, b0.w); put(8, b0.t); put(9, b0.w, b0.t)
        put(10, b1.w); put(11, b1.t); put(12, b1.w, b1.t)
        put(13, b2.w); put(14, b2.t); put(15, s2.t)
        put(16, s0.form)
        // Pairs.
        put(17, s0.w, s0.t, b0.w &* 31 &+ b0.t)
        put(18, s0.w, s0.t, b0.w)
        put(19, s0.w, b0.w, b0.t)
        put(20, s0.w, s0.t, b0.t)
        put(21, s0.t, b0.w, b0.t)
        put(22, s0.w, b0.w)
        put(23, s0.t, b0.t)
        put(24, b0.t, b1.t)
        put(25, s1.t, s0.t)
        put(26, s1.w, s0.w)
        put(27, s1.t, s0.w)
        put(28, s1.w, s0.t)
        // Triples.
        put(29, b0.t, b1.t, b2.t)
        put(30, s0.t, b0.t, b1.t)
        put(31, s1.t, s0.t, b0.t)
        put(32, s2.t, s1.t, s0.t)
        put(33, s1.t, s0.t, b1.t)
        // Distance and valency.
        put(34, s0.w, dist); put(35, s0.t, dist); put(36, b0.w, dist); put(37, b0.t, dist)
        put(38, s0.t, b0.t, dist)
        put(39, s0.t, s0vl); put(40, s0.t, s0vr); put(41, b0.t, b0vl)
        // Dependents.
        put(42, s0.t, s0L1.t, ls0l1)
        put(43, s0.t, s0R1.t, ls0r1)
        put(44, b0.t, b0L1.t, lb0l1)
        put(45, s0.t, s0L1.t, s0L2.t)
        put(46, s0.t, s0R1.t, s0R2.t)
        put(47, b0.t, b0L1.t, b0L2.t)
        put(48, s0.t, ls0l2, ls0r2 &* 131 &+ lb0l2)
        put(49, s1.t, s1R1.t, ls1r1)
        put(50, s0.t, s0ll, s0rl)
        put(51, b0.t, b0ll)
        put(52, s0L1.w, s0R1.w, b0L1.w)
        // Dictionary classes stand in for the words of words the treebanks never show.
        let s0x = s0i >= 0 ? words[s0i].lexical : 1, b0x = b0i < words.count ? words[b0i].lexical : 2
        let b1x = b1i >= 0 && b1i < words.count ? words[b1i].lexical : 2
        put(53, s0x, s0.t, b0.t)
        put(54, b0x, b0.t, s0.t)
        put(55, b0x, b1x, b0.t)
    }

    /// Writes the features for labelling the arc `head` → `dependent` (made now) into `out`.
    package static func label(
        _ state: ParseState, dependent: Int, head: Int, _ words: UnsafeBufferPointer<WordKeys>,
        _ tags: UnsafeBufferPointer<UInt8>, into out: UnsafeMutablePointer<UInt64>
    ) {
        let d = item(dependent, words, tags), h = item(head, words, tags)
        let direction: UInt64 = dependent < head ? 1 : 2
        let dist = distance(dependent, head)
        let dl1 = Int(state.left1[dependent]), dr1 = Int(state.right1[dependent])
        let hl1 = Int(state.left1[head]), hr1 = Int(state.right1[head])
        let dL1 = item(dl1, words, tags), dR1 = item(dr1, words, tags)
        let hL1 = item(hl1, words, tags)
        let before = item(dependent - 1, words, tags), after = item(dependent + 1, words, tags)
        var k = 0
        @inline(__always) func put(_ template: UInt64, _ a: UInt64, _ b: UInt64 = 0, _ c: UInt64 = 0) {
            out[k] = FeatureHash.combine(template &+ 200, a, b, c); k += 1
        }
        put(1, 0)
        put(2, d.w); put(3, d.t); put(4, d.w, d.t)
        put(5, h.w); put(6, h.t); put(7, h.w, h.t)
        put(8, d.t, h.t, direction)
        put(9, d.w, h.t, direction)
        put(10, d.t, h.w, direction)
        put(11, d.t, h.t, dist &* 4 &+ direction)
        put(12, d.t, dL1.w, label(Int32(dl1), state))
        put(13, d.t, dL1.t, direction)
        put(14, d.t, dR1.t, label(Int32(dr1), state))
        put(15, h.t, hL1.t, label(Int32(hl1), state))
        put(16, d.t, h.t, state.leftLabels[head])
        put(17, d.t, state.leftLabels[dependent], state.rightLabels[dependent])
        put(18, h.t, label(Int32(hr1), state), direction)
        put(19, d.t, before.t, after.t)
        put(20, d.w, direction)
        put(21, h.w, d.w)
        put(22, dL1.w, h.t, direction)
        put(23, d.t, h.t, dL1.w)
        put(24, d.form, direction)
        put(25, h.w, state.leftLabels[head], direction)
        put(26, d.t, after.w, direction)
        // The first word of the dependent with what the head already has on its left:
        // "by" under a head with aux:pass and nsubj:pass marks an agent (obl:agent), not any obl.
        put(27, dL1.w, h.t, state.leftLabels[head])
        put(28, dL1.w, d.t, h.t)
    }
}
