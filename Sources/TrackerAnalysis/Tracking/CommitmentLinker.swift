/// Links commitments to outcomes and decides statuses, from statements
/// already read: the tracking policy, with no storage of its own.
///
/// Reports of one pledge by one holder merge into one tracked commitment;
/// each is linked to the later outcomes whose action is the same or the
/// opposite and that share its object or topic (``LinkScore``); a person's
/// decisions (``HumanLink``) win; ``StatusRule`` decides the status.
public struct CommitmentLinker {
    /// What actions mean, however worded.
    public let vocabulary: ActionVocabulary
    /// The day statuses are decided for: statements dated after it are left out, a deadline before it has passed.
    public let asOf: CalendarDate
    /// A person's link decisions.
    public let humanLinks: [HumanLink]
    /// What linking compares of each action, worked out once per linker (or once per ``LinkerMemory``).
    private let cache: Cache
    /// Each wording's facts, each content's number, each pair of contents' score (``LinkMemo``).
    let memo: LinkMemo

    /// A linker deciding statuses as of `asOf`, with a person's decisions over its own links.
    ///
    /// `memory` keeps what linking works out of the wordings across linkers: give one only to linkers of
    /// the same `vocabulary` (what it holds was worked out with it), and to one linker at a time.
    public init(
        vocabulary: ActionVocabulary = ActionVocabulary(), asOf: CalendarDate, humanLinks: [HumanLink] = [],
        memory: LinkerMemory = LinkerMemory()
    ) {
        self.vocabulary = vocabulary
        self.asOf = asOf
        self.humanLinks = humanLinks
        cache = memory.cache
        memo = memory.memo
    }

    /// The action groups.
    public var groups: ActionGroups { vocabulary.groups }

    /// Actions' facts and partialness, kept across calls (a report on every
    /// party links thousands of holders with the same linker).
    final class Cache {
        var meanings: [String: ActionMeaning] = [:]
        var partial: [String: Bool] = [:]
        var objects: [String: (head: String?, words: [String])] = [:]
        var mentions: [String: (mentions: [String], quantity: Int?)] = [:]
        /// Whether two heads name one object (WordNet's senses, compared as sets: worked out once per pair).
        var sameObjects: [HeadPair: Bool] = [:]
    }

    struct HeadPair: Hashable {
        var first: String
        var second: String
    }

    /// ``ActionVocabulary/sameObject(_:_:)``, once per pair of heads.
    private func sameObject(_ first: String, _ second: String?) -> Bool {
        guard let second else { return false }
        if first == second { return true }
        let pair = HeadPair(first: first, second: second)
        if let known = cache.sameObjects[pair] { return known }
        let same = vocabulary.sameObject(first, second)
        cache.sameObjects[pair] = same
        return same
    }

    /// The normalised action linking reads: the stored one, with the verb
    /// and particle as the action is written where they differ ("agree
    /// fishing" for "reissue fishing permits", whose verb is "reissue";
    /// "hand last" for "handed over the last 18 boats", whose verb is "hand
    /// over"), and an object made public as publishing it.
    static func normalized(_ row: TrackingStatement, _ vocabulary: ActionVocabulary) -> String {
        var words = (row.normalized ?? "").split(separator: " ").map(String.init)
        guard let action = row.action, !words.isEmpty else { return words.joined(separator: " ") }
        let written = ActionWords.split(action, marks: "-")
        guard let first = written.first else { return words.joined(separator: " ") }
        let verb = vocabulary.lemma(first, .verb)
        if verb != words[0], first.first?.isLetter == true, vocabulary.isVerb(first) {
            words[0] = verb
        } else if written.count > 2, written[1] == "of", !vocabulary.isVerb(first),
            let derived = vocabulary.derivedGroup(of: vocabulary.lemma(first, .noun))
        {
            // "announced the completion of its plant", read as "completion of its plant": the deed said as its
            // noun is its verb done ("complete its plant"), as "completed the withdrawal of" is.
            words[0] = derived.verb
        }
        if written.count > 2, vocabulary.phrasalGroup(words[0], particle: written[1]) != nil, words.count < 2 || words[1] != written[1] {
            words.insert(written[1], at: 1)
        }
        // "made its own count of the emissions public": published it.
        if words[0] == "make", written.count > 2, written.dropFirst(2).contains("public") { words[0] = "publish" }
        return words.joined(separator: " ")
    }

