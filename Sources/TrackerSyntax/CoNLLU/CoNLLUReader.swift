/// Reads CoNLL-U text (Universal Dependencies' treebank format) into sentences.
///
/// Checks what the parser and the evaluation rely on: ten tab-separated
/// columns, word ids counting 1, 2, 3 in each sentence, heads that are ids
/// of the sentence (or 0), and a relation. Anything else is a
/// ``CoNLLUError`` naming the file and line.
public struct CoNLLUReader: Sendable {
    /// The file name used in error messages.
    public var file: String

    /// A reader whose errors name `file`.
    public init(file: String) { self.file = file }

    /// Every sentence of `text`.
    public func sentences(in text: String) throws(CoNLLUError) -> [CoNLLUSentence] {
        var sentences: [CoNLLUSentence] = []
        var current = CoNLLUSentence(words: [], line: 1)
        var lineNumber = 0
        var headLines: [Int] = []
        func finish() throws(CoNLLUError) {
            defer { current = CoNLLUSentence(words: [], line: lineNumber + 1); headLines = [] }
            guard !current.words.isEmpty else {
                if !current.comments.isEmpty || !current.multiwordTokens.isEmpty {
                    throw CoNLLUError(file: file, line: lineNumber, problem: "sentence without words")
                }
                return
            }
            for (k, word) in current.words.enumerated() where word.head > current.words.count {
                throw CoNLLUError(file: file, line: headLines[k], problem: "head \(word.head) is not a word of the sentence")
            }
            sentences.append(current)
        }
        for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            let line = raw.hasSuffix("\r") ? raw.dropLast() : raw
            if line.allSatisfy({ $0 == " " || $0 == "\t" }) {
                try finish()
                continue
            }
            if line.hasPrefix("#") {
                if current.words.isEmpty { current.line = current.comments.isEmpty ? lineNumber : current.line }
                current.comments.append(String(line.dropFirst(line.hasPrefix("# ") ? 2 : 1)))
                continue
            }
            let columns = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard columns.count == 10 else {
                throw CoNLLUError(file: file, line: lineNumber, problem: "expected 10 tab-separated columns, found \(columns.count)")
            }
            let id = columns[0]
            if id.contains(".") { continue }
            if let dash = id.firstIndex(of: "-") {
                guard let first = Int(id[..<dash]), let last = Int(id[id.index(after: dash)...]), first <= last,
                    first == current.words.count + 1
                else {
                    throw CoNLLUError(file: file, line: lineNumber, problem: "bad multiword token range '\(id)'")
                }
                current.multiwordTokens.append(.init(first: first, last: last, form: String(columns[1]), misc: String(columns[9])))
                continue
            }
            guard let number = Int(id), number == current.words.count + 1 else {
                throw CoNLLUError(file: file, line: lineNumber, problem: "word id '\(id)' where \(current.words.count + 1) was expected")
            }
            guard let head = Int(columns[6]), head >= 0, head != number else {
                throw CoNLLUError(file: file, line: lineNumber, problem: "head '\(columns[6])' is not a word id")
            }
            guard !columns[7].isEmpty, columns[7] != "_" else {
                throw CoNLLUError(file: file, line: lineNumber, problem: "no relation (DEPREL) given")
            }
            guard !columns[1].isEmpty, !columns[3].isEmpty else {
                throw CoNLLUError(file: file, line: lineNumber, problem: "empty FORM or UPOS column")
            }
            current.words.append(
                .init(
                    id: number, form: String(columns[1]), lemma: String(columns[2]), upos: String(columns[3]),
                    xpos: String(columns[4]), feats: String(columns[5]), head: head, deprel: String(columns[7]),
                    deps: String(columns[8]), misc: String(columns[9])))
            headLines.append(lineNumber)
        }
        try finish()
        return sentences
    }
}
