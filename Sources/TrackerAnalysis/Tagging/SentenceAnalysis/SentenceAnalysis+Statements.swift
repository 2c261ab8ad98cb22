/// Building statements with their cues, rules and clause.
extension SentenceAnalysis {
    // MARK: Building statements

    mutating func add(
        _ kind: StatementKind, group: VerbGroup, polarity: Polarity, action: Int?,
        rule: TaggingRule, cue cueSpec: (index: Int, kind: String), confidence: Double,
        certainty: Certainty = .certain, isSource: Bool = false
    ) {
        let actionMain = action.map { groups[$0].main }
        var statement = makeStatement(kind, polarity: polarity, rule: rule, confidence: confidence, actionFrom: actionMain)
        statement.certainty = certainty
        if polarity == .negated, let negator = group.negatorIndex {
            statement.cues.append(cue(at: negator, kind: "negation", rule: .negatedGroup))
            statement.rules.append(RuleID(.negatedGroup))
        } else if polarity == .negated, let first = subjectRange(of: group).first, tokens[first].classes.contains(.negator) {
            statement.cues.append(cue(at: first, kind: "negation", rule: .negatedSubject))
            statement.rules.append(RuleID(.negatedSubject))
        }
        if let modal = group.modalIndex, modal != cueSpec.index, group.modal.contains(.hedgeModal) {
            statement.cues.append(cue(at: modal, kind: "hedge", rule: .hedgeModal))
        }
        statement.cues.append(cue(at: cueSpec.index, kind: cueSpec.kind, rule: rule))
        if let frame = group.frameIndex, frame != cueSpec.index {
            statement.cues.append(cue(at: frame, kind: group.frameClasses.contains(.hedgeFrame) ? "hedge" : "commitment", rule: rule))
        }
        statement.clauseStart = tokenStarts[subjectRange(of: group).first ?? group.first]
        statements.append(statement)
    }

    func makeStatement(
        _ kind: StatementKind, polarity: Polarity, rule: TaggingRule, confidence: Double,
        actionFrom main: Int?
    ) -> Statement {
        Statement(
            kind: kind, polarity: polarity, certainty: kind == .uncertainty ? .uncertain : .certain,
            holder: nil, holders: [], source: nil, targets: [],
            action: main.map { actionText(from: $0) }, normalizedAction: main.map { normalizedAction(from: $0) },
            topics: [], time: nil, cues: [], confidence: confidence,
            clauseStart: span.start, clauseEnd: span.end, rules: [RuleID(rule)])
    }
}