    /// The tracked commitments among `statements` (only those held by
    /// `heldBy` when given), linked to the outcomes among them, as of
    /// ``asOf``. `statements` are in date order (``TrackingStatement/inDateOrder(_:)``).
    /// `decided` holds the outcomes a person linked to one of these
    /// commitments that are not among `statements` (another party's, or one
    /// with no holder): they are shown as the person decided, and never
    /// linked by the rules.
    public func track(
        _ statements: [TrackingStatement], heldBy: Int64? = nil,
        decided: [TrackingStatement] = []
    ) -> [TrackedCommitment] {
        let human = humanLinks
        let day = TrackingStatement.dateKey(asOf)
        var commitments: [TrackingStatement] = []
        var outcomes: [TrackingStatement] = []
        for row in statements where row.dateKey <= day {
            if row.kind == .commitment { commitments.append(row) } else if row.kind == .achievement { outcomes.append(row) }
        }
        // Every row's action group, head noun and topics, worked out once.
        let commitmentFacts = commitments.map(facts(of:))
        let outcomeFacts = outcomes.map(facts(of:))
        // Rows of one content score alike: each pair of contents is scored once (``LinkMemo``), and a
        // commitment finds an outcome's score through the outcome content's place among this call's.
        let commitmentContents = commitments.map(content(of:))
        let outcomeContents = outcomes.map(content(of:))
        var localContent: [Int: Int] = [:]
        let outcomeLocal = outcomeContents.map { content in
            if let known = localContent[content] { return known }
            localContent[content] = localContent.count
            return localContent.count - 1
        }
        // Outcomes in date order (as statements come): a commitment's candidates begin at its own date.
        let outcomesInOrder = zip(outcomes, outcomes.dropFirst()).allSatisfy { $0.dateKey <= $1.dateKey }
        // Outcomes and negated commitments by action group, each in its order:
        // a commitment looks only at the groups that can bear on it.
        var outcomesByGroup: [String: [Int]] = [:]
        var outcomesByHead: [String: [Int]] = [:]
        for (index, facts) in outcomeFacts.enumerated() {
            outcomesByGroup[facts.group, default: []].append(index)
            if let head = facts.head { outcomesByHead[head, default: []].append(index) }
        }
        var negatedByGroup: [String: [Int]] = [:]
        for (index, commitment) in commitments.enumerated() where commitment.polarity == .negated {
            negatedByGroup[commitmentFacts[index].group, default: []].append(index)
        }
        var humanByCommitment: [Int64: [Int]] = [:]
        for (index, decision) in human.enumerated() { humanByCommitment[decision.commitmentID, default: []].append(index) }
        // The outcomes that can bear on a commitment of each group (its own
        // and the opposite groups'), in their order, found once per group.
        var candidatesByGroup: [String: [Int]] = [:]
        func candidates(_ group: String) -> [Int] {
            if let known = candidatesByGroup[group] { return known }
            var found = outcomesByGroup[group] ?? []
            for (other, indices) in outcomesByGroup where other != group && groups.areOpposite(other, group) {
                found += indices
            }
            found.sort()
            candidatesByGroup[group] = found
            return found
        }
        // One tracked commitment per holder, action group and head: repeats merge.
        var merged: [MergeKey: [Int]] = [:]
        var order: [MergeKey] = []
        // A pledge restated in other words ("will free the 120 detainees", later "reaffirmed its promise to
        // release the prisoners") joins the holder's one earlier pledge it restates (``restates(_:_:)``).
        var restated: [MergeKey: [String]] = [:]
        // The keys of each holder and action, with the first report of each, so that a report is compared with
        // its holder's pledges of its action only (a store holds tens of thousands of keys).
        var keysOfGroup: [HolderGroup: [(key: MergeKey, first: Int)]] = [:]
        // Whether one content restates another, decided once per pair of contents: reports repeat a few
        // wordings (at a million statements, one holder's "meet" pledges compare thousands of keys).
        var restatesMemo: [LinkMemo.Pair: Bool] = [:]
        for (index, commitment) in commitments.enumerated() where heldBy.map({ $0 == commitment.holderID }) ?? true {
            var key = mergeKey(commitment, commitmentFacts[index])
            let holderGroup = HolderGroup(holderID: key.holderID, group: key.group)
            if key.personGroup == nil, merged[key] == nil, let keys = keysOfGroup[holderGroup] {
                var earlier: (key: MergeKey, first: Int)?
                var found = 0
                for other in keys where other.key.polarity == key.polarity {
                    let pair = LinkMemo.Pair(commitment: commitmentContents[index], outcome: commitmentContents[other.first])
                    let same =
                        restatesMemo[pair]
                        ?? {
                            let same = restates(commitmentFacts[index], commitmentFacts[other.first])
                            restatesMemo[pair] = same
                            return same
                        }()
                    guard same else { continue }
                    found += 1
                    earlier = other
                    if found > 1 { break }
                }
                if found == 1, let earlier {
                    let heads = [commitmentFacts[index].head, commitmentFacts[earlier.first].head].compactMap { $0 }
                    restated[earlier.key, default: []].append(heads.joined(separator: " → "))
                    key = earlier.key
                }
            }
            if merged[key] == nil {
                order.append(key)
                if key.personGroup == nil { keysOfGroup[holderGroup, default: []].append((key, index)) }
            }
            merged[key, default: []].append(index)
        }
        // How many pledges each holder made of each action: "the withdrawal was delayed", naming no object,
        // is a delay of the holder's one withdrawal, and of none when there are two.
        var pledgesOfGroup: [HolderGroup: Int] = [:]
        for key in order where key.polarity == .affirmed {
            pledgesOfGroup[HolderGroup(holderID: key.holderID, group: key.group), default: 0] += 1
        }
        let rule = StatusRule(asOf: asOf)
        return order.compactMap { key -> TrackedCommitment? in
            guard let members = merged[key], let firstIndex = members.first else { return nil }
            let reports = members.map { commitments[$0] }
            let first = commitments[firstIndex]
            let firstFacts = commitmentFacts[firstIndex]
            let firstContent = commitmentContents[firstIndex]
            // Each outcome content's score against this commitment: its place in the memo (-1 not yet looked up).
            var places = [Int32](repeating: -1, count: localContent.count)
            func scored(_ index: Int) -> (score: LinkScore?, place: Int32) {
                var place = places[outcomeLocal[index]]
                if place < 0 {
                    place = memoScore(
                        outcomes[index], outcomeContents[index], outcomeFacts[index],
                        against: firstContent, firstFacts)
                    places[outcomeLocal[index]] = place
                }
                return (memo.scores[Int(place)], place)
            }
            var linkedSentences: Set<Int64> = []
            let group = firstFacts.group
            let pledgedDeadline = reports.compactMap { $0.timeRole == .deadline ? $0.time : nil }.first
            var linked: [TrackedCommitment.Outcome] = []
            var reversals: [Evidence] = []
            var possible: [TrackedCommitment.Outcome] = []
            var delays: [TrackedCommitment.Delay] = []
            var undone: [(index: Int, score: LinkScore, place: Int32)] = []
            let onlyPledgeOfItsGroup = pledgesOfGroup[HolderGroup(holderID: key.holderID, group: key.group)] == 1
            // "No commitment to halt testing": a later test breaks nothing.
            if first.polarity == .affirmed {
                // Only outcomes in this action group or an opposite one can link, in their order, from the pledge's day.
                let list = candidates(group)
                var start = 0
                if outcomesInOrder {
                    var end = list.count
                    while start < end {
                        let middle = (start + end) / 2
                        if outcomes[list[middle]].dateKey < first.dateKey { start = middle + 1 } else { end = middle }
                    }
                }
                for index in list[start...] {
                    let outcome = outcomes[index]
                    let (found, place) = scored(index)
                    guard let score = found, admits(outcome, against: first),
                        score.isLink || (isHeadlessTurn(outcomeFacts[index], score) && onlyPledgeOfItsGroup)
                    else { continue }
                    if outcomeFacts[index].undone {
                        // Not done: a denial of the same action, or the opposite state still holding ("still
                        // closed" of "reopen"). One sentence is one piece of evidence.
                        if outcome.polarity == .negated ? score.isSameAction : !score.isSameAction,
                            outcome.sentenceID == 0 || linkedSentences.insert(outcome.sentenceID).inserted
                        {
                            undone.append((index, score, place))
                        }
                        if outcome.polarity == .negated || !score.isSameAction { continue }
                    }
                    switch outcomeFacts[index].turn {
                    case .reverses?: if score.isSameAction { reversals.append(outcome.evidence) }
                    case .delays?:
                        guard score.isSameAction else { continue }
                        // A new deadline before the one in force is no delay of it (a year misread, "until the end
                        // of September" of the year before): the delay is kept, its date is not.
                        let current = delays.last { $0.deadline != nil }?.deadline ?? pledgedDeadline
                        let named = outcome.time ?? Self.dateNamed(in: outcome.action, on: outcome.date)
                        let moved = named.flatMap { time in
                            current.map { time.lastDay > $0.lastDay } ?? true ? time : nil
                        }
                        delays.append(.init(evidence: outcome.evidence, deadline: moved))
                    default:
                        // One sentence is one piece of evidence: "visited Lima and Quito", read as two statements, links once.
                        if outcome.sentenceID != 0, !linkedSentences.insert(outcome.sentenceID).inserted { continue }
                        var made = self.outcome(outcome, outcomeFacts[index], score, place: place, against: firstFacts)
                        made.sentenceID = outcome.sentenceID
                        linked.append(made)
                    }
                }
                // The same object in other words, not (yet) a link: for a person to decide.
                for index in firstFacts.head.flatMap({ outcomesByHead[$0] }) ?? [] where possible.count < Self.possibleLimit {
                    let outcome = outcomes[index]
                    let (found, place) = scored(index)
                    guard let score = found, score.isPossible, !outcomeFacts[index].undone, admits(outcome, against: first)
                    else { continue }
                    possible.append(self.outcome(outcome, outcomeFacts[index], score, place: place, against: firstFacts))
                }
            }
            // Human decisions win: an unlinked pair goes, a linked pair comes with its relation.
            let decisions =
                humanByCommitment.isEmpty
                ? []
                : Set(reports.flatMap { humanByCommitment[$0.id] ?? [] }).sorted().map { human[$0] }
            for decision in decisions {
                linked.removeAll { $0.evidence.statementID == decision.outcomeID }
                if decision.linked,
                    let outcome = outcomes.first(where: { $0.id == decision.outcomeID })
                        ?? statements.first(where: { $0.id == decision.outcomeID })
                        ?? decided.first(where: { $0.id == decision.outcomeID })
                {
                    linked.append(
                        .init(
                            relation: decision.relation ?? .fulfils, action: outcome.action, polarity: outcome.polarity,
                            evidence: outcome.evidence,
                            reasons: [TrackedCommitment.Outcome.humanDecision] + (decision.note.map { [$0] } ?? []),
                            score: 1))
                }
            }
            // Not done, reported on or after a report that it was done ("the ministry said it had reissued the
            // permits"; the cooperative, "its members had not received one"): the outcomes point both ways, and
            // the later report contradicts (disputed). Reported before any fulfilment: evidence for overdue.
            let fulfilledOn = linked.filter { $0.relation == .fulfils }.compactMap(\.evidence.date).min()
            var notDone: [Evidence] = []
            for (index, score, place) in undone {
                let row = outcomes[index]
                guard let fulfilledOn, let date = row.date, date >= fulfilledOn else {
                    notDone.append(row.evidence)
                    continue
                }
                var made = self.outcome(row, outcomeFacts[index], score, place: place, against: firstFacts)
                made.relation = .contradicts
                made.progress = nil
                made.sentenceID = row.sentenceID
                made.reasons.append(Self.notDoneAfterDone)
                let at = linked.firstIndex { TrackingStatement.dateKey($0.evidence.date) > row.dateKey } ?? linked.count
                linked.insert(made, at: at)
            }
            // A later negated commitment by the same holder on the same action: a reversal (the earliest one counts).
            if first.polarity == .affirmed {
                let refusal = (negatedByGroup[group] ?? []).first { index in
                    commitments[index].dateKey > first.dateKey
                        && (commitmentFacts[index].head == firstFacts.head || commitmentFacts[index].sharesTopic(with: firstFacts))
                }.map { commitments[$0].evidence }
                if let refusal { reversals.append(refusal) }
            }
            // Every report that the pledge was dropped, the earliest first: it is the reversal.
            reversals.sort { ($0.date?.iso ?? "", $0.statementID) < ($1.date?.iso ?? "", $1.statementID) }
            let reversal = reversals.first
            possible.removeAll { candidate in linked.contains { $0.evidence.statementID == candidate.evidence.statementID } }
            // "Postponed until ...": the deadline moves to the latest one named.
            let deadline = delays.last { $0.deadline != nil }?.deadline ?? pledgedDeadline
            let status = rule.status(deadline: deadline, outcomes: linked, reversed: reversal != nil)
            var because: [String] = []
            if reports.count > 1 {
                because =
                    first.group.map { ["split or grouped by a person (\($0))"] }
                    ?? [
                        "same holder (\(first.holder))", "same action (\(group))",
                        "same object (\(Self.mergeHead(first.normalized) ?? "none"))",
                    ]
                because += (restated[key] ?? []).map { "restated in other words (\($0))" }
            }
            var tracked = TrackedCommitment(
                holder: first.holder, action: first.action, normalizedAction: first.normalized,
                deadline: deadline, topics: first.topics, polarity: first.polarity,
                certainty: first.certainty, status: status, reports: reports.map(\.evidence),
                outcomes: linked, reversal: reversal, mergedBecause: because)
            tracked.progress = linked.last { $0.relation == .progresses && $0.progress != nil }?.progress
            tracked.possibleOutcomes = possible
            tracked.delays = delays
            tracked.reversals = reversals
            tracked.undone = notDone
            if deadline != pledgedDeadline { tracked.originalDeadline = pledgedDeadline }
            if first.polarity == .affirmed { tracked.history = history(of: tracked) }
            return tracked
        }
    }

