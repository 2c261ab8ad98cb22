/// An actor found in a sentence: the tokens it was read from and who it is.
struct SentenceMention: Sendable {
    enum Via: Sendable { case name, demonym, pronoun, pair, title }
    var tokens: Range<Int>
    var mention: ActorMention
    var kind: ActorKind
    var via: Via
    /// The kind of the actor's affiliation, when it has one.
    var affiliationKind: ActorKind?
}

/// Finds and resolves actor mentions across one document, sentence by
/// sentence: dictionary names (longest match, case-aware), people introduced
/// by a title or role ("press secretary Sarah Sanders"), short names
/// ("Trump", "Kim"), pronouns within the paragraph, and "both countries".
struct ActorResolver {
    let dictionary: ActorDictionary
    let index: ActorIndex
    let date: CalendarDate?

    /// An actor known in this document, from the dictionary or found in the text.
    struct Known {
        var id: String
        var name: String
        var kind: ActorKind
        var affiliation: String?
        var nameKeys: [UInt64]
        var isLeader = false
        /// The affiliation's name and kind, looked up once when it is set.
        var affiliationName: String?
        var affiliationKind: ActorKind?
    }

    private(set) var known: [String: Known] = [:]
    /// How often each actor was mentioned so far (kept apart from `known`:
    /// changing a count in place there costs three times as much).
    private var mentionCounts: [String: Int] = [:]
    private var order: [String] = []
    /// The actors known in this document, in the order they were first met.
    var knownOrder: [String] { order }
    /// The states known in this document, for "both countries" with fewer than two named.
    private var stateIDs: [String] = []
    /// Organisations by the last word of their name ("Commission"), and the
    /// dictionary's people with a role in a body, for "the Commission".
    private var organisationsByLastWord: [UInt64: [String]] = [:]
    private var peopleWithRoles: [String] = []
    /// Known actors by the whole of their name, and persons by each word of it.
    private var byFullName: [[UInt64]: String] = [:]
    private var personsByWord: [UInt64: [String]] = [:]
    /// Organisations with names of several words, by their first word ("Kestrel" → Kestrel Freight).
    private var organisationsByFirstWord: [UInt64: String] = [:]
    /// Bodies named by common nouns, by the words and affiliation they were
    /// named from, so that a phrase met again costs one lookup.
    var bodies: [UInt64: String] = [:]
    /// Who holds an office named by a role ("the prime minister") of a state, once looked up.
    var officeHolders: [UInt64: String?] = [:]
    /// The person each role phrase last introduced in this document ("leader" of "Tory leader Michael Howard").
    var titledPeople: [UInt64: String] = [:]
    /// Recent mentions: actor id, kind, sentence, paragraph, whether it opened
    /// its sentence, whether it stood inside quotation marks, and whether it
    /// was a pronoun.
    private(set) var recent: [(id: String, kind: ActorKind, sentence: Int, paragraph: Int, leading: Bool, quoted: Bool, pronoun: Bool)] = []
    /// The person who last opened a sentence of the document outside a
    /// quotation, however far back: whom "he" or "she" stands for when no
    /// person is in reach.
    private(set) var lastPerson: String?
    /// The person who last spoke in an inverted report ("..., he claimed"),
    /// however far back: whom the next inverted report's "he" stands for when
    /// no person is in reach (rule `actor.inverted-report-continues-pronoun`).
    private(set) var lastSpeaker: String?
    /// The actors this document has named outside quotation marks so far.
    private(set) var namedOutsideQuotations: Set<String> = []
    private(set) var paragraph = 0
    private(set) var sentence = -1
    private(set) var lastSentenceOfPreviousParagraph = -1

    init(dictionary: ActorDictionary, index: ActorIndex, date: CalendarDate?) {
        self.dictionary = dictionary
        self.index = index
        self.date = date
    }

    /// The document's country: the state of "the government", "the ministry"
    /// or "ministers" when the text names none.
    private(set) var country: Known?

    /// Sets the document's country by its dictionary id.
    mutating func setCountry(id: String) {
        if let entry = dictionary.entry(id: id), entry.kind == .state { country = remember(entry: entry) }
    }

    /// Moves to the next sentence; `newParagraph` when a paragraph break came before it.
    mutating func advance(newParagraph: Bool) {
        sentence += 1
        if newParagraph, sentence > 0 {
            lastSentenceOfPreviousParagraph = sentence - 1
            paragraph += 1
            // Pronouns look no further back than the previous paragraph's last sentence.
            recent.removeAll { $0.sentence != lastSentenceOfPreviousParagraph }
        }
    }

    // MARK: Finding mentions

