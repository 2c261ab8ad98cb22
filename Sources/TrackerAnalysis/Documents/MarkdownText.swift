/// Markdown to plain article text: headings, emphasis, links, images, code
/// fences, block quotes and bullet markers are reduced to the words a reader
/// sees. Ordered-list numbers are kept ("1. Cut emissions"): they are part of
/// what the item says.
public enum MarkdownText {
    /// The body's lines as plain text; blank lines separate paragraphs.
    public static func lines(of body: Substring) -> [String] {
        var lines: [String] = []
        var inFence = false
        for rawLine in String(body).lineSlices() {
            var line = rawLine.trimmingWhitespace()
            if line.hasPrefix("```") || line.hasPrefix("~~~") {
                inFence.toggle()
                lines.append("")
                continue
            }
            if inFence { continue }
            if isRule(line) {
                lines.append("")
                continue
            }
            while line.hasPrefix(">") { line = line.dropFirst().trimmingWhitespace() }
            line = strippingHeading(line)
            line = strippingBullet(line)
            lines.append(String(inlineText(line).trimmingWhitespace()))
        }
        return lines
    }

    /// `---`, `***`, `___`, `===` (also setext underlines).
    private static func isRule(_ line: Substring) -> Bool {
        guard line.count >= 3, let first = line.first, "-*_=".contains(first) else { return false }
        return line.allSatisfy { $0 == first || $0 == " " }
    }

    private static func strippingHeading(_ line: Substring) -> Substring {
        let hashes = line.prefix(while: { $0 == "#" })
        guard (1...6).contains(hashes.count) else { return line }
        let rest = line.dropFirst(hashes.count)
        guard rest.isEmpty || rest.first == " " else { return line }
        var text = rest.trimmingWhitespace()
        while text.last == "#" { text = text.dropLast() }
        return text.trimmingWhitespace()
    }

    private static func strippingBullet(_ line: Substring) -> Substring {
        guard let first = line.first, "-*+•".contains(first) else { return line }
        let rest = line.dropFirst()
        guard rest.first == " " else { return line }
        return rest.trimmingWhitespace()
    }

    /// Links keep their text, images disappear, emphasis and code marks go.
    static func inlineText(_ line: Substring) -> String {
        guard line.contains(where: { "[]!*_`<".contains($0) }) else { return String(line) }
        var marks = NextMarks()
        var out = ""
        var index = line.startIndex
        while index < line.endIndex {
            let character = line[index]
            if character == "!", line.index(after: index) < line.endIndex,
                line[line.index(after: index)] == "[",
                let (_, end) = link(in: line, at: line.index(after: index), &marks)
            {
                index = end
                continue
            }
            if character == "[", let (text, end) = link(in: line, at: index, &marks) {
                out += inlineText(text)
                index = end
                continue
            }
            if character == "*" || character == "`" {
                index = line.index(after: index)
                continue
            }
            if character == "_", isEmphasisUnderscore(in: line, at: index) {
                index = line.index(after: index)
                continue
            }
            if character == "<", let close = marks.angle.next(atOrAfter: index, in: line),
                isInlineTag(line[line.index(after: index)..<close], in: line, &marks)
            {
                index = line.index(after: close)
                continue
            }
            out.append(character)
            index = line.index(after: index)
        }
        return out
    }

    /// `[text](target)` starting at `open`: the text and the index after `)`.
    private static func link(
        in line: Substring, at open: Substring.Index,
        _ marks: inout NextMarks
    ) -> (Substring, Substring.Index)? {
        guard let closeBracket = marks.bracket.next(atOrAfter: open, in: line) else { return nil }
        let afterBracket = line.index(after: closeBracket)
        guard afterBracket < line.endIndex, line[afterBracket] == "(",
            let closeParen = marks.parenthesis.next(atOrAfter: afterBracket, in: line)
        else { return nil }
        return (line[line.index(after: open)..<closeBracket], line.index(after: closeParen))
    }

    /// An underscore that opens or closes emphasis, not one inside a word (`snake_case`).
    private static func isEmphasisUnderscore(in line: Substring, at index: Substring.Index) -> Bool {
        let before = index > line.startIndex ? line[line.index(before: index)] : " "
        let afterIndex = line.index(after: index)
        let after = afterIndex < line.endIndex ? line[afterIndex] : " "
        return !(before.isLetter || before.isNumber) || !(after.isLetter || after.isNumber)
    }

    /// Whether `inner`, what lies between `<` and `>` in `line`, is an inline tag.
    private static func isInlineTag(_ inner: Substring, in line: Substring, _ marks: inout NextMarks) -> Bool {
        guard let first = inner.first, first == "/" || first.isLetter || first == "!" else { return false }
        func contains(_ finder: inout NextMark) -> Bool {
            finder.next(atOrAfter: inner.startIndex, in: line).map { $0 < inner.endIndex } ?? false
        }
        return !contains(&marks.space) || inner.hasPrefix("!--") || contains(&marks.equals)
    }

    /// Where the next `]`, `)`, `>`, space and `=` of a line are. The line is
    /// read left to right and each search goes on from where the last one
    /// stopped, so a line of a million unclosed `[` or `<` takes linear
    /// time, not quadratic.
    private struct NextMarks {
        var bracket = NextMark(character: "]")
        var parenthesis = NextMark(character: ")")
        var angle = NextMark(character: ">")
        var space = NextMark(character: " ")
        var equals = NextMark(character: "=")
    }

    /// The next occurrence of one character, for searches from positions
    /// that only move forward (an earlier position is searched afresh).
    private struct NextMark {
        let character: Character
        /// Everything before `scanned` has been looked at; `found` is the
        /// first occurrence at or after the last position asked for.
        private var scanned: Substring.Index?
        private var found: Substring.Index?
        private var lastAsked: Substring.Index?

        init(character: Character) {
            self.character = character
        }

        mutating func next(atOrAfter position: Substring.Index, in line: Substring) -> Substring.Index? {
            if let lastAsked, position < lastAsked {
                return line[position...].firstIndex(of: character)
            }
            lastAsked = position
            if let found, found >= position { return found }
            var cursor = max(position, scanned ?? position)
            while cursor < line.endIndex, line[cursor] != character { cursor = line.index(after: cursor) }
            scanned = cursor
            found = cursor < line.endIndex ? cursor : nil
            if found == nil { scanned = line.endIndex }
            return found
        }
    }
}
