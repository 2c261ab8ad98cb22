import Foundation
import Testing
import TrackerAnalysis

@testable import TrackerCLI

/// The byte writer of `annotate --format jsonl` against the string-building
/// path it replaced (kept below as the reference): the same bytes for every
/// sentence of the examples and of the fixtures, and for text made to stress
/// the escaping. Every differing sentence is reported at once.
@Suite struct AnnotationJSONTests {
    static let fixtures = TrackerProcess.projectRoot.appendingPathComponent("Tests/TrackerAnalysisTests/Fixtures")

    let tagger = StatementTagger()

    @Test func examplesMatchTheStringPath() throws {
        let examples = TrackerProcess.projectRoot.appendingPathComponent("Examples")
        let files = try #require(FileManager.default.enumerator(atPath: examples.path)?.allObjects as? [String]).sorted()
        var sentences: [(String, AnnotatedSentence)] = []
        for file in files {
            guard let format = DocumentFormat(path: file) else { continue }
            let bytes = [UInt8](try Data(contentsOf: examples.appendingPathComponent(file)))
            let document = try DocumentReader().read(bytes, format: format, path: file)
            let context = StatementTagger.DocumentContext(date: document.metadata.date, publication: document.metadata.source)
            let spans = SentenceSegmenter().sentences(in: document.text)
            for sentence in tagger.annotate(document.text, sentences: spans, context: context) {
                sentences.append(("\(file)#\(sentence.index)", sentence))
            }
        }
        #expect(sentences.count > 100, "the examples were not found at \(examples.path)")
        compare(sentences)
    }

    /// Every sentence of the labelled, segmentation and time fixtures, with a document date (so times are written too).
    @Test func fixturesMatchTheStringPath() throws {
        struct Line: Decodable { var id: String?; var text: String?; var input: String?; var sentence: String? }
        var sentences: [(String, AnnotatedSentence)] = []
        let context = StatementTagger.DocumentContext(date: CalendarDate(year: 2019, month: 1, day: 19))
        for file in ["statements-dev.jsonl", "statements-test.jsonl", "segmentation-golden.jsonl", "time-golden.jsonl"] {
            let text = try String(contentsOf: Self.fixtures.appendingPathComponent(file), encoding: .utf8)
            for (number, json) in text.split(separator: "\n").enumerated() {
                let line = try JSONDecoder().decode(Line.self, from: Data(json.utf8))
                guard let text = line.text ?? line.input ?? line.sentence else { continue }
                for sentence in tagger.annotate(text, sentences: SentenceSegmenter().sentences(in: text), context: context) {
                    sentences.append(("\(file):\(line.id ?? String(number))#\(sentence.index)", sentence))
                }
            }
        }
        #expect(sentences.count > 1_000)
        #expect(sentences.contains { $0.1.statements.contains { $0.time != nil } }, "no fixture sentence has a time")
        compare(sentences)
    }

    /// Quotes, backslashes, every control character, `/`, DEL, U+2028/U+2029,
    /// accents, CJK and emoji (4-byte UTF-8) in the sentence, the action and the actor names.
    @Test func hostileTextMatchesTheStringPath() {
        let controls = String(String.UnicodeScalarView((0..<0x20).compactMap(Unicode.Scalar.init)))
        let texts = [
            "Peru said \"we will withdraw\" the troops by 2026.",
            "The ministry pledged to cut C:\\tariffs\\ and/or duties by half.",
            "Officials said\(controls)they would resume talks.",
            "Ecuador will free the prisoners\u{2028}by June\u{2029} and \u{7F}close the camp.",
            "The Cóndor talks 会谈 will resume 🇵🇪 on Monday, Perú said.",
            "\u{1B}[31mThe army will halt\u{1B}[0m fire along the border.",
        ]
        var sentences: [(String, AnnotatedSentence)] = []
        for (number, text) in texts.enumerated() {
            let annotated = tagger.annotate(text, sentences: SentenceSegmenter().sentences(in: text))
            sentences += annotated.map { ("hostile \(number)#\($0.index)", $0) }
            // Then a sentence with the hostile text in every field the tagger fills from the article.
            guard var sentence = annotated.first(where: { $0.statements.first?.cues.isEmpty == false }) else {
                Issue.record("no statement with a cue in '\(text)'")
                continue
            }
            let mention = ActorMention(
                actor: text, mention: controls + "\\\"/", start: 0, end: 3, id: "a/\u{2028}\u{0}",
                affiliation: "\u{1F}x")
            sentence.statements[0].holder = mention
            sentence.statements[0].holders = [mention, mention]
            sentence.statements[0].source = mention
            sentence.statements[0].targets = [mention, mention]
            sentence.statements[0].action = text
            sentence.statements[0].normalizedAction = controls
            sentence.statements[0].topics = [text, "/"]
            sentence.statements[0].rules = [RuleID(rawValue: "\u{0}"), RuleID(rawValue: text)]
            sentence.statements[0].cues[0].kind = text
            sentence.statements[0].cues[0].text = controls
            sentence.statements[0].cues[0].rule = "\""
            sentence.statements[0].confidence = 0.07
            sentences.append(("hostile fields \(number)#\(sentence.index)", sentence))
        }
        #expect(sentences.count > texts.count)
        compare(sentences)
    }