    /// The actors mentioned in a sentence's tokens; `starts` and `ends` are the
    /// tokens' offsets in Unicode scalars of the document.
    mutating func mentions(_ tokens: [Token], _ bytes: UnsafeBufferPointer<UInt8>, starts: [Int], ends: [Int]) -> [SentenceMention] {
        var found: [SentenceMention] = []
        var cursor = 0
        let count = tokens.count
        // Body nouns ("the Sudanese army", "officials in Kyiv") are resolved once
        // the whole sentence's names are known; people named with an apposition
        // ("Ingrid Halvorsen, the chief executive of ...") take its affiliation.
        var heads: [(index: Int, noun: BodyNoun)] = []
        var appositions: [Int] = []
        var pendingPronouns: [Int] = []
        var titled: [(start: Int, role: Int)] = []
        // People introduced as a company's officer ("co-chairman Antony Reyes", "Ana Lund,
        // the co-chairman,"): affiliated to the document's company when no owner is named.
        var officers: [Int] = []
        // Where the sentence's words stand inside double quotation marks (rule
        // `actor.pronoun-outside-quotation`): a person named only in someone's
        // quoted words is not whom the narrative's "he" or "the businessman" means.
        let quotations = ActorResolver.quotations(tokens)
        func isQuoted(_ position: Int) -> Bool { quotations.contains { $0.contains(position) } }
        func mention(_ known: Known, _ range: Range<Int>, _ via: SentenceMention.Via) -> SentenceMention {
            makeMention(known, range, via, tokens, bytes, starts: starts, ends: ends)
        }
        while cursor < count {
            let token = tokens[cursor]
            if let (target, length) = index.match(tokens, at: cursor) {
                switch target {
                case let .actor(entryIndex):
                    // A state or body followed by a title and a name: "US President Donald Trump" is the person.
                    let entry = dictionary.actors[entryIndex]
                    if let person = personAfterTitle(
                        tokens, bytes, from: cursor + length, affiliation: entry.kind == .person ? entry.parent : entry.id)
                    {
                        // The body is known to the document too ("Rio Tinto chief executive ... said the company").
                        if entry.kind != .person { _ = remember(entry: entry) }
                        found.append(mention(person.known, person.range, .name))
                        cursor = person.range.upperBound
                        continue
                    }
                    // "Siemens Energy", "Stockholm International Peace Research Institute": a
                    // longer organisation's name begins with a dictionary name.
                    if entry.kind != .person, cursor + length < count, tokens[cursor + length].flags.contains(.capitalized),
                        (cursor + length..<min(count, cursor + length + 5)).contains(where: {
                            ActorResolver.organisationKeys.contains(tokens[$0].key)
                        }),
                        let (longer, longerLength) = nameAt(tokens, bytes, cursor), longerLength > length, longer.kind == .organisation
                    {
                        found.append(mention(longer, cursor..<(cursor + longerLength), .name))
                        cursor += longerLength
                        continue
                    }
                    let resolved = remember(entry: entry)
                    found.append(mention(resolved, cursor..<(cursor + length), .name))
                    cursor += length
                    continue
                case let .demonym(entryIndex):
                    let entry = dictionary.actors[entryIndex]
                    // "Dutch co-chairman Antony Reyes": a nationality, not the employer.
                    let officer = ActorResolver.isOfficerRole(tokens, at: cursor + length)
                    if let person = personAfterTitle(tokens, bytes, from: cursor + length, affiliation: officer ? nil : entry.id) {
                        found.append(mention(person.known, person.range, .name))
                        if officer { officers.append(person.range.lowerBound) }
                        cursor = person.range.upperBound
                        continue
                    }
                    // "the American leader": the state's head at the document's date.
                    if cursor + length < count, case .roleNoun? = index.match(tokens, at: cursor + length)?.target,
                        let head = headOfState(entry.id)
                    {
                        let resolved = remember(entry: head)
                        let end = cursor + length + (index.match(tokens, at: cursor + length)?.length ?? 1)
                        found.append(mention(resolved, cursor..<end, .title))
                        cursor = end
                        continue
                    }
                    let resolved = remember(entry: entry)
                    found.append(mention(resolved, cursor..<(cursor + length), .demonym))
                    cursor += length
                    continue
                case let .office(officeIndex):
                    let office = dictionary.offices[officeIndex]
                    if let person = personAfterTitle(tokens, bytes, from: cursor + length, affiliation: office.of, allowTitleSkip: false) {
                        found.append(mention(person.known, person.range, .name))
                        cursor = person.range.upperBound
                        continue
                    }
                    // "the US president" with no name: whoever held the office then; in an
                    // undated document that names no holder, the title is kept and speaks
                    // for its state ("Iran's supreme leader said": Iran), as "the prime
                    // minister said" does.
                    if length > 1 || cursor > 0 && tokens[cursor - 1].classes.contains(.determiner),
                        let holder = documentHolder(of: office)
                            ?? (date == nil && namesState(office, cursor..<(cursor + length), tokens, bytes, found)
                                ? dictionary.entry(id: office.of) : nil)
                    {
                        let resolved = remember(entry: holder)
                        found.append(mention(resolved, cursor..<(cursor + length), .title))
                    }
                    cursor += length
                    continue
                case .roleNoun:
                    let affiliation = affiliationBefore(cursor, tokens, found)
                    if let person = personAfterTitle(tokens, bytes, from: cursor, affiliation: affiliation) {
                        found.append(mention(person.known, person.range, .name))
                        if person.known.affiliation == nil { titled.append((person.range.lowerBound, cursor)) }
                        if ActorResolver.isOfficerRole(tokens, at: cursor) { officers.append(person.range.lowerBound) }
                        cursor = person.range.upperBound
                        continue
                    }
                    // "a Stellantis spokeswoman", "a senior Iranian diplomat", "the prime
                    // minister said": no name, a voice of the state or body beside it.
                    let phrase = Lexicon.key(UnsafeBufferPointer(rebasing: bytes[token.start..<tokens[cursor + length - 1].end]))
                    // "the Tory leader", "the culture secretary": a title the document gave a
                    // person before ("Tory leader Michael Howard") is that person again.
                    if let person = titledPeople[phrase].flatMap({ known[$0] }), isDefinite(cursor, tokens, found) {
                        found.append(mention(person, cursor..<(cursor + length), .title))
                        cursor += length
                        continue
                    }
                    // "the Conservative leader said" after "Michael Howard", "The businessman ...",
                    // "The MP for ...": a definite role of one person is the person in reach who fits it.
                    if let person = describedPerson(
                        at: cursor, length: length, tokens, found, quoted: isQuoted(cursor), quotations: quotations)
                    {
                        found.append(mention(person, cursor..<(cursor + length), .title))
                        cursor += length
                        continue
                    }
                    if let speaksFor = BodyNoun.roles[phrase] {
                        heads.append(
                            (
                                cursor + length - 1,
                                BodyNoun(
                                    role: .voice, ofState: speaksFor == .state,
                                    roleLength: length, speaksFor: speaksFor)
                            ))
                    } else if length == 1, let noun = BodyNoun.byKey[token.key] {
                        heads.append((cursor, noun))
                    }
                    cursor += length
                    continue
                case let .body(noun):
                    // A capitalised "Bank", "Office", "Council" inside a sentence starts a name ("Bank of Canada").
                    if !token.flags.contains(.capitalized) || !ActorResolver.organisationKeys.contains(token.key)
                        || cursor == 0
                            && !(cursor + 1 < count
                                && (tokens[cursor + 1].flags.contains(.capitalized)
                                    || ActorResolver.nameConnectors.contains(tokens[cursor + 1].key)))
                    {
                        heads.append((cursor, noun))
                        cursor += length
                        continue
                    }
                }
            }
            if token.isWord, token.classes.contains(.pronounAgent) || isPossessive(token) || isObjectPronoun(token) {
                // A subject pronoun waits for the whole sentence: it is not a name
                // that follows it ("He had been expected to deliver a letter ... to
                // Trump"). A possessive is needed now ("His press secretary ...").
                if !isExpletive(tokens, bytes, at: cursor) {
                    if !token.classes.contains(.pronounAgent),
                        let resolved = resolvePronoun(
                            token, tokens, sameSentence: found[...], quoted: isQuoted(cursor), quotations: quotations,
                            isExcluded: { _ in false })
                    {
                        found.append(mention(resolved, cursor..<(cursor + 1), .pronoun))
                    } else {
                        pendingPronouns.append(cursor)
                    }
                }
                cursor += 1
                continue
            }
            if let pair = pairPhrase(tokens, bytes, at: cursor) {
                for state in pairStates(sentenceMentions: found) {
                    found.append(mention(state, cursor..<(cursor + pair), .pair))
                }
                cursor += pair
                continue
            }
            // "the MP for Ealing North", "on Boxing Day", "the High Street retailer": capitalised
            // words ending in a word for a place or a day name no one (rule `actor.place-or-day-name`).
            if token.flags.contains(.capitalized), token.isWord, let skipped = placeOrDayNameLength(tokens, bytes, cursor) {
                cursor += skipped
                continue
            }
            if token.flags.contains(.capitalized), token.isWord, let (known, length) = nameAt(tokens, bytes, cursor) {
                found.append(mention(known, cursor..<(cursor + length), .name))
                let last = cursor + length - 1
                if known.kind == .organisation, dictionary.entry(id: known.id) == nil, let noun = BodyNoun.byKey[tokens[last].key] {
                    heads.append((last, noun))  // "Kenya's Supreme Court", "the Interior Ministry"
                } else if known.kind == .person, known.affiliation == nil, last + 2 < count, tokens[last + 1].mark == UInt8(ascii: ",") {
                    appositions.append(cursor)
                }
                cursor += length
                continue
            }
            cursor += 1
        }
        if !heads.isEmpty { resolveBodies(heads, in: &found, tokens, bytes, starts: starts, ends: ends, quotations: quotations) }
        // Subject pronouns, and pronouns that may stand for a body found since
        // ("Swiss authorities said they had frozen ..."), with the names before them.
        // "Asked whether he was comfortable with ..., Mr Howard told the BBC": a pronoun in a
        // fronted participle clause stands for the person the main clause names after its
        // comma (rule `actor.fronted-clause-pronoun`).
        let frontedEnd =
            count > 2 && ActorResolver.frontedParticiples.contains(tokens[0].key)
            ? (1..<count).first { tokens[$0].mark == UInt8(ascii: ",") } : nil
        for position in pendingPronouns {
            let isSubject = tokens[position].classes.contains(.pronounAgent)
            let earlier = found.prefix { $0.tokens.upperBound <= position }
            let later = found[earlier.count...]
            if let comma = frontedEnd, position < comma, ActorResolver.personPronouns.contains(tokens[position].key),
                let named = later.first(where: { $0.tokens.lowerBound > comma && $0.kind == .person && $0.via == .name }),
                let resolved = known[named.mention.id ?? ""]
            {
                found.insert(mention(resolved, position..<(position + 1), .pronoun), at: earlier.count)
                continue
            }
            // "Mr Blair has failed, he claimed", "The Tories, he said, can ...": the
            // speaker of an inverted report goes on from the sentences before, not
            // the person the reported words are about; failing one there, the sentence's.
            let goesOn = isSubject && isInvertedReport(position, tokens)
            let exclude: (String) -> Bool = { id in isSubject && later.contains { $0.via == .name && $0.mention.id == id } }
            let quoted = isQuoted(position)
            if let resolved =
                (goesOn
                    ? resolvePronoun(
                        tokens[position], tokens, sameSentence: earlier.prefix(0), quoted: quoted, quotations: quotations,
                        continuesSpeaker: true, isExcluded: exclude) : nil)
                ?? resolvePronoun(
                    tokens[position], tokens, sameSentence: earlier, quoted: quoted, quotations: quotations, isExcluded: exclude)
            {
                found.insert(mention(resolved, position..<(position + 1), .pronoun), at: earlier.count)
                if goesOn, resolved.kind == .person { lastSpeaker = resolved.id }
            }
        }
        if !appositions.isEmpty {
            officers += affiliateAppositions(appositions, in: &found, tokens, bytes, starts: starts, ends: ends)
        }
        if !titled.isEmpty, !heads.isEmpty { affiliateTitled(titled, in: &found, tokens, bytes, starts: starts, ends: ends) }
        if !officers.isEmpty { affiliateOfficers(officers, in: &found, tokens, bytes, starts: starts, ends: ends) }
        for item in found where item.via != .demonym {
            mentionCounts[item.mention.id ?? "", default: 0] += 1
            let leading = item.tokens.lowerBound == found.first?.tokens.lowerBound
            let quoted = isQuoted(item.tokens.lowerBound)
            recent.append((item.mention.id ?? "", item.kind, sentence, paragraph, leading, quoted, item.via == .pronoun))
            if item.kind == .person, leading, !quoted, let id = item.mention.id { lastPerson = id }
            if !quoted, let id = item.mention.id { namedOutsideQuotations.insert(id) }
        }
        // A very long paragraph must not make every pronoun slower.
        if recent.count > 256 { recent.removeFirst(recent.count - 128) }
        return found
    }

