import Foundation
import Testing

@testable import TrackerAnalysis

/// One line of `Fixtures/time-golden.jsonl`.
struct TimeCase: Decodable, CustomTestStringConvertible {
    /// An expected expression; `anchor` is compared only when the line has the key.
    struct Expected: Decodable, CustomStringConvertible {
        var text: String
        var value: String?
        var role: String
        var hasAnchor: Bool
        var anchor: String?

        enum CodingKeys: String, CodingKey { case text, value, role, anchor }

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            text = try container.decode(String.self, forKey: .text)
            value = try container.decodeIfPresent(String.self, forKey: .value)
            role = try container.decode(String.self, forKey: .role)
            hasAnchor = container.contains(.anchor)
            anchor = try container.decodeIfPresent(String.self, forKey: .anchor)
        }

        func matches(_ actual: TimeExpression) -> Bool {
            actual.text == text && actual.value == value && actual.role.rawValue == role
                && (!hasAnchor || actual.anchor == anchor)
        }

        var description: String {
            "\(text.debugDescription) \(value ?? "nil") \(role)" + (hasAnchor ? " anchor: \(anchor ?? "nil")" : "")
        }
    }

    var id: String
    var sentence: String
    var reference: String
    var tense: Tense
    var expected: [Expected]
    var testDescription: String { id }
}

@Suite struct TimeExpressionTests {
    let finder = TimeExpressionFinder()

    private func find(_ text: String, _ reference: String, _ tense: Tense) -> [TimeExpression] {
        finder.find(in: text, reference: CalendarDate(iso: reference)!, tense: tense)
    }

    private func describe(_ expression: TimeExpression) -> String {
        "\(expression.text.debugDescription) \(expression.value ?? "nil") \(expression.role.rawValue)"
            + (expression.anchor.map { " anchor: \($0)" } ?? "")
    }

    /// The golden table: every case in `Fixtures/time-golden.jsonl`.
    @Test func goldenCases() throws {
        let cases = try Fixtures.lines("time-golden.jsonl", as: TimeCase.self)
        #expect(cases.count >= 149)
        var failures: [String] = []
        for item in cases {
            guard let reference = CalendarDate(iso: item.reference) else {
                failures.append("[\(item.id)] bad reference date \(item.reference)")
                continue
            }
            let actual = finder.find(in: item.sentence, reference: reference, tense: item.tense)
            let agrees = actual.count == item.expected.count && zip(item.expected, actual).allSatisfy { $0.matches($1) }
            if !agrees {
                failures.append(
                    """
                    [\(item.id)] \(item.sentence.debugDescription) (\(item.reference), \(item.tense.rawValue))
                      expected: \(item.expected.map(\.description))
                      actual:   \(actual.map(describe))
                    """)
            }
        }
        #expect(failures.isEmpty, "\(failures.count) of \(cases.count) cases fail:\n\(failures.joined(separator: "\n"))")
    }

    /// Every expression's offsets, in Unicode scalars, give back its text.
    @Test func offsetsCountUnicodeScalars() {
        let text = "Kim 👍🏽 and Erdoğan will meet by the end of February, aides said on Friday."
        let found = find(text, "2019-01-19", .future)
        #expect(found.map(\.text) == ["by the end of February", "on Friday"])
        let scalars = Array(text.unicodeScalars)
        for expression in found {
            #expect(String(String.UnicodeScalarView(scalars[expression.start..<expression.end])) == expression.text)
        }
        #expect(found.first?.start == 29)
    }

    @Test func endOfFebruaryFollowsLeapYears() {
        #expect(find("They must agree by the end of February.", "2024-01-15", .future).first?.value == "2024-02-29")
        #expect(find("They must agree by the end of February.", "2023-01-15", .future).first?.value == "2023-02-28")
        #expect(find("They must agree by the end of February 2100.", "2099-01-15", .future).first?.value == "2100-02-28")
        #expect(find("They must agree by the end of February 2000.", "1999-01-15", .future).first?.value == "2000-02-29")
        #expect(find("The deal must be signed within a year.", "2024-02-29", .future).first?.value == "2025-02-28")
        #expect(find("The deal must be signed within one month.", "2024-01-31", .future).first?.value == "2024-02-29")
        #expect(find("The vote took place on February 29.", "2025-03-10", .past).first?.value == "2024-02-29")
    }

