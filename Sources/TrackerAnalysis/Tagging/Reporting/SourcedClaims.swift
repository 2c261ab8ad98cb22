/// A commitment, achievement or uncertainty that a named source reports is
/// also a claim of that source (annotation guide, "The four kinds": "it
/// carries `claim` as well when a source is named for it"): "officials said
/// Norway released the crews", a quoted "We never approved the sale" after
/// its speaker is named, "analysts expect rates to rise".
///
/// A reporting verb makes its own claim already (`claim.reported-speech`);
/// this adds one where the source came some other way: a quotation whose
/// speaker is named in another sentence, a believing or seeming verb whose
/// subject is the source. Rule id `claim.sourced-statement`; the claim has
/// the statement's source, polarity, certainty, cues and clause, and no holder.
///
/// On the 42 BBC development articles, 25 of the 49 gold claims missed on
/// lines read as an uncertainty or an achievement alone had a named source.
enum SourcedClaims {
    static let rule = RuleID(.sourcedStatement)

    /// Adds the claim of each sourced statement of `sentences` that no claim of the same source carries.
    static func add(to sentences: inout [AnnotatedSentence]) {
        for index in sentences.indices where sentences[index].statements.contains(where: needsClaim) {
            add(to: &sentences[index])
        }
    }

    /// Adds the claims of one sentence.
    static func add(to sentence: inout AnnotatedSentence) {
        var result: [Statement] = []
        result.reserveCapacity(sentence.statements.count + 1)
        for statement in sentence.statements {
            result.append(statement)
            guard needsClaim(statement), let source = statement.source,
                !sentence.statements.contains(where: { $0.kind == .claim && sameActor($0.source, source) }),
                !result.contains(where: { $0.kind == .claim && sameActor($0.source, source) })
            else { continue }
            var claim = statement
            claim.kind = .claim
            claim.holder = nil
            claim.holders = []
            claim.targets = []
            claim.action = nil
            claim.normalizedAction = nil
            claim.time = nil
            claim.rules = [rule]
            result.append(claim)
        }
        sentence.statements = result
    }

    /// A commitment, achievement or uncertainty with a source, in a sentence
    /// that may lack the source's claim.
    static func needsClaim(_ statement: Statement) -> Bool {
        statement.kind != .claim && statement.source != nil
    }

    static func sameActor(_ mention: ActorMention?, _ other: ActorMention) -> Bool {
        guard let mention else { return false }
        return mention.id.map { $0 == other.id } ?? (mention.actor == other.actor)
    }
}
