/// The words time expressions are made of, and the words around them that tell a
/// date from a name ("in May" against "Theresa May said").
enum TimeVocabulary {
    /// A unit of a duration ("within 60 days", "two weeks ago").
    enum Unit {
        case day, week, month, year
    }

    /// Weekday names, indexed like `CalendarDate.weekday` (0 = Monday).
    static let weekdays = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]

    /// Month abbreviations, accepted only inside a date with a day or a year ("Sept. 12, 2019").
    static let monthAbbreviations: [String: Int] = [
        "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
        "oct": 10, "nov": 11, "dec": 12,
    ]

    /// Numbers written as words, for durations ("within two weeks", "a year ago").
    static let numbers: [String: Int] = [
        "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
        "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
        "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
        "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    ]

    static let units: [String: Unit] = [
        "day": .day, "days": .day, "week": .week, "weeks": .week,
        "month": .month, "months": .month, "year": .year, "years": .year,
    ]

    /// Plural units of an open duration: "for months".
    /// Reporting verbs in the past: a day right after one ("said on Thursday")
    /// is when it was said, so it lies on or before the document's date.
    static let pastReportingVerbs: Set = [
        "said", "told", "announced", "added", "confirmed", "stated", "reported", "wrote", "warned", "insisted",
        "declared", "revealed", "disclosed", "explained", "promised", "pledged", "vowed",
    ]

    static let openDurations: Set = ["days", "weeks", "months", "years", "decades"]

    /// Vague quantities before an open duration: "for several years".
    static let vagueQuantities: Set = ["several", "many", "some"]

    /// Ordinals of quarters and halves: "the third quarter", "the first half".
    static let periodOrdinals: [String: Int] = ["first": 1, "second": 2, "third": 3, "fourth": 4, "final": 4]

    /// Parts of a day that may follow a weekday: "on Thursday night".
    static let dayParts: Set = ["morning", "afternoon", "evening", "night"]

    /// Capitalised words that may stand directly before a month without making it
    /// part of a name: prepositions and time words, capitalised at a sentence start.
    static let wordsBeforeMonth: Set = [
        "in", "on", "at", "by", "since", "until", "till", "through", "throughout", "during", "from", "to",
        "before", "after", "between", "for", "of", "last", "next", "this", "early", "late", "mid", "around",
        "about", "within", "and", "or", "the", "than", "as", "then", "no",
    ]

    /// Verbs after which a month name is a person's name: "May said".
    static let nameVerbs: Set = [
        "said", "says", "told", "tells", "added", "announced", "warned", "insisted", "argued", "wrote", "stated",
        "claimed", "replied", "urged", "promised", "pledged", "vowed", "tweeted", "noted", "explained",
        "acknowledged", "admitted", "denied", "confirmed", "met", "spoke", "resigned", "asked", "called",
    ]

    /// Words before a weekday that make it part of a noun phrase: "a Sunday newspaper".
    static let wordsBeforeNonDateWeekday: Set = [
        "a", "an", "the", "every", "each", "one", "per", "that", "any", "some", "no", "his", "her", "its",
        "their", "our", "my", "your",
    ]

    /// Heads of a noun phrase naming an event: "since the summit", "until the elections".
    static let eventNouns: Set = [
        "summit", "summits", "coup", "election", "elections", "referendum", "vote", "ballot", "poll", "polls",
        "runoff", "primaries", "midterms", "war", "invasion", "annexation", "occupation", "ceasefire", "truce",
        "talks", "negotiations", "round", "meeting", "conference", "congress", "convention", "session",
        "crisis", "pandemic", "outbreak", "attack", "attacks", "uprising", "revolution", "protests",
        "crackdown", "massacre", "deal", "agreement", "accord", "treaty", "merger", "takeover", "acquisition",
        "inauguration", "handover", "ruling", "verdict", "trial", "hearing", "inquiry", "review", "launch",
        "visit", "strike", "strikes", "earthquake", "flood", "floods", "hurricane", "disaster", "collapse",
        "crash", "bombing", "explosion", "lockdown", "shutdown", "recession", "transition", "start",
        "beginning", "end", "signing", "deadline", "withdrawal", "independence", "reunification", "departure",
        "arrival", "death", "assassination", "release", "games", "olympics", "tournament", "budget",
        "announcement", "decision", "reform", "reforms", "holiday", "holidays",
    ]

    /// Words an event's noun phrase cannot contain: it ends before them.
    static let anchorStopWords: Set = [
        "a", "an", "the", "and", "or", "but", "nor", "so", "yet", "of", "in", "on", "at", "by", "for", "with",
        "from", "to", "into", "onto", "over", "under", "after", "before", "since", "until", "till", "through",
        "during", "between", "against", "about", "around", "without", "within", "than", "as", "that",
        "which", "who", "whom", "whose", "when", "where", "while", "whether", "if", "because", "is", "are",
        "was", "were", "be", "been", "being", "am", "has", "have", "had", "having", "do", "does", "did",
        "will", "would", "can", "could", "may", "might", "must", "shall", "should", "not", "no", "it", "its",
        "this", "these", "those", "there", "their", "they", "them", "he", "him", "his", "she", "her", "we",
        "us", "our", "i", "me", "my", "you", "your", "said", "says",
    ]

    /// Determiners skipped after "of" in an event's noun phrase: "the end of the war".
    static let determiners: Set = ["the", "a", "an", "this", "that", "its", "their"]

    /// The month (1–12) of a full month name, lower-cased.
    static func month(named word: String) -> Int? {
        MonthNames.full.firstIndex(of: word).map { $0 + 1 }
    }

    /// The weekday (0 = Monday) of a weekday name, lower-cased.
    static func weekday(named word: String) -> Int? {
        weekdays.firstIndex(of: word)
    }

    /// `false` when `text` cannot hold a time expression: no digit and none of the
    /// words one needs (a month, a weekday, "yesterday", "year", "since", ...).
    /// Looks at the UTF-8 bytes only, without allocating.
    static func mayContainTime(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            var key: UInt64 = 0
            var length = 0
            for byte in bytes {
                switch byte {
                case 48...57:
                    return true
                case 65...90, 97...122:
                    length += 1
                    if length <= maximumTriggerLength { key = key << 5 | (UInt64(byte | 0x20) - 96) }
                default:
                    if length > 0, length <= maximumTriggerLength, triggerKeys.contains(key) { return true }
                    key = 0
                    length = 0
                }
            }
            return length > 0 && length <= maximumTriggerLength && triggerKeys.contains(key)
        }
    }

    /// Whether a word packed as ``TimeToken/key`` packs it is one of ``triggerWords``.
    static func isTrigger(_ key: UInt64) -> Bool {
        key != 0 && triggerKeys.contains(key)
    }

    /// Words without which a text has no time expression (besides digits).
    private static let triggerWords: [String] =
        MonthNames.full + Array(monthAbbreviations.keys) + weekdays + [
            "yesterday", "today", "tonight", "tomorrow", "day", "days", "week", "weeks", "month", "months", "year",
            "years", "decades", "quarter", "half", "summer", "since", "until", "till", "ago",
        ]

    private static let maximumTriggerLength = 12

    /// Trigger words packed five bits a letter, as `mayContainTime` reads them.
    private static let triggerKeys = KeyTable<Bool>(keys: triggerWords.map(TimeToken.key))
}
