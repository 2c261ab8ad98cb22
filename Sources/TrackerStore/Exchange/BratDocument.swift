/// A document in brat's standoff format: the text (`.txt`) and its
/// annotations (`.ann`), so that an annotation tool can open what the
/// tracker found. Statements are text-bound annotations (their clause, else
/// their sentence) typed by kind, with polarity, certainty and review as
/// attributes; actor mentions and cues are text-bound too; holder, source,
/// target and cue are relations. Offsets are Unicode scalars, as brat counts.
public struct BratDocument: Sendable {
    /// The document's cleaned text (`.txt`).
    public var text: String
    /// The standoff annotations (`.ann`), one a line.
    public var annotations: String

    /// The `annotation.conf` that declares the types this export uses.
    public static let configuration = """
        [entities]
        Claim
        Commitment
        Achievement
        Uncertainty
        Actor
        Cue

        [relations]
        Holder\tArg1:Claim|Commitment|Achievement|Uncertainty, Arg2:Actor
        Source\tArg1:Claim|Commitment|Achievement|Uncertainty, Arg2:Actor
        Target\tArg1:Claim|Commitment|Achievement|Uncertainty, Arg2:Actor
        HasCue\tArg1:Claim|Commitment|Achievement|Uncertainty, Arg2:Cue

        [events]

        [attributes]
        Polarity\tArg:Claim|Commitment|Achievement|Uncertainty, Value:affirmed|negated
        Certainty\tArg:Claim|Commitment|Achievement|Uncertainty, Value:certain|uncertain
        Review\tArg:Claim|Commitment|Achievement|Uncertainty, Value:unreviewed|confirmed|corrected|rejected|added

        """

    /// The brat files of a document's text and exported sentences.
    public init(text: String, sentences: [ExportedSentence]) {
        self.text = text
        let scalars = Array(text.unicodeScalars)
        var lines: [String] = []
        var entities: [String: Int] = [:]  // "Type start end" → T number
        var counters = (entity: 0, attribute: 0, relation: 0, note: 0)

        func fragments(_ start: Int, _ end: Int) -> (offsets: String, text: String)? {
            let start = max(0, min(start, scalars.count)), end = max(start, min(end, scalars.count))
            var pieces: [(Int, Int)] = []
            var pieceStart: Int?
            for index in start..<end {
                let isBreak = scalars[index] == "\n" || scalars[index] == "\r"
                if isBreak, let open = pieceStart { pieces.append((open, index)); pieceStart = nil }
                if !isBreak, pieceStart == nil { pieceStart = index }
            }
            if let open = pieceStart { pieces.append((open, end)) }
            guard !pieces.isEmpty else { return nil }
            let words = pieces.map { piece -> String in
                var view = String.UnicodeScalarView()
                view.append(contentsOf: scalars[piece.0..<piece.1])
                return String(view)
            }
            return (pieces.map { "\($0.0) \($0.1)" }.joined(separator: ";"), words.joined(separator: " "))
        }
        func entity(_ type: String, _ start: Int, _ end: Int) -> Int? {
            let key = "\(type) \(start) \(end)"
            if let known = entities[key] { return known }
            guard let span = fragments(start, end) else { return nil }
            counters.entity += 1
            entities[key] = counters.entity
            lines.append("T\(counters.entity)\t\(type) \(span.offsets)\t\(span.text)")
            return counters.entity
        }
        func clean(_ text: String) -> String {
            String(text.map { $0 == "\t" || $0 == "\n" || $0 == "\r" ? " " : $0 })
        }

        for sentence in sentences {
            for statement in sentence.statements {
                let start = statement.clauseStart ?? sentence.sentence.start
                let end = statement.clauseEnd ?? sentence.sentence.end
                guard let id = entity(statement.kind.rawValue.capitalized, start, end) else { continue }
                let attributes = [
                    ("Polarity", statement.polarity.rawValue), ("Certainty", statement.certainty.rawValue),
                    ("Review", statement.review.rawValue),
                ]
                for (name, value) in attributes {
                    counters.attribute += 1
                    lines.append("A\(counters.attribute)\t\(name) T\(id) \(value)")
                }
                var unplaced: [String] = []
                let roles =
                    statement.holders.map { ("Holder", $0) } + (statement.source.map { [("Source", $0)] } ?? [])
                    + statement.targets.map { ("Target", $0) }
                for (role, actor) in roles {
                    if let mentionStart = actor.start, let mentionEnd = actor.end, let actorID = entity("Actor", mentionStart, mentionEnd) {
                        counters.relation += 1
                        lines.append("R\(counters.relation)\t\(role) Arg1:T\(id) Arg2:T\(actorID)")
                    } else {
                        unplaced.append("\(role.lowercased()): \(actor.actor)")
                    }
                }
                for cue in statement.cues {
                    guard let cueID = entity("Cue", cue.start, cue.end) else { continue }
                    counters.relation += 1
                    lines.append("R\(counters.relation)\tHasCue Arg1:T\(id) Arg2:T\(cueID)")
                }
                var note = ["statement \(statement.id)"]
                if let action = statement.action { note.append("action: \(action)") }
                if let time = statement.time { note.append("time: \(time.text) (\(time.role) \(time.value?.iso ?? "?"))") }
                note += unplaced
                if let last = statement.corrections.last { note.append("reviewed by \(last.author) \(last.createdAt)") }
                counters.note += 1
                lines.append("#\(counters.note)\tAnnotatorNotes T\(id)\t\(clean(note.joined(separator: "; ")))")
            }
        }
        annotations = lines.isEmpty ? "" : lines.joined(separator: "\n") + "\n"
    }
}