    /// A sentence mention of a known actor, read from `range`.
    func makeMention(
        _ known: Known, _ range: Range<Int>, _ via: SentenceMention.Via, _ tokens: [Token],
        _ bytes: UnsafeBufferPointer<UInt8>, starts: [Int], ends: [Int]
    ) -> SentenceMention {
        let text = String(
            decoding: UnsafeBufferPointer(rebasing: bytes[tokens[range.lowerBound].start..<tokens[range.upperBound - 1].end]),
            as: UTF8.self)
        return SentenceMention(
            tokens: range,
            mention: ActorMention(
                actor: known.name, mention: text, start: starts[range.lowerBound], end: ends[range.upperBound - 1],
                id: known.id, kind: known.kind, affiliation: known.affiliationName, affiliationID: known.affiliation),
            kind: known.kind, via: via, affiliationKind: known.affiliationKind)
    }

    /// A name after a title or role ("President Xi", "negotiator Kim Yong-chol",
    /// "Mr. Benítez"): the person, with the affiliation the words before gave.
    private mutating func personAfterTitle(
        _ tokens: [Token], _ bytes: UnsafeBufferPointer<UInt8>, from start: Int,
        affiliation: String?, allowTitleSkip: Bool = true
    ) -> (known: Known, range: Range<Int>)? {
        var cursor = start
        // Skip role nouns: "Foreign Minister", "press secretary".
        var sawRole = false
        var lastRole = start
        var lastRoleEnd = start
        while cursor < tokens.count, let match = index.match(tokens, at: cursor) {
            if case .roleNoun = match.target { sawRole = true } else if case .office = match.target { sawRole = true } else { break }
            lastRole = cursor
            cursor += match.length
            lastRoleEnd = cursor
            if cursor < tokens.count, tokens[cursor].mark == UInt8(ascii: ".") { cursor += 1 }
        }
        var introduced: String?
        defer {
            // The role is remembered with the person it introduced, for "the leader" later.
            if sawRole, let person = introduced {
                titledPeople[Lexicon.key(UnsafeBufferPointer(rebasing: bytes[tokens[lastRole].start..<tokens[lastRoleEnd - 1].end]))] =
                    person
            }
        }
        // "Its special envoy, Ana Beatriz Ferreira, said ...": a name set off by a comma.
        if sawRole, cursor + 1 < tokens.count, tokens[cursor].mark == UInt8(ascii: ","),
            tokens[cursor + 1].flags.contains(.capitalized), nameLength(tokens, bytes, cursor + 1) >= 2
        {
            cursor += 1
        }
        guard sawRole || !allowTitleSkip || start > 0 else { return nil }
        guard cursor < tokens.count, tokens[cursor].flags.contains(.capitalized), tokens[cursor].isWord else { return nil }
        if !sawRole, allowTitleSkip { return nil }
        // A dictionary person or a known name first.
        if let match = index.match(tokens, at: cursor), case let .actor(entryIndex) = match.target,
            dictionary.actors[entryIndex].kind == .person
        {
            let resolved = remember(entry: dictionary.actors[entryIndex])
            introduced = resolved.id
            return (resolved, cursor..<(cursor + match.length))
        }
        let length = nameLength(tokens, bytes, cursor)
        guard length > 0 else { return nil }
        // "Pope Francis", "King Charles": a reign name keeps its title.
        if length == 1, sawRole, lastRole + 1 == cursor, tokens[lastRole].flags.contains(.capitalized),
            ActorResolver.reignTitles.contains(tokens[lastRole].key)
        {
            let name = String(decoding: UnsafeBufferPointer(rebasing: bytes[tokens[lastRole].start..<tokens[cursor].end]), as: UTF8.self)
            let keys = [tokens[lastRole].key, tokens[cursor].key]
            let resolved =
                byFullName[keys].flatMap { known[$0] } ?? discover(name: name, kind: .person, affiliation: affiliation, keys: keys)
            return (resolved, lastRole..<(cursor + 1))
        }
        let name = String(
            decoding: UnsafeBufferPointer(rebasing: bytes[tokens[cursor].start..<tokens[cursor + length - 1].end]), as: UTF8.self)
        let keys = (cursor..<(cursor + length)).map { tokens[$0].key }
        // "Ms Kerr" after "Miriama Kerr": the person already known.
        // "Mr Howard" after "Howard Flight" and "Michael Howard": an honorific goes with the
        // family name, so the person whose name ends with it (rule `actor.honorific-surname`).
        var shortName: Known?
        if length == 1 {
            let candidates = (personsByWord[keys[0]] ?? []).compactMap { known[$0] }.filter { $0.nameKeys.count > 1 }
            if sawRole, ActorResolver.surnameHonorifics.contains(tokens[lastRole].key) {
                shortName = candidates.last { $0.nameKeys.last == keys[0] }
                // None in this document: the one person of the dictionary with that family
                // name ("Mr Howard" in an article that names only Howard Flight).
                if shortName == nil, let people = dictionary.peopleByFamilyName[keys[0]], people.count == 1 {
                    shortName = remember(entry: dictionary.actors[people[0]])
                }
            }
            shortName = shortName ?? candidates.last { $0.nameKeys.last == keys[0] || $0.nameKeys.first == keys[0] }
        }
        let resolved =
            byFullName[keys].flatMap { known[$0] }.flatMap { $0.kind == .person ? $0 : nil } ?? shortName
            ?? discover(name: name, kind: .person, affiliation: affiliation, keys: keys)
        introduced = resolved.id
        return (resolved, cursor..<(cursor + length))
    }

    /// The length of a run of two or more capitalised words at `start` that
    /// ends in a word for a place or a day ("Ealing North", "High Street",
    /// "Boxing Day", "New Year", "the Freedom of Information Act") and that
    /// the document has not named as an actor; nil otherwise. Such a run was
    /// taken for a person's first and last name.
    func placeOrDayNameLength(_ tokens: [Token], _ bytes: UnsafeBufferPointer<UInt8>, _ start: Int) -> Int? {
        let length = nameLength(tokens, bytes, start)
        guard length >= 2, ActorResolver.placeAndDayHeads.contains(tokens[start + length - 1].key) else { return nil }
        guard byFullName[(start..<(start + length)).map { tokens[$0].key }] == nil else { return nil }
        return length
    }

    /// The length of a run of capitalised name words at `start` (with
    /// particles such as "bin", "al", "de", "van" inside).
    func nameLength(_ tokens: [Token], _ bytes: UnsafeBufferPointer<UInt8>, _ start: Int) -> Int {
        var cursor = start
        while cursor < tokens.count, cursor - start < 5 {
            let token = tokens[cursor]
            // "Anna Berg QC", "Murray Rainey Senior": letters after a name are not part of it.
            if cursor > start, ActorResolver.postNominals.contains(token.key) { break }
            if token.isWord, token.flags.contains(.capitalized), !token.flags.contains(.clitic),
                token.classes.isDisjoint(with: [.determiner, .preposition, .conjunction, .pronounAgent, .auxBe, .auxHave])
                    || cursor == start && false
            {
                cursor += 1
                continue
            }
            if cursor > start, cursor + 1 < tokens.count, tokens[cursor + 1].flags.contains(.capitalized),
                token.mark == UInt8(ascii: "&") || ActorResolver.nameParticles.contains(lowercased(token, bytes))
            {
                cursor += 1
                continue
            }
            // "al-Ansari", "el-Sisi", "bin-Salman": a particle joined to a capitalised name.
            if cursor > start, token.isWord, ActorResolver.isJoinedParticle(token, bytes) {
                cursor += 1
                continue
            }
            break
        }
        return cursor - start
    }

