/// Actors named by a common noun and the words around it (``BodyNoun``):
/// "the Sudanese army" (a body of Sudan), "Chilean officials" (Chile),
/// "officials in Kyiv" (Ukraine), "a Stellantis spokeswoman" (Stellantis),
/// "WTO members" and "developed countries" (groups), "the health ministry"
/// (of the state the sentence or paragraph names), "Kenya's Supreme Court",
/// "the country" and "the company" (the state or organisation just named).
extension ActorResolver {
    mutating func resolveBodies(
        _ heads: [(index: Int, noun: BodyNoun)], in found: inout [SentenceMention],
        _ tokens: [Token], _ bytes: UnsafeBufferPointer<UInt8>, starts: [Int], ends: [Int], quotations: [Range<Int>]
    ) {
        for (head, noun) in heads {
            if let inside = found.firstIndex(where: { $0.tokens.contains(head) }) {
                namedBody(at: inside, noun: noun, in: &found, tokens, bytes, starts: starts, ends: ends)
                continue
            }
            // A body noun before another noun modifies it: "council homes", "army base".
            if noun.role == .body, isNounModifier(head, tokens) { continue }
            // Modifiers before the noun: "health", "city", "rescue", "developed".
            let roleStart = head - max(noun.roleLength - 1, 0)
            var first = roleStart
            while first > 0, roleStart - first < 3, isModifier(tokens, first - 1, found) {
                // A verb form is a modifier only at the phrase's left edge, after a
                // determiner, a possessive or a name ("the trade ministry", "Turkish
                // rescue teams", "Developed countries"), never after its own subject
                // ("prices hurt rich countries").
                if tokens[first - 1].isVerbForm {
                    let edge = first - 1
                    if edge == 0 || isDeterminerOrPossessive(tokens[edge - 1]) || found.contains(where: { $0.tokens.upperBound == edge }) {
                        first = edge
                    }
                    break
                }
                first -= 1
            }
            let hasModifiers = first < roleStart
            // The name right before, or before "'s": "Sudanese army", "Kenya's central bank".
            var owner: Int?
            var possessive = false
            if first > 0 {
                if let adjacent = found.lastIndex(where: { $0.tokens.upperBound == first }), found[adjacent].via != .pair {
                    owner = adjacent
                    // "his forces": the forces of the state he belongs to.
                    possessive = found[adjacent].via == .pronoun
                } else if ActorResolver.possessivePronouns.contains(tokens[first - 1].key) {
                    continue  // "its army" with no one for "its"
                } else if first > 1, tokens[first - 1].flags.contains(.clitic), tokens[first - 1].key == ActorResolver.possessiveKey,
                    let before = found.lastIndex(where: { $0.tokens.upperBound == first - 1 }), found[before].via != .pronoun
                {
                    owner = before
                    possessive = true
                }
            }
            let determiner = first > 0 && tokens[first - 1].classes.contains(.determiner)
            let definite = first > 0 && tokens[first - 1].key == ActorResolver.theKey
            // "the company", "the country": the organisation or state just named.
            if let kind = noun.refersTo, definite, !hasModifiers, owner == nil {
                // (The document's subject only for "the country" or a company: "the group"
                // or "the alliance" is as often a campaign group named in passing.)
                let subject = kind == .state || !ActorResolver.looseOrganisationNouns.contains(tokens[head].key)
                // (Outside a quotation, not a name met only inside one: "“... despite weak
                // sales in Slimfast,” the company said"; rule `actor.pronoun-outside-quotation`.)
                if let target = contextActor(
                    kind, excluding: head..<(head + 1), found, nearest: true, documentSubject: subject,
                    quotations: quotations)
                {
                    insert(makeMention(target, head..<(head + 1), .title, tokens, bytes, starts: starts, ends: ends), into: &found)
                }
                continue
            }
            let ownerActor = owner.map { found[$0] }
            switch noun.role {
            case .none:
                continue
            case .document:
                // "a UN report", "a statement from the Egyptian foreign ministry": its author.
                var range = (ownerActor?.tokens.lowerBound ?? roleStart)..<(head + 1)
                var author = ownerActor
                if author == nil, let after = mentionAfterPreposition(head, tokens, found) {
                    author = found[after]
                    range = roleStart..<found[after].tokens.upperBound
                }
                guard let author, let id = author.mention.id, let actor = known[id] else { continue }
                replace(range, with: makeMention(actor, range, .title, tokens, bytes, starts: starts, ends: ends), in: &found)
            case .voice, .member:
                // "Pedro Sánchez, the Spanish prime minister, said": an apposition
                // describes the person before it; it names no one else.
                if first >= 2, tokens[first - 1].classes.contains(.determiner), tokens[first - 2].mark == UInt8(ascii: ","),
                    found.contains(where: { $0.tokens.upperBound == first - 2 && $0.kind == .person })
                {
                    continue
                }
                // "officials in Kyiv", "analysts at Barclays", "a spokesman for the ministry".
                var range = (ownerActor?.tokens.lowerBound ?? roleStart)..<(head + 1)
                var speaker = ownerActor
                if speaker == nil, let after = mentionAfterPreposition(head, tokens, found) {
                    speaker = found[after]
                    range = head..<found[after].tokens.upperBound
                }
                var target: Known?
                if let speaker, let id = speaker.mention.id, let actor = known[id] {
                    switch (noun.role, actor.kind) {
                    case (.voice, .person):
                        // "the Trump administration": the person's state.
                        target = actor.affiliation.flatMap { known[$0] }.flatMap { $0.kind == .state ? $0 : nil }
                    case (.member, .state), (.member, .person):
                        target = nil
                    default:
                        target = actor
                    }
                } else if noun.role == .voice, speaker == nil {
                    target = contextActor(noun.speaksFor, excluding: range, found, documentSubject: definite)
                }
                guard var target else { continue }
                // "the prime minister said": whoever held the state's office then.
                if noun.roleLength > 0, target.kind == .state,
                    let holder = officeHolder(of: target.id, role: text(roleStart..<(head + 1), tokens, bytes).lowercased())
                {
                    target = remember(entry: holder)
                }
                replace(range, with: makeMention(target, range, .title, tokens, bytes, starts: starts, ends: ends), in: &found)
            case .body, .group:
                // The body's name: its words as written ("Sudanese army"), or its
                // words "of" its state ("Central Bank of Kenya", "Health Ministry of France").
                var words: Range<Int>
                var range: Range<Int>
                var affiliation: Known?
                var ofAffiliation = false
                if var ownerActor, let id = ownerActor.mention.id, var actor = known[id] {
                    if ownerActor.via == .pronoun {
                        // "his forces": of his state; the mention keeps its own words.
                        guard actor.kind != .person || actor.affiliation.flatMap({ known[$0] }) != nil else { continue }
                        if actor.kind == .person, let state = actor.affiliation.flatMap({ known[$0] }) { actor = state }
                        ownerActor.tokens = first..<first
                    }
                    affiliation = actor
                    if possessive {
                        range = min(ownerActor.tokens.lowerBound, first)..<(head + 1)
                        words = first..<(head + 1)
                        ofAffiliation = true
                    } else {
                        range = ownerActor.tokens.lowerBound..<(head + 1)
                        words = range
                    }
                } else if noun.role == .group || !noun.ofState {
                    // "developed countries": a group named by its modifiers.
                    guard hasModifiers, noun.role == .group else { continue }
                    range = first..<(head + 1)
                    words = range
                } else {
                    // "the health ministry said": of the state the sentence names.
                    let national = definite && ActorResolver.nationalBodies.contains(tokens[head].key)
                    guard determiner, let state = contextActor(.state, excluding: first..<(head + 1), found, documentSubject: national)
                    else { continue }
                    affiliation = state
                    range = first..<(head + 1)
                    words = range
                    ofAffiliation = true
                }
                let body = body(
                    words, of: affiliation, ofAffiliation: ofAffiliation, kind: noun.role == .group ? .group : .organisation,
                    tokens, bytes)
                replace(range, with: makeMention(body, range, .name, tokens, bytes, starts: starts, ends: ends), in: &found)
            }
        }
    }