    /// Each line is valid JSON and its text reads back as the sentence.
    @Test func linesParseBackToTheSentence() throws {
        let text = "A \"quoted\"\u{8}\u{C}\u{1} line\\ with / and \u{2028} and 🇵🇪 ends here."
        for sentence in tagger.annotate(text, sentences: SentenceSegmenter().lines(in: text)) {
            let object = try JSONSerialization.jsonObject(with: Data(AnnotationJSON.line(sentence).utf8)) as? [String: Any]
            #expect(object?["text"] as? String == sentence.text)
        }
    }

    @Test(arguments: [0, 7, -7, 10, 99, 1_234_567, Int.max, Int.min])
    func integersAreDecimal(value: Int) {
        var json = JSONBuffer()
        json.integer(value)
        #expect(String(decoding: json.bytes, as: UTF8.self) == String(value))
    }

    func compare(_ sentences: [(String, AnnotatedSentence)]) {
        var differences = 0
        var stream = JSONBuffer()
        var expectedStream = ""
        for (id, sentence) in sentences {
            let expected = StringAnnotationJSON.line(sentence)
            expectedStream += expected
            AnnotationJSON.write(sentence, into: &stream)
            let found = AnnotationJSON.line(sentence)
            if found != expected {
                differences += 1
                Issue.record("\(id) differs\n  was: \(expected)  now: \(found)")
            }
        }
        #expect(differences == 0, "\(differences) of \(sentences.count) sentences differ")
        #expect(stream.bytes == Array(expectedStream.utf8), "the streamed lines differ from the lines one by one")
    }
}

/// The string-building writer `annotate --format jsonl` used before
/// ``AnnotationJSON`` wrote bytes: the reference the new writer must match.
enum StringAnnotationJSON {
    static func line(_ sentence: AnnotatedSentence) -> String {
        var out = "{\"sentence\":\(sentence.index),\"start\":\(sentence.span.start),\"end\":\(sentence.span.end),"
        out += "\"text\":\(quoted(sentence.text)),\"statements\":["
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
            "\"action\":\(statement.action.map(quoted) ?? "null")",
            "\"normalized_action\":\(statement.normalizedAction.map(quoted) ?? "null")",
            "\"topics\":[\(statement.topics.map(quoted).joined(separator: ","))]",
            "\"time\":\(time(statement.time))",
            "\"cues\":[\(statement.cues.map(cue).joined(separator: ","))]",
            "\"confidence\":\(rounded(statement.confidence))",
            "\"rules\":[\(statement.rules.map { quoted($0.rawValue) }.joined(separator: ","))]",
        ]
        return "{" + fields.joined(separator: ",") + "}"
    }

    static func actor(_ mention: ActorMention?) -> String {
        guard let mention else { return "null" }
        var out =
            "{\"actor\":\(quoted(mention.actor)),\"mention\":\(quoted(mention.mention)),"
            + "\"start\":\(mention.start),\"end\":\(mention.end)"
        if let id = mention.id { out += ",\"id\":" + quoted(id) }
        if let kind = mention.kind { out += ",\"kind\":\"\(kind.rawValue)\"" }
        if let affiliation = mention.affiliation { out += ",\"affiliation\":" + quoted(affiliation) }
        return out + "}"
    }

    static func time(_ time: TimeExpression?) -> String {
        guard let time else { return "null" }
        return "{\"text\":\(quoted(time.text)),\"value\":\(time.value.map(quoted) ?? "null"),"
            + "\"role\":\"\(time.role.rawValue)\",\"start\":\(time.start),\"end\":\(time.end)"
            + (time.anchor.map { ",\"anchor\":" + quoted($0) } ?? "") + "}"
    }

    static func cue(_ cue: Cue) -> String {
        "{\"kind\":\(quoted(cue.kind)),\"text\":\(quoted(cue.text)),\"start\":\(cue.start),"
            + "\"end\":\(cue.end),\"rule\":\(quoted(cue.rule))}"
    }

    static func rounded(_ value: Double) -> String {
        let hundredths = (value * 100).rounded()
        return hundredths == 100 ? "1.0" : "0." + (hundredths < 10 ? "0" : "") + String(Int(hundredths))
    }

    /// String literals as the old path wrote them: through ``JSONText/quoted(_:)``, which is unchanged.
    static func quoted(_ text: String) -> String { JSONText.quoted(text) }
}
