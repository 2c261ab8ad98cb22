import TrackerAnalysis

/// The `annotate --format jsonl` contract (docs/DESIGN.md): one object per
/// sentence, written as bytes into a ``JSONBuffer`` (no `String` per field:
/// on a million words building strings cost as much as the analysis).
enum AnnotationJSON {
    /// The sentence's line, newline included, as a string (tests and small outputs).
    static func line(_ sentence: AnnotatedSentence) -> String {
        var json = JSONBuffer(capacity: 1024)
        write(sentence, into: &json)
        return String(decoding: json.bytes, as: UTF8.self)
    }

    /// Appends the sentence's line, newline included.
    static func write(_ sentence: AnnotatedSentence, into json: inout JSONBuffer) {
        json.raw("{\"sentence\":")
        json.integer(sentence.index)
        json.raw(",\"start\":")
        json.integer(sentence.span.start)
        json.raw(",\"end\":")
        json.integer(sentence.span.end)
        json.raw(",\"text\":")
        json.string(sentence.text)
        json.raw(",\"statements\":[")
        for (index, statement) in sentence.statements.enumerated() {
            if index > 0 { json.byte(UInt8(ascii: ",")) }
            write(statement, into: &json)
        }
        json.raw("]}\n")
    }

    static func write(_ statement: Statement, into json: inout JSONBuffer) {
        json.raw("{\"kind\":")
        json.string(statement.kind.rawValue)
        json.raw(",\"polarity\":")
        json.string(statement.polarity.rawValue)
        json.raw(",\"certainty\":")
        json.string(statement.certainty.rawValue)
        json.raw(",\"holder\":")
        write(statement.holder, into: &json)
        if statement.holders.count > 1 {
            json.raw(",\"holders\":")
            writeArray(statement.holders, into: &json) { write($0, into: &$1) }
        }
        json.raw(",\"source\":")
        write(statement.source, into: &json)
        json.raw(",\"targets\":")
        writeArray(statement.targets, into: &json) { write($0, into: &$1) }
        json.raw(",\"action\":")
        json.string(statement.action)
        json.raw(",\"normalized_action\":")
        json.string(statement.normalizedAction)
        json.raw(",\"topics\":")
        writeArray(statement.topics, into: &json) { $1.string($0) }
        json.raw(",\"time\":")
        write(statement.time, into: &json)
        json.raw(",\"cues\":")
        writeArray(statement.cues, into: &json) { write($0, into: &$1) }
        json.raw(",\"confidence\":")
        writeRounded(statement.confidence, into: &json)
        json.raw(",\"rules\":")
        writeArray(statement.rules, into: &json) { $1.string($0.rawValue) }
        json.byte(UInt8(ascii: "}"))
    }

    static func write(_ mention: ActorMention?, into json: inout JSONBuffer) {
        guard let mention else { return json.raw("null") }
        json.raw("{\"actor\":")
        json.string(mention.actor)
        json.raw(",\"mention\":")
        json.string(mention.mention)
        json.raw(",\"start\":")
        json.integer(mention.start)
        json.raw(",\"end\":")
        json.integer(mention.end)
        if let id = mention.id {
            json.raw(",\"id\":")
            json.string(id)
        }
        if let kind = mention.kind {
            json.raw(",\"kind\":")
            json.string(kind.rawValue)
        }
        if let affiliation = mention.affiliation {
            json.raw(",\"affiliation\":")
            json.string(affiliation)
        }
        json.byte(UInt8(ascii: "}"))
    }

    static func write(_ time: TimeExpression?, into json: inout JSONBuffer) {
        guard let time else { return json.raw("null") }
        json.raw("{\"text\":")
        json.string(time.text)
        json.raw(",\"value\":")
        json.string(time.value)
        json.raw(",\"role\":")
        json.string(time.role.rawValue)
        json.raw(",\"start\":")
        json.integer(time.start)
        json.raw(",\"end\":")
        json.integer(time.end)
        if let anchor = time.anchor {
            json.raw(",\"anchor\":")
            json.string(anchor)
        }
        json.byte(UInt8(ascii: "}"))
    }

    static func write(_ cue: Cue, into json: inout JSONBuffer) {
        json.raw("{\"kind\":")
        json.string(cue.kind)
        json.raw(",\"text\":")
        json.string(cue.text)
        json.raw(",\"start\":")
        json.integer(cue.start)
        json.raw(",\"end\":")
        json.integer(cue.end)
        json.raw(",\"rule\":")
        json.string(cue.rule)
        json.byte(UInt8(ascii: "}"))
    }

    static func writeArray<Element>(
        _ elements: [Element], into json: inout JSONBuffer,
        _ element: (Element, inout JSONBuffer) -> Void
    ) {
        json.byte(UInt8(ascii: "["))
        for (index, value) in elements.enumerated() {
            if index > 0 { json.byte(UInt8(ascii: ",")) }
            element(value, &json)
        }
        json.byte(UInt8(ascii: "]"))
    }

    /// The confidence in hundredths: "0.07", "0.85", "1.0" (the contract's two places).
    static func writeRounded(_ value: Double, into json: inout JSONBuffer) {
        let hundredths = (value * 100).rounded()
        if hundredths == 100 { return json.raw("1.0") }
        json.raw("0.")
        if hundredths < 10 { json.byte(UInt8(ascii: "0")) }
        json.integer(Int(hundredths))
    }
}
