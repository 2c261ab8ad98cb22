import ArgumentParser
import Foundation
import TrackerAnalysis
import TrackerSyntax

enum ParseFormat: String, ExpressibleByArgument, CaseIterable {
    case conllu, text
}

struct ParseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parse",
        abstract: "Split a document into sentences and words, tag them and print each sentence's dependency tree.",
        discussion: """
            Sentences come from the same segmenter as annotate; words are split as the English \
            Web Treebank splits them ("don't" → "do n't"). The tagger gives UPOS and Penn tags; the \
            parser gives each word its head and Universal Dependencies relation.

            text: one line a word: number, word, UPOS, head number (0 = root), head word, relation.
            conllu: the 10 CoNLL-U columns (no lemmas), with sent_id and text comments.

            Examples:
              tracker parse article.txt
              echo "Ford pledged on Tuesday to cut emissions." | tracker parse - --format conllu
            """
    )

    @OptionGroup var input: InputOptions

    @Option(help: "conllu or text.")
    var format: ParseFormat = .text

    func run() throws {
        let (bytes, inputFormat) = try input.load()
        let document = try DocumentReader().read(bytes, format: inputFormat, path: input.displayName)
        for warning in document.warnings { Diagnostics.warn(warning.message) }
        let analyzer = try SyntaxAnalyzer.english
        let writer = CoNLLUWriter()
        var out = StandardOutput()
        for (number, span) in SentenceSegmenter().sentences(in: document.text).enumerated() {
            let text = span.text(in: document.text)
            let tree = analyzer.parse(sentence: text)
            guard !tree.words.isEmpty else { continue }
            switch format {
            case .conllu:
                var lines = ""
                writer.write(writer.sentence(tree, text: text.replacingNewlines(), id: String(number + 1)), to: &lines)
                out.write(lines)
            case .text:
                out.write("# \(TerminalText.safe(text.replacingNewlines()))\n")
                out.write(TreeText.lines(tree))
                out.write("\n")
            }
        }
        try out.flush()
    }
}

/// A tree as aligned text lines: number, word, UPOS, head number, head word, relation.
enum TreeText {
    static func lines(_ tree: DependencyTree) -> String {
        let forms = tree.words.map { TerminalText.safe($0.form) }
        let width = min(forms.map(\.count).max() ?? 0, 24)
        var out = ""
        for (k, word) in tree.words.enumerated() {
            let head = word.head.map { String($0 + 1) } ?? "0"
            let headForm = word.head.map { forms[$0] } ?? "ROOT"
            out +=
                String(k + 1).padding(3) + " " + forms[k].padding(width) + "  " + word.tag.rawValue.padding(5)
                + "  " + head.padding(3) + " " + headForm.padding(width) + "  " + word.relation.rawValue + "\n"
        }
        return out
    }
}

/// Untrusted text made safe for a terminal: control characters (escape
/// sequences could recolour or rewrite the screen) shown as `\u{…}`.
enum TerminalText {
    static func safe(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isControl) else { return text }
        var out = ""
        for scalar in text.unicodeScalars {
            if isControl(scalar) { out += "\\u{\(String(scalar.value, radix: 16))}" } else { out.unicodeScalars.append(scalar) }
        }
        return out
    }

    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.generalCategory == .control
            || scalar.properties.generalCategory == .format && scalar.value >= 0x202A
                && scalar.value <= 0x2069
    }
}

extension String {
    /// The string padded with spaces to `width` characters (never cut).
    func padding(_ width: Int) -> String {
        count >= width ? self : self + String(repeating: " ", count: width - count)
    }
}
