import Foundation
import GRDB
public import TrackerAnalysis

/// The status of a commitment as of a date (ANNOTATION.md).
public enum CommitmentStatus: String, Sendable, Codable, CaseIterable {
    case kept
    case inProgress = "in progress"
    case partlyKept = "partly kept"
    case broken
    case overdue
    case pending
    case disputed
}

/// How an outcome bears on a commitment.
public enum OutcomeRelation: String, Sendable, Codable {
    case fulfils, contradicts, progresses
}

/// A piece of evidence: a stored statement with where and when it was said.
public struct Evidence: Sendable, Hashable, Codable {
    public var statementID: Int64
    public var documentID: Int64
    public var documentTitle: String?
    public var date: String?
    public var source: String?
    public var sentence: String
    /// `unreviewed`, or what a person did: `confirmed`, `corrected`, `added`.
    public var review: String = "unreviewed"

    public init(statementID: Int64, documentID: Int64, documentTitle: String?, date: String?, source: String?,
                sentence: String, review: String = "unreviewed") {
        self.statementID = statementID
        self.documentID = documentID
        self.documentTitle = documentTitle
        self.date = date
        self.source = source
        self.sentence = sentence
        self.review = review
    }

    /// Whether a person reviewed (confirmed, corrected) or added the statement.
    public var isReviewed: Bool { review != "unreviewed" }
}

/// A commitment as tracked: one pledge, however often it was reported, with
/// its outcomes and its status as of a date.
public struct TrackedCommitment: Sendable, Hashable, Codable {
    public struct Outcome: Sendable, Hashable, Codable {
        public var relation: OutcomeRelation
        public var action: String?
        public var polarity: Polarity
        public var evidence: Evidence
        /// Why they were linked: shared holder, action group, topic.
        public var reasons: [String]
        /// How much the reasons add up to, 0 to 1 (1 for a person's decision).
        public var score: Double
    }

    /// Links scoring below this are not reported (every rule-made link needs a
    /// shared holder and a shared or opposite action, 0.7 together).
    public static let reportingThreshold = 0.5

    public var holder: String
    public var action: String?
    public var normalizedAction: String?
    public var deadline: String?
    public var topics: [String]
    public var polarity: Polarity
    public var certainty: Certainty
    public var status: CommitmentStatus
    /// Every report of the pledge (the first is where it was made).
    public var reports: [Evidence]
    public var outcomes: [Outcome]
    /// A later statement by the holder withdrawing the pledge.
    public var reversal: Evidence?
    /// Why the reports were merged into one commitment, when there are several.
    public var mergedBecause: [String]
}

extension TrackerDatabase {
    /// What `actor` (or anyone affiliated to it) has committed to, with
    /// statuses as of `asOf`: affirmed commitments first; commitments it has
    /// explicitly not made (negated) are returned separately.
    public func commitments(of actor: String, asOf: CalendarDate, groups: ActionGroups = .standard) throws
        -> (commitments: [TrackedCommitment], nonCommitments: [TrackedCommitment]) {
        try read { db in
            guard let actorID = try Self.actorID(named: actor, db) else {
                throw StoreError.notFound("no actor named '\(actor)'; see 'tracker actors list'")
            }
            let tracker = CommitmentTracker(db: db, groups: groups, asOf: asOf)
            let all = try tracker.track(holderIDs: try Self.actorAndAffiliates(actorID, db))
            return (all.filter { $0.polarity == .affirmed }, all.filter { $0.polarity == .negated })
        }
    }

    /// The actor and every actor affiliated to it (a state's ministers, its White House).
    static func actorAndAffiliates(_ id: Int64, _ db: Database) throws -> [Int64] {
        var ids = [id]
        var frontier = [id]
        while !frontier.isEmpty, ids.count < 500 {
            let placeholders = frontier.map { _ in "?" }.joined(separator: ",")
            let children = try Int64.fetchAll(db, sql: "SELECT id FROM actor WHERE parent_id IN (\(placeholders)) OR merged_into_id IN (\(placeholders))",
                                              arguments: StatementArguments(frontier + frontier))
            frontier = children.filter { !ids.contains($0) }
            ids += frontier
        }
        return ids
    }
}

/// Links commitments to outcomes and decides statuses, from the store.
struct CommitmentTracker {
    let db: Database
    let groups: ActionGroups
    let asOf: CalendarDate