    /// The body named by `words` (and "of" its affiliation when
    /// `ofAffiliation`), discovered once per document and then looked up by
    /// its words' keys.
    private mutating func body(
        _ words: Range<Int>, of affiliation: Known?, ofAffiliation: Bool, kind: ActorKind,
        _ tokens: [Token], _ bytes: UnsafeBufferPointer<UInt8>
    ) -> Known {
        var key: UInt64 = ofAffiliation ? 0x9E37_79B9_7F4A_7C15 : 0xC2B2_AE3D_27D4_EB4F
        for position in words { key = (key ^ tokens[position].key) &* 0x0000_0100_0000_01B3 }
        for word in affiliation?.nameKeys ?? [] { key = (key ^ word) &* 0x0000_0100_0000_01B3 }
        if let id = bodies[key], let known = known[id] { return known }
        var name = text(words, tokens, bytes)
        if ofAffiliation, let affiliation { name = ActorResolver.titleCased(name) + " of " + affiliation.name }
        let body = discover(name: name, kind: kind, affiliation: affiliation?.id, keys: nameKeys(name))
        bodies[key] = body.id
        return body
    }

    /// A discovered capitalised name that ends in a body noun: "Supreme Court",
    /// "Interior Ministry". A short one is a body of the state before it or
    /// of the sentence ("Supreme Court of Kenya"); a longer one ("Independent
    /// Electoral and Boundaries Commission") keeps its name and takes the
    /// affiliation of a state right before it.
    private mutating func namedBody(
        at index: Int, noun: BodyNoun, in found: inout [SentenceMention],
        _ tokens: [Token], _ bytes: UnsafeBufferPointer<UInt8>, starts: [Int], ends: [Int]
    ) {
        let item = found[index]
        guard item.via == .name, item.kind == .organisation, noun.role == .body || noun.role == .voice,
            let id = item.mention.id, dictionary.entry(id: id) == nil, known[id]?.affiliation == nil
        else { return }
        let start = item.tokens.lowerBound
        var owner: SentenceMention?
        var possessive = false
        if start > 0, let adjacent = found.last(where: { $0.tokens.upperBound == start }), adjacent.via != .pronoun {
            owner = adjacent
        } else if start > 1, tokens[start - 1].key == ActorResolver.possessiveKey, tokens[start - 1].flags.contains(.clitic),
            let before = found.last(where: { $0.tokens.upperBound == start - 1 }), before.via != .pronoun
        {
            owner = before
            possessive = true
        }
        let ownerActor = owner.flatMap { $0.mention.id }.flatMap { known[$0] }.flatMap { $0.kind == .person ? nil : $0 }
        let generic = item.tokens.count <= 2
        if !generic {
            guard let ownerActor, ownerActor.kind == .state else { return }
            affiliate(id, to: ownerActor.id)
            if let updated = known[id] {
                found[index] = makeMention(updated, item.tokens, .name, tokens, bytes, starts: starts, ends: ends)
            }
            return
        }
        let range: Range<Int>
        let name: String
        let affiliation: Known
        if let ownerActor, let owner {
            affiliation = ownerActor
            range = owner.tokens.lowerBound..<item.tokens.upperBound
            name = possessive ? item.mention.mention + " of " + ownerActor.name : text(range, tokens, bytes)
        } else {
            guard noun.ofState, let state = contextActor(.state, excluding: item.tokens, found) else { return }
            affiliation = state
            range = item.tokens
            name = item.mention.mention + " of " + state.name
        }
        let body = discover(name: name, kind: .organisation, affiliation: affiliation.id, keys: nameKeys(name))
        replace(range, with: makeMention(body, range, .name, tokens, bytes, starts: starts, ends: ends), in: &found)
    }

