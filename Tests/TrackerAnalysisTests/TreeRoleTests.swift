import Testing
import TrackerAnalysis

/// Holders and sources read from the dependency tree (issue 13, point 5; issue
/// 14, point 4): one golden table of the team's own sentences, each naming the
/// relation that carries the answer. Every failure is reported at once.
@Suite struct TreeRoleTests {
    struct Case {
        var text: String
        /// The tree relation the case is about, for the failure message.
        var relation: String
        var kind: StatementKind
        /// Expected holders (all of them, in order) of the first statement of `kind`; empty: none.
        var holders: [String] = []
        /// Expected source of the first statement with one, when the case is about it.
        var source: String?
    }

    static let cases: [Case] = [
        Case(
            text: "Norway, Chile and Kenya will co-chair the ocean conference next year.",
            relation: "conj(Norway, Chile), conj(Norway, Kenya)",
            kind: .commitment, holders: ["Chile", "Kenya", "Norway"]),
        Case(
            text: "Brazil and Argentina pledged to remove the tariffs on steel by March.", relation: "nsubj(pledged, Brazil) + conj",
            kind: .commitment, holders: ["Argentina", "Brazil"]),
        Case(
            text: "The new terminal was opened by Ryanair in the spring.", relation: "obl:agent(opened, Ryanair)",
            kind: .achievement, holders: ["Ryanair"]),
        Case(
            text: "Chile, which hosts the talks, has promised to cut its emissions by half.",
            relation: "nsubj(hosts, which) standing for Chile", kind: .commitment, holders: ["Chile"]),
        Case(
            text: "The prime minister of Norway, Jonas Lindqvist, said the government would close the coal mine.",
            relation: "nsubj(said, minister) + appos(minister, Lindqvist)", kind: .claim, source: "Jonas Lindqvist"),
        Case(
            text: "The plant will be shut down by the end of June, officials in Chile say.",
            relation: "nsubj(say, officials) + nmod(officials, Chile)",
            kind: .claim, source: "Chile"),
        Case(
            text: "His spokesman David Mwangi said on Friday that the talks had stalled.",
            relation: "nsubj(said, spokesman) + nsubj(said, Mwangi): the subject that names someone", kind: .claim, source: "David Mwangi"),
        Case(
            text: "Her chief of staff Tomás Ortega said after the ceremony that the repairs would continue.",
            relation: "nmod(chief, staff) + appos(staff, Ortega), not nmod:poss(chief, Her)", kind: .claim, source: "Tomás Ortega"),
        // Two subjects that name actors (a party before a title, then a name): the person speaks.
        Case(
            text: "Lib Dem home affairs spokesman Ralph Okonjo said the plan would fail.",
            relation: "nsubj(said, Lib) + nsubj(said, Ralph): the person, not the party", kind: .claim, source: "Ralph Okonjo"),
        Case(
            text: "Liberal Democrat transport spokeswoman Ama Mensah said on Monday that the fares would rise.",
            relation: "two nsubj of said naming actors: the person", kind: .claim, source: "Ama Mensah"),
        Case(
            text: "Japan said it would double its aid to Ukraine next year.", relation: "nsubj(double, it) resolved to Japan",
            kind: .commitment, holders: ["Japan"]),
        // holder.announcer: a commitment whose subject names no one binds the one who announces it.
        Case(
            text: "The new bridge will be paid for from the road budget, Chile said.",
            relation: "nsubj:pass(paid, bridge) names no one; nsubj(said, Chile)", kind: .commitment, holders: ["Chile"]),
        Case(
            text: "Chile said Peru would withdraw its troops from the border by June.",
            relation: "nsubj(withdraw, Peru): the subject, not the announcer", kind: .commitment, holders: ["Peru"]),
        Case(
            text: "The new ferries will be paid for from the road budget, Fjordline Group chief executive Ingrid Halvorsen said.",
            relation: "nsubj:pass(paid, ferries); the announcer is a person: her organisation", kind: .commitment,
            holders: ["Fjordline Group"]),
        Case(
            text: "The courts will decide on the appeal in May, Ingrid Halvorsen said.",
            relation: "nsubj(decide, courts), active: the subject is bound, named or not, not the announcer", kind: .commitment, holders: []
        ),
        Case(
            text: "The new bridge will be paid for from the road budget, our correspondent adds.",
            relation: "nsubj:pass(paid, bridge); the publication reports and binds no one", kind: .commitment, holders: []),
        Case(
            text: "The new bridge will be paid for from the road budget.",
            relation: "nsubj:pass(paid, bridge), no one announces it: no holder", kind: .commitment, holders: []),
    ]

    @Test func holdersAndSourcesFollowTheTree() {
        let tagger = StatementTagger()
        var failures: [String] = []
        for item in Self.cases {
            let sentences = tagger.annotate(item.text, sentences: SentenceSegmenter().sentences(in: item.text))
            let statements = sentences.flatMap(\.statements)
            if item.kind != .claim {
                let statement = statements.first { $0.kind == item.kind }
                let found = statement.map { $0.holders.isEmpty ? [$0.holder].compactMap { $0?.actor } : $0.holders.map(\.actor) } ?? []
                if found.sorted() != item.holders {
                    failures.append(
                        "\(item.text) [\(item.relation)]: holders expected \(item.holders), got \(found.sorted())"
                            + (statement == nil ? " (no \(item.kind.rawValue))" : ""))
                }
            }
            if let source = item.source {
                let found = statements.first { $0.source != nil }?.source?.actor
                if found != source { failures.append("\(item.text) [\(item.relation)]: source expected \(source), got \(found ?? "none")") }
            }
        }
        #expect(failures.isEmpty, "\(failures.count) of \(Self.cases.count) failed:\n\(failures.joined(separator: "\n"))")
    }
}