    @Test func relativeTimesCrossYearBoundaries() {
        #expect(find("Prices will rise next month.", "2025-12-30", .future).first?.value == "2026-01")
        #expect(find("Prices rose last month.", "2026-01-03", .past).first?.value == "2025-12")
        #expect(find("The plant closed two months ago.", "2026-01-03", .past).first?.value == "2025-11")
        #expect(find("The ferry sank three days ago.", "2026-01-01", .past).first?.value == "2025-12-29")
        #expect(find("The court will rule on Monday.", "2025-12-31", .future).first?.value == "2026-01-05")
        #expect(find("The court will rule in the first quarter.", "2025-11-20", .future).first?.value == "2026-Q1")
        #expect(find("Sales fell in the fourth quarter.", "2026-02-10", .past).first?.value == "2025-Q4")
        #expect(find("The plan was agreed last December.", "2025-12-20", .past).first?.value == "2024-12")
    }

    @Test func namesAreNotDates() {
        #expect(find("Theresa May said the backstop would stay.", "2019-01-19", .past).isEmpty)
        #expect(find("Ministers say May said nothing new in Brussels.", "2019-01-19", .past).isEmpty)
        #expect(find("Since May resigned, the party has been split.", "2019-07-26", .past).isEmpty)
        #expect(find("They spoke to April Nguyen about the tariffs.", "2018-07-10", .past).isEmpty)
        #expect(find("Lawmakers may vote on the bill, and a march is planned.", "2019-01-19", .future).isEmpty)
        #expect(find("The Sunday Times reported the split.", "2021-06-30", .past).isEmpty)
        #expect(find("A Sunday newspaper reported the split.", "2021-06-30", .past).isEmpty)
        let month = find("Theresa May will step down in May.", "2019-01-19", .future)
        #expect(month.map(\.text) == ["in May"])
        #expect(month.first?.value == "2019-05")
    }

    @Test func numbersThatAreNotYears() {
        #expect(find("The Group of 20 cut 3,000 jobs and spent $2019 million, up 2019% in 1,2019 cases.", "2020-01-01", .past).isEmpty)
    }

    @Test func thisWeekIsNotAnExpression() {
        #expect(find("Officials have met several times this week.", "2022-03-15", .present).isEmpty)
    }

    @Test func weekdaysWithoutAPreposition() {
        let found = find("The ministry said Friday that talks would resume.", "2018-11-10", .past)
        #expect(found.map(\.text) == ["Friday"])
        #expect(found.first?.value == "2018-11-09")
        #expect(
            find("The minister, speaking on Tuesday, March 29, 2019, denied it.", "2019-04-01", .past)
                .map(\.value) == ["2019-03-29"])
    }

    @Test func resultDependsOnlyOnTextReferenceAndTense() {
        let sentence = "The truce will hold until March, and talks resume on Friday."
        let first = find(sentence, "2019-01-19", .future)
        #expect(first == find(sentence, "2019-01-19", .future))
        #expect(first.map(\.value) == ["2019-03", "2019-01-25"])
    }

    @Test func textsWithoutTimeWordsAreRejectedEarly() {
        #expect(find("Diplomats described the talks as constructive.", "2023-10-27", .past).isEmpty)
        #expect(find("", "2023-10-27", .past).isEmpty)
    }
}