    /// "Ingrid Halvorsen, the chief executive of Nordvik Dairies", "Abdi
    /// Warsame, a Somali opposition politician", "Jonas Lund, vice president
    /// for sales at Kestrel Freight": the apposition's state or organisation
    /// is the person's affiliation. Returns the starts of the people whose
    /// apposition names a company officer's role and no owner ("Ana Lund, the
    /// UK-based co-chairman,"), for ``affiliateOfficers(_:in:_:_:starts:ends:)``.
    @discardableResult
    mutating func affiliateAppositions(
        _ people: [Int], in found: inout [SentenceMention],
        _ tokens: [Token], _ bytes: UnsafeBufferPointer<UInt8>, starts: [Int], ends: [Int]
    ) -> [Int] {
        var officers: [Int] = []
        for start in people {
            guard let position = found.firstIndex(where: { $0.tokens.lowerBound == start }) else { continue }
            let person = found[position]
            guard person.kind == .person, let id = person.mention.id, known[id]?.affiliation == nil else { continue }
            let comma = person.tokens.upperBound
            // (With no determiner, only a role right after the comma: "Jonas Lund, vice president ...".)
            guard comma + 1 < tokens.count, tokens[comma].mark == UInt8(ascii: ","),
                tokens[comma + 1].classes.contains(.determiner) || ActorResolver.isOfficerRole(tokens, at: comma + 1)
            else { continue }
            let first = tokens[comma + 1].classes.contains(.determiner) ? comma + 2 : comma + 1
            // Up to the next punctuation: a role word and the body or state it names.
            var end = comma + 2
            while end < tokens.count, end - comma < 9, !tokens[end].flags.contains(.punctuation) { end += 1 }
            var role: Range<Int>?
            for at in first..<end {
                if let match = index.match(tokens, at: at), case .roleNoun = match.target {
                    role = at..<min(at + match.length, end)
                    break
                }
                if BodyNoun.byKey[tokens[at].key] != nil {
                    role = at..<(at + 1)
                    break
                }
            }
            guard let role else { continue }
            // "Harbour First, a new local party": a name that is a party or a company is no person.
            if let noun = BodyNoun.byKey[tokens[role.lowerBound].key], role.count == 1,
                noun.role == .body && !noun.ofState || noun.role == .group || noun.refersTo == .organisation
            {
                reclassify(id, as: .organisation)
                if let updated = known[id] {
                    found[position] = makeMention(updated, person.tokens, person.via, tokens, bytes, starts: starts, ends: ends)
                }
                continue
            }
            // Its state or body: named just before the role ("a Somali politician",
            // "the Swedish climate minister", where the state's mention may take
            // in the role) or after its "of" ("the chief executive of ...").
            var owner = found.last {
                $0.tokens.lowerBound > comma && $0.tokens.lowerBound <= role.lowerBound && $0.kind != .person && $0.via != .pronoun
            }
            // ("the UK-based co-chairman": where an officer works, not whom they serve.)
            if owner?.kind == .state, ActorResolver.isOfficerRole(tokens, at: role.lowerBound) { owner = nil }
            if owner == nil, role.upperBound + 1 < end, ActorResolver.ownerPrepositions.contains(tokens[role.upperBound].key) {
                owner = found.first {
                    $0.tokens.lowerBound > role.upperBound && $0.tokens.lowerBound <= role.upperBound + 2 && $0.kind != .person
                }
            }
            // "vice president for sales at Kestrel Freight": the body after a later "at" or
            // "of" (a capitalised name there that was taken for a person is a company).
            if owner == nil, ActorResolver.isOfficerRole(tokens, at: role.lowerBound) || ActorResolver.isOfficerRole(tokens, at: first) {
                if let index = found.firstIndex(where: { item in
                    item.tokens.lowerBound > role.upperBound && item.tokens.lowerBound < end && item.via == .name
                        && ActorResolver.ownerPrepositions.contains(tokens[item.tokens.lowerBound - 1].key)
                        && (item.kind != .person || item.mention.id.map { self.dictionary.entry(id: $0) == nil } == true)
                }), let ownerID = found[index].mention.id {
                    if found[index].kind == .person {
                        reclassify(ownerID, as: .organisation)
                        if let updated = known[ownerID] {
                            found[index] = makeMention(updated, found[index].tokens, .name, tokens, bytes, starts: starts, ends: ends)
                        }
                    }
                    owner = found[index]
                }
                if owner == nil {
                    officers.append(start)
                    continue
                }
            }
            guard let ownerID = owner?.mention.id else { continue }
            affiliate(id, to: ownerID)
            if let updated = known[id] {
                found[position] = makeMention(updated, person.tokens, person.via, tokens, bytes, starts: starts, ends: ends)
            }
        }
        return officers
    }

