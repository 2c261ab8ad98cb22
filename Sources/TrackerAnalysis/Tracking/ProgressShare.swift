/// How much of a pledged quantity an outcome reports: "two of the five
/// posts" (2 of 5), "the first of three shipments" (1 of 3), "60 percent
/// of the plant" (60 of 100), or a plain count against the pledge's number
/// ("released 70 prisoners" of a pledged 100).
public struct ProgressShare: Sendable, Hashable, Codable, CustomStringConvertible {
    /// How much was done (the percentage itself when ``isPercentage``).
    public var done: Int
    /// How much was pledged (100 for a percentage); never below ``done`` when found in text.
    public var total: Int
    /// Whether it was said as a percentage.
    public var isPercentage: Bool

    /// A share of `done` out of `total`, said as a count unless `isPercentage`.
    public init(done: Int, total: Int, isPercentage: Bool = false) {
        self.done = done
        self.total = total
        self.isPercentage = isPercentage
    }

    /// "2 of 5", or "60%".
    public var description: String { isPercentage ? "\(done)%" : "\(done) of \(total)" }

    /// Whether less than all was done.
    public var isPartial: Bool { done < total }

    /// The share an outcome's words report, against `pledged` (the number the pledge named), if any.
    public static func find(in action: String, pledged: Int?) -> ProgressShare? {
        Reading(action).share(pledged: pledged)
    }

    /// What an action's words say of progress, read once and asked against
    /// each pledge's number (a large store compares one outcome with
    /// thousands of pledges: reading its words for each was most of the time).
    struct Reading: Sendable {
        /// The share the words state outright ("two of the five", "60 percent of").
        var stated: ProgressShare?
        /// "the last 18": the rest of what was pledged.
        var last = false
        /// The first number that is not a year.
        var count: Int?

        init(_ action: String) {
            let words = ProgressShare.words(action)
            for index in words.indices {
                let word = words[index]
                // "60 percent of", "60% of", "half of".
                if let percent = ProgressShare.percentage(words, at: index) {
                    stated = ProgressShare(done: percent, total: 100, isPercentage: true)
                    return
                }
                // "two of the five", "the first of three", "70 of the 100".
                if let done = ProgressShare.number(word) ?? ProgressShare.ordinal(word), index + 2 < words.count, words[index + 1] == "of" {
                    var next = index + 2
                    if ProgressShare.determiners.contains(words[next]), next + 1 < words.count { next += 1 }
                    if let total = ProgressShare.number(words[next]), total >= done, total > 0 {
                        stated = ProgressShare(done: done, total: total)
                        return
                    }
                }
            }
            if let at = words.firstIndex(of: "last"), at + 1 < words.count, ProgressShare.number(words[at + 1]) != nil { last = true }
            count = ProgressShare.firstNumber(in: words[...])
        }

        /// The share against `pledged` (the number the pledge named), if any.
        func share(pledged: Int?) -> ProgressShare? {
            if let stated { return stated }
            guard let pledged else { return nil }
            // "handed over the last 18 boats": the rest of what was pledged, so all of it.
            if last { return ProgressShare(done: pledged, total: pledged) }
            // A count below the pledge's number: "released 70 prisoners" of 100.
            if let count, count < pledged, count > 0 { return ProgressShare(done: count, total: pledged) }
            return nil
        }
    }

    /// The first number among `words` that is not a year nor a day of a month.
    static func firstNumber(in words: ArraySlice<String>) -> Int? {
        for index in words.indices {
            let word = words[index]
            guard let value = number(word) else { continue }
            // 1900-2100 written as four digits is a year ("in 2025"), not a quantity.
            if word.count == 4, (1900...2100).contains(value) { continue }
            // "on November 28", "by 31 March": a day, not a count. In the stories, "opened to traffic on
            // November 28" counted 28 of a pledge of 10,000 homes, and linked a bridge to the homes.
            if value <= 31,
                index > words.startIndex && monthNames.contains(words[index - 1])
                    || index + 1 < words.endIndex && monthNames.contains(words[index + 1])
            {
                continue
            }
            return value
        }
        return nil
    }

    /// Month names and their usual abbreviations, lower-cased, as the words of an action are.
    private static let monthNames: Set<String> = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
        "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    ]

    private static let determiners: Set<String> = ["the", "its", "their", "his", "her", "our", "those", "these"]

    private static let numberWords: [String: Int] = [
        "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
        "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
        "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
        "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "dozen": 12,
    ]

    private static let ordinals: [String: Int] = [
        "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
        "ninth": 9, "tenth": 10,
    ]

    /// Digits (with thousands commas) or a number word.
    static func number(_ word: String) -> Int? {
        // On the bytes, as the Characters would say (a byte past ASCII is no digit): asked of every word
        // of every action, Character by Character this was a tenth of the status of every commitment.
        var value = 0
        var digits = 0
        for byte in word.utf8 where byte != UInt8(ascii: ",") {
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return numberWords[word] }
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
            digits += 1
            if digits > 9 { return nil }
        }
        return digits > 0 ? value : numberWords[word]
    }

    static func ordinal(_ word: String) -> Int? { ordinals[word] }

    private static func percentage(_ words: [String], at index: Int) -> Int? {
        let word = words[index]
        if word == "half", index + 1 < words.count, words[index + 1] == "of" { return 50 }
        if word.hasSuffix("%"), let value = number(String(word.dropLast())), value <= 100 { return value }
        guard let value = number(word), value <= 100, index + 1 < words.count else { return nil }
        if words[index + 1] == "percent" || (words[index + 1] == "per" && index + 2 < words.count && words[index + 2] == "cent") {
            return value
        }
        return nil
    }

    /// Lower-case words, keeping digits' commas and a percent sign.
    static func words(_ text: String) -> [String] {
        ActionWords.split(text, marks: ",%-").map { $0.trimmingCharacters(",") }.filter { !$0.isEmpty }
    }
}

private extension String {
    func trimmingCharacters(_ character: Character) -> String {
        var text = Substring(self)
        while text.first == character { text = text.dropFirst() }
        while text.last == character { text = text.dropLast() }
        return String(text)
    }
}