    /// A capitalised name that is no title's: a known person's short name
    /// ("Trump", "Kim"), a known discovered actor, or a new one.
    private mutating func nameAt(_ tokens: [Token], _ bytes: UnsafeBufferPointer<UInt8>, _ start: Int) -> (Known, Int)? {
        let token = tokens[start]
        if !token.classes.isEmpty,
            !token.classes.isDisjoint(with: [
                .determiner, .preposition, .conjunction, .adverb, .wh, .subordinator, .auxBe, .auxHave, .auxDo, .greeting,
            ])
        {
            return nil
        }
        // "the UK-based co-chairman", "a Bergen-based firm": where someone is based, not who.
        if token.end - token.start > 6, lowercasedOriginal(token, bytes).hasSuffix("-based") { return nil }
        // "Anna Berg QC", "Walter Brisk Senior": letters after a name are no actor of their own.
        if start > 0, ActorResolver.postNominals.contains(token.key), tokens[start - 1].flags.contains(.capitalized) { return nil }
        // "warming of 1.5 C", "a 40 GW plant": a unit after a number is no name.
        if start > 0, tokens[start - 1].flags.contains(.number), token.end - token.start <= 3 { return nil }
        var length = nameLength(tokens, bytes, start)
        guard length > 0 else { return nil }
        // "Meanwhile Labour ...": an unknown word before a dictionary organisation is not part of its name.
        if let cut = (start + 1..<(start + length)).first(where: { position in
            // (Organisations only: "Reform UK", "Statistics Norway" are names that end with a state's.)
            if case let .actor(entry)? = index.match(tokens, at: position)?.target { return dictionary.actors[entry].kind == .organisation }
            return false
        }) {
            length = cut - start
        }
        // "Kestrel Freight Pledges ...": a headline's present-tense verb ends the name before it.
        while length > 1, isHeadlineVerb(tokens[start + length - 1], bytes) { length -= 1 }
        length = organisationNameLength(tokens, bytes, start, length)
        // "the “Abstentions Party”": a capitalised phrase inside quotation marks names a notion, not an actor.
        if start > 0, tokens[start - 1].flags.contains(.openQuote), start + length < tokens.count,
            tokens[start + length].flags.contains(.closeQuote),
            byFullName[(start..<(start + length)).map { tokens[$0].key }] == nil
        {
            return nil
        }
        // "Environment Minister Tomás Guerrero": the name follows the last title word.
        if let lastTitle = (start..<(start + length)).last(where: { position in
            if case .roleNoun? = index.match(tokens, at: position)?.target { return true }
            return false
        }), lastTitle + 1 < start + length {
            let affiliation = affiliationBefore(start, tokens, [])
            if let person = personAfterTitle(tokens, bytes, from: lastTitle, affiliation: affiliation) {
                return (person.known, person.range.upperBound - start)
            }
            return nil
        }
        let keys = (start..<(start + length)).map { tokens[$0].key }
        if let exact = byFullName[keys].flatMap({ known[$0] }) { return (exact, length) }
        if length == 1 {
            // A short name: the first or last word of a person known in this document.
            let candidates = (personsByWord[keys[0]] ?? []).compactMap { known[$0] }.filter {
                $0.nameKeys.count > 1
                    && ($0.nameKeys.last == keys[0] || $0.nameKeys.first == keys[0])
            }
            if let best = candidates.max(by: { ($0.isLeader ? 1 : 0, mentions(of: $0)) < ($1.isLeader ? 1 : 0, mentions(of: $1)) }) {
                return (best, 1)
            }
            if let id = organisationsByFirstWord[keys[0]], let organisation = known[id] { return (organisation, 1) }
            // "the Commission" after "Ursula von der Leyen": an organisation known by its last word.
            if start > 0, tokens[start - 1].key == ActorResolver.theKey, ActorResolver.organisationKeys.contains(keys[0]),
                let organisation = organisation(endingWith: keys[0])
            {
                return (organisation, 1)
            }
            // An all-capital word is an organisation ("BBC", "AFP"); so is an
            // unknown name that acts as a subject ("Nvidia launched", "Shell said").
            let name = lowercasedOriginal(token, bytes)
            if ActorResolver.isDateWord(name) { return nil }
            if token.flags.contains(.allCaps), token.end - token.start >= 2, token.end - token.start <= 6, token.classes.isEmpty {
                // "the Department for Constitutional Affairs (DCA)": the initials of an organisation named before.
                if let full = organisation(withInitials: name) { return (full, 1) }
                // "ID cards", "VAT receipts": an unknown abbreviation before a common noun describes it
                // (not after a determiner: "the ELN rebel group" is the ELN's).
                if start + 1 < tokens.count, start == 0 || !tokens[start - 1].classes.contains(.determiner), tokens[start + 1].isWord,
                    !tokens[start + 1].flags.contains(.capitalized),
                    !tokens[start + 1].isVerbForm, tokens[start + 1].classes.isDisjoint(with: WordClasses.auxiliary),
                    !isBeforeRoleOrSource(tokens, start + 1)
                {
                    return nil
                }
                return (discover(name: name, kind: .organisation, affiliation: nil, keys: keys), 1)
            }
            var next = start + 1
            // Past adverbs and hedging adverbs: "Nvidia also launched", "ExxonMobil allegedly played".
            while next < tokens.count,
                tokens[next].classes.contains(.adverb) || tokens[next].classes.contains(.hedge) && !tokens[next].isVerbForm
            {
                next += 1
            }
            // A capitalised word that the lexicon knows only as a verb ("Shell said") is a name too.
            // (Not a plural: "Talks resumed", "Exports rose" are about things.)
            let onlyAVerb =
                !token.classes.isEmpty && token.classes.isSubset(of: WordClasses.verbClasses.union(WordClasses.verbForms))
                && bytes[token.end - 1] | 0x20 != UInt8(ascii: "s")
            guard token.classes.isEmpty || onlyAVerb else { return nil }
            // A sentence's first word in "-ing" before anything but a past verb or
            // an auxiliary is a participle opening a clause ("Facing mounting
            // pressure, ...", "Rising prices ..."), not a name ("Boeing said" is).
            if start == 0, name.hasSuffix("ing"), start + 1 < tokens.count,
                !tokens[start + 1].classes.contains(.past), tokens[start + 1].classes.isDisjoint(with: WordClasses.auxiliary)
            {
                return nil
            }
            // "Moody's described the outlook ...": a name with its "'s", acting.
            if start + 2 < tokens.count, tokens[start + 1].flags.contains(.clitic), tokens[start + 1].key == ActorResolver.possessiveKey,
                tokens[start + 2].classes.contains(.past), !tokens[start + 2].classes.isDisjoint(with: WordClasses.verbClasses)
            {
                let withClitic = String(decoding: UnsafeBufferPointer(rebasing: bytes[token.start..<tokens[start + 1].end]), as: UTF8.self)
                return (discover(name: withClitic, kind: .organisation, affiliation: nil, keys: [keys[0], tokens[start + 1].key]), 2)
            }
            if next < tokens.count, tokens[next].isWord, !tokens[next].flags.contains(.capitalized),
                tokens[next].isVerbForm || !tokens[next].classes.isDisjoint(with: WordClasses.auxiliary)
            {
                return (discover(name: name, kind: .organisation, affiliation: nil, keys: keys), 1)
            }
            // "a Stellantis spokeswoman", "an Ipsos poll", "according to Reuters",
            // "a survey by Ifo": a name before a role or source noun, or after a source phrase.
            if isBeforeRoleOrSource(tokens, start + 1) || isAfterSourcePhrase(tokens, start) {
                return (discover(name: name, kind: .organisation, affiliation: nil, keys: keys), 1)
            }
            return nil
        }
        // Two or more capitalised words not in the dictionary.
        if start == 0, !token.classes.isEmpty { return nil }
        let name = String(
            decoding: UnsafeBufferPointer(rebasing: bytes[tokens[start].start..<tokens[start + length - 1].end]), as: UTF8.self)
        let words = name.split(separator: " ").map(String.init)
        if words.contains(where: ActorResolver.isDateWord) { return nil }
        // An organisation by its words, or by where it stands: "Rio Tinto chief
        // executive ...", "the chief executive of Nordvik Dairies".
        let organisation =
            words.contains(where: { ActorResolver.organisationWords.contains($0) })
            || isBeforeRoleOrSource(tokens, start + length) || isAfterSourcePhrase(tokens, start)
            || (isReportingOfIt(tokens, start + length)
                && (start == 0 || tokens[start - 1].flags.contains(.punctuation)
                    || !tokens[start - 1].classes.isDisjoint(with: [.determiner, .preposition, .conjunction, .subordinator])))
        return (discover(name: name, kind: organisation ? .organisation : .person, affiliation: nil, keys: keys), length)
    }