    /// People introduced as a company's officer with no owner named ("Dutch
    /// co-chairman Antony Reyes", "Ana Lund, the UK-based co-chairman,"): the
    /// officers of the company the document is about, named most so far and
    /// at least twice (rule `actor.officer-of-document-organisation`); so that
    /// their "we" is the company's. Nothing when the document names none.
    mutating func affiliateOfficers(
        _ people: [Int], in found: inout [SentenceMention],
        _ tokens: [Token], _ bytes: UnsafeBufferPointer<UInt8>, starts: [Int], ends: [Int]
    ) {
        guard let company = mostMentionedOrganisation(), mentions(of: company) >= 2 else { return }
        for start in people {
            guard let position = found.firstIndex(where: { $0.tokens.lowerBound == start }), found[position].kind == .person,
                let id = found[position].mention.id, known[id]?.affiliation == nil, dictionary.entry(id: id) == nil
            else { continue }
            affiliate(id, to: company.id)
            if let updated = known[id] {
                found[position] = makeMention(
                    updated, found[position].tokens, found[position].via, tokens, bytes, starts: starts, ends: ends)
            }
        }
    }

    /// People introduced by a role whose owner was found only after the
    /// sentence was read ("the organisation's special envoy, Ana Beatriz Ferreira").
    mutating func affiliateTitled(
        _ people: [(start: Int, role: Int)], in found: inout [SentenceMention],
        _ tokens: [Token], _ bytes: UnsafeBufferPointer<UInt8>, starts: [Int], ends: [Int]
    ) {
        for (start, role) in people {
            guard let position = found.firstIndex(where: { $0.tokens.lowerBound == start }), let id = found[position].mention.id,
                known[id]?.affiliation == nil, let affiliation = affiliationBefore(role, tokens, found), affiliation != id
            else { continue }
            affiliate(id, to: affiliation)
            if let updated = known[id] {
                found[position] = makeMention(
                    updated, found[position].tokens, found[position].via, tokens, bytes, starts: starts, ends: ends)
            }
        }
    }