/// The scanner passes over words that cannot begin an expression without
/// trying its patterns; that shortcut must never change what it finds.
@Suite struct TimeScannerShortcutTests {
    @Test func passingOverWordsChangesNothing() throws {
        var sentences: [String] = []
        struct Line: Decodable { var text: String?; var sentence: String? }
        for name in ["statements-dev.jsonl", "statements-test.jsonl", "time-golden.jsonl"] {
            sentences += try Fixtures.lines(name, as: Line.self).compactMap { $0.text ?? $0.sentence }
        }
        #expect(sentences.count > 800)
        var compared = 0
        var found = 0
        for sentence in sentences {
            let scalars = Array(sentence.unicodeScalars)
            let tokens = TimeToken.tokens(in: scalars)
            for reference in ["2019-01-19", "2024-12-31"] {
                for tense in [Tense.past, .present, .future] {
                    let date = try #require(CalendarDate(iso: reference))
                    let quick = TimeExpressionScanner(scalars: scalars, tokens: tokens, reference: date, tense: tense).expressions()
                    let full = TimeExpressionScanner(
                        scalars: scalars, tokens: tokens, reference: date, tense: tense,
                        skipsWordsThatBeginNothing: false
                    ).expressions()
                    #expect(quick == full, "\(sentence) (\(reference), \(tense))")
                    compared += 1
                    found += full.count
                }
            }
        }
        #expect(found > 500, "the sentences hold time expressions to compare")
    }
}

@Suite struct TimeWordKeyTests {
    /// The scanner's word constants are the words' packed keys.
    @Test func constantsAreTheWordsKeys() {
        #expect(TimeWordKey.all.count == 35)
        for (word, key) in TimeWordKey.all {
            #expect(TimeToken.key(word) == key, "\(word)")
        }
    }
}

/// Times as the tagger gives them to pledges: never a deadline before the
/// pledge was made; without a document date, only what needs none.
@Suite struct PledgeTimeTests {
    struct Case {
        var sentence: String
        var date: String?
        var deadline: String?
    }

    static let cases: [Case] = [
        Case(sentence: "The union pledged to end the strike by 2019.", date: "2024-05-09", deadline: nil),
        Case(sentence: "The union pledged to end the strike by 2025.", date: "2024-05-09", deadline: "2025"),
        Case(sentence: "The council promised to reopen the library by the end of 2023.", date: "2024-05-09", deadline: nil),
        // Undated: absolute years and dates resolve, relative times do not.
        Case(sentence: "The utility pledged to cut its emissions by 40 percent from 2017 levels by 2030.", date: nil, deadline: "2030"),
        Case(sentence: "The ministry vowed to open the clinic by 31 March 2026.", date: nil, deadline: "2026-03-31"),
        Case(sentence: "The company pledged to finish the plant by March.", date: nil, deadline: nil),
        Case(sentence: "The mayor promised to repave 2000 streets by next year.", date: nil, deadline: nil),
        // The day the pledge was made, between the verb of pledging and what was pledged, is not its deadline:
        // the time within the pledged action is (`time.within-pledged-action`).
        Case(
            sentence: "The city council pledged on Friday to open the new bridge by the end of 2025.", date: "2024-05-09",
            deadline: "2025-12-31"),
        Case(sentence: "The airline promised on Tuesday to restore its night flights by June.", date: "2024-05-09", deadline: "2024-06"),
        Case(sentence: "Two provinces agreed last week to share the dam's water by 2027.", date: "2024-05-09", deadline: "2027"),
        Case(
            sentence: "The government will build a new hospital by 2026, the minister said on Monday.", date: "2024-05-09", deadline: "2026"
        ),
    ]

    @Test func deadlinesOfPledges() {
        var failures: [String] = []
        for item in Self.cases {
            let span = SentenceSpan(
                start: 0, end: item.sentence.unicodeScalars.count, utf8Start: 0,
                utf8End: item.sentence.utf8.count, rule: .oneSentencePerLine)
            let context = StatementTagger.DocumentContext(date: item.date.flatMap { CalendarDate(iso: $0) })
            let statements = StatementTagger().annotate(item.sentence, sentences: [span], context: context)
                .flatMap(\.statements)
            guard let pledge = statements.first(where: { $0.kind == .commitment }) else {
                failures.append("\(item.sentence): no commitment")
                continue
            }
            let deadline = pledge.time?.role == .deadline ? pledge.time?.value : nil
            if deadline != item.deadline {
                failures.append(
                    "\(item.sentence) (\(item.date ?? "undated")): expected \(item.deadline ?? "none"), got \(pledge.time.map { "\($0.text) \($0.value ?? "nil") \($0.role)" } ?? "none")"
                )
            }
        }
        #expect(failures.isEmpty, "\(failures.joined(separator: "\n"))")
    }
}