    /// A holder and an action group.
    struct HolderGroup: Hashable {
        var holderID: Int64
        var group: String
    }

    /// Whether an outcome says what became of a pledge of the same action without naming its object ("the
    /// withdrawal was delayed", "postponed the opening"): it bears on the holder's one pledge of that action.
    func isHeadlessTurn(_ facts: ActionFacts, _ score: LinkScore) -> Bool {
        guard let turn = facts.turn, turn != .fails, facts.head == nil else { return false }
        return score.isSameAction
    }

    /// The date a delay names in its own words when the tagger gave it none ("delayed to December 2025",
    /// "postponed until 2027"): the last time expression, read forward from the report's day. After a verb
    /// of delay, "to" a date is "until" it (the time finder reads "to December 2025" as no time).
    static func dateNamed(in action: String?, on date: CalendarDate?) -> PartialDate? {
        guard let action, let day = date else { return nil }
        let text = action.split(separator: " ").map { $0 == "to" ? "until" : String($0) }.joined(separator: " ")
        return TimeExpressionFinder().find(in: text, reference: day, tense: .future).last { $0.value != nil }?.date
    }

    /// The reason given to a report that the pledge is not done, dated on or after one that it was done.
    public static let notDoneAfterDone = "reported not done after it was reported done"

    /// The smallest pledged number that, counted against in other words, stands for the object.
    static let countedObjectMinimum = 10

