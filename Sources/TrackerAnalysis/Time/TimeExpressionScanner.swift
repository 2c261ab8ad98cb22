/// Scans one text for time expressions: at each word it tries every pattern that
/// may start there and keeps the longest match, then goes on after it.
///
/// A pattern is a leading word (its cue: "by", "since", "on", ...) and a time
/// phrase; the cue decides the role and which way an underspecified phrase
/// resolves, the phrase its value.
struct TimeExpressionScanner {
    /// Which way an underspecified time ("in February", "on Friday") lies from the reference date.
    enum Direction {
        case backward, forward
    }

    /// What the word before a time phrase makes of it.
    enum Cue: Equatable {
        /// "on Friday", "on June 12".
        case on
        /// "at the end of March".
        case at
        /// "in February", "during 2017".
        case period
        /// "by", "before", "no later than".
        case deadline
        case since
        /// "until", "till" (which may name an event) and "through" (which may not).
        case until(anchored: Bool)
        /// No leading word: "last year", "tomorrow", "June 12, 2018".
        case none

        func allows(_ form: TimePhrase.Form) -> Bool {
            switch self {
            case .on: form == .date || form == .weekday
            case .at: form == .end
            case .period: form == .month || form == .year || form == .period
            case .deadline: true
            case .since, .until: form != .season
            case .none: form == .date || form == .weekday || form == .relative
            }
        }

        /// May name an event instead of a time: "since the summit", "until the elections".
        var allowsAnchor: Bool {
            self == .since || self == .until(anchored: true)
        }
    }

    /// How a phrase resolves: its direction, and whether it is a deadline, which
    /// turns periods into their last day ("by the third quarter" is September 30).
    struct PhraseContext {
        var direction: Direction
        var isDeadline: Bool
    }

    /// A match over tokens `start..<end`.
    struct Match {
        var start: Int
        var end: Int
        var value: TimeValue?
        var role: TimeExpression.Role
        var anchor: Range<Int>?
    }

    let scalars: [Unicode.Scalar]
    let tokens: [TimeToken]
    let reference: CalendarDate
    let tense: Tense

    /// Whether words that cannot begin an expression are passed over without
    /// trying every pattern (``mayBeginExpression(at:)``); only tests turn it off,
    /// to show that it changes nothing.
    let skipsWordsThatBeginNothing: Bool

    init(
        scalars: [Unicode.Scalar], tokens: [TimeToken], reference: CalendarDate, tense: Tense,
        skipsWordsThatBeginNothing: Bool = true
    ) {
        self.scalars = scalars
        self.tokens = tokens
        self.reference = reference
        self.tense = tense
        self.skipsWordsThatBeginNothing = skipsWordsThatBeginNothing
    }

    /// Every time expression of the text, in order, none overlapping.
    func expressions() -> [TimeExpression] {
        var found: [TimeExpression] = []
        // Where the next trigger (a digit or a time word) is, from each token:
        // an expression holds one within its first ``triggerReach`` tokens.
        var nextTrigger = [Int](repeating: Int.max, count: tokens.count)
        if skipsWordsThatBeginNothing {
            var next = Int.max
            for index in tokens.indices.reversed() {
                if tokens[index].isTrigger { next = index }
                nextTrigger[index] = next
            }
        }
        var index = 0
        while index < tokens.count {
            if skipsWordsThatBeginNothing, nextTrigger[index] == Int.max { break }
            if skipsWordsThatBeginNothing, nextTrigger[index] - index >= Self.triggerReach || !mayBeginExpression(at: index) {
                index += 1
            } else if let match = match(at: index) {
                found.append(expression(for: match))
                index = match.end
            } else {
                index += 1
            }
        }
        return found
    }

    // MARK: - Patterns by their first word

    /// The lower-case words with which a pattern of ``match(at:)`` or a phrase
    /// of ``phrases(at:_:)`` begins: the words their `switch`es branch on.
    private static let leadingWords = KeyTable<Bool>(keys: TimeWordKey.all.map(\.key))

    /// The longest way from an expression's first token to its first trigger
    /// ("no later than the end of the first half": eight tokens), with room to spare.
    private static let triggerReach = 12

    private static let unitWords = KeyTable<Bool>(keys: TimeVocabulary.units.keys.map(TimeToken.key))

    /// `false` only where no pattern can match: a lower-case word of ASCII
    /// letters that is no leading word and is not followed by a unit ("two
    /// weeks ago"). Numbers, words with digits ("12th", "Q3") and capitalised
    /// words (months, weekdays, "By") are always tried. Most words of a
    /// sentence are passed over this way, each with one set lookup.
    private func mayBeginExpression(at index: Int) -> Bool {
        let token = tokens[index]
        guard token.kind == .word, !token.isCapitalized, token.key != 0 else { return true }
        if Self.leadingWords.contains(token.key) { return true }
        guard index + 1 < tokens.count else { return false }
        return Self.unitWords.contains(tokens[index + 1].key)
    }