    struct Row_ {
        var id: Int64
        var kind: StatementKind
        var polarity: Polarity
        var certainty: Certainty
        var action: String?
        var normalized: String?
        var holderID: Int64
        var holder: String
        var date: String?
        var time: String?
        var timeRole: String?
        var evidence: Evidence
        var topics: [String]
        /// The tracked commitment a person assigned this report to.
        var group: Int64?
    }

    func track(holderIDs: [Int64]) throws -> [TrackedCommitment] {
        let statements = try load(holderIDs: holderIDs)
        let human = try TrackerDatabase.humanLinks(db)
        let day = asOf.iso
        let known = statements.filter { ($0.date ?? "") <= day }
        let commitments = known.filter { $0.kind == .commitment }
        let outcomes = known.filter { $0.kind == .achievement }
        // One tracked commitment per holder, action group and head: repeats merge.
        var merged: [String: [Row_]] = [:]
        var order: [String] = []
        for commitment in commitments {
            let key = "\(commitment.holderID)|\(commitment.polarity.rawValue)|\(mergeKey(commitment))"
            if merged[key] == nil { order.append(key) }
            merged[key, default: []].append(commitment)
        }
        return order.compactMap { key -> TrackedCommitment? in
            guard let reports = merged[key], let first = reports.first else { return nil }
            let deadline = reports.compactMap { $0.timeRole == "deadline" ? $0.time : nil }.first
            var linked: [TrackedCommitment.Outcome] = []
            var reversal: Evidence?
            let group = groups.group(ofAction: first.normalized ?? "")
            // "No commitment to halt testing": a later test breaks nothing.
            for outcome in outcomes where first.polarity == .affirmed && (outcome.date ?? "") >= (first.date ?? "")
                && !(outcome.timeRole == "occurred" && (outcome.time ?? "9999") < String((first.date ?? "").prefix((outcome.time ?? "").count))) {
                // (An outcome dated before the pledge, "cut its tariff ... in 2023", is history, not an outcome.)
                let outcomeGroup = groups.group(ofAction: outcome.normalized ?? "")
                let sameTopic = !Set(outcome.topics).isDisjoint(with: first.topics)
                var reasons = ["same holder"]
                var score = 0.4
                let relation: OutcomeRelation
                if outcomeGroup == group, outcome.polarity == .affirmed {
                    reasons.append("same action (\(group))")
                    relation = isPartial(outcome, of: first) ? .progresses : .fulfils
                } else if groups.areOpposite(outcomeGroup, group), outcome.polarity == .affirmed {
                    reasons.append("opposite action (\(outcomeGroup) against \(group))")
                    relation = .contradicts
                } else {
                    continue
                }
                score += 0.3
                if sameTopic { reasons.append("same topic"); score += 0.2 }
                let sameHead = head(first) != nil && head(outcome) == head(first)
                if sameHead { reasons.append("same object (\(head(first) ?? ""))"); score += 0.1 }
                // The same verb on an unrelated matter is no outcome: a head noun or topic must match.
                guard sameTopic || sameHead || head(first) == nil, score >= TrackedCommitment.reportingThreshold else { continue }
                linked.append(.init(relation: relation, action: outcome.action, polarity: outcome.polarity,
                                    evidence: outcome.evidence, reasons: reasons, score: min(score, 1)))
            }
            // Human decisions win: an unlinked pair goes, a linked pair comes with its relation.
            let reportIDs = Set(reports.map(\.id))
            for decision in human where reportIDs.contains(decision.commitmentID) {
                linked.removeAll { $0.evidence.statementID == decision.outcomeID }
                if decision.linked, let outcome = outcomes.first(where: { $0.id == decision.outcomeID }) ?? statements.first(where: { $0.id == decision.outcomeID }) {
                    linked.append(.init(relation: decision.relation ?? .fulfils, action: outcome.action, polarity: outcome.polarity,
                                        evidence: outcome.evidence, reasons: ["human decision"] + (decision.note.map { [$0] } ?? []),
                                        score: 1))
                }
            }
            // A later negated commitment by the same holder on the same action: a reversal.
            if first.polarity == .affirmed {
                reversal = commitments.first { later in
                    later.polarity == .negated && (later.date ?? "") > (first.date ?? "")
                        && groups.group(ofAction: later.normalized ?? "") == group
                        && (head(later) == head(first) || !Set(later.topics).isDisjoint(with: first.topics))
                }?.evidence
            }
            let status = self.status(deadline: deadline, outcomes: linked, reversed: reversal != nil)
            var because: [String] = []
            if reports.count > 1 {
                because = first.group.map { ["split or grouped by a person (\($0))"] }
                    ?? ["same holder (\(first.holder))", "same action (\(group))", "same object (\(head(first) ?? "none"))"]
            }
            return TrackedCommitment(holder: first.holder, action: first.action, normalizedAction: first.normalized,
                                     deadline: deadline, topics: first.topics, polarity: first.polarity,
                                     certainty: first.certainty, status: status, reports: reports.map(\.evidence),
                                     outcomes: linked, reversal: reversal, mergedBecause: because)
        }
    }