    /// Possible outcomes listed per commitment at most.
    static let possibleLimit = 3

    /// How `outcome` bears on `commitment`, or nil when it cannot: it must
    /// come after the pledge and be affirmed. Whether it is a link or a
    /// possible outcome is the score's to say (``LinkScore/isLink``).
    public func score(
        _ outcome: TrackingStatement, _ facts: ActionFacts, against commitment: TrackingStatement,
        _ commitmentFacts: ActionFacts
    ) -> LinkScore? {
        guard admits(outcome, against: commitment) else { return nil }
        return contentScore(outcome, facts, against: commitmentFacts)
    }

    /// Whether `outcome` can bear on `commitment` as far as the rows go (their
    /// dates and documents): the rest of ``score(_:_:against:_:)`` depends on
    /// their contents only.
    func admits(_ outcome: TrackingStatement, against commitment: TrackingStatement) -> Bool {
        // (An outcome dated before the pledge, "cut its tariff ... in 2023", is history, not an outcome.)
        guard outcome.dateKey >= commitment.dateKey,
            !(outcome.timeRole == .occurred
                && outcome.time.map { time in commitment.date.map { time.lastDay < $0 } ?? false } ?? false)
        else { return false }
        // What the pledge's own article reports done is background ("the council had replaced only 22
        // kilometres last year", beside "it will replace 40 kilometres every year"), not what came of it.
        return outcome.evidence.documentID == 0 || outcome.evidence.documentID != commitment.evidence.documentID
    }