    /// An organisation of this document whose capitalised words' initials
    /// spell `abbreviation` ("DCA": Department for Constitutional Affairs).
    private func organisation(withInitials abbreviation: String) -> Known? {
        for id in order.reversed() {
            guard let actor = known[id], actor.kind == .organisation else { continue }
            let initials = String(actor.name.split(separator: " ").compactMap { word in word.first.flatMap { $0.isUppercase ? $0 : nil } })
            if initials.count >= 2, initials == abbreviation { return actor }
        }
        return nil
    }

    /// A capitalised present-tense verb ending in "s" ("Pledges", "Cuts",
    /// "Vows"): in a headline it follows the name, it is not part of it.
    private func isHeadlineVerb(_ token: Token, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard token.isVerbForm, !token.classes.contains(.past), !ActorResolver.organisationKeys.contains(token.key) else { return false }
        return bytes[token.end - 1] | 0x20 == UInt8(ascii: "s")
    }

    /// A lower-case role or source noun at `position`: "spokeswoman", "chief executive", "poll", "analysts".
    private func isBeforeRoleOrSource(_ tokens: [Token], _ position: Int) -> Bool {
        guard position < tokens.count, tokens[position].isWord, !tokens[position].flags.contains(.capitalized) else { return false }
        if ActorResolver.sourceNouns.contains(tokens[position].key) { return true }
        switch index.match(tokens, at: position)?.target {
        case .roleNoun?: return !ActorIndex.occupationKeys.contains(tokens[position].key)
        case let .body(noun)?: return noun.role == .voice || noun.role == .member
        default: return false
        }
    }

    /// Whether the words at `position` report what "it" will do: a verb of
    /// saying, perhaps after an adverb and before "that", then "it" and a verb
    /// of action, with auxiliaries between ("Norsk Stal said it would close two
    /// mills", "Kestrel Freight said that it was hiring"). A name before them
    /// is an organisation: a person would be "he" or "she" (rule
    /// `actor.organisation-said-it`). Not an "it" that names no one: before a
    /// verb of the kind "it would take ten years", "it seems", "it was
    /// expected" use (``impersonalVerbs``, a participle after "be"), or before
    /// no verb at all ("it was unclear").
    private func isReportingOfIt(_ tokens: [Token], _ position: Int) -> Bool {
        var cursor = position
        if cursor < tokens.count, tokens[cursor].classes.contains(.adverb), !tokens[cursor].isVerbForm { cursor += 1 }
        guard cursor + 2 < tokens.count, tokens[cursor].isVerbForm, tokens[cursor].classes.contains(.claim),
            !tokens[cursor].flags.contains(.capitalized)
        else { return false }
        cursor += 1
        if tokens[cursor].key == K.that, cursor + 2 < tokens.count { cursor += 1 }
        guard tokens[cursor].key == K.it else { return false }
        cursor += 1
        var afterBe = false
        while cursor < tokens.count, !tokens[cursor].classes.isDisjoint(with: WordClasses.auxiliary.union([.adverb, .negator])),
            cursor + 1 < tokens.count
        {
            afterBe = tokens[cursor].classes.contains(.auxBe)
            cursor += 1
        }
        let verb = tokens[cursor]
        guard verb.isWord, verb.isVerbForm, !ActorResolver.impersonalVerbs.contains(verb.key) else { return false }
        return !(afterBe && verb.classes.contains(.participle))
    }

    /// Verbs whose subject "it" is most often no one ("it would take years",
    /// "it will cost", "it seemed", "it means", "it depends").
    static let impersonalVerbs = KeyTable<Bool>(words: [
        "be", "is", "was", "were", "been", "being", "take", "takes", "took", "cost", "costs", "seem", "seems", "seemed",
        "appear", "appears", "appeared", "mean", "means", "meant", "depend", "depends", "depended", "happen", "happens",
        "happened", "matter", "matters", "remain", "remains", "remained", "need", "needs", "make", "makes", "help",
        "helps", "look", "looks", "looked", "become", "becomes", "became",
    ])

    /// Right after "according to", after a source's "by" ("a survey by", "polled
    /// by"), or after a role's "of" or "at" ("the chief executive of").
    private func isAfterSourcePhrase(_ tokens: [Token], _ start: Int) -> Bool {
        guard start >= 2 else { return false }
        let previous = tokens[start - 1].key
        let before = tokens[start - 2]
        if previous == K.to { return before.key == ActorResolver.accordingKey }
        if previous == K.by { return ActorResolver.sourceNouns.contains(before.key) || before.classes.contains(.participle) }
        if previous == ActorResolver.ofKey || previous == ActorResolver.atKey, !before.flags.contains(.capitalized) {
            if case .roleNoun? = index.match(tokens, at: start - 2)?.target { return true }
        }
        return false
    }

    /// "Bank of Canada", "Institute for the Study of War", "Independent
    /// Electoral and Boundaries Commission": a name that goes on past "of",
    /// "for", "and", "the" when it is an organisation's (the organisation
    /// word before "of" and "for", or after "and").
    private func organisationNameLength(_ tokens: [Token], _ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ length: Int) -> Int {
        var end = start + length
        guard end + 1 < tokens.count, ActorResolver.nameConnectors.contains(tokens[end].key) else { return length }
        var hasOrganisationWord = (start..<end).contains { ActorResolver.organisationKeys.contains(tokens[$0].key) }
        var passedPreposition = false
        while end + 1 < tokens.count {
            var cursor = end
            while cursor < tokens.count, cursor - end < 2, ActorResolver.nameConnectors.contains(tokens[cursor].key),
                !tokens[cursor].flags.contains(.capitalized)
            { cursor += 1 }
            guard cursor > end, cursor < tokens.count, tokens[cursor].isWord, tokens[cursor].flags.contains(.capitalized) else { break }
            let more = nameLength(tokens, bytes, cursor)
            guard more > 0 else { break }
            let tailHasOrganisationWord = (cursor..<(cursor + more)).contains { ActorResolver.organisationKeys.contains(tokens[$0].key) }
            // "and" joins the head's own words ("Electoral and Boundaries Commission"), or,
            // after "of" or "for", the words of its complement ("for Economic Co-operation and Development").
            if tokens[end].key == K.and {
                guard tailHasOrganisationWord || passedPreposition && index.match(tokens, at: cursor) == nil else { break }
            } else if !hasOrganisationWord {
                break
            } else {
                passedPreposition = true
            }
            hasOrganisationWord = hasOrganisationWord || tailHasOrganisationWord
            end = cursor + more
        }
        return end - start
    }

    // MARK: Pronouns and pairs

    /// "It is not clear", "it was expected to", "it remains unlikely": an "it"
    /// that stands for no one.
    private func isExpletive(_ tokens: [Token], _ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        guard lowercased(tokens[index], bytes) == "it", index + 1 < tokens.count else { return false }
        let verb = tokens[index + 1]
        guard verb.classes.contains(.auxBe) || verb.classes.contains(.hedgeVerb) || verb.classes.contains(.stative) else { return false }
        var cursor = index + 2
        while cursor < tokens.count, tokens[cursor].classes.contains(.adverb) || tokens[cursor].classes.contains(.negator) { cursor += 1 }
        guard cursor < tokens.count else { return false }
        let next = tokens[cursor]
        // "it is to cut its costs" is a plan of whatever "it" stands for; "it is to be hoped" is no one's.
        if next.key == K.to, verb.classes.contains(.auxBe) {
            return cursor + 1 < tokens.count && tokens[cursor + 1].key == ActorResolver.beKey
        }
        if next.classes.contains(.hedge) || next.classes.contains(.hedgeFrame) || next.key == K.clear || next.key == K.known
            || next.key == K.to || ActorResolver.expletiveWords.contains(lowercased(next, bytes))
        {
            return true
        }
        // "it was expected to", "it is said that": a participle then "to" or "that".
        if next.classes.contains(.participle), cursor + 1 < tokens.count,
            tokens[cursor + 1].key == K.to || tokens[cursor + 1].key == K.that
        {
            return true
        }
        return false
    }

    static let expletiveWords: Set<String> = [
        "time", "too", "important", "difficult", "hard", "easy", "possible", "impossible", "necessary", "true", "false",
        "worth", "early", "late", "clear", "unclear", "likely", "unlikely", "certain", "uncertain", "known", "thought",
    ]