    func status(deadline: String?, outcomes: [TrackedCommitment.Outcome], reversed: Bool) -> CommitmentStatus {
        let fulfils = outcomes.contains { $0.relation == .fulfils }
        let contradicts = outcomes.contains { $0.relation == .contradicts }
        let progresses = outcomes.contains { $0.relation == .progresses }
        let passed = deadline.map { CalendarDate.lastDay(of: $0) < asOf.iso } ?? false
        if fulfils && contradicts { return .disputed }
        if contradicts || reversed { return .broken }
        if fulfils { return .kept }
        if progresses { return passed ? .partlyKept : .inProgress }
        return passed ? .overdue : .pending
    }

    /// Reports of one pledge share a key: its action group and object, unless
    /// a person put the report in a group of its own (`tracker split`).
    private func mergeKey(_ row: Row_) -> String {
        if let group = row.group { return "group \(group)" }
        return groups.group(ofAction: row.normalized ?? "") + "|" + (head(row) ?? "")
    }

    private func head(_ row: Row_) -> String? {
        guard let normalized = row.normalized else { return nil }
        let words = normalized.split(separator: " ")
        return words.count > 1 ? String(words.last!) : nil
    }

    /// "withdrew troops from two of the five posts": part of what was promised.
    private func isPartial(_ outcome: Row_, of commitment: Row_) -> Bool {
        guard let action = outcome.action?.lowercased() else { return false }
        return action.contains(" of the ") || action.contains("first ") || action.contains(" some ")
    }

    private func load(holderIDs: [Int64]) throws -> [Row_] {
        guard !holderIDs.isEmpty else { return [] }
        let placeholders = holderIDs.map { _ in "?" }.joined(separator: ",")
        let rows = try Row.fetchAll(db, sql: """
            SELECT s.id, s.kind, s.polarity, s.certainty, s.action, s.normalized_action, s.reported_on, s.review,
                   s.tracked_commitment_id,
                   h.actor_id AS holder_id, a.name AS holder, s.document_id, d.title, se.text AS sentence,
                   (SELECT value FROM time_expression t WHERE t.statement_id = s.id) AS time_value,
                   (SELECT role FROM time_expression t WHERE t.statement_id = s.id) AS time_role,
                   (SELECT sa.name FROM statement_actor so JOIN actor sa ON sa.id = so.actor_id
                     WHERE so.statement_id = s.id AND so.role = 'source') AS source,
                   (SELECT group_concat(topic_key) FROM statement_topic st WHERE st.statement_id = s.id) AS topics
            FROM statement_actor h
            JOIN statement s ON s.id = h.statement_id
            JOIN actor a ON a.id = h.actor_id
            JOIN document d ON d.id = s.document_id
            JOIN sentence se ON se.id = s.sentence_id
            WHERE h.role = 'holder' AND h.actor_id IN (\(placeholders)) AND s.kind IN ('commitment', 'achievement')
              AND s.review != 'rejected'
            ORDER BY s.reported_on, s.id
            """, arguments: StatementArguments(holderIDs))
        return rows.map { row in
            let topics = (row["topics"] as String?)?.split(separator: ",").map(String.init) ?? []
            return Row_(id: row["id"], kind: StatementKind(rawValue: row["kind"]) ?? .claim,
                        polarity: Polarity(rawValue: row["polarity"]) ?? .affirmed,
                        certainty: Certainty(rawValue: row["certainty"]) ?? .certain,
                        action: row["action"], normalized: row["normalized_action"], holderID: row["holder_id"],
                        holder: row["holder"], date: row["reported_on"], time: row["time_value"], timeRole: row["time_role"],
                        evidence: Evidence(statementID: row["id"], documentID: row["document_id"], documentTitle: row["title"],
                                           date: row["reported_on"], source: row["source"], sentence: row["sentence"],
                                           review: row["review"]),
                        topics: topics, group: row["tracked_commitment_id"])
        }
    }
}