    /// The place in ``memo`` of the score of an outcome's content against a
    /// commitment's, scored the first time the pair is met.
    func memoScore(
        _ outcome: TrackingStatement, _ outcomeContent: Int, _ facts: ActionFacts,
        against commitmentContent: Int, _ commitmentFacts: ActionFacts
    ) -> Int32 {
        let pair = LinkMemo.Pair(commitment: commitmentContent, outcome: outcomeContent)
        if let known = memo.pairs[pair] { return known }
        let place = Int32(memo.scores.count)
        memo.scores.append(contentScore(outcome, facts, against: commitmentFacts))
        memo.pairs[pair] = place
        return place
    }

    /// The score of what the statements say, their dates and documents aside.
    func contentScore(_ outcome: TrackingStatement, _ facts: ActionFacts, against commitmentFacts: ActionFacts) -> LinkScore? {
        // A denial is no outcome, except of a pledge's deadline ("did not meet its deadline to close"); it is
        // evidence that the pledge is not done (``ActionFacts/undone``).
        guard outcome.polarity == .affirmed || facts.turn == .fails || facts.undone else { return nil }
        let action: LinkScore.ActionMatch
        if facts.group == commitmentFacts.group {
            action = .same(commitmentFacts.group)
        } else if groups.areOpposite(facts.group, commitmentFacts.group) {
            action = .opposite(outcome: facts.group, commitment: commitmentFacts.group)
        } else {
            action = .other(facts.group)
        }
        var object: LinkScore.ObjectMatch
        if let head = commitmentFacts.head {
            // The same head, or what the pledge is for ("meet the leader for a summit": held the summit).
            // Or the outcome names the pledge's object beside its own ("held a meeting with residents"), or
            // its own object is what the pledge names beside its head ("left Migingo Island" of
            // "withdraw its police unit from Migingo Island").
            object =
                sameObject(head, facts.head)
                    || facts.head.map(commitmentFacts.meaning.words.contains) == true
                    || facts.meaning.mentions.contains(head)
                    || facts.head.map(commitmentFacts.meaning.mentions.contains) == true ? .same(head) : .different
        } else {
            object = .noneNamed
        }
        let pledged = commitmentFacts.meaning.quantity
        let share = outcome.progressReading?.share(pledged: pledged)
        let sameQuantity = pledged != nil && (share.map { !$0.isPercentage && $0.total == pledged } ?? (facts.meaning.quantity == pledged))
        // "filled 540 of the 900 family-doctor posts" of "hire 900 family doctors": the same action counted
        // against the pledged number is the same object in other words. Not for small numbers, which
        // unrelated things share ("built three schools" is no part of "build three bridges").
        // (Not for what became of a pledge named by its object: "its target of 40 schools" is no pledge of 40 ferries.)
        if object == .different, case .same = action, sameQuantity, let pledged, pledged >= Self.countedObjectMinimum,
            facts.turn == nil
        {
            object = .counted(pledged)
        }
        return LinkScore(
            action: action, object: object, sameTopic: facts.sharesTopic(with: commitmentFacts),
            sameQuantity: sameQuantity, wording: facts.meaning.wording)
    }

