/// The arc-hybrid parser's configuration: a stack, a buffer position, and
/// the arcs made so far. The root is the last buffer item (index `count`),
/// so the first word attached to it ends the parse: one root per sentence.
package struct ParseState: Sendable {
    package let count: Int
    package var stack: [Int32] = []
    package var next = 0
    package var heads: [Int32]
    package var labels: [UInt8]
    /// Leftmost and second leftmost, rightmost and second rightmost dependents (-1: none).
    package var left1: [Int32], left2: [Int32], right1: [Int32], right2: [Int32]
    package var leftCount: [UInt8], rightCount: [UInt8]
    /// The labels of the left and right dependents, as bit sets.
    package var leftLabels: [UInt64], rightLabels: [UInt64]

    /// The state before any transition, for `count` words.
    package init(count: Int) {
        self.count = count
        let n = count + 1
        heads = [Int32](repeating: -1, count: n)
        labels = [UInt8](repeating: 0, count: n)
        left1 = heads; left2 = heads; right1 = heads; right2 = heads
        leftCount = [UInt8](repeating: 0, count: n); rightCount = leftCount
        leftLabels = [UInt64](repeating: 0, count: n); rightLabels = leftLabels
        stack.reserveCapacity(count)
    }

    /// True when every word has its head.
    package var isFinal: Bool { stack.isEmpty && next == count }

    /// Whether `move` may be made now.
    @inline(__always)
    package func allows(_ move: Transition) -> Bool {
        switch move {
        case .shift: next < count
        case .right: stack.count >= 2
        case .left: !stack.isEmpty && (next < count || stack.count == 1)
        }
    }

    /// The move when only one is allowed, else nil: an empty stack can only
    /// shift, and once the buffer holds only the root the stack can only reduce.
    /// Parsing takes it without scoring (on EWT test, 8,258 of 50,188 transitions: 16%).
    @inline(__always)
    package var onlyAllowedMove: Transition? {
        if stack.isEmpty { return next < count ? .shift : nil }
        if next == count { return stack.count == 1 ? .left : .right }
        return nil
    }

    /// Makes `move`; for an arc, the dependent gets `label`.
    package mutating func apply(_ move: Transition, label: UInt8) {
        switch move {
        case .shift:
            stack.append(Int32(next)); next += 1
        case .left:
            let dependent = Int(stack.removeLast())
            attach(dependent, to: next, label: label)
        case .right:
            let dependent = Int(stack.removeLast())
            attach(dependent, to: Int(stack[stack.count - 1]), label: label)
        }
    }

    /// The head `move` would give the stack's top word.
    @inline(__always)
    package func head(for move: Transition) -> Int {
        move == .left ? next : Int(stack[stack.count - 2])
    }

    private mutating func attach(_ dependent: Int, to head: Int, label: UInt8) {
        heads[dependent] = Int32(head)
        labels[dependent] = label
        let bit = UInt64(1) << UInt64(label & 63)
        if dependent < head {
            if left1[head] != -1 { left2[head] = left1[head] }
            left1[head] = Int32(dependent)
            leftCount[head] &+= 1
            leftLabels[head] |= bit
        } else {
            if right1[head] != -1 { right2[head] = right1[head] }
            right1[head] = Int32(dependent)
            rightCount[head] &+= 1
            rightLabels[head] |= bit
        }
    }
}

/// An arc-hybrid transition.
package enum Transition: Int, CaseIterable, Sendable {
    /// Push the next word onto the stack.
    case shift
    /// The stack's top becomes a dependent of the next word.
    case left
    /// The stack's top becomes a dependent of the word below it.
    case right
}