    /// The state or organisation a sentence is about, for "the health
    /// ministry" and "the country": a state named in the sentence (outside
    /// `excluding`), else the state of a person or body named in it, else a
    /// demonym's state, else the most recent one of the paragraph; else the
    /// document's country; else, for a definite description of the state or
    /// organisation itself (`documentSubject`: "the government", "the ministry",
    /// "the company"; not "a company spokesperson" or "the council"), the one
    /// the document is about.
    ///
    /// `quotations`: the sentence's quoted stretches (``ActorResolver/quotations(_:)``);
    /// a phrase outside them passes over an actor met inside them that the
    /// document has never named outside a quotation (a brand in someone's
    /// words: "“... despite weak sales in Slimfast,” the company said"; not
    /// "“... remains GM's goal,” the company said" in an article about GM).
    func contextActor(
        _ kind: ActorKind, excluding: Range<Int>, _ found: [SentenceMention], nearest: Bool = false,
        documentSubject: Bool = false, quotations: [Range<Int>] = []
    ) -> Known? {
        let phraseQuoted = quotations.contains { $0.contains(excluding.lowerBound) }
        let skipsQuoted = !quotations.isEmpty && !phraseQuoted
        let fits: (ActorKind) -> Bool = { kind == .state ? $0 == .state : $0 == .organisation || $0 == .group }
        // The first actor before the phrase that gives one ("Chad will reopen ..., the
        // ministry said"), or for a definite description the nearest ("Faisal bin
        // Farhan said the kingdom ...", "Mark Rutte said the alliance ..."), else the
        // first after it ("The country will hold ..., Chile's interior minister said").
        let split = found.firstIndex { $0.tokens.upperBound > excluding.lowerBound } ?? found.count
        func candidate(_ item: SentenceMention) -> Known? {
            guard item.via != .pronoun, item.via != .pair, !item.tokens.overlaps(excluding), let id = item.mention.id,
                !(skipsQuoted && !namedOutsideQuotations.contains(id) && quotations.contains { $0.contains(item.tokens.lowerBound) })
            else { return nil }
            if fits(item.kind), kind == .state || item.via != .demonym { return known[id] }
            // A person speaks for their state or organisation.
            if item.kind != kind, let affiliation = item.mention.affiliationID, let affiliationKind = item.affiliationKind,
                fits(affiliationKind)
            {
                return known[affiliation]
            }
            return nil
        }
        if nearest {
            for position in stride(from: split - 1, through: 0, by: -1) {
                if let actor = candidate(found[position]) { return actor }
            }
        } else {
            for position in 0..<split {
                if let actor = candidate(found[position]) { return actor }
            }
        }
        // "... the company announced a new structure,” said an analyst at Petercam": a
        // definite organisation is the one the text was about before it, not the employer
        // of someone named after it (rule `actor.definite-organisation-before`); failing
        // one before, the one after.
        let after = (split..<found.count).lazy.compactMap { candidate(found[$0]) }.first
        let afterLast = nearest && kind == .organisation
        if !afterLast, let after { return after }
        let firstOfParagraph = sentence == lastSentenceOfPreviousParagraph + 1
        let inReach: (String, ActorKind, Int, Int, Bool) -> Bool = { _, itemKind, itemSentence, itemParagraph, _ in
            (itemParagraph == paragraph || firstOfParagraph && itemSentence == lastSentenceOfPreviousParagraph) && fits(itemKind)
        }
        // (A sentence that quotes no one says nothing of the sentences before: only
        // a phrase in a sentence with quotation marks passes over quoted names.)
        let outside = !phraseQuoted && !quotations.isEmpty
        let passedOver: (String, Bool) -> Bool = { id, quoted in outside && quoted && !self.namedOutsideQuotations.contains(id) }
        var candidate = recent.last { inReach($0.id, $0.kind, $0.sentence, $0.paragraph, $0.leading) && !passedOver($0.id, $0.quoted) }
        // "..., said an analyst at Petercam. The company said ...": a definite
        // description names, as a pronoun does, the organisation that opened a
        // sentence; failing one, the one the document names most (at least
        // twice), not one named in passing.
        if nearest, kind == .organisation, let latest = candidate, !latest.leading {
            if let leading = recent.last(where: {
                inReach($0.id, $0.kind, $0.sentence, $0.paragraph, $0.leading) && $0.leading && !passedOver($0.id, $0.quoted)
            }) {
                candidate = leading
            } else if let main = mostMentionedOrganisation(), main.id != latest.id, mentions(of: main) >= 2 {
                return main
            }
        }
        if let actor = candidate.flatMap({ known[$0.id] }) { return actor }
        if let after { return after }
        // Failing all of these, a state is the document's own country (from its
        // metadata or its publisher), else the state the document is about;
        // an organisation, the one the document is about ("The government also
        // pledged ..." a paragraph after "Portugal's government will ...").
        // "About" means named most so far
        // (ties: the first named) and at least twice: one passing mention makes
        // no subject, and a document naming none resolves nothing.
        if kind == .state, let country { return country }
        guard documentSubject, let main = kind == .state ? mostMentioned(.state) : mostMentionedOrganisation(), mentions(of: main) >= 2
        else { return nil }
        return main
    }