    /// An outcome as linked (or offered) under a commitment, with its relation and progress: worked out
    /// once per pair of contents (`place` in the memo), with the row's own evidence.
    private func outcome(
        _ row: TrackingStatement, _ facts: ActionFacts, _ score: LinkScore, place: Int32,
        against commitmentFacts: ActionFacts
    ) -> TrackedCommitment.Outcome {
        var made =
            memo.outcomes[place]
            ?? {
                let made = outcome(row, facts, score, against: commitmentFacts)
                memo.outcomes[place] = made
                return made
            }()
        made.evidence = row.evidence
        if row.unattributed, !made.reasons.isEmpty { made.reasons[0] = UnattributedOutcomes.reason }
        return made
    }

    /// An outcome as linked (or offered) under a commitment, with its relation and progress, but not whether it had a holder.
    private func outcome(
        _ row: TrackingStatement, _ facts: ActionFacts, _ score: LinkScore,
        against commitmentFacts: ActionFacts
    ) -> TrackedCommitment.Outcome {
        let share = row.progressReading?.share(pledged: commitmentFacts.meaning.quantity)
        let relation: OutcomeRelation
        if facts.turn == .fails {
            relation = .contradicts
        } else if !score.isSameAction, score.isActionMatch {
            relation = .contradicts
        } else if facts.meaning.aspect == .progresses || share?.isPartial == true
            || (share == nil && isPartial(row.action))
        {
            relation = .progresses
        } else {
            relation = .fulfils
        }
        var made = TrackedCommitment.Outcome(
            relation: relation, action: row.action, polarity: row.polarity, evidence: row.evidence,
            reasons: score.reasons, score: score.value, progress: facts.turn == nil ? share : nil)
        made.turn = facts.turn
        return made
    }

    /// Each change of status up to ``asOf``: the status rule run on what was
    /// known at the pledge, at each linked outcome, at the reversal, and the
    /// day after the deadline.
    func history(of tracked: TrackedCommitment) -> [StatusChange] {
        guard let pledged = tracked.reports.first?.date?.iso else { return [] }
        var events: [(date: String, cause: String, evidence: Evidence?)] = [(pledged, "pledged", tracked.reports.first)]
        for outcome in tracked.outcomes {
            events.append((max(outcome.evidence.date?.iso ?? pledged, pledged), outcome.relation.rawValue, outcome.evidence))
        }
        if let reversal = tracked.reversal { events.append((reversal.date?.iso ?? pledged, "reversed", reversal)) }
        for delay in tracked.delays {
            events.append((delay.evidence.date?.iso ?? pledged, "delayed" + (delay.deadline.map { " to \($0.iso)" } ?? ""), delay.evidence))
        }
        // The deadline in force on a day: the pledged one, or the one the latest delay by then moved it to.
        func deadline(on day: String) -> PartialDate? {
            tracked.delays.last { ($0.evidence.date?.iso ?? "") <= day && $0.deadline != nil }?.deadline
                ?? tracked.originalDeadline ?? tracked.deadline
        }
        for candidate in Set([tracked.originalDeadline, tracked.deadline].compactMap { $0 }) {
            let after = candidate.lastDay.adding(days: 1)
            if after <= asOf, deadline(on: after.iso) == candidate { events.append((after.iso, "deadline passed", nil)) }
        }
        events.sort { $0.date < $1.date }
        // The outcomes by date, so that what was known by each event's day is counted as the days go
        // (a pledge reported with hundreds of outcomes would otherwise filter them all at each one).
        let dated = tracked.outcomes.map { (date: $0.evidence.date?.iso ?? "", outcome: $0) }.sorted { $0.date < $1.date }
        var known = StatusRule.Known()
        var next = 0
        var changes: [StatusChange] = []
        for (index, event) in events.enumerated() {
            // What was known at the end of the event's day.
            if index + 1 < events.count, events[index + 1].date == event.date { continue }
            guard let day = CalendarDate(iso: event.date) else { continue }
            while next < dated.count, dated[next].date <= event.date {
                known.add(dated[next].outcome)
                next += 1
            }
            let reversed = tracked.reversal.map { ($0.date?.iso ?? "") <= event.date } ?? false
            let status = StatusRule(asOf: day).status(deadline: deadline(on: event.date), known: known, reversed: reversed)
            if changes.last?.status != status {
                changes.append(StatusChange(date: day, status: status, cause: event.cause, evidence: event.evidence))
            }
        }
        return changes
    }

    /// Reports of one pledge by one holder, affirmed or negated, share a
    /// key: its action group and object, unless a person put the report in a
    /// group of its own (`tracker split`).
    struct MergeKey: Hashable {
        var holderID: Int64
        var polarity: Polarity
        var personGroup: Int64?
        var group: String
        var head: String?
    }

