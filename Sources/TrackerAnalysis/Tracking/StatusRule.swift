/// Decides a commitment's status as of a date from what is linked to it
/// (ANNOTATION.md): a pure rule, in the order its cases are checked.
public struct StatusRule: Sendable {
    /// The day the status is for.
    public var asOf: CalendarDate

    /// A rule deciding statuses as of `asOf`.
    public init(asOf: CalendarDate) {
        self.asOf = asOf
    }

    /// Fulfilled and contradicted (or reported failed): disputed; contradicted
    /// or reversed: broken; fulfilled: kept; reported failed: partly kept
    /// when part was done, broken when nothing was; progress: partly kept
    /// once the deadline has passed, in progress before; nothing: overdue
    /// once the deadline has passed, pending before.
    public func status(deadline: PartialDate?, outcomes: [TrackedCommitment.Outcome], reversed: Bool) -> CommitmentStatus {
        var known = Known()
        for outcome in outcomes { known.add(outcome) }
        return status(deadline: deadline, known: known, reversed: reversed)
    }

    /// What the rule reads of the outcomes: which kinds there are among them.
    struct Known {
        var fulfils = false
        var failed = false
        var contradicts = false
        var progresses = false

        mutating func add(_ outcome: TrackedCommitment.Outcome) {
            fulfils = fulfils || outcome.relation == .fulfils
            failed = failed || outcome.turn == .fails
            contradicts = contradicts || (outcome.relation == .contradicts && outcome.turn != .fails)
            progresses = progresses || outcome.relation == .progresses
        }
    }

    /// The status from the kinds of outcomes known.
    func status(deadline: PartialDate?, known: Known, reversed: Bool) -> CommitmentStatus {
        let (fulfils, failed, contradicts, progresses) = (known.fulfils, known.failed, known.contradicts, known.progresses)
        let passed = deadline.map { $0.lastDay < asOf } ?? false
        if fulfils && (contradicts || failed) { return .disputed }
        if contradicts || reversed { return .broken }
        if fulfils { return .kept }
        if failed { return progresses ? .partlyKept : .broken }
        if progresses { return passed ? .partlyKept : .inProgress }
        return passed ? .overdue : .pending
    }
}