    /// The organisation this document has named most so far (ties: the first named).
    func mostMentionedOrganisation() -> Known? { mostMentioned(.organisation) }

    /// The actor of `kind` this document has named most so far (ties: the first named).
    func mostMentioned(_ kind: ActorKind) -> Known? {
        var best: Known?
        for id in knownOrder {
            guard let actor = known[id], actor.kind == kind else { continue }
            if best.map({ mentions(of: actor) > mentions(of: $0) }) ?? true { best = actor }
        }
        return best
    }

    /// Who held the office of `state` named by `role` ("prime minister": the
    /// "British Prime Minister", "Prime Minister of France") at the document's date.
    mutating func officeHolder(of state: String, role: String) -> ActorEntry? {
        // Once per state and role in a document.
        let key = Lexicon.key(Array((state + "\u{0}" + role).utf8))
        if let known = officeHolders[key] { return known.flatMap { dictionary.entry(id: $0) } }
        let holder = findOfficeHolder(of: state, role: role)
        // Undated, the answer depends on who the document names by then: not kept.
        if date != nil { officeHolders[key] = .some(holder?.id) }
        return holder
    }

    /// Who held `office` at the document's date. An undated document's "the
    /// prime minister" is the holder it has named (the first named: an article
    /// on "the feud between Tony Blair and Gordon Brown" speaks of Blair as
    /// prime minister), else no one: the title is kept, for an undated
    /// article may be twenty years old, and today's holder would put a 2004
    /// statement in a 2026 mouth.
    func documentHolder(of office: OfficeEntry) -> ActorEntry? {
        guard let date else {
            return knownOrder.first { id in office.holders.contains { $0.actor == id } }.flatMap { dictionary.entry(id: $0) }
        }
        return dictionary.holder(of: office, on: date)
    }

    private func findOfficeHolder(of state: String, role: String) -> ActorEntry? {
        guard let entry = dictionary.entry(id: state) else { return nil }
        let names = Set(([entry.name] + (entry.aliases ?? []) + (entry.demonyms ?? [])).map { $0.lowercased() })
        for office in dictionary.offices where office.of == state {
            let matches = office.titles.contains { title in
                let lowered = title.lowercased()
                if lowered.hasPrefix(role + " of ") { return true }
                guard lowered.hasSuffix(" " + role) else { return false }
                return names.contains(String(lowered.dropLast(role.count + 1)))
            }
            if matches { return documentHolder(of: office) }
        }
        return nil
    }

