/// Times attached to statements: deadlines of commitments, dates of achievements, "since" of claims.
extension StatementTagger {
    /// Whether four ASCII digits follow each other (a year may be named).
    static func containsYear(_ text: String) -> Bool {
        var run = 0
        for byte in text.utf8 {
            run = (0x30...0x39).contains(byte) ? run + 1 : 0
            if run == 4 { return true }
        }
        return false
    }

    /// Far apart, so that an expression that resolves alike from both needs no
    /// document date ("by 2030" does; "by March" and "on Friday" do not).
    static let undatedReferences = (CalendarDate(dayNumber: -300_000), CalendarDate(dayNumber: 300_000))

    /// Gives each commitment and achievement the time expression nearest its
    /// cue ("is to meet ... by the end of February"), resolved forward for
    /// commitments and backward for achievements. Without a `reference`
    /// (an undated document), only expressions that need none are kept. A
    /// commitment's deadline is never before the date it was made: one that
    /// falls before the reference is not its deadline.
    func attachTimes(to statements: inout [Statement], sentence: String, span: SentenceSpan, reference: CalendarDate?) {
        // Claims and uncertainties take a time only from "since ..." (the
        // finder is the costliest step of tagging; outcomes and plans need it).
        // (Kinds are read by index: iterating the statements would copy each whole.)
        var hasClaimOrUncertainty = false
        for index in statements.indices where statements[index].kind == .claim || statements[index].kind == .uncertainty {
            hasClaimOrUncertainty = true
            break
        }
        let hasSince = hasClaimOrUncertainty && sentence.utf8.count > 6 && Self.containsSince(sentence)
        func tense(_ kind: StatementKind) -> Tense? {
            if kind != .commitment, kind != .achievement, !hasSince { return nil }
            return kind == .commitment ? .future : .past
        }
        var tenses: Set<Tense> = []
        for index in statements.indices {
            if let tense = tense(statements[index].kind) { tenses.insert(tense) }
        }
        var found = times.find(in: sentence, reference: reference ?? Self.undatedReferences.0, tenses: tenses)
        if reference == nil {
            let other = times.find(in: sentence, reference: Self.undatedReferences.1, tenses: tenses)
            for (tense, expressions) in found {
                found[tense] = expressions.filter { expression in
                    expression.value != nil
                        && other[tense]?.contains { $0.start == expression.start && $0.value == expression.value } == true
                }
            }
        }
        // Where "since " begins (Unicode scalars), looked for once, when needed.
        var sinceOffset: Int?
        var lookedForSince = false
        for index in statements.indices {
            let kind = statements[index].kind
            guard let tense = tense(kind) else { continue }
            let expressions = found[tense] ?? []
            // A claim's or an uncertainty's "by ..." is not their deadline; nor,
            // of a pledge, a "by 2019" that had passed when it was made.
            var usable = kind == .commitment || kind == .achievement ? expressions : expressions.filter { $0.role != .deadline }
            if kind == .commitment, let made = reference?.iso {
                usable.removeAll { $0.role == .deadline && $0.value.map { CalendarDate.lastDay(of: $0) < made } == true }
            }
            guard !usable.isEmpty else { continue }
            let anchor = (statements[index].cues.last { $0.kind == kind.rawValue } ?? statements[index].cues.last)?.start ?? span.start
            let relative = anchor - span.start
            // The nearest expression after the cue, else the nearest before it.
            func nearest(_ list: [TimeExpression]) -> TimeExpression? {
                list.filter { $0.start >= relative }.min { $0.start < $1.start }
                    ?? list.filter { $0.start < relative }.max { $0.start < $1.start }
            }
            guard var chosen = nearest(usable) else { continue }
            // "pledged on Friday to build 40 ferries by the end of 2024": the day names when the pledge was
            // made, the deadline is in what was pledged (rule `time.within-pledged-action`).
            if kind == .commitment, usable.count > 1, let action = statements[index].action,
                let range = Self.scalarRange(of: action, in: sentence), !range.contains(chosen.start),
                let within = nearest(usable.filter { range.contains($0.start) })
            {
                chosen = within
                statements[index].rules.append(Self.withinPledgedActionRule)
            }
            // "since their historic summit in Singapore last June": the date
            // of the event a "since" names.
            if chosen.role == .occurred {
                if !lookedForSince {
                    sinceOffset = Self.scalarOffset(ofSince: sentence)
                    lookedForSince = true
                }
                if let since = sinceOffset, since < chosen.start,
                    !expressions.contains(where: { $0.start < chosen.start && $0.end > since })
                {
                    chosen.role = .since
                }
            }
            chosen.start += span.start
            chosen.end += span.start
            statements[index].time = chosen
        }
    }

    /// Rule id of a pledge's time taken from within what was pledged, not from around the verb of pledging.
    static let withinPledgedActionRule = RuleID(rawValue: "time.within-pledged-action")

    /// Where `part` first stands in `text`, in Unicode scalars (nil when it does not).
    static func scalarRange(of part: String, in text: String) -> Range<Int>? {
        let needle = Array(part.unicodeScalars)
        let haystack = Array(text.unicodeScalars)
        guard !needle.isEmpty, needle.count <= haystack.count else { return nil }
        for start in 0...(haystack.count - needle.count) where haystack[start] == needle[0] {
            if haystack[start..<(start + needle.count)].elementsEqual(needle) { return start..<(start + needle.count) }
        }
        return nil
    }

    /// Where the first "since " (lower case) begins, in Unicode scalars.
    static func scalarOffset(ofSince text: String) -> Int? {
        let needle = Array("since ".utf8)
        var scalars = 0
        var text = text
        return text.withUTF8 { bytes -> Int? in
            guard bytes.count >= needle.count else { return nil }
            for start in 0...(bytes.count - needle.count) {
                if bytes[start] == needle[0], (1..<needle.count).allSatisfy({ bytes[start + $0] == needle[$0] }) {
                    return scalars
                }
                if bytes[start] & 0xC0 != 0x80 { scalars += 1 }
            }
            return nil
        }
    }

    /// Whether "since " occurs (any case), by bytes: each "s" or "S" is
    /// checked for the five bytes after it.
    static func containsSince(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            guard bytes.count >= 6 else { return false }
            for start in 0...(bytes.count - 6) where bytes[start] | 0x20 == 0x73 {
                if bytes[start + 1] | 0x20 == 0x69, bytes[start + 2] | 0x20 == 0x6E, bytes[start + 3] | 0x20 == 0x63,
                    bytes[start + 4] | 0x20 == 0x65, bytes[start + 5] == 0x20
                {
                    return true
                }
            }
            return false
        }
    }
}
