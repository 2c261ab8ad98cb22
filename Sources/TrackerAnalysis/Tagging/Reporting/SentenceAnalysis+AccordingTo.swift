/// Claims sourced by a phrase: "according to".
extension SentenceAnalysis {
    mutating func accordingTo() {
        guard let (index, length) = accordingToAt else { return }
        var statement = makeStatement(.claim, polarity: .affirmed, rule: .accordingTo, confidence: 0.85, actionFrom: nil)
        statement.cues.append(cue(from: index, to: index + length, kind: "source", rule: .accordingTo))
        statements.append(statement)
    }
}