    /// A lower-case word that can sit between a determiner and a body noun.
    private func isModifier(_ tokens: [Token], _ position: Int, _ found: [SentenceMention]) -> Bool {
        let token = tokens[position]
        guard token.isWord, !token.flags.contains(.clitic), !token.flags.contains(.number) else { return false }
        if token.flags.contains(.capitalized), position != 0 { return false }
        if found.contains(where: { $0.tokens.contains(position) }) { return false }
        return token.classes.isDisjoint(with: ActorResolver.notModifiers)
    }

    private func isDeterminerOrPossessive(_ token: Token) -> Bool {
        token.classes.contains(.determiner) || token.flags.contains(.clitic) && token.key == ActorResolver.possessiveKey
    }

    /// "officials in Kyiv", "analysts at Barclays", "a spokesman for the
    /// German finance ministry": the mention after the noun's preposition.
    private func mentionAfterPreposition(_ head: Int, _ tokens: [Token], _ found: [SentenceMention]) -> Int? {
        var preposition = head + 1
        // "analysts polled by Reuters", "a report published by the agency".
        if preposition + 1 < tokens.count, tokens[preposition].classes.contains(.participle), tokens[preposition + 1].key == K.by {
            preposition += 1
        }
        guard preposition + 1 < tokens.count, ActorResolver.ownerPrepositions.contains(tokens[preposition].key) else { return nil }
        var start = preposition + 1
        if tokens[start].classes.contains(.determiner), start + 1 < tokens.count { start += 1 }
        return found.firstIndex { $0.tokens.lowerBound == start && $0.via != .pronoun && $0.via != .pair && $0.kind != .person }
            ?? found.firstIndex { $0.tokens.lowerBound == start + 1 && $0.via == .demonym }
    }

    private func text(_ range: Range<Int>, _ tokens: [Token], _ bytes: UnsafeBufferPointer<UInt8>) -> String {
        String(
            decoding: UnsafeBufferPointer(rebasing: bytes[tokens[range.lowerBound].start..<tokens[range.upperBound - 1].end]), as: UTF8.self
        )
    }

    /// Replaces the mentions inside `range` by `mention`, keeping the order.
    private func replace(_ range: Range<Int>, with mention: SentenceMention, in found: inout [SentenceMention]) {
        found.removeAll { range.contains($0.tokens.lowerBound) && $0.tokens.upperBound <= range.upperBound }
        insert(mention, into: &found)
    }

    private func insert(_ mention: SentenceMention, into found: inout [SentenceMention]) {
        let position = found.firstIndex { $0.tokens.lowerBound > mention.tokens.lowerBound } ?? found.count
        found.insert(mention, at: position)
    }

    /// "health ministry" → "Health Ministry": the name of a body.
    static func titleCased(_ text: String) -> String {
        text.split(separator: " ").map { word in word.prefix(1).uppercased() + word.dropFirst() }.joined(separator: " ")
    }

    static let possessiveKey: UInt64 = 0x07BB_4507_B485_D7AF  // Lexicon.key("'s")
    static let possessivePronouns = KeyTable<Bool>(words: ["its", "his", "her", "their", "our", "my", "your"])
    /// Bodies of a state's government, which "the" alone names ("the ministry");
    /// not a council, court or police force, which may be a town's.
    static let nationalBodies = KeyTable<Bool>(words: ["ministry", "department", "cabinet"])
    /// Definite descriptions of an organisation that may be any one named in passing.
    static let looseOrganisationNouns = KeyTable<Bool>(words: ["group", "bloc", "alliance", "organisation", "organization"])
    static let ownerPrepositions = KeyTable<Bool>(words: ["in", "at", "for", "from", "of", "with", "by"])
    static let notModifiers: WordClasses = [
        .determiner, .preposition, .conjunction, .pronoun, .pronounAgent, .auxBe, .auxHave,
        .auxDo, .future, .conditional, .hedgeModal, .modal, .negator, .wh, .subordinator,
        .adverb, .greeting, .claim, .quantityNoun,
    ]

    /// Whether the word after `head` is a lower-case word of no known class
    /// (a noun the lexicon does not list), so that `head` is its modifier.
    func isNounModifier(_ head: Int, _ tokens: [Token]) -> Bool {
        guard head + 1 < tokens.count else { return false }
        let next = tokens[head + 1]
        return next.isWord && !next.flags.contains(.capitalized) && !next.flags.contains(.clitic) && next.classes.isEmpty
    }
}
