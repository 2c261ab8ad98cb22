import TrackerAnalysis

/// The `annotate --format jsonl` contract (docs/DESIGN.md): one object per sentence.
enum AnnotationJSON {
    static func line(_ sentence: AnnotatedSentence) -> String {
        var out = "{\"sentence\":\(sentence.index),\"start\":\(sentence.span.start),\"end\":\(sentence.span.end),"
        out += "\"text\":\(JSONText.quoted(sentence.text)),\"statements\":["
        out += sentence.statements.map(statement).joined(separator: ",")
        out += "]}\n"
        return out
    }

    static func statement(_ statement: Statement) -> String {
        var fields: [String] = [
            "\"kind\":\"\(statement.kind.rawValue)\"",
            "\"polarity\":\"\(statement.polarity.rawValue)\"",
            "\"certainty\":\"\(statement.certainty.rawValue)\"",
            "\"holder\":\(actor(statement.holder))",
        ]
        if statement.holders.count > 1 {
            fields.append("\"holders\":[\(statement.holders.map { actor($0) }.joined(separator: ","))]")
        }
        fields += [
            "\"source\":\(actor(statement.source))",
            "\"targets\":[\(statement.targets.map { actor($0) }.joined(separator: ","))]",
            "\"action\":\(statement.action.map(JSONText.quoted) ?? "null")",
            "\"normalized_action\":\(statement.normalizedAction.map(JSONText.quoted) ?? "null")",
            "\"topics\":[\(statement.topics.map(JSONText.quoted).joined(separator: ","))]",
            "\"time\":\(time(statement.time))",
            "\"cues\":[\(statement.cues.map(cue).joined(separator: ","))]",
            "\"confidence\":\(rounded(statement.confidence))",
            "\"rules\":[\(statement.rules.map(JSONText.quoted).joined(separator: ","))]",
        ]
        return "{" + fields.joined(separator: ",") + "}"
    }

    static func actor(_ mention: ActorMention?) -> String {
        guard let mention else { return "null" }
        var out = "{\"actor\":\(JSONText.quoted(mention.actor)),\"mention\":\(JSONText.quoted(mention.mention)),"
            + "\"start\":\(mention.start),\"end\":\(mention.end)"
        if let id = mention.id { out += ",\"id\":" + JSONText.quoted(id) }
        if let kind = mention.kind { out += ",\"kind\":\"\(kind.rawValue)\"" }
        if let affiliation = mention.affiliation { out += ",\"affiliation\":" + JSONText.quoted(affiliation) }
        return out + "}"
    }

    static func time(_ time: TimeExpression?) -> String {
        guard let time else { return "null" }
        return "{\"text\":\(JSONText.quoted(time.text)),\"value\":\(time.value.map(JSONText.quoted) ?? "null"),"
            + "\"role\":\"\(time.role.rawValue)\",\"start\":\(time.start),\"end\":\(time.end)"
            + (time.anchor.map { ",\"anchor\":" + JSONText.quoted($0) } ?? "") + "}"
    }

    static func cue(_ cue: Cue) -> String {
        "{\"kind\":\(JSONText.quoted(cue.kind)),\"text\":\(JSONText.quoted(cue.text)),\"start\":\(cue.start),"
            + "\"end\":\(cue.end),\"rule\":\(JSONText.quoted(cue.rule))}"
    }

    static func rounded(_ value: Double) -> String {
        let hundredths = (value * 100).rounded()
        return hundredths == 100 ? "1.0" : "0." + (hundredths < 10 ? "0" : "") + String(Int(hundredths))
    }
}