    private func mergeKey(_ row: TrackingStatement, _ facts: ActionFacts) -> MergeKey {
        if let group = row.group {
            return MergeKey(holderID: row.holderID, polarity: row.polarity, personGroup: group, group: "", head: nil)
        }
        return MergeKey(
            holderID: row.holderID, polarity: row.polarity, personGroup: nil, group: facts.group,
            head: Self.mergeHead(row.normalized))
    }

    /// Whether a report restates an earlier pledge of the same holder and
    /// action in other words: their objects are one (equal lemmas, or with
    /// WordNet one is the other's kind: "prisoners", "detainees"), the
    /// numbers they name agree, and one names nothing the other does not
    /// besides its head ("release the detainees" of "free the 120 detainees
    /// by the end of June"). "cut tariffs on a range of farm goods" and
    /// "lower its tariff on car parts" share the head but name other things:
    /// two pledges.
    func restates(_ report: ActionFacts, _ earlier: ActionFacts) -> Bool {
        guard let head = report.head, let other = earlier.head, sameObject(head, other) else { return false }
        if let quantity = report.meaning.quantity, let pledged = earlier.meaning.quantity, quantity != pledged { return false }
        let named = Set(report.meaning.mentions).subtracting([head, other])
        let earlierNamed = Set(earlier.meaning.mentions).subtracting([head, other])
        return named.isSubset(of: earlierNamed) || earlierNamed.isSubset(of: named)
    }

    /// The object reports of one pledge share: the last word of the
    /// normalised action as written. Not the lemma of the object's head:
    /// "cut tariffs on a range of goods" and "lower its tariff on car parts
    /// from 18 percent to 6 percent" share the lemma "tariff" but are two
    /// pledges (merging in other words needs more than the head; not done).
    static func mergeHead(_ normalized: String?) -> String? {
        guard let normalized else { return nil }
        let words = normalized.split(separator: " ")
        return words.count > 1 ? words.last.map(String.init) : nil
    }

    /// A row's facts: worked out already by the loader, or now (rows with
    /// the same normalised action share its meaning).
    public func facts(of row: TrackingStatement) -> ActionFacts {
        if let facts = row.facts { return facts }
        var facts = wordingFacts(of: row).facts
        facts.topics = row.topics
        return facts
    }

    /// Works out a row's facts and content once, and keeps them on the row (for a loader that reads every row).
    public func prepare(_ row: TrackingStatement) {
        let wording = wordingFacts(of: row)
        var facts = wording.facts
        facts.topics = row.topics
        row.facts = facts
        row.content = content(LinkMemo.ContentKey(facts: wording.id, topics: row.topics))
        row.contentOwner = memo
    }

    /// Gives `row` the facts and content of `prepared`, a row this linker prepared with the same kind,
    /// polarity, action, normalised action and topics (a loader that finds the wording already read,
    /// without hashing its strings again); prepares it afresh when another linker prepared `prepared`.
    public func prepare(_ row: TrackingStatement, like prepared: TrackingStatement) {
        guard prepared.contentOwner === memo, row.stillHolds == prepared.stillHolds else { return prepare(row) }
        row.facts = prepared.facts
        row.content = prepared.content
        row.contentOwner = memo
    }

    /// The number of a row's content (``LinkMemo``): rows of one content score alike against any other.
    func content(of row: TrackingStatement) -> Int {
        if row.contentOwner === memo { return row.content }
        let content: Int
        if let facts = row.facts {
            let key = LinkMemo.FullKey(facts: facts, action: row.action, polarity: row.polarity)
            if let known = memo.fullContents[key] {
                content = known
            } else {
                content = memo.number()
                memo.fullContents[key] = content
            }
        } else {
            content = self.content(LinkMemo.ContentKey(facts: wordingFacts(of: row).id, topics: row.topics))
        }
        row.content = content
        row.contentOwner = memo
        return content
    }

    private func content(_ key: LinkMemo.ContentKey) -> Int {
        if let known = memo.contents[key] { return known }
        let content = memo.number()
        memo.contents[key] = content
        return content
    }

    /// The facts of a row's wording (its normalised action, its action as
    /// written, whether it is an outcome, its polarity), topics aside, with
    /// the wording's number: worked out once per linker.
    func wordingFacts(of row: TrackingStatement) -> (id: Int, facts: ActionFacts) {
        let key = LinkMemo.FactsKey(
            normalized: row.normalized, action: row.action, achievement: row.kind == .achievement,
            polarity: row.polarity, stillHolds: row.stillHolds)
        if let known = memo.facts[key] { return known }
        let made = (id: memo.number(), facts: newFacts(of: row))
        memo.facts[key] = made
        return made
    }

