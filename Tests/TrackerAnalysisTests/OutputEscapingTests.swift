import Testing
import TrackerAnalysis

/// The three escaping rules on one table of hostile values: what each output
/// format shows for them. Every failing row is reported.
@Suite struct OutputEscapingTests {
    struct Case: Sendable, CustomStringConvertible {
        var input: String
        var markdown: String
        var terminal: String
        var mermaid: String
        var description: String { input.debugDescription }
    }

    static let cases: [Case] = [
        Case(
            input: "Peru pledged to cut tariffs", markdown: "Peru pledged to cut tariffs", terminal: "Peru pledged to cut tariffs",
            mermaid: "Peru pledged to cut tariffs"),
        Case(
            input: "<script>alert(1)</script>", markdown: "&lt;script&gt;alert(1)&lt;/script&gt;", terminal: "<script>alert(1)</script>",
            mermaid: "script alert 1 /script"),
        Case(
            input: "<img src=x onerror=alert(1)>", markdown: "&lt;img src=x onerror=alert(1)&gt;", terminal: "<img src=x onerror=alert(1)>",
            mermaid: "img src x onerror alert 1"),
        Case(
            input: "[click](javascript:alert(1))", markdown: "\\[click\\](javascript:alert(1))", terminal: "[click](javascript:alert(1))",
            mermaid: "- click javascript alert 1"),
        Case(
            input: "<javascript:alert(1)> &lt;b&gt;", markdown: "&lt;javascript:alert(1)&gt; &amp;lt;b&amp;gt;",
            terminal: "<javascript:alert(1)> &lt;b&gt;", mermaid: "javascript alert 1 lt b gt"),
        Case(input: "a | b", markdown: "a \\| b", terminal: "a | b", mermaid: "a b"),
        Case(
            input: "Zembla\n```\n`x`: y", markdown: "Zembla \\`\\`\\` \\`x\\`: y", terminal: "Zembla\\u{A}```\\u{A}`x`: y",
            mermaid: "Zembla x y"),
        Case(
            input: "clear\u{1B}[2J title\u{1B}]0;pwned\u{07}", markdown: "clear\\[2J title\\]0;pwned",
            terminal: "clear\\u{1B}[2J title\\u{1B}]0;pwned\\u{7}", mermaid: "clear 2J title 0 pwned"),
        Case(
            input: "C1\u{9B}31m and DEL\u{7F}", markdown: "C131m and DEL", terminal: "C1\\u{9B}31m and DEL\\u{7F}",
            mermaid: "C1 31m and DEL"),
        Case(
            input: "*bold* _it_ \\ back", markdown: "\\*bold\\* \\_it\\_ \\\\ back", terminal: "*bold* _it_ \\ back",
            mermaid: "bold it back"),
        Case(
            input: "section Evil; click c1 call x()", markdown: "section Evil; click c1 call x()",
            terminal: "section Evil; click c1 call x()",
            mermaid: "- section Evil click c1 call x"),
        Case(
            input: "%%{init: {'theme':'dark'}}%% \"q\" #1", markdown: "%%{init: {'theme':'dark'}}%% \"q\" #1",
            terminal: "%%{init: {'theme':'dark'}}%% \"q\" #1", mermaid: "init theme dark q 1"),
        Case(
            input: "Ecuador–Peru talks, 2025/26. Kraków", markdown: "Ecuador–Peru talks, 2025/26. Kraków",
            terminal: "Ecuador–Peru talks, 2025/26. Kraków", mermaid: "Ecuador–Peru talks, 2025/26. Kraków"),
        Case(input: "\u{202E}desrever", markdown: "\u{202E}desrever", terminal: "\u{202E}desrever", mermaid: "desrever"),
        Case(input: ":;#", markdown: ":;#", terminal: ":;#", mermaid: "item"),
    ]

    @Test(arguments: cases) func eachFormatShowsTheValueInert(_ item: Case) {
        #expect(MarkdownEscaping.escaped(item.input) == item.markdown)
        #expect(TerminalEscaping.escaped(item.input) == item.terminal)
        #expect(MermaidLabel.label(item.input) == item.mermaid)
    }

    /// A Mermaid label is at most 60 characters and never empty.
    @Test func mermaidLabelsAreShortAndNeverEmpty() {
        #expect(MermaidLabel.label(String(repeating: "pledge ", count: 40)).count <= 60)
        #expect(MermaidLabel.label("```", fallback: "commitment") == "commitment")
    }

    /// Markdown escaping reads UTF-8 bytes: the separators and C1 controls, which share their first bytes with
    /// ordinary letters and punctuation, are told apart from them (every failing row is reported).
    @Test(arguments: [
        ("a\u{2028}b\u{2029}c\r\td", "a b c  d"), ("NEL\u{85}NBSP\u{A0}end", "NELNBSP\u{A0}end"),
        ("\u{2027}\u{202A}\u{2030}", "\u{2027}\u{202A}\u{2030}"), ("Ünïcödé — ‘quoted’ “twice”", "Ünïcödé — ‘quoted’ “twice”"),
        ("ends in C2 \u{80}", "ends in C2 "), ("\u{9F}", ""), ("", ""), ("€<&>", "€&lt;&amp;&gt;"),
    ])
    func markdownTellsSeparatorsAndControlsFromLetters(_ input: String, _ markdown: String) {
        #expect(MarkdownEscaping.escaped(input) == markdown)
    }

    /// A code span cannot be closed early by the value.
    @Test func codeSpansDropBackticks() {
        #expect(MarkdownEscaping.codeSpan("a`b\nc") == "`ab c`")
    }
}
