import Foundation
import Testing
import TrackerAnalysis

/// Guards the main-content extraction figure on the public article-extraction
/// benchmark (`../shared/data/article-extraction/`, 181 real pages with their
/// article bodies), scored as `../shared/tools/score-extraction.py` scores it:
/// per page, shared and unshared 4-word shingles of the sentences' text against
/// the article body, normalised per page; precision and recall are means over
/// pages. Reached: F1 0.958, precision 0.959 (the script on this commit); the
/// test fails 0.01 below. Skipped where `../shared` is absent.
@Suite struct ArticleExtractionTests {
    static let reachedF1 = 0.958
    static let reachedPrecision = 0.959

    static var pages: URL? { Fixtures.shared?.appendingPathComponent("data/article-extraction") }

    @Test(.enabled(if: pages.map { FileManager.default.fileExists(atPath: $0.path) } ?? false))
    func benchmarkFigureHolds() throws {
        let directory = try #require(Self.pages)
        let truthData = try Data(contentsOf: directory.appendingPathComponent("ground-truth.json"))
        let truth = try #require(try JSONSerialization.jsonObject(with: truthData) as? [String: [String: Any]])
        let names = try FileManager.default.contentsOfDirectory(atPath: directory.appendingPathComponent("html").path)
            .filter { $0.hasSuffix(".html.gz") }.sorted()
        #expect(names.count == 181)
        let reader = DocumentReader()
        let segmenter = SentenceSegmenter()
        var precisions: [Double] = []
        var recalls: [Double] = []
        for name in names {
            let key = String(name.prefix { $0 != "." })
            let body = (truth[key]?["articleBody"] as? String) ?? ""
            let html = try gunzip(directory.appendingPathComponent("html/" + name).path)
            var text = ""
            if let document = try? reader.read(html, format: .html, path: name) {
                text = segmenter.sentences(in: document.text).map { $0.text(in: document.text) }.joined(separator: "\n")
            }
            let (tp, fp, fn) = Self.pageCounts(truth: body, predicted: text)
            if tp + fp > 0 { precisions.append(fp == 0 && fn == 0 ? 1 : tp / (tp + fp)) }
            if tp + fn > 0 { recalls.append(fp == 0 && fn == 0 ? 1 : tp / (tp + fn)) }
        }
        let precision = precisions.reduce(0, +) / Double(max(1, precisions.count))
        let recall = recalls.reduce(0, +) / Double(max(1, recalls.count))
        let f1 = 2 * precision * recall / (precision + recall)
        #expect(f1 >= Self.reachedF1 - 0.01, "F1 \(f1) (precision \(precision), recall \(recall))")
        #expect(precision >= Self.reachedPrecision - 0.01, "precision \(precision)")
    }

    /// The benchmark's per-page counts: shared, extra and missing shingles, over their sum.
    static func pageCounts(truth: String, predicted: String) -> (Double, Double, Double) {
        let expected = shingles(truth)
        let actual = shingles(predicted)
        var tp = 0, fp = 0, fn = 0
        for key in Set(expected.keys).union(actual.keys) {
            let e = expected[key] ?? 0
            let a = actual[key] ?? 0
            tp += min(e, a)
            fp += max(0, a - e)
            fn += max(0, e - a)
        }
        let sum = Double(tp + fp + fn)
        return sum == 0 ? (0, 0, 0) : (Double(tp) / sum, Double(fp) / sum, Double(fn) / sum)
    }

    /// Counts of 4-word runs; a word is a run of letters, digits and `_` (Python's `\w+`).
    static func shingles(_ text: String) -> [[Substring]: Int] {
        let words = text.split { character in
            !(character == "_"
                || character.unicodeScalars.allSatisfy {
                    $0.properties.isAlphabetic || $0.properties.numericType != nil
                })
        }
        var counts: [[Substring]: Int] = [:]
        if words.isEmpty { return counts }
        for start in 0..<max(1, words.count - 3) {
            counts[Array(words[start..<min(words.count, start + 4)]), default: 0] += 1
        }
        return counts
    }

    func gunzip(_ path: String) throws -> [UInt8] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["gzip", "-dc", path]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        try #require(process.terminationStatus == 0, "gzip -dc \(path)")
        return [UInt8](data)
    }
}
