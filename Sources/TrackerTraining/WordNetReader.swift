import Foundation
import TrackerSyntax

/// Reads WordNet 3.0's index and exception files into a ``WordClassLexicon``.
enum WordNetReader {
    static let files: [(name: String, bits: UInt8)] = [
        ("noun", WordClassLexicon.noun), ("verb", WordClassLexicon.verb),
        ("adj", WordClassLexicon.adjective), ("adv", WordClassLexicon.adverb),
    ]

    static func lexicon(_ directory: String) throws -> WordClassLexicon {
        var words: [(key: UInt64, classes: UInt8)] = []
        for (name, bits) in files {
            // index.noun: one lemma a line ("abandon v 3 ..."); lines opening with spaces are the licence.
            for line in try lines(directory, "index.\(name)") where !line.hasPrefix(" ") {
                guard let lemma = line.split(separator: " ").first, isWord(lemma) else { continue }
                words.append((FeatureHash.bytes(lemma.utf8), bits))
            }
            // noun.exc: irregular forms and their lemmas ("went go", "children child").
            for line in try lines(directory, "\(name).exc") {
                guard let form = line.split(separator: " ").first, isWord(form) else { continue }
                words.append((FeatureHash.bytes(form.utf8), bits << WordClassLexicon.irregularShift))
            }
        }
        return try WordClassLexicon(words: words)
    }

    static func isWord(_ text: Substring) -> Bool {
        !text.isEmpty && text.utf8.allSatisfy { ($0 >= 97 && $0 <= 122) || $0 == 45 || $0 == 39 }
    }

    static func lines(_ directory: String, _ name: String) throws -> [Substring] {
        let path = (directory as NSString).appendingPathComponent(name)
        guard let data = FileManager.default.contents(atPath: path) else { throw TrainingError("cannot read \(path)") }
        return String(decoding: data, as: UTF8.self).split(separator: "\n")
    }
}