    /// The actor a pronoun stands for. `quoted`: the pronoun stands inside
    /// quotation marks; outside them, a person named only inside a quotation
    /// is passed over (rule `actor.pronoun-outside-quotation`).
    /// `continuesSpeaker`: the pronoun is the speaker of an inverted report
    /// ("..., he said"); the person the latest sentence already called "he"
    /// goes on before one it named (rule `actor.inverted-report-continues-pronoun`).
    private func resolvePronoun(
        _ token: Token, _ tokens: [Token], sameSentence: ArraySlice<SentenceMention>, quoted: Bool,
        quotations: [Range<Int>], continuesSpeaker: Bool = false, isExcluded: (String) -> Bool
    ) -> Known? {
        let wantsPerson: Bool
        if ActorResolver.personPronouns.contains(token.key) {
            wantsPerson = true
        } else if ActorResolver.thingPronouns.contains(token.key) {
            wantsPerson = false
        } else {
            return nil
        }
        // An actor named earlier in the same sentence comes first ("Kestrel said it would").
        let fits: (ActorKind) -> Bool = { kind in
            wantsPerson ? kind == .person : kind == .state || kind == .organisation || kind == .group
        }
        // (Not a name used as a modifier: "the Singapore agreement ... its missile bases".)
        // (Outside a quotation, "he" is no one named only in the quoted words.)
        let quotations = wantsPerson && !quoted ? quotations : []
        if let earlier = sameSentence.first(where: { item in
            (item.via == .name || item.via == .title) && fits(item.kind) && !isExcluded(item.mention.id ?? "")
                && !isModifierUse(item.tokens, tokens) && !quotations.contains { $0.contains(item.tokens.lowerBound) }
        }),
            let id = earlier.mention.id, let resolved = known[id]
        {
            return resolved
        }
        // Only within this paragraph; in a paragraph's first sentence, also
        // the last sentence of the paragraph before. Never further back.
        let firstOfParagraph = sentence == lastSentenceOfPreviousParagraph + 1
        // The most recent fitting actor that opened its sentence, else the most recent.
        // For a person, only within the last sentence that names one: "Mr Pound told the
        // Today programme ... he said" is Mr Pound, not the minister who opened the
        // paragraph (rule `actor.pronoun-latest-sentence`).
        var latest: String?
        var latestSentence: Int?
        for item in recent.reversed() {
            guard item.paragraph == paragraph || firstOfParagraph && item.sentence == lastSentenceOfPreviousParagraph,
                wantsPerson ? item.kind == .person : item.kind == .state || item.kind == .organisation || item.kind == .group,
                !isExcluded(item.id), !(wantsPerson && !quoted && item.quoted)
            else { continue }
            if wantsPerson, let last = latestSentence, item.sentence != last { break }
            // "Mr Blair has failed, he claimed. ... The Tories, he said, can ...": the
            // speaker goes on, the one the sentence before called "he", not the one it named.
            if continuesSpeaker, wantsPerson,
                let speaker = recent.last(where: { other in
                    other.sentence == item.sentence && other.pronoun && other.kind == .person && !other.quoted
                        && !isExcluded(other.id)
                })
            {
                return known[speaker.id]
            }
            if item.leading { return known[item.id] }
            if latest == nil {
                latest = item.id
                latestSentence = item.sentence
            }
        }
        // No person in reach: news goes on about the person it last named, paragraphs
        // back ("Duncan Bannatyne ... The businessman ... And he branded ...";
        // rule `actor.pronoun-last-person`).
        // ("Mr Blair has failed, he claimed. [quoted paragraph] The Tories, he said, can ...":
        // the speaker before, not Mr Blair.)
        if latest == nil, wantsPerson, continuesSpeaker, let speaker = lastSpeaker, !isExcluded(speaker) { return known[speaker] }
        if latest == nil, wantsPerson, let person = lastPerson, !isExcluded(person) { return known[person] }
        return latest.flatMap { known[$0] }
    }

    /// The person a definite role stands for when no name follows it (rule
    /// `actor.definite-person-role`): after a body's name ("the Conservative
    /// leader", "the Labour MP"), the person in reach affiliated to that body;
    /// alone ("the businessman", "the MP", "the actress"), a role only a
    /// person has, the person in reach (as "he" would be). Nil for a role
    /// that speaks for a body ("the spokesman") or when no person fits.
    func describedPerson(
        at position: Int, length: Int, _ tokens: [Token], _ found: [SentenceMention], quoted: Bool, quotations: [Range<Int>]
    ) -> Known? {
        guard length == 1, isDefinite(position, tokens, found) else { return nil }
        let body = found.last { $0.tokens.upperBound == position && $0.via != .pronoun && $0.kind != .person }
        if let body {
            guard ActorResolver.leaderRoles.contains(tokens[position].key), let bodyID = body.mention.id else { return nil }
            return personInReach(found, quoted: quoted, quotations: quotations) { self.known[$0]?.affiliation == bodyID }
        }
        guard ActorResolver.personRoles.contains(tokens[position].key) || ActorIndex.occupationKeys.contains(tokens[position].key)
        else { return nil }
        return personInReach(found, quoted: quoted, quotations: quotations) { _ in true }
    }

    /// The latest person of this sentence, this paragraph or the last sentence
    /// of the one before that `fits`, else the person who last opened a sentence.
    /// Outside a quotation (`quoted` false), not a person named only inside one.
    /// `quotations`: the sentence's stretches inside quotation marks (``quotations(_:)``).
    private func personInReach(
        _ found: [SentenceMention], quoted: Bool, quotations: [Range<Int>], fits: (String) -> Bool
    ) -> Known? {
        let quotations = quoted ? [] : quotations
        if let here = found.last(where: { item in
            item.kind == .person && fits(item.mention.id ?? "") && !quotations.contains { $0.contains(item.tokens.lowerBound) }
        }), let id = here.mention.id {
            return known[id]
        }
        let firstOfParagraph = sentence == lastSentenceOfPreviousParagraph + 1
        for item in recent.reversed()
        where (item.paragraph == paragraph || firstOfParagraph && item.sentence == lastSentenceOfPreviousParagraph)
            && item.kind == .person && fits(item.id) && (quoted || !item.quoted)
        {
            return known[item.id]
        }
        if let person = lastPerson, fits(person) { return known[person] }
        return nil
    }