    /// A row's facts worked out from its words, with no topics.
    private func newFacts(of row: TrackingStatement) -> ActionFacts {
        let normalized = Self.normalized(row, vocabulary)
        let meaning =
            cache.meanings[normalized]
            ?? {
                let made = vocabulary.meaning(of: normalized)
                cache.meanings[normalized] = made
                return made
            }()
        var facts = ActionFacts(meaning: meaning, topics: [])
        guard let action = row.action else { return facts }
        // What the action as written mentions, and its number when the normalised action leaves it out
        // ("replace pipes" of "replace 40 kilometres of pipes"), worked out once per action.
        let written =
            cache.mentions[action]
            ?? {
                let made = (
                    mentions: vocabulary.mentions(inAction: action),
                    quantity: ProgressShare.firstNumber(in: ProgressShare.words(action).dropFirst())
                )
                cache.mentions[action] = made
                return made
            }()
        facts.meaning.mentions = written.mentions
        if facts.meaning.quantity == nil { facts.meaning.quantity = written.quantity }
        // "shelved its ban on nets": what became of a pledge, compared by the pledge's own action.
        if row.kind == .achievement, let verb = normalized.split(separator: " ").first,
            let turn = vocabulary.turn(of: action, verb: vocabulary.lemma(String(verb), .verb), polarity: row.polarity)
        {
            facts.turn = turn.turn
            facts.meaning.group = turn.group
            facts.meaning.head = turn.head
            facts.meaning.aspect = nil
            facts.meaning.wording = "\(turn.turn.rawValue) the pledge"
            return facts
        }
        // "No prisoners have been released", "the crossing was still closed": the action not done.
        if row.kind == .achievement, row.polarity == .negated || row.stillHolds { facts.undone = true }
        if let nominal = meaning.nominal {
            // "complete withdrawal": the object is in the words as written ("of its troops").
            if meaning.head == nil { facts.meaning.head = vocabulary.objectOfNominal(in: action, after: nominal) }
        } else {
            // The normalised action keeps one word after the verb, not always the noun ("shut down three").
            let object = cache.objects[action] ?? vocabulary.objectWords(inAction: action)
            cache.objects[action] = object
            if let head = object.head {
                // Object-head retry: "delivered 6,100 of the 10,000 homes it promised", normalised "deliver it",
                // realises "build" for the homes the words name, not for "it".
                if head != meaning.head, meaning.wording == nil, let verb = normalized.split(separator: " ").first,
                    case let lemma = vocabulary.lemma(String(verb), .verb),
                    vocabulary.outcomeVerbs.group(realisedBy: lemma, object: meaning.head) == nil,
                    let group = vocabulary.outcomeVerbs.group(realisedBy: lemma, object: head), group != meaning.group
                {
                    facts.meaning.group = group
                    facts.meaning.wording = "\(lemma) a \(head) → \(group)"
                }
                facts.meaning.head = head
            }
            facts.meaning.words = object.words
        }
        return facts
    }

    /// Whether an outcome's action reports part of something, worked out
    /// once per action, and only for the outcomes that get as far as linking.
    func isPartial(_ action: String?) -> Bool {
        guard let action else { return false }
        if let partial = cache.partial[action] { return partial }
        let partial = Self.isPartial(action)
        cache.partial[action] = partial
        return partial
    }

    /// "withdrew troops from two of the five posts", "the first of its kilns",
    /// "some of the prisoners": part of what was promised. Not any "of the"
    /// ("its count of the company's emissions" is the whole count).
    static func isPartial(_ action: String) -> Bool {
        let action = action.lowercased()
        let bytes = Array(action.utf8)
        if contains(action, bytes, "first ") || contains(action, bytes, " some ") { return true }
        guard contains(action, bytes, " of ") else { return false }
        let words = ProgressShare.words(action)
        return words.indices.contains { index in
            index > 0 && words[index] == "of"
                && (ProgressShare.number(words[index - 1]) != nil
                    || ProgressShare.ordinal(words[index - 1]) != nil || Self.partWords.contains(words[index - 1]))
        }
    }

    /// Words that name part of a whole before "of" ("half of", "most of").
    static let partWords: Set<String> = ["some", "part", "half", "most", "many", "several", "few", "third", "quarter", "portion"]

    /// Whether `text` contains the ASCII `needle`, as Foundation's `contains`
    /// answers. Text whose bytes lack the needle cannot contain it (no other
    /// character is canonically equivalent to a lower-case ASCII letter or a
    /// space), and ASCII text that has them does: only other text needs
    /// Foundation's (slow) search.
    static func contains(_ text: String, _ bytes: [UInt8], _ needle: String) -> Bool {
        let pattern = Array(needle.utf8)
        guard bytes.count >= pattern.count else { return false }
        var found = false
        search: for start in 0...(bytes.count - pattern.count) {
            for offset in pattern.indices where bytes[start + offset] != pattern[offset] { continue search }
            found = true
            break
        }
        guard found else { return false }
        return bytes.allSatisfy { $0 < 0x80 } || text.contains(needle)
    }
}
