/// Text from documents made safe as a label in a Mermaid diagram inside a
/// Markdown fence: only letters, digits, spaces and `- – . , /` are kept,
/// anything else becomes a space. So a label has no newline or backtick (it
/// cannot close the ```` ```mermaid ```` fence), no bracket, colon, semicolon,
/// hash, quote or percent sign (it cannot end a task, start a comment or
/// directive, or write a `click` callback), and a label that would begin
/// with a Gantt keyword (`section`, `click`, ...) is prefixed so it stays a
/// task name. At most 60 characters, so the chart stays legible.
public enum MermaidLabel {
    static let maximumLength = 60
    static let keywords: Set<String> = [
        "title", "section", "dateformat", "axisformat", "tickinterval", "excludes", "includes", "todaymarker",
        "click", "call", "href", "weekday", "inclusiveenddates", "topaxis", "displaymode", "acctitle", "accdescr", "gantt",
    ]

    /// `text` as a Mermaid label; `fallback` when nothing is left.
    public static func label(_ text: String, fallback: String = "item") -> String {
        var cleaned = ""
        var lastWasSpace = true
        for character in text {
            let kept = character.isLetter || character.isNumber || "-–.,/".contains(character)
            if kept, character.unicodeScalars.allSatisfy({ !TerminalEscaping.isControl($0) && $0.properties.generalCategory != .format }) {
                cleaned.append(character)
                lastWasSpace = false
            } else if !lastWasSpace {
                cleaned.append(" ")
                lastWasSpace = true
            }
        }
        var label = String(cleaned.prefix(maximumLength)).trimmingSpaces()
        if label.isEmpty { return fallback }
        let first = label.prefix { $0 != " " }.lowercased()
        if keywords.contains(first) { label = "- " + label }
        return label
    }
}

extension String {
    fileprivate func trimmingSpaces() -> String {
        var text = Substring(self)
        while text.first == " " { text = text.dropFirst() }
        while text.last == " " { text = text.dropLast() }
        return String(text)
    }
}