    /// The stretches of a sentence's tokens inside double quotation marks
    /// (straight or curly; a single quote is as often an apostrophe or a
    /// headline's scare quotes): from an opening mark to its closing one, or to
    /// the sentence's end. Empty, and not allocated, for a sentence with none.
    static func quotations(_ tokens: [Token]) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var open: Int?
        for (position, token) in tokens.enumerated() where token.flags.contains(.punctuation) && token.mark == UInt8(ascii: "\"") {
            if let start = open {
                if token.flags.contains(.closeQuote) {
                    result.append(start..<position)
                    open = nil
                }
            } else if token.flags.contains(.openQuote) {
                open = position
            }
        }
        if let start = open { result.append(start..<tokens.count) }
        return result
    }

    /// Roles of a company's officers, whose employer a nationality before them
    /// is not ("Dutch co-chairman"), by the key of their first word: "chief
    /// executive", "managing director", "vice president" start with words of
    /// other roles too, so the next word is read for those.
    static func isOfficerRole(_ tokens: [Token], at position: Int) -> Bool {
        guard position < tokens.count, tokens[position].isWord else { return false }
        let key = tokens[position].key
        if officerRoles.contains(key) { return true }
        guard position + 1 < tokens.count, tokens[position + 1].isWord else { return false }
        let next = tokens[position + 1].key
        return officerFirstWords[key].map { $0.contains(next) } ?? false
    }

    static let officerRoles = KeyTable<Bool>(words: [
        "chairman", "chairwoman", "co-chairman", "co-chairwoman", "executive", "founder", "co-founder", "boss",
    ])
    /// Two-word officers' roles: first word, then the words that may follow it.
    static let officerFirstWords: KeyTable<Set<UInt64>> = {
        var table = KeyTable<Set<UInt64>>(minimumCapacity: 8)
        for (first, seconds) in [
            ("chief", ["executive", "operating", "financial"]), ("managing", ["director"]), ("finance", ["director"]),
            ("vice", ["president", "chairman"]),
        ] {
            table[Lexicon.key(Array(first.utf8))] = Set(seconds.map { Lexicon.key(Array($0.utf8)) })
        }
        return table
    }()

    /// Roles of one person whose body may be named before them ("the Tory leader", "the Labour MP").
    static let leaderRoles = KeyTable<Bool>(words: ["leader", "mp", "mep", "msp", "chairman", "chairwoman", "backbencher"])
    /// Roles that name one person and speak for no body ("the MP", "the businessman").
    static let personRoles = KeyTable<Bool>(words: ["mp", "mep", "msp", "backbencher", "businessman", "businesswoman"])

    /// Whether the role at `position` is definite: right after "the", or after
    /// "the" and the name of its body or state ("the Tory leader"), with up to
    /// two lower-case modifiers between ("the culture secretary").
    private func isDefinite(_ position: Int, _ tokens: [Token], _ found: [SentenceMention]) -> Bool {
        var before = position - 1
        if let adjacent = found.last(where: { $0.tokens.upperBound == position && $0.via != .pronoun }) {
            before = adjacent.tokens.lowerBound - 1
        }
        var modifiers = 0
        while before >= 0, modifiers < 2, tokens[before].isWord, !tokens[before].flags.contains(.capitalized) || before == 0,
            tokens[before].key != ActorResolver.theKey, tokens[before].classes.isDisjoint(with: [.determiner, .preposition, .pronoun])
        {
            before -= 1
            modifiers += 1
        }
        return before >= 0 && tokens[before].key == ActorResolver.theKey
    }

    /// Whether the person pronoun at `position` ("he", "she") is the subject of
    /// a verb of saying that comes after the reported words: after a comma or
    /// a closing quotation mark, before "said", "added", "claimed" (an adverb
    /// between: "he said later" reads the same).
    private func isInvertedReport(_ position: Int, _ tokens: [Token]) -> Bool {
        guard ActorResolver.personPronouns.contains(tokens[position].key), position > 0, position + 1 < tokens.count,
            tokens[position - 1].flags.contains(.punctuation)
        else { return false }
        guard tokens[position - 1].mark == UInt8(ascii: ",") || tokens[position - 1].flags.contains(.closeQuote) else { return false }
        var next = position + 1
        if tokens[next].classes.contains(.adverb), next + 1 < tokens.count { next += 1 }
        return tokens[next].classes.contains(.claim) && tokens[next].isVerbForm
    }

    /// "the Singapore agreement", "the White House meeting": a name between a
    /// determiner and the noun it describes.
    private func isModifierUse(_ range: Range<Int>, _ tokens: [Token]) -> Bool {
        guard range.lowerBound > 0, range.upperBound < tokens.count, tokens[range.lowerBound - 1].classes.contains(.determiner) else {
            return false
        }
        let next = tokens[range.upperBound]
        return next.isWord && !next.flags.contains(.capitalized) && !next.flags.contains(.clitic) && !next.isVerbForm
            && next.classes.isDisjoint(
                with: WordClasses.auxiliary.union([.preposition, .conjunction, .subordinator, .adverb, .determiner]))
    }

    private func isPossessive(_ token: Token) -> Bool {
        token.key == K.its || token.key == K.his || token.key == K.their || token.key == K.her
    }
    private func isObjectPronoun(_ token: Token) -> Bool { token.key == K.him || token.key == K.them }

    /// "both countries", "the two sides": how many tokens, or nil.
    private func pairPhrase(_ tokens: [Token], _ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int? {
        let first = tokens[index].key
        if first == ActorResolver.bothKey, index + 1 < tokens.count, ActorResolver.pairNouns.contains(tokens[index + 1].key) {
            return 2
        }
        if first == ActorResolver.theKey, index + 2 < tokens.count, tokens[index + 1].key == ActorResolver.twoKey,
            ActorResolver.pairNouns.contains(tokens[index + 2].key)
        {
            return 3
        }
        return nil
    }

    static let personPronouns = KeyTable<Bool>(words: ["he", "his", "him", "she", "her"])
    /// Honorifics written before a family name ("Mr Howard"; not "Sir Cliff", "Lord Hattersley").
    static let surnameHonorifics = KeyTable<Bool>(words: ["mr", "mrs", "ms", "miss", "dr"])
    /// Participles that open a clause about the main clause's subject ("Asked whether he ...,").
    static let frontedParticiples = KeyTable<Bool>(words: ["asked", "pressed", "questioned", "speaking", "interviewed", "challenged"])
    static let thingPronouns = KeyTable<Bool>(words: ["it", "its", "they", "their", "them"])
    /// The words of the key literals below, checked in debug builds (see ``K``).
    static let keyWords: [(key: UInt64, word: String)] = [
        (bothKey, "both"), (beKey, "be"), (theKey, "the"), (twoKey, "two"), (accordingKey, "according"), (ofKey, "of"),
        (atKey, "at"), (possessiveKey, "'s"),
    ]
    static let bothKey: UInt64 = 0xCD17_F69B_C69B_BCA2  // Lexicon.key("both")
    static let beKey: UInt64 = 0x08A6_2F07_B54D_C940  // Lexicon.key("be")
    static let theKey: UInt64 = 0x56F5_C919_4461_D57C  // Lexicon.key("the")
    static let twoKey: UInt64 = 0x5714_D319_447C_9709  // Lexicon.key("two")
    static let pairNouns: Set<UInt64> = Set(
        ["countries", "sides", "nations", "governments", "states", "neighbours", "neighbors"]
            .map { Lexicon.key(Array($0.utf8)) })

    /// The two states "both countries" means: those named earlier in the
    /// sentence, completed by the states most mentioned in the document.
    private func pairStates(sentenceMentions: [SentenceMention]) -> [Known] {
        var states: [String] = []
        for item in sentenceMentions.reversed() {
            let id = item.kind == .state ? item.mention.id : (item.kind == .person ? known[item.mention.id ?? ""]?.affiliation : nil)
            if let id, known[id]?.kind == .state, !states.contains(id) { states.append(id) }
            if states.count == 2 { break }
        }
        if states.count < 2 {
            // The most mentioned states (ties by name), without sorting them all.
            var top: [(mentions: Int, name: String, id: String)] = []
            for id in stateIDs where !states.contains(id) {
                guard let actor = known[id] else { continue }
                let candidate = (mentions: mentions(of: actor), name: actor.name, id: actor.id)
                let position = top.firstIndex { (candidate.mentions, $0.name) > ($0.mentions, candidate.name) } ?? top.count
                if position < 2 {
                    top.insert(candidate, at: position)
                    if top.count > 2 { top.removeLast() }
                }
            }
            for state in top where states.count < 2 { states.append(state.id) }
        }
        return states.compactMap { known[$0] }.sorted { $0.name < $1.name }
    }

    // MARK: Known actors

    /// How often `actor` was mentioned in the document so far.
    func mentions(of actor: Known) -> Int { mentionCounts[actor.id] ?? 0 }

    mutating func remember(entry: ActorEntry) -> Known {
        // A body that stands for its state is still itself; its state is its affiliation.
        if let existing = known[entry.id] { return existing }
        let keys = nameKeys(entry.name)
        let isLeader = (entry.roles ?? []).contains { role in
            ["President", "Leader", "Prime Minister", "Chancellor", "King", "Chairman", "Supreme Leader", "Premier", "Emir"]
                .contains { role.title.contains($0) }
        }
        let record = Known(id: entry.id, name: entry.name, kind: entry.kind, affiliation: entry.parent, nameKeys: keys, isLeader: isLeader)
        register(record)
        if let parent = entry.parent, known[parent] == nil, let parentEntry = dictionary.entry(id: parent) {
            _ = remember(entry: parentEntry)
        }
        return known[entry.id] ?? record
    }

    /// An organisation of the document whose name ends with `word`: one
    /// already mentioned, else one a person mentioned holds a role in ("the
    /// Commission" of the President of the European Commission).
    private mutating func organisation(endingWith word: UInt64) -> Known? {
        let mentioned = (organisationsByLastWord[word] ?? []).compactMap { known[$0] }
        if let best = mentioned.max(by: { (mentions(of: $0), $1.name) < (mentions(of: $1), $0.name) }) { return best }
        for id in peopleWithRoles.reversed() {
            guard let entry = dictionary.entry(id: id) else { continue }
            for role in (entry.roles ?? []).reversed() {
                if let of = role.of, let body = dictionary.entry(id: of), body.kind == .organisation,
                    nameKeys(body.name).last == word
                {
                    return remember(entry: body)
                }
            }
        }
        return nil
    }

    /// A discovered name that the text shows to be an organisation, not a person.
    mutating func reclassify(_ id: String, as kind: ActorKind) {
        guard dictionary.entry(id: id) == nil else { return }
        known[id]?.kind = kind
    }

    /// Gives a discovered actor the affiliation the text shows for it.
    mutating func affiliate(_ id: String, to affiliation: String) {
        guard var record = known[id] else { return }
        record.affiliation = affiliation
        labelAffiliation(&record)
        known[id] = record
    }

    /// Looks up the name and kind of a record's affiliation, once.
    private func labelAffiliation(_ record: inout Known) {
        guard let id = record.affiliation else { return }
        if let affiliation = known[id] {
            record.affiliationName = affiliation.name
            record.affiliationKind = affiliation.kind
        } else if let entry = dictionary.entry(id: id) {
            record.affiliationName = entry.name
            record.affiliationKind = entry.kind
        }
    }

    mutating func discover(name: String, kind: ActorKind, affiliation: String?, keys: [UInt64]) -> Known {
        let id = ActorDictionary.slug(name)
        if let existing = known[id] {
            if existing.affiliation == nil, let affiliation {
                affiliate(id, to: affiliation)
                return known[id] ?? existing
            }
            return existing
        }
        let record = Known(id: id, name: name, kind: kind, affiliation: affiliation, nameKeys: keys)
        register(record)
        return known[id] ?? record
    }

    private mutating func register(_ record: Known) {
        var record = record
        labelAffiliation(&record)
        known[record.id] = record
        order.append(record.id)
        if record.kind == .state { stateIDs.append(record.id) }
        if record.kind == .organisation, record.nameKeys.count > 1, let last = record.nameKeys.last {
            organisationsByLastWord[last, default: []].append(record.id)
        }
        if record.kind == .person, dictionary.entry(id: record.id)?.roles?.contains(where: { $0.of != nil }) == true {
            peopleWithRoles.append(record.id)
        }
        byFullName[record.nameKeys] = byFullName[record.nameKeys] ?? record.id
        if record.kind == .person {
            for key in Set(record.nameKeys) { personsByWord[key, default: []].append(record.id) }
        } else if record.nameKeys.count > 1, let first = record.nameKeys.first, organisationsByFirstWord[first] == nil {
            organisationsByFirstWord[first] = record.id
        }
    }

    /// Whether an office's title as written names its state ("the US
    /// president", "Iran's supreme leader"): only then does the title alone
    /// speak for that state ("Secretary of State" alone may be any state's).
    private func namesState(
        _ office: OfficeEntry, _ range: Range<Int>, _ tokens: [Token], _ bytes: UnsafeBufferPointer<UInt8>, _ found: [SentenceMention]
    ) -> Bool {
        if let before = found.last, before.mention.id == office.of, before.tokens.upperBound + 2 >= range.lowerBound { return true }
        guard let state = dictionary.entry(id: office.of) else { return false }
        let names = Set(([state.name] + (state.aliases ?? []) + (state.demonyms ?? [])).map { $0.lowercased() })
        let title = String(
            decoding: UnsafeBufferPointer(rebasing: bytes[tokens[range.lowerBound].start..<tokens[range.upperBound - 1].end]), as: UTF8.self
        )
        .lowercased()
        return names.contains { name in
            [" ", "'s ", "\u{2019}s "].contains { title.hasPrefix(name + $0) } || title.hasSuffix(" " + name)
        }
    }

    /// The holder of a state's first office (its head) at the document's date.
    private func headOfState(_ state: String) -> ActorEntry? {
        dictionary.offices.first { $0.of == state }.flatMap { documentHolder(of: $0) }
    }

    /// A demonym, state or possessive right before a role noun gives the
    /// person's affiliation ("North Korean negotiator", "His press secretary").
    func affiliationBefore(_ index: Int, _ tokens: [Token], _ found: [SentenceMention]) -> String? {
        for item in found.reversed() where item.tokens.upperBound >= index - 3 && item.tokens.upperBound <= index {
            if item.kind == .person { return known[item.mention.id ?? ""]?.affiliation ?? item.mention.id }
            return item.mention.id
        }
        return nil
    }

    func nameKeys(_ name: String) -> [UInt64] {
        name.split(separator: " ").map { Lexicon.key(Array($0.utf8)) }
    }

    private func lowercased(_ token: Token, _ bytes: UnsafeBufferPointer<UInt8>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[token.start..<token.end]), as: UTF8.self).lowercased()
    }

    private func lowercasedOriginal(_ token: Token, _ bytes: UnsafeBufferPointer<UInt8>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[token.start..<token.end]), as: UTF8.self)
    }

    static let accordingKey: UInt64 = 0x2206_9A7D_CA73_9B67  // Lexicon.key("according")

    /// A lower-case particle of two or three letters, a hyphen, then a capital: "al-Ansari".
    static func isJoinedParticle(_ token: Token, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard token.end - token.start >= 4 else { return false }
        for width in 2...3 where token.start + width + 1 < token.end && bytes[token.start + width] == UInt8(ascii: "-") {
            let next = bytes[token.start + width + 1]
            guard next >= 0x41, next <= 0x5A else { return false }
            return (token.start..<(token.start + width)).allSatisfy { bytes[$0] >= 0x61 && bytes[$0] <= 0x7A }
        }
        return false
    }
    /// Written after a name, never part of it ("Anna Berg QC", "Roger Godsiff MP").
    static let postNominals = KeyTable<Bool>(words: ["qc", "kc", "mp", "mep", "msp", "obe", "mbe", "cbe", "jr", "sr", "senior", "junior"])
    static let reignTitles = KeyTable<Bool>(words: ["pope", "king", "queen", "prince", "princess", "emir", "sheikh", "sultan"])
    /// Last words of capitalised names of places, days and laws, never of a
    /// person: constituencies ("Ealing North"), streets, holidays, Acts.
    static let placeAndDayHeads = KeyTable<Bool>(words: [
        "north", "south", "east", "west", "central", "street", "road", "avenue", "square", "bridge", "airport", "station",
        "day", "eve", "year", "week", "act", "bill",
    ])
    static let ofKey: UInt64 = 0x08B0_6007_B556_7108  // Lexicon.key("of")
    static let atKey: UInt64 = 0x089C_4E07_B545_A968  // Lexicon.key("at")
    static let nameConnectors = KeyTable<Bool>(words: ["of", "for", "and", "the", "on", "in"])
    /// Nouns that name where a figure comes from: "an Ipsos poll", "Home Office figures".
    static let sourceNouns = KeyTable<Bool>(words: [
        "poll", "polls", "survey", "surveys", "report", "study", "data", "figures", "estimate", "estimates", "index", "forecast",
        "analysis", "statement",
    ])
    static let organisationKeys = KeyTable<Bool>(words: Array(organisationWords))
    static let nameParticles: Set<String> = ["bin", "al", "de", "van", "von", "der", "da", "di", "du", "la", "le", "ibn", "abu"]
    static let organisationWords: Set<String> = [
        "Group", "Bank", "Party", "Ministry", "Council", "Commission", "Agency", "Company", "Corp", "Corporation", "Inc",
        "Ltd", "Union", "Forces", "Army", "Front", "Movement", "Association", "Institute", "University", "News", "Times",
        "Post", "Reuters", "Fund", "Organisation", "Organization", "Authority", "Office", "Department", "Court",
        "Committee", "Federation", "League", "Alliance", "Services", "Service", "Airlines", "Motors", "Energy", "Freight",
        "Review", "Ledger", "Courier", "Wire", "Bulletin", "Foundation", "Trust", "Board", "Parliament", "Assembly",
        "Bureau", "Centre", "Center", "Tribunal", "Steel", "Oil", "Gas", "Mining", "Holdings", "Capital", "Systems",
        "Technologies", "Industries", "Electric", "Airways", "Aerospace", "Pharmaceuticals", "Chemicals", "Insurance",
        "Securities", "Telecom", "Media", "Partners",
        // Newspapers: "the Evening Standard", "the Glasgow Herald" are no people.
        "Standard", "Herald", "Telegraph", "Gazette", "Journal", "Mirror", "Chronicle", "Tribune", "Observer", "Guardian",
    ]
    /// Month and weekday names are dates, not names ("Friday", "June").
    static func isDateWord(_ word: String) -> Bool {
        let lowered = word.lowercased()
        if lowered.contains("-") { return lowered.split(separator: "-").contains { isDateWord(String($0)) } }  // "Saturday-night"
        return MonthNames.full.contains(lowered) || TimeVocabulary.weekdays.contains(lowered)
    }
}