    private func match(at index: Int) -> Match? {
        let token = tokens[index]
        guard token.kind != .punctuation else { return nil }
        // By packed key, not by string: a string `switch` compares the word
        // with every literal in turn, at some tens of instructions each.
        typealias W = TimeWordKey
        switch token.key {
        case W.on: return cued(.on, at: index, phraseAt: index + 1)
        case W.at: return cued(.at, at: index, phraseAt: index + 1)
        case W.inWord, W.during: return cued(.period, at: index, phraseAt: index + 1)
        case W.by, W.before: return cued(.deadline, at: index, phraseAt: index + 1)
        case W.no, W.not:
            guard lower(at: index + 1) == "later", lower(at: index + 2) == "than" else { return nil }
            return cued(.deadline, at: index, phraseAt: index + 3)
        case W.since: return cued(.since, at: index, phraseAt: index + 1)
        case W.until, W.till: return cued(.until(anchored: true), at: index, phraseAt: index + 1)
        case W.through: return cued(.until(anchored: false), at: index, phraseAt: index + 1)
        case W.within: return within(at: index)
        case W.over:
            // "over the next two years": by the end of the span, like "within".
            guard lower(at: index + 1) == "the", lower(at: index + 2) == "next" else { return nil }
            return within(at: index)
        case W.forWord: return openDuration(at: index)
        default: return bare(at: index)
        }
    }

    /// A cue and the longest phrase it allows after it, or the event it names.
    private func cued(_ cue: Cue, at start: Int, phraseAt next: Int) -> Match? {
        // "said on Thursday" in a pledge: the day it was said, on or before
        // the document's date, not the Thursday after it.
        let reported = cue == .on && followsReportingVerb(start)
        let context = PhraseContext(direction: reported ? .backward : direction(for: cue), isDeadline: cue == .deadline)
        var best: Match?
        for phrase in phrases(at: next, context) where cue.allows(phrase.form) && phrase.end > best?.end ?? 0 {
            best = Match(start: start, end: phrase.end, value: phrase.value, role: role(for: cue, phrase: phrase))
        }
        if cue.allowsAnchor, let end = eventEnd(at: next), end > best?.end ?? 0 {
            best = Match(start: start, end: end, value: nil, role: cue == .since ? .since : .until, anchor: next..<end)
        }
        return best
    }

    /// Whether a reporting verb in the past ("said", "told") stands among the
    /// four words before `index` ("told reporters on Monday", "said in a
    /// statement on Monday"), with no punctuation between.
    private func followsReportingVerb(_ index: Int) -> Bool {
        for back in 1...4 {
            guard let token = token(at: index - back), token.kind != .punctuation else { return false }
            if TimeVocabulary.pastReportingVerbs.contains(token.lower) { return true }
        }
        return false
    }

    /// A phrase with no cue: "last year", "tomorrow", "June 12, 2018", "said Friday".
    private func bare(at index: Int) -> Match? {
        let direction = followsReportingVerb(index) ? .backward : direction(for: .none)
        let context = PhraseContext(direction: direction, isDeadline: false)
        var best: Match?
        for phrase in phrases(at: index, context) where Cue.none.allows(phrase.form) && phrase.end > best?.end ?? 0 {
            if phrase.form == .weekday, !isDateWeekday(at: index, end: phrase.end) { continue }
            best = Match(start: index, end: phrase.end, value: phrase.value, role: role(for: .none, phrase: phrase))
        }
        return best
    }

    /// "within 60 days", "within the next two weeks", "within a year": the last day of the span.
    private func within(at index: Int) -> Match? {
        var next = index + 1
        if lower(at: next) == "the", lower(at: next + 1) == "next" { next += 2 }
        guard let (amount, unit) = quantity(at: next) else { return nil }
        let date: CalendarDate? =
            switch unit {
            case .day: reference.adding(days: amount)
            case .week: reference.adding(days: 7 * amount)
            case .month: CalendarMonth.date(reference, addingMonths: amount)
            case .year: CalendarMonth.date(reference, addingMonths: 12 * amount)
            }
        guard let date else { return nil }
        return Match(start: index, end: next + 2, value: .day(date), role: .deadline)
    }

    /// "for months", "for several years": a state that has lasted, with no date.
    private func openDuration(at index: Int) -> Match? {
        var next = index + 1
        if let word = lower(at: next), TimeVocabulary.vagueQuantities.contains(word) { next += 1 }
        guard let word = lower(at: next), TimeVocabulary.openDurations.contains(word) else { return nil }
        return Match(start: index, end: next + 1, value: nil, role: .since)
    }

    // MARK: - Roles and directions

    private func role(for cue: Cue, phrase: TimePhrase) -> TimeExpression.Role {
        switch cue {
        case .on: .occurred
        case .at, .period: roleByTense
        case .deadline: .deadline
        case .since: .since
        case .until: .until
        case .none: phrase.value.isDay || phrase.pointsBack ? .occurred : roleByTense
        }
    }

    /// A month, year or quarter is a deadline in a plan and an occurrence in a report.
    private var roleByTense: TimeExpression.Role {
        tense == .future ? .deadline : .occurred
    }

    private func direction(for cue: Cue) -> Direction {
        switch (cue, tense) {
        case (.since, _): .backward
        case (_, .future): .forward
        case (_, .past): .backward
        case (.deadline, .present), (.until, .present): .forward
        default: .backward
        }
    }

