import Foundation
import Testing

@testable import TrackerAnalysis

/// A very large document is analysed a block at a time (issue 12, point 6):
/// the sentences, statements, actors, times and quotation sources must be
/// those of the whole-document analysis, whatever the block size.
@Suite struct BlockAnalysisTests {
    /// Each example article on its own, and all of them joined into one long document.
    static func documents() throws -> [(name: String, document: CleanedDocument)] {
        let examples = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Examples")
        let files = try #require(FileManager.default.enumerator(atPath: examples.path)?.allObjects as? [String]).sorted()
        var documents: [(name: String, document: CleanedDocument)] = []
        for file in files {
            guard let format = DocumentFormat(path: file) else { continue }
            let bytes = [UInt8](try Data(contentsOf: examples.appendingPathComponent(file)))
            var metadata = DocumentMetadata()
            metadata.date = CalendarDate(year: 2025, month: 6, day: 15)
            documents.append((file, try DocumentReader().read(bytes, format: format, path: file, metadata: metadata)))
        }
        let joined = CleanedDocument(
            text: documents.map(\.document.text).joined(separator: "\n\n"),
            metadata: documents[0].document.metadata, format: .text, warnings: [], removedLines: [])
        return documents + [("all examples joined", joined)]
    }

    @Test func blocksGiveTheWholeDocumentsAnalysis() throws {
        let analyzer = DocumentAnalyzer()
        let documents = try Self.documents()
        #expect(documents.count >= 8)
        for (name, document) in documents {
            let context = StatementTagger.DocumentContext(
                date: document.metadata.date, publication: document.metadata.source,
                country: document.metadata.country)
            let whole = analyzer.annotate(document.text, sentences: analyzer.segmenter.sentences(in: document.text), context: context)
            // 1 byte: every paragraph its own block; 300: a few paragraphs; 10 MB: one block.
            for blockBytes in [1, 300, 10_000_000] {
                var blocks: [AnnotatedSentence] = []
                analyzer.annotateInBlocks(document, blockBytes: blockBytes) { blocks += $0 }
                #expect(
                    blocks.count == whole.count, "\(name), blocks of \(blockBytes) bytes: \(blocks.count) sentences, whole \(whole.count)")
                for (one, other) in zip(whole, blocks) {
                    #expect(
                        one.index == other.index && one.span == other.span && one.text == other.text,
                        "\(name), blocks of \(blockBytes) bytes: sentence \(one.index) \(one.span) against \(other.index) \(other.span)")
                    #expect(one.statements == other.statements, "\(name), blocks of \(blockBytes) bytes: \(one.text)")
                }
            }
        }
    }

    @Test func blocksEndAfterAParagraphBreakAndCoverTheText() {
        let text = "One paragraph here.\n\nA second one, longer.\nStill the second.\n\n\nThird.\n\nFourth é."
        let blocks = TextBlock.blocks(in: text, bytes: 10)
        let utf8 = Array(text.utf8)
        #expect(blocks.first?.utf8Start == 0 && blocks.last?.utf8End == utf8.count && blocks.last?.isLast == true)
        for (block, next) in zip(blocks, blocks.dropFirst()) {
            #expect(block.utf8End == next.utf8Start && !block.isLast)
            // After every line feed of the break, never inside a paragraph.
            #expect(utf8[block.utf8End - 1] == 0x0A && utf8[block.utf8End - 2] == 0x0A && utf8[block.utf8End] != 0x0A)
            #expect(next.scalarStart == String(decoding: utf8[..<next.utf8Start], as: UTF8.self).unicodeScalars.count)
        }
        #expect(
            blocks.map { $0.text(in: text) }
                == ["One paragraph here.\n\n", "A second one, longer.\nStill the second.\n\n\n", "Third.\n\nFourth é."])
        #expect(TextBlock.blocks(in: "", bytes: 10).isEmpty)
        #expect(TextBlock.blocks(in: "No break at all, one long run of words.", bytes: 5).count == 1)
    }

    /// A quotation cut between blocks (every paragraph a block of its own)
    /// keeps its speaker: named in a later paragraph, introduced by "X said:"
    /// in the block before, or going on from the quotation before.
    @Test func aQuotationCutBetweenBlocksKeepsItsSpeaker() {
        let texts = [
            "\u{201C}The northern crossing is open again.\n\n\u{201C}The trucks are moving,\u{201D} Ana Ruiz said.\n\nTalks resume on Tuesday.",
            "Ana Ruiz said: \n\n\u{201C}The northern crossing is open again.\u{201D}\n\nTalks resume on Tuesday.",
            "\u{201C}The crossing is open,\u{201D} Ana Ruiz said.\n\n\u{201C}The trucks are moving.\u{201D}",
        ]
        let analyzer = DocumentAnalyzer()
        var failures: [String] = []
        for text in texts {
            let document = CleanedDocument(text: text, metadata: DocumentMetadata(), format: .text, warnings: [], removedLines: [])
            let whole = analyzer.annotate(text, sentences: analyzer.segmenter.sentences(in: text), context: .init())
            var blocks: [AnnotatedSentence] = []
            var calls: [Int] = []
            analyzer.annotateInBlocks(document, blockBytes: 1) {
                calls.append($0.count)
                blocks += $0
            }
            let sources = blocks.map { $0.statements.first { $0.kind == .claim }?.source?.actor }
            if sources.prefix(2).contains(where: { $0 != "Ana Ruiz" }) { failures.append("\(text.debugDescription): sources \(sources)") }
            if blocks.map(\.statements) != whole.map(\.statements) { failures.append("\(text.debugDescription): not the whole analysis") }
            if calls.count < 3 { failures.append("\(text.debugDescription): \(calls.count) blocks") }
        }
        #expect(failures.isEmpty, "\(failures.joined(separator: "\n"))")
    }
}
