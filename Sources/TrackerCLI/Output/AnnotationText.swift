import TrackerAnalysis

/// `annotate --format text`: for a person at a terminal.
enum AnnotationText {
    static func block(_ sentence: AnnotatedSentence) -> String {
        var out = "[\(sentence.index)] \(TerminalEscaping.escaped(sentence.text.replacingNewlines()))\n"
        for statement in sentence.statements {
            out += "    " + summary(statement) + "\n"
        }
        return out
    }

    static func summary(_ statement: Statement) -> String {
        var parts = [statement.kind.rawValue.uppercased()]
        if statement.polarity == .negated { parts.append("negated") }
        if statement.certainty == .uncertain, statement.kind != .uncertainty { parts.append("uncertain") }
        var line = parts.joined(separator: ", ")
        if let holder = statement.holder { line += "  holder: \(holder.actor)" }
        if let source = statement.source { line += "  source: \(source.actor)" }
        if let action = statement.action { line += "  action: \"\(action)\"" }
        if let time = statement.time { line += "  time: \(time.text) → \(time.value ?? "?") (\(time.role.rawValue))" }
        line += "  cues: " + statement.cues.map { "«\($0.text)» \($0.kind)" }.joined(separator: ", ")
        line += "  [\(statement.rules.map(\.rawValue).joined(separator: ", "))]"
        // Actor names, actions and cues come from the article (or the user's files): inert on a terminal.
        return TerminalEscaping.escaped(line)
    }
}

/// `annotate --format markdown`: the annotated article as a document.
enum AnnotationMarkdown {
    static func document(_ document: CleanedDocument, _ sentences: [AnnotatedSentence]) -> String {
        var out = "# \(document.metadata.title.map(MarkdownEscaping.escaped) ?? "Annotated document")\n\n"
        if let date = document.metadata.date { out += "Date: \(date.iso)  \n" }
        if let source = document.metadata.source { out += "Source: \(MarkdownEscaping.escaped(source))  \n" }
        out += "\n"
        return out + self.sentences(sentences)
    }

    /// The numbered sentences with their statements, as ``document(_:_:)``
    /// lists them (a large document's are written a block at a time).
    static func sentences(_ sentences: [AnnotatedSentence]) -> String {
        var out = ""
        for sentence in sentences {
            out += "\(sentence.index + 1). \(marked(sentence))\n"
            for statement in sentence.statements {
                out += "   - **\(statement.kind.rawValue)**"
                if statement.polarity == .negated { out += " (negated)" }
                if statement.certainty == .uncertain, statement.kind != .uncertainty { out += " (uncertain)" }
                if let action = statement.action { out += ": \(MarkdownEscaping.escaped(action))" }
                // Who, on whose word, and when: as the text format shows them.
                if let holder = statement.holder { out += " — holder: \(MarkdownEscaping.escaped(holder.actor))" }
                if let source = statement.source { out += " — source: \(MarkdownEscaping.escaped(source.actor))" }
                if let time = statement.time {
                    out += " — time: \(MarkdownEscaping.escaped(time.text)) → \(time.value ?? "?") (\(time.role.rawValue))"
                }
                out += " — cues: " + statement.cues.map { MarkdownEscaping.codeSpan($0.text) }.joined(separator: ", ") + "\n"
            }
        }
        return out
    }

    /// The sentence with its cue words in bold, its text escaped (``MarkdownEscaping``).
    static func marked(_ sentence: AnnotatedSentence) -> String {
        let scalars = Array(sentence.text.unicodeScalars)
        var bold = [Bool](repeating: false, count: scalars.count)
        for statement in sentence.statements {
            for cue in statement.cues {
                let lower = max(0, cue.start - sentence.span.start)
                let upper = min(scalars.count, cue.end - sentence.span.start)
                if lower < upper { for index in lower..<upper { bold[index] = true } }
            }
        }
        var out = ""
        var run = String.UnicodeScalarView()
        var open = false
        for (index, scalar) in scalars.enumerated() {
            if bold[index] != open {
                out += MarkdownEscaping.escaped(String(run)) + "**"
                run = String.UnicodeScalarView()
                open = bold[index]
            }
            run.append(scalar)
        }
        out += MarkdownEscaping.escaped(String(run))
        if open { out += "**" }
        return out
    }
}