    // MARK: - Events

    /// The end of a noun phrase naming an event at `index`: "the summit", "the next
    /// round of negotiations", "the end of the war".
    func eventEnd(at index: Int) -> Int? {
        guard lower(at: index) == "the" else { return nil }
        var head: Int?
        var next = index + 1
        while next < tokens.count, next <= index + 4, isAnchorWord(next) {
            if TimeVocabulary.eventNouns.contains(tokens[next].lower) { head = next }
            next += 1
        }
        guard let head else { return nil }
        var end = head + 1
        if lower(at: end) == "of" {
            var word = end + 1
            if let determiner = lower(at: word), TimeVocabulary.determiners.contains(determiner) { word += 1 }
            var last: Int?
            while word < tokens.count, word <= end + 4, isAnchorWord(word) {
                last = word
                word += 1
            }
            if let last { end = last + 1 }
        }
        return end
    }

    private func isAnchorWord(_ index: Int) -> Bool {
        let token = tokens[index]
        return token.kind != .punctuation && !TimeVocabulary.anchorStopWords.contains(token.lower)
    }

    // MARK: - Tokens

    func token(at index: Int) -> TimeToken? {
        index >= 0 && index < tokens.count ? tokens[index] : nil
    }

    func lower(at index: Int) -> String? {
        token(at: index)?.lower
    }

    /// The token at `index` exists and touches the one before it.
    func isAttached(_ index: Int) -> Bool {
        token(at: index).map { !$0.followsSpace } ?? false
    }

    private func expression(for match: Match) -> TimeExpression {
        let start = tokens[match.start].start
        let end = tokens[match.end - 1].end
        return TimeExpression(
            text: text(start..<end), start: start, end: end, value: match.value?.iso,
            anchor: match.anchor.map { text(tokens[$0.lowerBound].start..<tokens[$0.upperBound - 1].end) },
            role: match.role)
    }

    /// The text of scalars `range`, encoded to UTF-8 directly (building a
    /// `String.UnicodeScalarView` a scalar at a time costs some thousand
    /// instructions a character).
    private func text(_ range: Range<Int>) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(range.count)
        for scalar in scalars[range] {
            if scalar.isASCII {
                bytes.append(UInt8(truncatingIfNeeded: scalar.value))
            } else {
                UTF8.encode(scalar) { bytes.append($0) }
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}

/// Words the scanner branches on, packed as ``TimeToken/key`` packs them
/// (five bits a letter), written out so that they are constants. A test checks
/// each against `TimeToken.key`.
enum TimeWordKey {
    static let on: UInt64 = 0x1EE
    static let at: UInt64 = 0x34
    static let inWord: UInt64 = 0x12E
    static let during: UInt64 = 0x95925C7
    static let by: UInt64 = 0x59
    static let before: UInt64 = 0x4533E45
    static let no: UInt64 = 0x1CF
    static let not: UInt64 = 0x39F4
    static let since: UInt64 = 0x134B865
    static let until: UInt64 = 0x157512C
    static let till: UInt64 = 0xA258C
    static let through: UInt64 = 0x51127D4E8
    static let within: UInt64 = 0x2E9A212E
    static let over: UInt64 = 0x7D8B2
    static let forWord: UInt64 = 0x19F2
    static let the: UInt64 = 0x5105
    static let end: UInt64 = 0x15C4
    static let mid: UInt64 = 0x3524
    static let early: UInt64 = 0x50C999
    static let late: UInt64 = 0x60685
    static let earlier: UInt64 = 0x1432624B2
    static let later: UInt64 = 0xC0D0B2
    static let last: UInt64 = 0x60674
    static let next: UInt64 = 0x71714
    static let this: UInt64 = 0xA2133
    static let yesterday: UInt64 = 0x192CE8591039
    static let today: UInt64 = 0x1479039
    static let tonight: UInt64 = 0x51EE49D14
    static let tomorrow: UInt64 = 0xA3DAF949F7
    static let summer: UInt64 = 0x2756B4B2
    static let first: UInt64 = 0x64CA74
    static let second: UInt64 = 0x2651BDC4
    static let third: UInt64 = 0x1442644
    static let fourth: UInt64 = 0xCFACA88
    static let final: UInt64 = 0x64B82C

    /// Each constant with its word: the scanner's leading words, and what the test checks.
    static let all: [(word: String, key: UInt64)] = [
        ("on", on), ("at", at), ("in", inWord), ("during", during), ("by", by), ("before", before), ("no", no),
        ("not", not), ("since", since), ("until", until), ("till", till), ("through", through), ("within", within), ("over", over),
        ("for", forWord), ("the", the), ("end", end), ("mid", mid), ("early", early), ("late", late),
        ("earlier", earlier), ("later", later), ("last", last), ("next", next), ("this", this),
        ("yesterday", yesterday), ("today", today), ("tonight", tonight), ("tomorrow", tomorrow), ("summer", summer),
        ("first", first), ("second", second), ("third", third), ("fourth", fourth), ("final", final),
    ]
}
